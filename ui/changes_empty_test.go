package ui

import "testing"

// C with nothing changed since the version last seen opens the Changes
// view on its word that nothing did (it ended the browser, and over SSH
// the session), before the comparison and after it.
func TestChangesViewWithNothingChanged(t *testing.T) {
	host := &liveHost{}
	h := newHarness(t, 120, 40, withLive(t, host))
	h.press("C") // the comparison waits for the keys to rest
	h.requireScreenContains("Nothing changed since you last looked.")
	h.press("esc")
	h.advance(liveIdle)
	h.press("C")
	h.requireScreenContains("Nothing changed since you last looked.")
	h.press("esc", "C", "j", "k", "enter")
	h.requireScreenContains("Nothing changed since you last looked.")
}
