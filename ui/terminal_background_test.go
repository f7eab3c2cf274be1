package ui

import (
	"strings"
	"testing"
	"testing/iotest"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestReadBackground: the palette of the first frame comes from what the
// terminal answers before the device attributes, which end the wait.
func TestReadBackground(t *testing.T) {
	tests := []struct {
		name    string
		answers string
		want    Background
	}{
		{"light, BEL", "\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62;22c", BackgroundLight},
		{"dark, ST", "\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?1;2c", BackgroundDark},
		{"solarized light", "\x1b]11;rgb:fdfd/f6f6/e3e3\x07\x1b[?64c", BackgroundLight},
		{"no colour, only attributes", "\x1b[?62c", BackgroundUnknown},
		{"unreadable colour", "\x1b]11;nonsense\x07\x1b[?62c", BackgroundUnknown},
		{"keys typed first", "jj\x1b[A\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62c", BackgroundLight},
		{"cut off before the attributes", "\x1b]11;rgb:ffff/ffff/ffff\x07", BackgroundLight},
		{"nothing", "", BackgroundUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// One byte at a time: answers split across reads still parse.
			if got := readBackground(iotest.OneByteReader(strings.NewReader(tc.answers))); got != tc.want {
				t.Errorf("background = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestKnownBackgroundIsNotHeld: a background known before the start
// draws the first frame at once, in its palette.
func TestKnownBackgroundIsNotHeld(t *testing.T) {
	for _, bg := range []Background{BackgroundLight, BackgroundDark, BackgroundUnknown} {
		m := newModel(Config{Schedule: seedSchedule(t), Background: bg})
		if m.holding {
			t.Errorf("background %v: the first frame is held back", bg)
		}
		if dark := m.c.theme.dark; dark != (bg != BackgroundLight) {
			t.Errorf("background %v: dark palette = %v", bg, dark)
		}
	}
	if m := newModel(Config{Schedule: seedSchedule(t)}); !m.holding {
		t.Error("not asked: the first frame is not held for the answer")
	}
}

// The first frame on a light terminal is light: it waits for the
// terminal's answer, and no longer than holdFirstFrame.
func TestFirstFrameWaitsForTheBackground(t *testing.T) {
	h := newHarness(t, 120, 40, withTheme(ThemeAuto))
	if s := h.screen(); s != "" {
		t.Fatalf("a frame was drawn before the terminal said its colours:\n%s", s)
	}
	h.send(tea.BackgroundColorMsg{Color: lightGrey})
	if h.screen() == "" || h.dark() {
		t.Fatal("the first frame after a light background is not light")
	}
	silent := newHarness(t, 120, 40, withTheme(ThemeAuto))
	silent.advance(50 * time.Millisecond)
	if silent.screen() == "" {
		t.Fatal("a terminal that never answers gets no frame")
	}
}
