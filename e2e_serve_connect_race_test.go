package main

import (
	"context"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/summit-tui/summit-tui/data/store"
)

// raceStore makes a toggle of another session of the same key land just
// after a connecting session read its bookmarks, and lets the poll tell
// the sessions of it before that session is among them.
type raceStore struct {
	keyedStore
	key, id string
	once    sync.Once
	mu      sync.Mutex
	polls   int
	polled  chan struct{} // closed and replaced at each poll
	applied int64         // the generation of the toggle
}

func (r *raceStore) Bookmarks(ctx context.Context, conference, key string) ([]string, error) {
	ids, err := r.keyedStore.Bookmarks(ctx, conference, key)
	if key != r.key {
		return ids, err
	}
	r.once.Do(func() {
		if _, err := r.keyedStore.Apply(ctx, conference, key, []store.BookmarkOp{{ID: r.id, Add: true}}); err != nil {
			panic(err)
		}
		r.mu.Lock()
		r.applied, _ = r.keyedStore.Generation(ctx, conference)
		r.mu.Unlock()
		// Two polls after the toggle: the first saw it and told the
		// sessions it had, the second began after it had.
		for seen := 0; seen < 2; seen++ {
			r.mu.Lock()
			ch := r.polled
			r.mu.Unlock()
			select {
			case <-ch:
			case <-time.After(e2eTimeout):
				return // the test fails waiting for the screen
			}
		}
	})
	return ids, err
}

func (r *raceStore) ChangedKeys(ctx context.Context, conference string, since int64) ([]string, int64, bool, error) {
	keys, gen, all, err := r.keyedStore.ChangedKeys(ctx, conference, since)
	r.mu.Lock()
	if r.applied > 0 && gen >= r.applied {
		close(r.polled)
		r.polled = make(chan struct{})
	}
	r.mu.Unlock()
	return keys, gen, all, err
}

// TestServeToggleWhileConnecting: a bookmark made by another session of
// the key while a session connects (after it read the key's bookmarks,
// before the hub tells it of changes) still shows in that session.
func TestServeToggleWhileConnecting(t *testing.T) {
	t.Parallel()
	alice := newKey(t)
	db := &raceStore{key: gossh.FingerprintSHA256(alice.PublicKey()), polled: make(chan struct{})}
	srv := startServe(t, "", "", func(o *serveOptions) {
		o.wrapStore = func(real keyedStore) keyedStore { db.keyedStore = real; return db }
	})
	for _, s := range srv.hub.latest().schedule.Sessions {
		if s.Title == firstTitle {
			db.id = s.ID
		}
	}
	u := openSession(t, srv.Addr(), session{name: "alice", key: alice, cols: 120, rows: 40})
	u.waitFirstFrame()
	u.waitText("★ Bookmarks 1")
}
