package ui

import "testing"

// The status line clears when the place changes.
func TestStatusClearsOnAChangeOfPlace(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("b")
	h.requireScreenContains("Bookmarked: ")
	h.press("s")
	h.requireScreenLacks("Bookmarked: ")
}
