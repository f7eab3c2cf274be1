package main

import (
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// TestServeIdleTimeout: --idle-timeout counts the time since the client
// last did something. A session whose screen keeps changing (another
// session of its key toggling a bookmark) but whose client sends nothing is
// ended after it, with a line saying why, and the log says so; a session
// that keeps typing is not.
func TestServeIdleTimeout(t *testing.T) {
	t.Parallel()
	const timeout = time.Second
	srv := startServe(t, "", "", func(o *serveOptions) { o.IdleTimeout = timeout })

	// One key, two sessions: the typing one toggles a bookmark on and off,
	// and the idle one's screen follows (★ Bookmarks 1, 0, 1…), so its
	// connection is never quiet.
	key := newKey(t)
	began := time.Now()
	idle := openSession(t, srv.Addr(), session{name: "idle", key: key, cols: 120, rows: 40})
	typing := openSession(t, srv.Addr(), session{name: "typing", key: key, cols: 120, rows: 40})
	every(t, timeout/6, func(int) { _, _ = typing.stdin.Write([]byte("b")) })

	// Watch the idle session's screen until it ends.
	changed := false
	deadline := time.After(e2eTimeout)
	for ended := false; !ended; {
		idle.mu.Lock()
		next := idle.changed
		changed = changed || strings.Contains(idle.emu.String(), "★ Bookmarks 1")
		idle.mu.Unlock()
		select {
		case <-idle.ended:
			ended = true
		case <-next:
		case <-deadline:
			t.Fatalf("the idle session was never ended; screen:\n%s", idle.screen())
		}
	}
	if d := time.Since(began); d < timeout {
		t.Errorf("the idle session was ended after %v, before its timeout", d)
	}
	for time.Since(began) < 4*timeout {
		select {
		case <-typing.ended:
			t.Fatalf("the session that kept typing was ended as idle; screen:\n%s", typing.screen())
		case <-time.After(timeout / 4):
		}
	}
	typing.waitFirstFrame()
	idle.mu.Lock()
	raw := string(idle.raw)
	idle.mu.Unlock()
	if !strings.Contains(raw, "summit-tui: disconnected after 1 second without input\r\n") {
		t.Errorf("the idle client was not told why it was disconnected: %q", raw[max(0, len(raw)-300):])
	}
	if !changed {
		t.Error("the idle session's screen never changed")
	}
	if log := srv.opts.Log.(*testLog).String(); strings.Count(log, "without input") != 1 {
		t.Errorf("want one log line for the idle session:\n%s", log)
	}
}

// every runs f every d, counting, until the test ends.
func every(t *testing.T, d time.Duration, f func(i int)) {
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(d)
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-tick.C:
				f(i)
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-stopped })
}

// TestServeDropsSilentConnections: a connection that never signs in is
// dropped after the handshake's bound, even with --idle-timeout 0.
func TestServeDropsSilentConnections(t *testing.T) {
	t.Parallel()
	srv := startServe(t, "", "", func(o *serveOptions) {
		o.IdleTimeout = 0
		o.HandshakeTimeout = 200 * time.Millisecond
	})
	conn, err := net.Dial("tcp", srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetReadDeadline(time.Now().Add(e2eTimeout))
	if _, err := io.Copy(io.Discard, conn); err != nil {
		t.Errorf("a connection that never signed in was kept: %v", err)
	}
}
