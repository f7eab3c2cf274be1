package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Keys that arrive in one read of the terminal (a paste, a fast typist, a
// key held down) reach Update before the message an overlay sends when it
// is answered. A second answer to an overlay already answered changes
// nothing: one place opens, once.
func TestOverlayAnsweredTwiceOpensOnce(t *testing.T) {
	for _, tt := range []struct {
		name   string
		timed  bool
		open   []string // keys that open the overlay
		answer string   // the key that answers it, arriving twice
		crumb  string
	}{
		{"window prompt", true, []string{"2", "w", "1", "4", "-", "1", "5"}, "enter", "Sat 15 › Sat 15 14:00–15:00"},
		{"speakers chooser", false, []string{"G", "s"}, "2", "› All › Speakers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var opts []harnessOption
			if tt.timed {
				opts = append(opts, withTwoRooms(t, "2031-03-15 10:20"))
			}
			h := newHarness(t, 120, 40, opts...)
			h.press(tt.open...)
			depth := len(h.m.stack)
			var cmds []tea.Cmd
			for range 2 {
				_, cmd := h.m.Update(keyPress(tt.answer))
				cmds = append(cmds, cmd)
			}
			for _, cmd := range cmds {
				h.run(cmd)
			}
			if got := len(h.m.stack); got != depth+1 {
				t.Errorf("%s answered twice: %d places open over the first, want 1 (%s)", tt.name, got-1, h.crumb())
			}
			h.requireScreenContains(tt.crumb)
		})
	}
}
