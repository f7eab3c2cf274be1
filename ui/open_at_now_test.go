package ui

import (
	"testing"
	"time"
)

// During the conference a day's tab, a track's tab and the day's grid
// open on the first talk not yet over; g still goes to the top.
func TestListsOpenAtNow(t *testing.T) {
	at := func(t *testing.T) harnessOption { return withTwoRooms(t, "2031-03-15 10:20") }
	t.Run("day", func(t *testing.T) {
		h := newHarness(t, 120, 40, at(t))
		h.tabNamed("Sat 15")
		if got := h.selectedTitle(); got != "Tides in the data centre" {
			t.Fatalf("Sat 15 at 10:20 opens on %q, want Tides in the data centre (10:00–10:45)", got)
		}
		h.press("g")
		if got := h.selectedTitle(); got != "Opening of Harbour Days" {
			t.Fatalf("g goes to %q, want the day's first talk", got)
		}
		h.press("]", "[") // back to the tab: the cursor is the user's now
		if got := h.selectedTitle(); got != "Opening of Harbour Days" {
			t.Fatalf("back on the tab the cursor is on %q, want where the user left it", got)
		}
	})
	t.Run("track", func(t *testing.T) {
		h := newHarness(t, 120, 40, at(t))
		h.tabNamed("Community")
		if got := h.selectedTitle(); got != "Lighthouse keepers of open source" {
			t.Fatalf("Community at 10:20 opens on %q, want its 11:00 talk", got)
		}
	})
	t.Run("grid", func(t *testing.T) {
		h := newHarness(t, 120, 40, at(t))
		h.press("2", "v")
		if h.m.shownGrid() == nil {
			t.Fatal("v shows no grid")
		}
		if got := h.selectedTitle(); got != "Tides in the data centre" {
			t.Fatalf("the grid at 10:20 opens on %q, want Tides in the data centre", got)
		}
		h.press("g")
		if got := h.selectedTitle(); got != "Opening of Harbour Days" {
			t.Fatalf("g in the grid goes to %q, want the day's first talk", got)
		}
	})
	t.Run("FOSDEM Sat 14:05, past the all-day workshops", func(t *testing.T) {
		h := newHarness(t, 120, 40, withSample(t, "fosdem-2026.schedule.xml", "2026-01-31 14:05"))
		for _, tab := range []string{"Sat 31", "All", "AI Plumbers"} {
			h.tabNamed(tab)
			sess, ok := h.m.selectedTalk()
			if !ok {
				t.Fatalf("%s: no talk selected", tab)
			}
			at := h.clock
			if !sess.End.After(at) || at.Sub(sess.Start) > time.Hour {
				t.Fatalf("%s at 14:05 opens on %q, %s–%s: want a talk of the hour not yet over", tab, sess.Title,
					sess.Start.Format("15:04"), sess.End.Format("15:04"))
			}
		}
	})
	t.Run("before the conference", func(t *testing.T) {
		h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
		h.tabNamed("Community")
		if got := h.selectedTitle(); got != "Lighthouse keepers of open source" {
			t.Fatalf("before the conference Community opens on %q, its first talk", got)
		}
		h.tabNamed("Sat 15")
		if got := h.selectedTitle(); got != "Opening of Harbour Days" {
			t.Fatalf("before the conference Sat 15 opens on %q, want its first talk", got)
		}
	})
}
