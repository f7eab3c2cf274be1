package ui

import "testing"

func TestPreviewThenWholePageKeepsThePlace(t *testing.T) {
	h := newHarness(t, 120, 40, withPreview(10))
	h.requireScreenContains("loading the page…", "All 10")
	h.press("]", "]", "j") // Core Kafka, its second talk
	h.press("/")
	h.typeText("kafka")
	want := h.selectedTitle()

	h.send(startLoadingMsg{})

	h.requireScreenContains("59 talks · 5 tracks", "Core Kafka ")
	if got := h.m.tabParts()[0].count; got != "59" {
		t.Errorf("the All tab counts %s talks after loading, want 59", got)
	}
	if got := h.crumb(); got != conference+" › Core Kafka" {
		t.Errorf("breadcrumb %q after loading", got)
	}
	h.requireScreenLacks("loading the page…")
	if got := h.selectedTitle(); got != want {
		t.Errorf("selected %q after loading, want %q", got, want)
	}
	if l := h.m.list(); !l.filter.editing || l.filter.query() != "kafka" {
		t.Errorf("the filter being typed was lost: editing %v, query %q", l.filter.editing, l.filter.query())
	}
	if n := h.count(); n < 5 || n > 14 {
		t.Errorf("the filter shows %d of Core Kafka's 14 talks", n)
	}
}

// A place remembered from last time that only the whole page holds is
// restored once it is loaded, unless the user has moved meanwhile.
func TestRememberedPlaceBeyondThePreview(t *testing.T) {
	full := newHarness(t, 120, 40)
	full.press("G", "enter", "q")
	for _, moved := range []bool{false, true} {
		h := newHarness(t, 120, 40, withPreview(10), withState(full.state))
		if moved {
			h.press("j")
		}
		h.send(startLoadingMsg{})
		got := h.m.reading() && h.selectedTitle() == lastTalk
		if got == moved {
			t.Errorf("moved %v: reading %v the last talk %q", moved, h.m.reading(), h.selectedTitle())
		}
	}
}
