package main

import (
	"context"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/summit-tui/summit-tui/data/store"
)

// heldApplyStore holds the first save of bookmarks until released, as a
// database busy with others would, and counts the saves through.
type heldApplyStore struct {
	keyedStore
	release chan struct{}
	started chan struct{} // receives when the held save begins
	first   sync.Once
	mu      sync.Mutex
	done    int
}

func (s *heldApplyStore) Apply(ctx context.Context, conference, key string, ops []store.BookmarkOp) ([]string, error) {
	held := false
	s.first.Do(func() { held = true })
	if held {
		s.started <- struct{}{}
		<-s.release
	}
	ids, err := s.keyedStore.Apply(ctx, conference, key, ops)
	s.mu.Lock()
	s.done++
	s.mu.Unlock()
	return ids, err
}

// TestServeSettleAfterSaveUnderWay: a client that goes while a save is
// under way, with a later toggle pending, keeps what it showed last: the
// toggles left over are saved after the save under way, not before it.
func TestServeSettleAfterSaveUnderWay(t *testing.T) {
	t.Parallel()
	db := &heldApplyStore{release: make(chan struct{}), started: make(chan struct{}, 1)}
	srv := startServe(t, "", "", func(o *serveOptions) {
		o.wrapStore = func(real keyedStore) keyedStore { db.keyedStore = real; return db }
	})
	key := newKey(t)
	u := openSession(t, srv.Addr(), session{name: "alice", key: key, cols: 120, rows: 40})
	u.waitFirstFrame()
	u.press("b") // saved, slowly
	u.waitText("★ Bookmarks 1")
	<-db.started
	u.press("b") // removed again, pending behind the save
	u.waitText("★ Bookmarks 0")
	u.close() // the client goes
	time.AfterFunc(300*time.Millisecond, func() { close(db.release) })
	deadline := time.Now().Add(e2eTimeout)
	for {
		db.mu.Lock()
		done := db.done
		db.mu.Unlock()
		if done >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d saves through, want 2", done)
		}
		time.Sleep(20 * time.Millisecond)
	}
	ids, err := srv.db.Bookmarks(context.Background(), srv.hub.conference, gossh.FingerprintSHA256(key.PublicKey()))
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 0 {
		t.Errorf("bookmarks after the client went: %v, want none, as its screen showed", ids)
	}
}
