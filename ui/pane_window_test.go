package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The window prompt's two lines, as the footer shows them: the question
// with its hint, what is typed, and why a window cannot be read.
func TestWindowPromptGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		keys []string
	}{
		{name: "asked"},
		{name: "typed", text: "14-15"},
		{name: "unreadable", text: "tea time", keys: []string{"enter"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 80, 24, withTwoRooms(t, "2031-03-15 10:20"))
			h.press("2", "w")
			h.typeText(tt.text)
			h.press(tt.keys...)
			golden.RequireEqual(t, asciiOf(t, h.m.prompt.View()))
		})
	}
}
