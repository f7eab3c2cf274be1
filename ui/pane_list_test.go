package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// listColumn is the text of the list pane's rows on a wide screen: the
// part of each line between the first two borders.
func listColumn(screen string) []string {
	var out []string
	for _, line := range strings.Split(screen, "\n") {
		parts := strings.Split(line, "│")
		if len(parts) >= 3 {
			out = append(out, strings.TrimSpace(strings.Trim(parts[1], " ▌★")))
		}
	}
	return out
}

// Empty states say what is true.
func TestEmptyStatesAreTrue(t *testing.T) {
	for _, keys := range [][]string{{"/"}, {"3", "/"}} {
		h := newHarness(t, 120, 40)
		h.press(keys...)
		h.typeText("kafzzzq")
		h.requireScreenContains("No talk matches “kafzzzq”.")
		h.requireScreenLacks("No talks in this track.", "No talks.")
	}
}

// An index opens with the selected row where it can be seen in context,
// not on the last visible line.
func TestIndexOpensWithContext(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		h := newHarness(t, size[0], size[1])
		h.press("j", "j", "s")
		rows := strings.Split(h.screen(), "\n")
		at, last := -1, -1
		for i, r := range rows {
			if strings.Contains(r, "Martin Kleppmann") && strings.Contains(r, "▌") {
				at = i
			}
			if strings.Contains(r, "·") && strings.Contains(r, "talk") {
				last = i
			}
		}
		if at < 0 || at+1 >= last {
			t.Fatalf("%v: Martin Kleppmann is at line %d, the last row at %d:\n%s", size, at, last, h.screen())
		}
	}
}

// The list shows titles whole: half the width on a wide screen, and a
// long title wraps onto a second line.
func TestListShowsWholeTitles(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {100, 30}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1])
			seen := map[string]bool{}
			for range 60 {
				joined := strings.Join(listColumn(h.screen()), " ")
				for _, s := range h.sessions() {
					if strings.Contains(joined, s.Title) {
						seen[s.Title] = true
					}
				}
				h.press("j")
			}
			if n := len(h.sessions()); len(seen) != n {
				t.Fatalf("%d of %d titles were shown whole", len(seen), n)
			}
		})
	}
}

// The list pane's own drawing, at the insides of a wide, a narrow and a
// small screen: the indexes, a person's talks, empty states and filters
// that match nothing. Its footer and frame are the screen's
// (TestViewGolden, TestFooterGolden).
func TestListPaneGolden(t *testing.T) {
	bookmarked := withBookmarks("is-kafka-a-database", "fast-kafka-apps", "not-in-this-page")
	for _, size := range screenSizes {
		for _, tt := range []struct {
			name string
			keys []string
			text string // typed after the keys
			opts []harnessOption
		}{
			{name: "speakers", keys: []string{"j", "j", "s"}},
			{name: "companies", keys: []string{"c"}},
			{name: "person", keys: []string{"j", "j", "s", "enter"}},
			{name: "no_match", keys: []string{"/"}, text: "kafzzzq"},
			{name: "no_match_in_track", keys: []string{"3", "/"}, text: "kafzzzq"},
			{name: "no_bookmarks", keys: []string{"0"}},
			{name: "bookmarks", keys: []string{"0"}, opts: []harnessOption{bookmarked}},
			{name: "speakers_no_match", keys: []string{"s", "/"}, text: "zzzq"},
			{name: "rooms", keys: []string{"r"}, opts: twoRoomsAt(t)},
		} {
			t.Run(size.name+"_"+tt.name, func(t *testing.T) {
				h := newHarness(t, size.w, size.h, tt.opts...)
				h.press(tt.keys...)
				h.typeText(tt.text)
				golden.RequireEqual(t, asciiOf(t, h.m.list().View()))
			})
		}
	}
}
