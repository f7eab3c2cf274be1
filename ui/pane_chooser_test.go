package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// s on a talk with several speakers asks which one.
func TestSpeakersKeyAsksWhichOne(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("G", "s")
	h.requireScreenContains("Which speaker?")
	h.press("2")
	if got := h.selectedName(); got != "Jesse Leresche" {
		t.Fatalf("chose %q, want Jesse Leresche", got)
	}
	h.press("esc")
	h.press("s", "esc") // cancelled: nothing opens
	if got := h.crumb(); got != conference+" › All" {
		t.Fatalf("cancelling opened %q", got)
	}
}

// The chooser's box, centred in the body of each size of screen.
func TestChooserPaneGolden(t *testing.T) {
	for _, size := range screenSizes {
		t.Run(size.name+"_which_speaker", func(t *testing.T) {
			h := newHarness(t, size.w, size.h)
			h.press("G", "s")
			golden.RequireEqual(t, asciiOf(t, h.m.chooser.View()))
		})
	}
}
