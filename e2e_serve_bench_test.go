package main

import (
	"fmt"
	"testing"
)

// The serving budgets are proven against the real binary by bench/measure
// (part serve). These benchmarks time the same paths in process, where a
// profile (-cpuprofile) shows where a session's time goes.

// BenchmarkServeFirstFrame: connecting over SSH (handshake, a key, a
// pty) to the first complete frame of the built-in page, and leaving.
func BenchmarkServeFirstFrame(b *testing.B) {
	srv := startServe(b, "", "")
	key := newKey(b)
	b.ResetTimer()
	for i := range b.N {
		if i > 0 && i%rateBurst == 0 {
			b.StopTimer()
			srv = startServe(b, "", "") // the limiter allows a burst per address
			b.StartTimer()
		}
		u := openSession(b, srv.Addr(), session{name: fmt.Sprint("s", i), key: key, cols: 120, rows: 40})
		u.waitFirstFrame()
		b.StopTimer()
		u.close()
		b.StartTimer()
	}
}

// BenchmarkServeKeys: a key press in a session over SSH to the frame
// that shows its effect, alternating down and up the list.
func BenchmarkServeKeys(b *testing.B) {
	srv := startServe(b, "", "")
	u := openSession(b, srv.Addr(), session{key: newKey(b), cols: 120, rows: 40})
	u.waitFirstFrame()
	b.ResetTimer()
	for i := range b.N {
		key, want := "j", "2/59"
		if i%2 == 1 {
			key, want = "k", "1/59"
		}
		u.press(key)
		u.waitFor(want, func(s screen) bool { return s.position() == want })
	}
}
