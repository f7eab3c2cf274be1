package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// What a session leaves behind when it ends: nothing of its browser.

// browserGoroutines counts the goroutines running the browser's code or
// its timers.
func browserGoroutines() int {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	count := 0
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "summit-tui/ui.") || strings.Contains(g, "bubbletea/v2.Tick") {
			count++
		}
	}
	return count
}

// TestServeSessionLeavesNoGoroutine: a session that ends leaves none of its
// browser's goroutines behind, not even those waiting for news of the
// schedule or the bookmarks, or a reminder hours away. A server runs for
// days: each connection would otherwise cost memory until it stops.
func TestServeSessionLeavesNoGoroutine(t *testing.T) {
	// Not parallel: it counts the process's goroutines.
	start := time.Date(2031, 3, 15, 7, 0, 0, 0, time.UTC)
	began := time.Now()
	srv := startServe(t, timedSchedule, "", func(o *serveOptions) {
		o.Now = func() time.Time { return start.Add(time.Since(began)) }
	})
	before := browserGoroutines()
	for _, name := range []string{"quits", "goes"} {
		u := openSession(t, srv.Addr(), session{name: name, key: newKey(t), cols: 120, rows: 40})
		u.waitText("Harbour Days 2031")
		u.press("b")
		u.waitText("★ Bookmarks 1")
		if name == "quits" {
			u.press("q")
			u.wait()
		} else {
			u.close()
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		n := browserGoroutines()
		if n <= before {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines of the browser are left after its sessions ended (%d before)", n, before)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestServeToggleSavedWhenClientGoes: a bookmark toggled just before the
// client goes (a closed laptop, a dropped Wi-Fi) is saved, though its save
// was still waiting for the database when the connection ended.
func TestServeToggleSavedWhenClientGoes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	srv := startServe(t, "", dir)
	key := newKey(t)
	u := openSession(t, srv.Addr(), session{key: key, cols: 120, rows: 40})
	u.waitFirstFrame()
	var s *serveSession
	srv.hub.each(func(each *serveSession) { s = each })

	// Another writer holds the database, so the toggle's save waits.
	ctx := context.Background()
	db, err := sql.Open("sqlite", filepath.Join(dir, "bookmarks.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	u.press("b")
	u.waitText("★ Bookmarks 1")
	u.close()
	select {
	case <-s.done:
	case <-time.After(e2eTimeout):
		t.Fatal("the browser did not end when its client went")
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(e2eTimeout); srv.hub.count() > 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the session never ended")
		}
	}
	ids, err := srv.db.Bookmarks(ctx, srv.hub.conference, gossh.FingerprintSHA256(key.PublicKey()))
	if err != nil || len(ids) != 1 {
		t.Errorf("the key's bookmarks after its client went: %q, %v; want the talk toggled\nserver log:\n%s", ids, err, srv.opts.Log.(*testLog))
	}
}

// TestServeLogsEachSessionOnce: a browser quit with q, and one whose
// client simply goes, are each one connect and one disconnect in the log.
func TestServeLogsEachSessionOnce(t *testing.T) {
	t.Parallel()
	srv := startServe(t, "", "")
	quits := openSession(t, srv.Addr(), session{name: "quits", key: newKey(t), cols: 100, rows: 30})
	goes := openSession(t, srv.Addr(), session{name: "goes", cols: 100, rows: 30})
	quits.waitFirstFrame()
	goes.waitFirstFrame()
	quits.press("q")
	quits.wait()
	goes.close()
	quits.close()
	logged := srv.opts.Log.(*testLog)
	for deadline := time.Now().Add(e2eTimeout); strings.Count(logged.String(), " disconnect ") < 2; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the sessions never ended:\n%s", logged)
		}
	}
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	log := logged.String()
	if c, d := strings.Count(log, " connect "), strings.Count(log, " disconnect "); c != 2 || d != 2 {
		t.Errorf("%d connect and %d disconnect lines for two sessions, want 2 and 2:\n%s", c, d, log)
	}
}
