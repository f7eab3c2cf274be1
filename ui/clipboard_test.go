package ui

import (
	"strings"
	"testing"
)

// y copies the talk as Markdown and says so.
func TestCopyTalk(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j", "y")
	if len(h.clipboard) != 1 || !strings.Contains(h.clipboard[0], "## Running Kafka® in Kubernetes") ||
		!strings.Contains(h.clipboard[0], "Katherine Stanley, IBM United Kingdom Ltd.") {
		t.Fatalf("clipboard %q", h.clipboard)
	}
	h.requireScreenContains("Copied “Running Kafka® in Kubernetes")
}
