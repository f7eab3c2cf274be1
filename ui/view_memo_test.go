package ui

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// drawnAfresh is the screen drawn with nothing remembered from earlier
// frames: what a browser started in this state would show.
func drawnAfresh(h *harness) string {
	h.m.c.views = viewMemo{}
	for _, l := range h.m.lists() {
		l.rows = memo[rowKey, []string]{}
	}
	return h.m.View().Content
}

// TestViewMemoFollowsItsInputs: the pieces View remembers (rows, tab
// labels, the header, the hints, the borders, the lines' widths) are
// drawn again when anything they are drawn from changes. Each change
// must change the screen, and the screen after it must be the one drawn
// from scratch.
func TestViewMemoFollowsItsInputs(t *testing.T) {
	tests := []struct {
		name   string
		opts   func(t *testing.T) []harnessOption
		setup  []string
		live   bool // refreshed from a liveHost
		before func(h *memoHarness)
		change func(h *memoHarness)
	}{
		{name: "moving the cursor", change: func(h *memoHarness) { h.press("j") }},
		{name: "bookmarking the talk", change: func(h *memoHarness) { h.press("b") }},
		{name: "unbookmarking the talk", setup: []string{"b"}, change: func(h *memoHarness) { h.press("b") }},
		{name: "resizing", change: func(h *memoHarness) { h.send(tea.WindowSizeMsg{Width: 110, Height: 40}) }},
		{name: "resizing the height alone", change: func(h *memoHarness) { h.send(tea.WindowSizeMsg{Width: 120, Height: 36}) }},
		{
			name:   "changing theme",
			opts:   func(*testing.T) []harnessOption { return []harnessOption{withTheme(ThemeAuto)} },
			setup:  []string{"j"},
			change: func(h *memoHarness) { h.send(tea.BackgroundColorMsg{Color: lightGrey}) },
		},
		{name: "a new filter character", setup: []string{"/", "k"}, change: func(h *memoHarness) { h.press("a") }},
		{name: "a filter character taken back", setup: []string{"/", "k", "a"}, change: func(h *memoHarness) { h.press("backspace") }},
		{name: "applying a filter", setup: []string{"/", "k", "a"}, change: func(h *memoHarness) { h.press("enter") }},
		{name: "the next tab", change: func(h *memoHarness) { h.press("]") }},
		{name: "opening a talk", change: func(h *memoHarness) { h.press("enter") }},
		{name: "the next talk while reading", setup: []string{"enter"}, change: func(h *memoHarness) { h.press("J") }},
		{name: "hiding a talk", change: func(h *memoHarness) { h.press("-") }},
		{
			name:   "the minute on the Now tab",
			opts:   func(t *testing.T) []harnessOption { return []harnessOption{withTwoRooms(t, "2031-03-15 10:20")} },
			change: func(h *memoHarness) { h.advance(time.Minute) },
		},
		{
			name: "a refresh swapping the schedule",
			live: true,
			change: func(h *memoHarness) {
				h.advance(liveIdle)
				h.host.next = liveV2(h.t)
				h.advance(time.Minute)
			},
		},
		{
			name: "marking the changes seen",
			live: true,
			before: func(h *memoHarness) {
				h.advance(liveIdle)
				h.host.next = liveV2(h.t)
				h.advance(time.Minute)
				h.requireScreenContains("moved · ")
			},
			change: func(h *memoHarness) { h.press("C", "a", "esc") },
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opts []harnessOption
			if tc.opts != nil {
				opts = tc.opts(t)
			}
			host := &liveHost{}
			if tc.live {
				opts = append(opts, withLive(t, host))
			}
			h := &memoHarness{newHarness(t, 120, 40, opts...), host}
			if h.m.holding {
				h.send(tea.BackgroundColorMsg{Color: colorRGB{0, 0, 0}})
			}
			if tc.before != nil {
				tc.before(h)
			}
			h.press(tc.setup...)
			before := h.m.View().Content
			h.m.View() // a second frame: both generations hold the pieces
			tc.change(h)
			after := h.m.View().Content
			if after == before {
				t.Fatalf("the change left the screen as it was:\n%s", ansi.Strip(after))
			}
			for _, l := range h.m.c.views.lists {
				if !slices.Contains(h.m.lists(), l) {
					t.Errorf("the memo keeps %s, a list the browser no longer has", l.src.crumb())
				}
			}
			if want := drawnAfresh(h.harness); after != want {
				t.Errorf("the screen shows pieces drawn before the change:\n%s\nwant:\n%s", ansi.Strip(after), ansi.Strip(want))
			}
		})
	}
}

// memoHarness is a harness with the host its refreshes read.
type memoHarness struct {
	*harness
	host *liveHost
}

// TestViewMemoIsBounded: walking every row of every tab keeps only what
// the last two frames drew.
func TestViewMemoIsBounded(t *testing.T) {
	h := newHarness(t, 120, 40)
	for range h.m.tabs {
		for range h.count() {
			h.press("j")
			h.m.View()
		}
		h.press("]")
	}
	v := &h.m.c.views
	if n := v.widths.size(); n > 4*40 {
		t.Errorf("%d line widths kept, want at most two frames' lines", n)
	}
	for _, n := range []int{v.tabs.size(), v.header.size(), v.hints.size(), v.frames.size()} {
		if n > 2*len(h.m.tabs)+8 {
			t.Errorf("%d header or footer pieces kept, want at most two frames'", n)
		}
	}
	keeping := 0
	for _, l := range h.m.lists() {
		most := l.height // a list behind keeps its last frame's rows
		if l == h.m.list() {
			most = 2 * l.height
		}
		if n := l.rows.size(); n > most {
			t.Errorf("%s keeps %d rows, want at most %d", l.src.crumb(), n, most)
		}
		if l.rows.size() > 0 {
			keeping++
		}
	}
	if keeping > keptLists || len(v.lists) > keptLists {
		t.Errorf("%d lists keep rows, want at most %d", keeping, keptLists)
	}
}
