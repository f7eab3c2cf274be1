package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// TestServeChangesSinceLastVisit: what a key last saw is kept, so a
// person who comes back after the schedule changed is shown what changed
// while they were away, however the server was restarted meanwhile;
// someone connecting for the first time is shown no changes.
func TestServeChangesSinceLastVisit(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ref := filepath.Join(dir, "schedule.xml")
	writeFile(t, ref, string(liveVersion(t, "1")))
	srv := startServe(t, ref, dir)
	alice := newKey(t)
	u := openSession(t, srv.Addr(), session{name: "alice", key: alice, cols: 120, rows: 40})
	u.waitText("Rust on Tiny Boards")
	waitSeenKept(t, srv, alice)
	u.close()
	srv.Stop()

	writeFile(t, ref, string(liveVersion(t, "2")))
	srv = startServe(t, ref, dir)
	back := openSession(t, srv.Addr(), session{name: "alice again", key: alice, cols: 120, rows: 40})
	back.waitText("Schedule updated: 1 new · 1 moved · 1 cancelled · 1 changed")
	back.waitText("moved · Fri 11:30 · Polar Room")

	bob := newKey(t)
	first := openSession(t, srv.Addr(), session{name: "bob", key: bob, cols: 120, rows: 40})
	first.waitText("Sensors in the Snow")
	waitSeenKept(t, srv, bob) // kept once compared: nothing to show
	if s := first.screen(); strings.Contains(string(s), "Schedule updated") || strings.Contains(string(s), "moved ·") {
		t.Errorf("a key connecting for the first time was shown changes:\n%s", s)
	}
}

// waitSeenKept waits until the server has kept what key's session saw.
func waitSeenKept(t *testing.T, srv *serveServer, key gossh.Signer) {
	t.Helper()
	waitDatabase(t, srv, key, "what it saw", func(ctx context.Context, fp string) (bool, error) {
		data, _, err := srv.db.Seen(ctx, srv.hub.conference, fp)
		return data != "", err
	})
}
