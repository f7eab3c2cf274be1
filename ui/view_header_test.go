package ui

import (
	"strings"
	"testing"
)

// A filter kept in another tab shows in the tab bar.
func TestTabShowsItsFilter(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("3", "/")
	h.typeText("kafka")
	h.press("enter", "1")
	if tabs := h.line(1); !strings.Contains(tabs, "Core Kafka 1") || !strings.Contains(tabs, "/14") {
		t.Fatalf("the tab bar shows no trace of Core Kafka's filter: %q", tabs)
	}
}
