package main

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/summit-tui/summit-tui/data/store"
)

// countingStore is the server's real database with its reads counted.
type countingStore struct {
	keyedStore
	mu        sync.Mutex
	bookmarks map[string]int // reads of each key's bookmarks
	going     int            // reads of the counts
	polls     int            // Generation and ChangedKeys calls
	seen      int64          // the latest generation a poll returned
	changed   chan struct{}  // closed and replaced at each call
}

func newCountingStore() *countingStore {
	return &countingStore{bookmarks: map[string]int{}, changed: make(chan struct{})}
}

func (c *countingStore) count(f func()) {
	c.mu.Lock()
	f()
	close(c.changed)
	c.changed = make(chan struct{})
	c.mu.Unlock()
}

func (c *countingStore) Bookmarks(ctx context.Context, conference, key string) ([]string, error) {
	c.count(func() { c.bookmarks[key]++ })
	return c.keyedStore.Bookmarks(ctx, conference, key)
}

func (c *countingStore) Going(ctx context.Context, conference string) (map[string]int, error) {
	c.count(func() { c.going++ })
	return c.keyedStore.Going(ctx, conference)
}

func (c *countingStore) Generation(ctx context.Context, conference string) (int64, error) {
	gen, err := c.keyedStore.Generation(ctx, conference)
	c.count(func() { c.polls++; c.seen = max(c.seen, gen) })
	return gen, err
}

func (c *countingStore) ChangedKeys(ctx context.Context, conference string, since int64) ([]string, int64, bool, error) {
	keys, gen, all, err := c.keyedStore.ChangedKeys(ctx, conference, since)
	c.count(func() { c.polls++; c.seen = max(c.seen, gen) })
	return keys, gen, all, err
}

// counted is what was counted so far.
type counted struct {
	bookmarks   map[string]int
	going, poll int
}

func (c *countingStore) snapshot() counted {
	c.mu.Lock()
	defer c.mu.Unlock()
	marks := map[string]int{}
	for k, n := range c.bookmarks {
		marks[k] = n
	}
	return counted{bookmarks: marks, going: c.going, poll: c.polls}
}

// waitCalls waits until cond holds of the counts.
func (c *countingStore) waitCalls(t *testing.T, what string, cond func(*countingStore) bool) {
	t.Helper()
	deadline := time.NewTimer(e2eTimeout)
	defer deadline.Stop()
	for {
		c.mu.Lock()
		ok, changed := cond(c), c.changed
		c.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			t.Fatalf("waiting for %s: timed out", what)
		}
	}
}

// TestServeToggleReadsOnlyItsKey: a toggle makes only the sessions of its
// key read their bookmarks again; the counts of who is going are read once
// for every session, and every session's "★ N going" follows within a
// second.
func TestServeToggleReadsOnlyItsKey(t *testing.T) {
	t.Parallel()
	db := newCountingStore()
	srv := startServe(t, "", "", func(o *serveOptions) {
		o.wrapStore = func(real keyedStore) keyedStore { db.keyedStore = real; return db }
	})
	// Someone else's bookmark of the first talk, seen by the poll before
	// the sessions open, so that each shows "1 going" once it has read.
	var first string
	for _, s := range srv.hub.latest().schedule.Sessions {
		if s.Title == firstTitle {
			first = s.ID
		}
	}
	ctx := context.Background()
	if _, err := srv.db.Apply(ctx, srv.hub.conference, "SHA256:someone-else", []store.BookmarkOp{{ID: first, Add: true}}); err != nil {
		t.Fatal(err)
	}
	db.waitCalls(t, "the poll to see the bookmark", func(c *countingStore) bool { return c.seen == 1 })

	alice, bob, cleo := newKey(t), newKey(t), newKey(t)
	fingerprint := func(k gossh.Signer) string { return gossh.FingerprintSHA256(k.PublicKey()) }
	sessions := []*sshTUI{
		openSession(t, srv.Addr(), session{name: "alice", key: alice, cols: 120, rows: 40}),
		openSession(t, srv.Addr(), session{name: "alice again", key: alice, cols: 120, rows: 40}),
		openSession(t, srv.Addr(), session{name: "bob", key: bob, cols: 120, rows: 40}),
		openSession(t, srv.Addr(), session{name: "cleo", key: cleo, cols: 120, rows: 40}),
		openSession(t, srv.Addr(), session{name: "keyless", cols: 120, rows: 40}),
	}
	for _, u := range sessions {
		u.waitFirstFrame()
		u.waitText("★ 1 going")
	}

	toggles := []struct {
		by      int // the session that toggles
		key     gossh.Signer
		readers int // the sessions of its key
	}{{0, alice, 2}, {2, bob, 1}}
	for i, toggle := range toggles {
		before := db.snapshot()
		start := time.Now()
		sessions[toggle.by].press("b")
		going := fmt.Sprintf("★ %d going", i+2)
		for _, u := range sessions {
			u.waitText(going)
		}
		// Within a second is a budget, measured here but not asserted:
		// a loaded machine would make it fail for no fault of the code.
		t.Logf("toggle %d: every session showed %q after %v", i+1, going, time.Since(start).Round(time.Millisecond))
		key := fingerprint(toggle.key)
		db.waitCalls(t, "the sessions of the key to read their bookmarks", func(c *countingStore) bool {
			return c.bookmarks[key]-before.bookmarks[key] >= toggle.readers
		})
		after := db.snapshot()
		for k, n := range after.bookmarks {
			want := 0
			if k == key {
				want = toggle.readers
			}
			if n-before.bookmarks[k] != want {
				t.Errorf("toggle %d: key %s's bookmarks were read %d times, want %d", i+1, k, n-before.bookmarks[k], want)
			}
		}
		if n := after.going - before.going; n != 1 {
			t.Errorf("toggle %d: the counts were read %d times for %d sessions, want once", i+1, n, len(sessions))
		}
		reads := after.going - before.going
		for k, n := range after.bookmarks {
			reads += n - before.bookmarks[k]
		}
		t.Logf("toggle %d: %d reads of bookmarks and counts for %d sessions (%d polls meanwhile)", i+1, reads, len(sessions), after.poll-before.poll)
	}
}
