package main

import (
	"context"
	"sync"
)

// goingCounts are the counts of who is going, read once for every
// session of the server rather than once by each: a change anywhere makes
// them stale (the poll of the database sees a new generation, from this
// instance or another), and the first session to ask then reads them for
// all who ask meanwhile. The map is shared by every session's browser,
// which only reads it.
type goingCounts struct {
	mu     sync.Mutex
	epoch  int64          // grows each time the counts may have changed
	counts map[string]int // as read at epoch at; nil: none yet
	at     int64
	flight *goingRead // the read under way, if any
}

// goingRead is one read of the counts, shared by those who wait for it.
type goingRead struct {
	epoch  int64
	done   chan struct{} // closed when counts and err are set
	counts map[string]int
	err    error
}

// stale says the counts may have changed: they are read again when next
// asked for.
func (g *goingCounts) stale() {
	g.mu.Lock()
	g.epoch++
	g.mu.Unlock()
}

// get returns the counts as read since they last went stale, reading them
// (with read) when none are: one read at a time for every caller. A
// read begun before they went stale is not shared, as it may miss the
// change. ctx ends the caller's wait, not the read.
func (g *goingCounts) get(ctx context.Context, read func() (map[string]int, error)) (map[string]int, error) {
	g.mu.Lock()
	if g.counts != nil && g.at == g.epoch {
		counts := g.counts
		g.mu.Unlock()
		return counts, nil
	}
	f := g.flight
	if f == nil || f.epoch != g.epoch {
		f = &goingRead{epoch: g.epoch, done: make(chan struct{})}
		g.flight = f
		go g.fly(f, read)
	}
	g.mu.Unlock()
	select {
	case <-f.done:
		return f.counts, f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// fly reads the counts for f's callers, and keeps them unless newer ones
// are kept already.
func (g *goingCounts) fly(f *goingRead, read func() (map[string]int, error)) {
	f.counts, f.err = read()
	g.mu.Lock()
	if f.err == nil && (g.counts == nil || f.epoch >= g.at) {
		g.counts, g.at = f.counts, f.epoch
	}
	if g.flight == f {
		g.flight = nil
	}
	g.mu.Unlock()
	close(f.done)
}
