package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Golden screens of a talk's details on a schedule with times: when,
// where, type, language and links, in event and in local time. Refresh with
// `go test ./ui -update`.
func TestTimedDetailsGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"wide_details", 120, 40, []string{"G", "k", "k"}},            // Sailing with small models: two links
		{"wide_details_local", 120, 40, []string{"G", "k", "k", "z"}}, // the same in New York time
		{"wide_details_german", 120, 40, []string{"j", "j", "j", "j"}},
		{"narrow_details", 80, 24, []string{"G", "k", "k", "enter"}},
		{"narrow_details_links", 80, 24, []string{"G", "k", "k", "enter", "tab", "G"}}, // the details scrolled to the links
		{"narrow_details_local", 80, 24, []string{"z", "G", "enter", "tab"}},           // after midnight, the evening before
		{"narrow_rooms", 80, 24, []string{"r"}},
		{"wide_rooms", 120, 40, []string{"j", "j", "r"}}, // on Dock, its talks by time
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.w, tt.h, twoRoomsAt(t)...)
			h.press(tt.keys...)
			golden.RequireEqual(t, h.asciiScreen())
		})
	}
}

// The ascii theme draws the rows' and details' joins in ASCII.
func TestTimedRowsASCII(t *testing.T) {
	h := newHarness(t, 120, 40, append(twoRoomsAt(t), withTheme(ThemeASCII))...)
	h.press("j")
	h.requireScreenContains("Sat 10:00 - Aula - Bram Okafor", "10:00-10:45 (45 min)", "Link (o) Slides -")
	h.requireScreenLacks("·", "–")
}
