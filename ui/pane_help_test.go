package ui

import (
	"fmt"
	"strings"
	"testing"
)

// helpText is every line the help shows, scrolled from top to bottom.
func helpText(h *harness) string {
	h.press("?")
	var b strings.Builder
	for range 250 {
		b.WriteString(h.screen())
		h.press("j")
	}
	return b.String()
}

// Help fits: at 80×24 and 100×30 every key is there, if need be by
// scrolling, and no line is cut. A schedule with times, rooms and links
// has every key; the seed lacks them, and its help every other key.
func TestHelpFitsAndScrolls(t *testing.T) {
	timeKeys := map[string]bool{"r": true, "o": true, "z": true}
	for _, size := range [][2]int{{80, 24}, {100, 30}, {45, 12}, {40, 10}} {
		for _, timed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%dx%d_timed_%v", size[0], size[1], timed), func(t *testing.T) {
				var opts []harnessOption
				if timed {
					opts = twoRoomsAt(t)
				}
				h := newHarness(t, size[0], size[1], opts...)
				text := helpText(h)
				for _, row := range KeysTable() {
					if row.Group == liveGroup {
						continue // only for a schedule kept current: pane_changes_test.go
					}
					if row.Keys[0] == "O" {
						continue // only with schedules to open: schedules_test.go
					}
					if !timed && (timeKeys[row.Keys[0]] || row.Group == timesGroup || row.Group == gridGroup || row.Group == roomsGroup || strings.HasPrefix(row.Group, "Search filters")) {
						if strings.Contains(text, row.Does) {
							t.Errorf("the seed's help offers %q, which needs times, rooms or links", row.Does)
						}
						continue
					}
					if !strings.Contains(text, strings.Join(row.Keys, "/")) {
						t.Errorf("the help never shows %q", strings.Join(row.Keys, "/"))
					}
					for _, word := range strings.Fields(row.Does) {
						if !strings.Contains(text, word) {
							t.Errorf("the help never shows %q of %q", word, row.Does)
						}
					}
				}
			})
		}
	}
}

// q closes the help, as in less and htop; it does not quit.
func TestQClosesHelp(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("?", "q")
	if h.quit {
		t.Fatal("q on the help quit the program")
	}
	h.requireScreenLacks("Help  ")
	h.requireScreenContains(firstTalk[:20])
}

// The help lists the filter's keys and the mouse.
func TestHelpListsFilterKeysAndMouse(t *testing.T) {
	h := newHarness(t, 120, 40)
	text := helpText(h)
	for _, want := range []string{"While typing a filter", "keep the filter", "Mouse", "wheel", "click"} {
		if !strings.Contains(text, want) {
			t.Errorf("the help lacks %q", want)
		}
	}
}
