package vtterm

import (
	"slices"
	"strings"
	"time"
)

// Screen is the visible text: one line per row joined by "\n", trailing
// spaces trimmed from each line, styles dropped.
func (t *Term) Screen() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.emu.String()
}

// Line is row i of Screen, or "" when i is off the screen.
func (t *Term) Line(i int) string {
	lines := strings.Split(t.Screen(), "\n")
	if i < 0 || i >= len(lines) {
		return ""
	}
	return lines[i]
}

// Styled is the visible screen with its styles as ANSI escape sequences, for
// checking colours.
func (t *Term) Styled() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.emu.Render()
}

// Size is the emulated screen's size in cells.
func (t *Term) Size() (cols, rows int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.emu.Width(), t.emu.Height()
}

// AltScreen reports whether the program has switched to the alternate
// screen.
func (t *Term) AltScreen() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.emu.IsAltScreen()
}

// Raw is a copy of every byte the program has written to the terminal.
func (t *Term) Raw() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.raw)
}

// Chunks lists the program's output reads in order, with their arrival
// times.
func (t *Term) Chunks() []Chunk {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.chunks)
}

// apply feeds one chunk of output to the emulator and offers the resulting
// screen to the waiting conditions. Conditions run outside the lock so that
// they may call the Term's methods; only this goroutine changes the screen
// through output, so the snapshot stays the state the chunk produced.
func (t *Term) apply(p []byte, at time.Time) {
	t.mu.Lock()
	t.chunks = append(t.chunks, Chunk{At: at, Offset: len(t.raw), Len: len(p)})
	t.raw = append(t.raw, p...)
	_, _ = t.emu.Write(p) // never fails while the emulator is open
	if len(t.watchers) == 0 {
		t.mu.Unlock()
		return
	}
	screen := t.emu.String()
	ws := make([]*watcher, 0, len(t.watchers))
	for w, after := range t.watchers {
		if !at.Before(after) {
			ws = append(ws, w)
		}
	}
	t.mu.Unlock()

	for _, w := range ws {
		if w.cond(screen) {
			t.fire(w, Frame{Screen: screen, At: at})
		}
	}
}
