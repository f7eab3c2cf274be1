package main

import (
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
)

// --idle-timeout counts the time since a browser's client last did
// something: a key, the mouse, a paste, a resize. The screen changing on
// its own (the clock, a reminder, a new version of the schedule) does not
// count, so a browser left open on the Now tab ends too. The connection's
// own idle timeout, which any traffic resets, stays as a backstop for
// connections that never open a session.

// idleGrace is how much longer the connection's backstop waits than a
// session's idle timeout, so a session ends with its line to the client
// before its connection is cut without one.
const idleGrace = 30 * time.Second

// idleWatch ends a session once its client has sent nothing for timeout.
type idleWatch struct {
	timeout time.Duration
	expire  func()
	last    atomic.Int64 // nanoseconds from start to the last input

	start time.Time
	mu    sync.Mutex
	timer *time.Timer // nil once stopped
}

// watchIdle calls expire, once and on a goroutine of its own, when no
// input is seen for timeout; a zero timeout never expires.
func watchIdle(timeout time.Duration, expire func()) *idleWatch {
	w := &idleWatch{timeout: timeout, expire: expire, start: time.Now()}
	if timeout > 0 {
		w.mu.Lock()
		w.timer = time.AfterFunc(timeout, w.check)
		w.mu.Unlock()
	}
	return w
}

// input notes that the client did something now.
func (w *idleWatch) input() { w.last.Store(int64(time.Since(w.start))) }

// check runs when the timeout may have passed: it ends the session, or
// waits for what is left since the last input.
func (w *idleWatch) check() {
	left := time.Duration(w.last.Load()) + w.timeout - time.Since(w.start)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.timer == nil {
		return
	}
	if left > 0 {
		w.timer.Reset(left)
		return
	}
	w.timer = nil
	go w.expire()
}

// stop ends the watch; expire is not called after it returns, unless it
// already was.
func (w *idleWatch) stop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.timer != nil {
		w.timer.Stop()
		w.timer = nil
	}
}

// isInput reports a message that comes from what the client did, not
// from the terminal answering a question or from the browser's timers.
func isInput(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyMsg, tea.MouseMsg, tea.PasteMsg, tea.PasteStartMsg, tea.WindowSizeMsg:
		return true
	}
	return false
}

// idleText is what a client is told when its session ends for want of
// input.
func idleText(timeout time.Duration) string {
	return "disconnected after " + spokenDuration(timeout) + " without input"
}

// spokenDuration is d as a person says it: "30 minutes", "1 hour 30
// minutes", "45 seconds"; under a second, in milliseconds.
func spokenDuration(d time.Duration) string {
	if d < time.Second {
		return plural(int(d.Round(time.Millisecond)/time.Millisecond), "millisecond", "milliseconds")
	}
	d = d.Round(time.Second)
	var parts []string
	for _, u := range []struct {
		size      time.Duration
		one, many string
	}{{time.Hour, "hour", "hours"}, {time.Minute, "minute", "minutes"}, {time.Second, "second", "seconds"}} {
		if n := int(d / u.size); n > 0 {
			parts = append(parts, plural(n, u.one, u.many))
			d -= time.Duration(n) * u.size
		}
	}
	return strings.Join(parts, " ")
}

// connectionIdle is the connection's idle timeout for a session's: a
// grace longer, so the session ends first and says why; zero is none.
func connectionIdle(session time.Duration) time.Duration {
	if session <= 0 {
		return 0
	}
	return session + idleGrace
}
