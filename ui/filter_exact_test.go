package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/model"
)

// filterIDs are the talks the current list's filter shows, sorted.
func (h *harness) filterIDs() []string {
	l := h.m.list()
	var ids []string
	for i := range l.count() {
		if sess, ok := l.src.talk(l.row(i).item); ok {
			ids = append(ids, sess.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// Close matches (a word one slip away) count only when nothing matches
// exactly, and then the list says so; typed a letter at a time, a query
// finds what it finds typed at once, though the first letters found exact
// matches and the last only close ones.
func TestFilterCloseMatchesOnlyWhenNoneExact(t *testing.T) {
	for _, tt := range []struct {
		query string
		close bool
	}{
		{"experiences", false}, // 4 talks say it; 11 more say "experience"
		{"streams", false},
		{"kubernetesx", true},
		{"kafka streamz", true},
		{"experiencesx", true},
		// track:s narrows the rows of "experiences", which hold only exact
		// matches: the close ones are searched for in the whole list.
		{"experiences track:stream", true},
	} {
		t.Run(tt.query, func(t *testing.T) {
			h := newHarness(t, 120, 40)
			h.press("/")
			h.typeText(tt.query)
			idx := h.m.c.idx
			q := model.ParseQuery(tt.query)
			want := idx.SearchSessions(seq(len(h.sessions())), q.Exact())
			if tt.close {
				if len(want) != 0 {
					t.Fatalf("%q matches exactly; the case wants none", tt.query)
				}
				want = idx.SearchSessions(seq(len(h.sessions())), q)
			}
			var wantIDs []string
			for _, mt := range want {
				wantIDs = append(wantIDs, idx.Session(mt.Session).ID)
			}
			slices.Sort(wantIDs)
			if got := h.filterIDs(); len(got) == 0 || !slices.Equal(got, wantIDs) {
				t.Fatalf("/%s lists %d talks %v, want %d %v", tt.query, len(got), got, len(wantIDs), wantIDs)
			}
			if got := strings.Contains(h.listText(), "no exact match: close matches"); got != tt.close {
				t.Fatalf("/%s: says close matches %v, want %v:\n%s", tt.query, got, tt.close, h.listText())
			}
		})
	}
}

// Search says what it could not read, as the window prompt does, and a
// day is named as its tab names it.
func TestFilterSaysWhatItCannotRead(t *testing.T) {
	for _, tt := range []struct {
		query string
		says  string   // the list's line when nothing can match
		lists []string // else the talks it lists
	}{
		{query: "after:25:00", says: "after:25:00 is not a time: try 14:00 or 2pm."},
		{query: "before:xx", says: "before:xx is not a time: try 14:00 or 2pm."},
		{query: "day:xx", says: "day:xx is not a day: try sat, 31 or 2026-01-31."},
		{query: "day:31", says: "day:31: no such day; the days are Sat 15 and Sun 16."},
		{query: "day:15 dock", lists: []string{"Rust on the waterfront", "Kartografie für alle", "Knots and graphs", "Midnight shell tricks", "After-hours lightning talks"}},
		{query: "day:2031-03-15 dock", lists: []string{"Rust on the waterfront", "Kartografie für alle", "Knots and graphs", "Midnight shell tricks", "After-hours lightning talks"}},
	} {
		t.Run(tt.query, func(t *testing.T) {
			h := newHarness(t, 120, 40, twoRoomsAt(t)...) // on Sat 15, before the first talk
			h.press("/")
			h.typeText(tt.query)
			if tt.says != "" {
				h.requireScreenContains(tt.says)
				return
			}
			var got []string
			l := h.m.list()
			for i := range l.count() {
				if sess, ok := l.src.talk(l.row(i).item); ok {
					got = append(got, sess.Title)
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.lists))
			if !slices.Equal(got, want) {
				t.Fatalf("/%s lists %q, want %q", tt.query, got, want)
			}
		})
	}
}

// How the list says it shows close matches, and why a query can match
// nothing.
func TestFilterNotesGolden(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		opts       []harnessOption
	}{
		{name: "close_matches", text: "kubernetesx"},
		{name: "unreadable_time", text: "after:25:00", opts: twoRoomsAt(t)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 80, 24, tt.opts...)
			h.press("/")
			h.typeText(tt.text)
			golden.RequireEqual(t, h.asciiScreen())
		})
	}
}
