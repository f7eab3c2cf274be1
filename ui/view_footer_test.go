package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The footer in every kind of place, in one golden file: a change of
// wording shows here once, not in every screen. Each place is drawn wide
// enough for every key it offers, and at 80 columns, where the keys that
// do not fit give way.
func TestFooterGolden(t *testing.T) {
	seed := func(*testing.T) []harnessOption { return nil }
	timed := func(t *testing.T) []harnessOption {
		return []harnessOption{withTwoRooms(t, "2031-03-15 10:20"), withBookmarks(agendaMarks...)}
	}
	places := []struct {
		name string
		opts func(*testing.T) []harnessOption
		keys []string
		text string // typed after the keys
	}{
		{name: "start", opts: seed},
		{name: "reading", opts: seed, keys: []string{"j", "j", "j", "enter"}},
		{name: "reading, then tab", opts: seed, keys: []string{"j", "j", "j", "enter", "tab"}},
		{name: "typing a filter", opts: seed, keys: []string{"/"}, text: "kafka"},
		{name: "filter kept", opts: seed, keys: []string{"/", "k", "a", "f", "k", "a", "enter"}},
		{name: "filter kept, reading", opts: seed, keys: []string{"/", "k", "a", "f", "k", "a", "enter", "enter"}},
		{name: "filter matching nothing", opts: seed, keys: []string{"/", "k", "a", "f", "z", "z", "q", "enter"}},
		{name: "track tab", opts: seed, keys: []string{"3"}},
		{name: "speakers index", opts: seed, keys: []string{"j", "j", "s"}},
		{name: "a person's talks", opts: seed, keys: []string{"j", "j", "s", "enter"}},
		{name: "a person's talk, reading", opts: seed, keys: []string{"j", "j", "s", "enter", "enter"}},
		{name: "companies index", opts: seed, keys: []string{"c"}},
		{name: "a company's talks", opts: seed, keys: []string{"c", "enter"}},
		{name: "which speaker", opts: seed, keys: []string{"G", "s"}},
		{name: "help", opts: seed, keys: []string{"?"}},
		{name: "no bookmarks", opts: seed, keys: []string{"0"}},
		{name: "keynote", opts: seed, keys: []string{"j"}},
		{name: "now", opts: timed},
		{name: "day tab", opts: timed, keys: []string{"2", "g"}},
		{name: "day tab, reading", opts: timed, keys: []string{"2", "g", "enter"}},
		{name: "a talk with links", opts: timed, keys: []string{"2", "g", "j"}},
		{name: "a talk with links, reading", opts: timed, keys: []string{"2", "g", "j", "enter"}},
		{name: "agenda", opts: timed, keys: []string{"0"}},
		{name: "agenda, a free window", opts: timed, keys: []string{"0", "j", "j"}},
		{name: "rooms index", opts: timed, keys: []string{"2", "r"}},
		{name: "a room's talks", opts: timed, keys: []string{"2", "r", "enter"}},
		{name: "grid", opts: timed, keys: []string{"2", "v"}},
		{name: "grid, choosing rooms", opts: timed, keys: []string{"2", "v", "H"}},
		{name: "grid, every room hidden", opts: timed, keys: []string{"2", "v", "H", "space", "j", "space", "enter"}},
		{name: "grid, reading", opts: timed, keys: []string{"2", "v", "g", "enter"}},
		{name: "window prompt", opts: timed, keys: []string{"2", "w"}},
		{name: "window prompt, unreadable", opts: timed, keys: []string{"2", "w", "t", "e", "a", "enter"}},
		{name: "a window's talks", opts: timed, keys: []string{"2", "w", "1", "4", "-", "1", "5", "enter"}},
	}
	var b strings.Builder
	for _, width := range []int{250, 80} {
		for _, p := range places {
			h := newHarness(t, width, 40, p.opts(t)...)
			h.press(p.keys...)
			h.typeText(p.text)
			footer := strings.TrimRight(h.footer(), " ")
			if h.m.prompt != nil {
				footer += "\n" + strings.TrimRight(h.line(-1), " ")
			}
			fmt.Fprintf(&b, "%d, %s:\n%s\n\n", width, p.name, footer)
		}
	}
	golden.RequireEqual(t, b.String())
}

// The footer offers only keys that act here.
func TestFooterOffersWhatActs(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("s")
	if f := h.footer(); strings.Contains(f, "bookmark") || strings.Contains(f, "s speakers") {
		t.Fatalf("the speakers index offers %q", f)
	}
	h.press("esc", "/")
	if f := h.footer(); strings.Contains(f, "help") || strings.Contains(f, "quit") {
		t.Fatalf("while typing a filter the footer offers %q", f)
	}
}
