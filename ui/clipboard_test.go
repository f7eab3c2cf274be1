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
		!strings.Contains(h.clipboard[0], "**Katherine Stanley** (IBM United Kingdom Ltd.)") {
		t.Fatalf("clipboard %q", h.clipboard)
	}
	h.requireScreenContains("Copied “Running Kafka® in Kubernetes")
}

// y copies the selected talk as the Markdown export writes it, with its
// time and room (naming the weekday, as no day heading comes with it),
// its speakers, track, abstract and links; in local time while local time
// is shown.
func TestCopyTalkMarkdown(t *testing.T) {
	const rest = "**Hugo Ferreira**\\\nTrack: Infrastructure\n\nRunning language models on a boat battery.\n\n" +
		"Links: [Project page](<https://harbour.example.org/sailing/>) · [Recording](<https://video.example.org/hd/107>)\n"
	for _, tt := range []struct {
		name string
		keys []string
		want string
	}{
		{"event time", []string{"G", "k", "k", "y"}, "## Sailing with small models\n\nSat 15:00–15:45 · Aula\\\n" + rest},
		{"local time", []string{"G", "k", "k", "z", "y"}, "## Sailing with small models\n\nSat 11:00–11:45 · Aula\\\n" + rest},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40, twoRoomsAt(t)...)
			h.press(tt.keys...)
			if len(h.clipboard) != 1 || h.clipboard[0] != tt.want {
				t.Fatalf("clipboard %q\nwant %q", h.clipboard, tt.want)
			}
			h.requireScreenContains("Copied “Sailing with small models”")
		})
	}
}
