package ui

import (
	"testing"
	"time"
)

// filteredStarts are the starts of the rows a filtered list shows.
func (h *harness) filteredStarts() []time.Time {
	l := h.m.list()
	var out []time.Time
	for i := range l.count() {
		if sess, ok := l.src.talk(l.row(i).item); ok {
			out = append(out, sess.Start)
		}
	}
	return out
}

// A filtered list of a time tab keeps time order: only All of a page
// without times lists the best match first.
func TestFilteredTimeListsKeepTimeOrder(t *testing.T) {
	for _, tt := range []struct {
		name, tab, query string
		opt              func(t *testing.T) harnessOption
	}{
		{"day, a word", "Sat 15", "the", func(t *testing.T) harnessOption { return withTwoRooms(t, "2031-03-01 12:00") }},
		{"day, a letter", "Sat 15", "a", func(t *testing.T) harnessOption { return withTwoRooms(t, "2031-03-01 12:00") }},
		{"track", "Community", "a", func(t *testing.T) harnessOption { return withTwoRooms(t, "2031-03-01 12:00") }},
		{"FOSDEM Sat /rust", "Sat 31", "rust", func(t *testing.T) harnessOption {
			return withSample(t, "fosdem-2026.schedule.xml", "2026-01-20 12:00")
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40, tt.opt(t))
			h.tabNamed(tt.tab)
			h.press("/")
			h.typeText(tt.query)
			h.press("enter")
			starts := h.filteredStarts()
			if len(starts) < 2 {
				t.Fatalf("/%s on %s matches %d talks; the test needs several", tt.query, tt.tab, len(starts))
			}
			for k := 1; k < len(starts); k++ {
				if starts[k].Before(starts[k-1]) {
					t.Fatalf("/%s on %s: row %d starts at %s, before row %d at %s", tt.query, tt.tab,
						k, starts[k].Format("15:04"), k-1, starts[k-1].Format("15:04"))
				}
			}
		})
	}
}
