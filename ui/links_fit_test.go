package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Without a browser the status line shows the whole link when it fits
// (dropping its words first), and cuts it in the middle when it does not:
// the host and the end of an address say more than its tail cut off. The
// OSC 8 target is the whole link however it is shown.
func TestLinkFallbackFitsTheStatusLine(t *testing.T) {
	const url = "https://harbour.example.org/tides/slides.pdf"
	for _, tt := range []struct {
		name  string
		width int
		shows string
	}{
		{"wide: words and link", 120, "No browser here: link printed · " + url},
		{"narrow: the link whole", 80, url},
		{"small: cut in the middle", 45, "https://harbour.e…/tides/slides.pdf"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h, _ := harnessWithOpener(t, ErrNoBrowser)
			h.send(tea.WindowSizeMsg{Width: tt.width, Height: 40})
			h.press("j", "o") // Tides in the data centre, with its slides
			if s := h.line(-1); !strings.Contains(s, tt.shows) {
				t.Fatalf("status line %q lacks %q", s, tt.shows)
			}
			if v := h.m.View().Content; !strings.Contains(v, ansi.SetHyperlink(url)) {
				t.Fatal("the link's OSC 8 target is not the whole address")
			}
		})
	}
}

func TestCutMiddle(t *testing.T) {
	g := unicodeGlyphs
	for _, tt := range []struct {
		in    string
		width int
		want  string
	}{
		{"https://a.org/x", 20, "https://a.org/x"},
		{"https://example.org/path/to/file.pdf", 21, "https://ex…o/file.pdf"},
		{"abcdef", 5, "ab…ef"},
		{"abcdef", 2, "a…"},
	} {
		if got := cutMiddle(g, tt.in, tt.width); got != tt.want {
			t.Errorf("cutMiddle(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}
