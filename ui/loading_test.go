package ui

import "testing"

func TestPreviewThenWholePageKeepsThePlace(t *testing.T) {
	h := newHarness(t, 120, 40, withPreview(10))
	h.requireScreenContains("loading the page…", "All 10")
	h.press("]", "]", "j") // Core Kafka, its second talk
	want := h.selectedTitle()
	h.press("/")
	h.typeText("kafka")

	h.send(startLoadingMsg{})

	h.requireScreenContains("59 talks · 5 tracks", "All 59", "Use Cases 14", "Kafka Summit London 2019 › Core Kafka")
	h.requireScreenLacks("loading the page…")
	if got := h.selectedTitle(); got != want {
		t.Errorf("selected %q after loading, want %q", got, want)
	}
	if !h.m.editingFilter || h.m.view().filter.query != "kafka" {
		t.Errorf("the filter being typed was lost: editing %v, query %q", h.m.editingFilter, h.m.view().filter.query)
	}
	if n := len(h.m.view().rows); n < 5 || n > 14 {
		t.Errorf("the filter shows %d of Core Kafka's 14 talks", n)
	}
}
