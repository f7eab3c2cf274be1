package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Golden snapshots of whole screens, as a terminal with the ascii colour
// profile receives them. Refresh with `go test ./ui -update` and review the
// diff like code.
func TestViewGolden(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
		text string // typed after the keys
		opts []harnessOption
	}{
		{name: "wide_start", w: 120, h: 40},
		{name: "wide_abstract", w: 120, h: 40, keys: []string{"j", "j", "j"}},
		{name: "wide_lists_in_abstract", w: 120, h: 40, keys: []string{"/"}, text: "gdpr"},
		{name: "wide_track_tab", w: 120, h: 40, keys: []string{"3", "G"}},
		{name: "wide_filter", w: 120, h: 40, keys: []string{"/"}, text: "kafka streams"},
		{name: "wide_speakers", w: 120, h: 40, keys: []string{"G", "s"}},
		{name: "wide_person", w: 120, h: 40, keys: []string{"G", "s", "enter"}},
		{name: "wide_companies", w: 120, h: 40, keys: []string{"c"}},
		{name: "wide_bookmarks", w: 120, h: 40, keys: []string{"7"}, opts: []harnessOption{withBookmarks("is-kafka-a-database", "fast-kafka-apps", "not-in-this-page")}},
		{name: "wide_help", w: 120, h: 40, keys: []string{"?"}},
		{name: "narrow_start", w: 80, h: 24},
		{name: "narrow_talk", w: 80, h: 24, keys: []string{"j", "j", "j", "enter"}},
		{name: "narrow_filter", w: 80, h: 24, keys: []string{"/"}, text: "kleppmann"},
		{name: "narrow_help", w: 80, h: 24, keys: []string{"?"}},
		{name: "narrow_light", w: 80, h: 24, opts: []harnessOption{withTheme(ThemeLight)}},
		{name: "too_small", w: 39, h: 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.w, tt.h, tt.opts...)
			h.press(tt.keys...)
			h.typeText(tt.text)
			golden.RequireEqual(t, h.asciiScreen())
		})
	}
}

var colourSGR = regexp.MustCompile(`\x1b\[[0-9;:]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;:m]`)

// With the ascii theme (NO_COLOR, TERM=dumb, --theme ascii) the screen
// carries no colour at all, even before the terminal's profile strips it.
func TestASCIIThemeHasNoColour(t *testing.T) {
	h := newHarness(t, 120, 40, withTheme(ThemeASCII))
	for _, keys := range [][]string{{"j", "j", "j"}, {"/", "k", "a", "f"}, {"esc", "s"}, {"c"}, {"?"}} {
		h.press(keys...)
		if loc := colourSGR.FindStringIndex(h.m.View().Content); loc != nil {
			t.Fatalf("after %v the screen has a colour sequence: %q", keys, h.m.View().Content[loc[0]:loc[1]])
		}
	}
	h.press("esc", "esc", "1")
	if s := h.screen(); !strings.Contains(s, "+---") || !strings.Contains(s, "> ") {
		t.Fatalf("ascii theme should draw ASCII borders and a > marker:\n%s", s)
	}
}

// The abstract pane escapes Markdown: "#process" and "*" in prose stay
// text, and the page's lists are lists.
func TestAbstractMarkdownRendering(t *testing.T) {
	h := newHarness(t, 120, 60)
	h.press("/")
	h.typeText("crypto exchanges")
	h.press("enter")
	h.requireScreenContains("• Best bids and offers", "• Cumulative trade flow")
	h.press("esc", "/")
	h.typeText("gdpr")
	h.requireScreenContains("1. how transparent end-to-end encryption", "3. how record based access control")
}

func TestKeynotesSayNoAbstract(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.requireScreenContains(firstTalk, "No abstract.")
}
