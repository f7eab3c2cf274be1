package main

import (
	"runtime"
	"strings"
	"testing"
	"time"
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
