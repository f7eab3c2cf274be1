package ui

import "testing"

// The ascii theme draws the rows' and details' joins in ASCII.
func TestTimedRowsASCII(t *testing.T) {
	h := newHarness(t, 120, 40, append(twoRoomsAt(t), withTheme(ThemeASCII))...)
	h.press("j")
	h.requireScreenContains("Sat 10:00 - Aula - Bram Okafor", "10:00-10:45 (45 min)", "Link (o) Slides -")
	h.requireScreenLacks("·", "–")
}
