package main

import (
	"context"
	"testing"
	"time"
)

// slowSeenStore holds each SaveSeen until released, as a slow database
// would, and keeps what the real one answered.
type slowSeenStore struct {
	keyedStore
	saving  chan struct{} // receives when a save begins
	release chan struct{}
	saved   chan error
}

func (s *slowSeenStore) SaveSeen(ctx context.Context, conference, key, data string) error {
	s.saving <- struct{}{}
	<-s.release
	err := s.keyedStore.SaveSeen(ctx, conference, key, data)
	s.saved <- err
	return err
}

// TestServeStopKeepsSeenUnderWay: what a session saw, being saved as the
// server stops, is saved before the database closes, so the key's next
// visit is compared with it.
func TestServeStopKeepsSeenUnderWay(t *testing.T) {
	t.Parallel()
	db := &slowSeenStore{saving: make(chan struct{}, 1), release: make(chan struct{}), saved: make(chan error, 1)}
	srv := startServe(t, "", "", func(o *serveOptions) {
		o.wrapStore = func(real keyedStore) keyedStore { db.keyedStore = real; return db }
	})
	u := openSession(t, srv.Addr(), session{name: "alice", key: newKey(t), cols: 120, rows: 40})
	u.waitFirstFrame()
	select { // a first visit keeps the version shown, once the keys rest
	case <-db.saving:
	case <-time.After(e2eTimeout):
		t.Fatal("no save of the version seen began")
	}
	stopped := make(chan error, 1)
	go func() { stopped <- srv.Stop() }()
	u.wait() // the session ends; its save goes on
	// Released after the connections are cut (commandBound) and before
	// the browsers' time to end is up (stopBound).
	time.AfterFunc(commandBound+(stopBound-commandBound)/2, func() { close(db.release) })
	if err := <-db.saved; err != nil {
		t.Errorf("the version seen, saved as the server stopped: %v", err)
	}
	if err := <-stopped; err != nil {
		t.Errorf("stop: %v", err)
	}
}
