package main

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

// Sessions asking for the counts together share one read; once the
// counts go stale they are read again, and a read begun before they went
// stale is not taken for the new ones.
func TestGoingCountsShared(t *testing.T) {
	var g goingCounts
	var reads atomic.Int32
	release, first := make(chan struct{}), make(chan struct{})
	read := func() (map[string]int, error) {
		n := int(reads.Add(1))
		if n == 1 {
			close(first)
		}
		<-release
		return map[string]int{"talk": n}, nil
	}
	ctx := context.Background()
	const sessions = 20
	var wg sync.WaitGroup
	got := make([]map[string]int, sessions)
	for i := range sessions {
		wg.Go(func() {
			var err error
			if got[i], err = g.get(ctx, read); err != nil {
				t.Error(err)
			}
		})
	}
	<-first // the others join the read or find its counts kept
	close(release)
	wg.Wait()
	for i, c := range got {
		if c["talk"] != 1 {
			t.Errorf("session %d got %v, want the one read's", i, c)
		}
	}
	if n := reads.Load(); n != 1 {
		t.Fatalf("%d reads for %d sessions, want 1", n, sessions)
	}
	if c, _ := g.get(ctx, read); c["talk"] != 1 || reads.Load() != 1 {
		t.Errorf("kept counts read again")
	}
	g.stale()
	if c, _ := g.get(ctx, read); c["talk"] != 2 {
		t.Errorf("after a change: %v, want a new read", c)
	}

	// A read under way when the counts go stale is not shared afterwards.
	g.stale()
	slow := make(chan struct{})
	began := make(chan struct{})
	done := make(chan map[string]int)
	go func() {
		c, _ := g.get(ctx, func() (map[string]int, error) { close(began); <-slow; return map[string]int{"talk": -1}, nil })
		done <- c
	}()
	<-began
	g.stale()
	if c, _ := g.get(ctx, func() (map[string]int, error) { return map[string]int{"talk": 9}, nil }); c["talk"] != 9 {
		t.Errorf("after a change during a read: %v, want a read of its own", c)
	}
	close(slow)
	<-done
	if c, _ := g.get(ctx, read); c["talk"] != 9 {
		t.Errorf("the older read replaced the newer counts: %v", c)
	}

	// A session that goes stops waiting; the read goes on for the others.
	g.stale()
	hold := make(chan struct{})
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := g.get(cctx, func() (map[string]int, error) { <-hold; return nil, nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("a gone session's wait: %v", err)
	}
	close(hold)
}
