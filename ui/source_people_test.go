package ui

import "testing"

// A person with one talk has "1 talk", not "1 talks".
func TestPersonDetailSaysOneTalk(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "s")
	h.requireScreenContains("1 talk: enter lists it.")
	h.requireScreenLacks("1 talk — enter lists them")
}
