package ui

import "testing"

// The place is remembered across runs: the tab, the stack, the selected
// talk and the filter, and the split.
func TestPlaceIsRemembered(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("3", "/")
	h.typeText("kafka")
	h.press("enter", "j", "j", "enter", ">")
	crumb, pos := h.crumb(), h.position()
	h.press("q")
	if !h.quit || len(h.state) == 0 {
		t.Fatalf("quit %v, state %q", h.quit, h.state)
	}
	again := newHarness(t, 120, 40, withState(h.state))
	if got := again.crumb(); got != crumb {
		t.Fatalf("restarted on %q, want %q", got, crumb)
	}
	if got := again.position(); got != pos {
		t.Fatalf("restarted at %s, want %s", got, pos)
	}
	again.requireScreenContains("/ kafka")
	if again.m.split != defaultSplit+splitStep {
		t.Fatalf("split %d, want %d", again.m.split, defaultSplit+splitStep)
	}
}
