package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"testing"

	"charm.land/ssh"

	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/ui"
)

// A database that refuses every write.
type refusingStore struct{ keyedStore }

func (refusingStore) Apply(context.Context, string, string, []store.BookmarkOp) ([]string, error) {
	return nil, errors.New("disk I/O error\nat page 7")
}

// A session as settleBookmarks sees it: an address and a standard error.
type settledSession struct {
	ssh.Session
	stderr bytes.Buffer
}

func (s *settledSession) RemoteAddr() net.Addr {
	return &net.TCPAddr{IP: net.IPv4(192, 0, 2, 7), Port: 50000}
}
func (s *settledSession) Stderr() io.ReadWriter { return &s.stderr }

// TestSettleBookmarksReports: toggles a browser ended with, which the
// database still refuses, are logged and told to the client in one line
// each, never dropped unsaid.
func TestSettleBookmarksReports(t *testing.T) {
	var log bytes.Buffer
	srv := &serveServer{opts: serveOptions{Log: &log}, ctx: context.Background(), db: refusingStore{},
		hub: &serveHub{conference: "kafka-summit"}}
	sess := &settledSession{}
	srv.settleBookmarks(sess, "SHA256:abc", ui.Outcome{Unsaved: 2, Pending: []ui.BookmarkOp{{ID: "a", Add: true}, {ID: "b", Add: true}}})
	if got, want := sess.stderr.String(), "summit-tui: bookmarks: 2 changes could not be saved: disk I/O error at page 7\r\n"; got != want {
		t.Errorf("the client is told %q, want %q", got, want)
	}
	if l := log.String(); strings.Count(l, "\n") != 1 || !strings.Contains(l, "192.0.2.7:50000 SHA256:abc: bookmarks: 2 changes could not be saved") {
		t.Errorf("log: %q, want one line naming the client, its key and the changes lost", l)
	}
}

// A database that refuses every write, naming itself as the store does.
type namedRefusingStore struct{ keyedStore }

func (namedRefusingStore) Apply(context.Context, string, string, []store.BookmarkOp) ([]string, error) {
	return nil, &store.DatabaseError{Where: "/srv/summit/private/bookmarks.db", Why: "disk I/O error"}
}

func (namedRefusingStore) Bookmarks(context.Context, string, string) ([]string, error) {
	return nil, nil
}

// TestDatabaseErrorsForClients: a client is told why its bookmarks could
// not be saved, never where the server keeps them; the log names it.
func TestDatabaseErrorsForClients(t *testing.T) {
	var log bytes.Buffer
	srv := &serveServer{opts: serveOptions{Log: &log}, ctx: context.Background(), db: namedRefusingStore{},
		hub: &serveHub{conference: "kafka-summit", db: namedRefusingStore{}}}
	sess := &settledSession{}
	srv.settleBookmarks(sess, "SHA256:abc", ui.Outcome{Unsaved: 1, Pending: []ui.BookmarkOp{{ID: "a", Add: true}}})
	if got, want := sess.stderr.String(), "summit-tui: bookmarks: 1 change could not be saved: the bookmarks database: disk I/O error\r\n"; got != want {
		t.Errorf("the client is told %q, want %q", got, want)
	}
	if !strings.Contains(log.String(), "/srv/summit/private/bookmarks.db") {
		t.Errorf("the log does not name the database: %q", log.String())
	}

	var cfg ui.Config
	srv.hub.bookmarks(context.Background(), context.Background(), "SHA256:abc", &cfg, &serveSession{})
	if _, _, err := cfg.SaveBookmarks(nil, []ui.BookmarkOp{{ID: "a", Add: true}}); err == nil || strings.Contains(err.Error(), "/srv/") {
		t.Errorf("a failed save tells the browser %v, want why without the database's path", err)
	}
}
