package vtterm

import (
	"fmt"
	"strings"
	"time"
)

// Frame is a screen state and the arrival time of the output chunk that
// produced it.
type Frame struct {
	Screen string
	At     time.Time
}

// watcher is one waiting condition. The output reader evaluates it after
// every chunk, so a state is seen even if the next chunk replaces it at
// once — which a polling loop would miss.
type watcher struct {
	cond func(screen string) bool
	done chan Frame // buffered: fire never blocks the reader
}

// WaitError is returned when a wait gives up; it carries the last screen so
// a failing test shows what the program was showing.
type WaitError struct {
	Reason string
	Screen string
}

func (e *WaitError) Error() string {
	var b strings.Builder
	b.WriteString("vtterm: ")
	b.WriteString(e.Reason)
	b.WriteString("; screen was:\n")
	for line := range strings.SplitSeq(e.Screen, "\n") {
		b.WriteString("│")
		b.WriteString(line)
		b.WriteString("\n")
	}
	return b.String()
}

// WaitFor waits up to timeout for a screen on which cond holds and returns
// it. The current screen counts. cond runs on the output reader's goroutine
// (and, once, on the caller's, possibly at the same time), so it should be
// quick and keep no state. WaitFor fails early when the program's output
// ends.
func (t *Term) WaitFor(timeout time.Duration, cond func(screen string) bool) (string, error) {
	f, err := t.WaitForFrame(timeout, cond)
	return f.Screen, err
}

// WaitForText waits up to timeout for s to appear on the screen.
func (t *Term) WaitForText(timeout time.Duration, s string) (string, error) {
	return t.WaitFor(timeout, func(screen string) bool { return strings.Contains(screen, s) })
}

// WaitForFrame is WaitFor that also tells when the satisfying output
// arrived. If the current screen already satisfies cond, At is the arrival
// of the latest chunk (or now, before any output): call it right after
// Start to time the first frame.
func (t *Term) WaitForFrame(timeout time.Duration, cond func(screen string) bool) (Frame, error) {
	w := &watcher{cond: cond, done: make(chan Frame, 1)}
	t.mu.Lock()
	cur := Frame{Screen: t.emu.String(), At: time.Now()}
	if n := len(t.chunks); n > 0 {
		cur.At = t.chunks[n-1].At
	}
	t.watchers[w] = time.Time{}
	t.mu.Unlock()

	if cond(cur.Screen) {
		t.drop(w)
		return cur, nil
	}
	return t.await(w, timeout, fmt.Sprintf("condition not met within %v", timeout))
}

// SendAndTime writes input and measures the time from the write to the
// arrival of the first output chunk after which cond holds on the screen.
// Only output read after the write counts, so cond should describe the
// state the input leads to (e.g. "count: 7"), not one already shown. The
// time excludes the emulator's own parsing of that chunk.
//
// Bubble Tea v2 flushes frames on a 60 Hz ticker, so one sample is
// anywhere from ~1 to ~17 ms for the same program: space the presses
// irregularly (evenly spaced presses lock onto one phase of the ticker)
// and compare distributions, not single presses.
func (t *Term) SendAndTime(input string, cond func(screen string) bool, timeout time.Duration) (time.Duration, error) {
	w := &watcher{cond: cond, done: make(chan Frame, 1)}
	t.mu.Lock()
	t0 := time.Now()
	t.watchers[w] = t0
	t.mu.Unlock()

	if err := t.Send(input); err != nil {
		t.drop(w)
		return 0, err
	}
	f, err := t.await(w, timeout, fmt.Sprintf("condition not met within %v of sending %q", timeout, input))
	if err != nil {
		return 0, err
	}
	return f.At.Sub(t0), nil
}

// await waits for w to fire, the output to end, or the timeout.
func (t *Term) await(w *watcher, timeout time.Duration, reason string) (Frame, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case f := <-w.done:
		return f, nil
	case <-t.outputDone:
		// The reader may have fired on its last chunk just before ending.
		select {
		case f := <-w.done:
			return f, nil
		default:
		}
		t.drop(w)
		t.mu.Lock()
		outErr := t.outErr
		t.mu.Unlock()
		return Frame{}, &WaitError{Reason: fmt.Sprintf("program output ended (%v) before the condition was met", outErr), Screen: t.Screen()}
	case <-timer.C:
		t.drop(w)
		// A chunk may have fired it between the timer and the drop.
		select {
		case f := <-w.done:
			return f, nil
		default:
		}
		return Frame{}, &WaitError{Reason: reason, Screen: t.Screen()}
	}
}

// fire delivers f to w once, if w is still waiting.
func (t *Term) fire(w *watcher, f Frame) {
	t.mu.Lock()
	_, waiting := t.watchers[w]
	delete(t.watchers, w)
	t.mu.Unlock()
	if waiting {
		w.done <- f
	}
}

func (t *Term) drop(w *watcher) {
	t.mu.Lock()
	delete(t.watchers, w)
	t.mu.Unlock()
}
