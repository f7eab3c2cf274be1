package ui

import (
	"strings"
	"testing"
)

// A schedule with times has an All tab after its days: every talk in
// time order, each row with its day, so a search finds a talk on any day.
func TestTimedAllTab(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
	h.press("4")
	if got := h.crumb(); got != "Harbour Days 2031 › All" {
		t.Fatalf("4 goes to %q, want the All tab after Now and the two days", got)
	}
	l := h.m.list()
	if got, want := l.count(), len(h.sessions()); got != want {
		t.Fatalf("All lists %d talks, want every one of %d", got, want)
	}
	var last string
	for i := range l.count() {
		sess, _ := l.src.talk(l.row(i).item)
		_, desc := l.src.text(l.row(i).item)
		if day := sess.Start.Format("Mon"); !strings.HasPrefix(desc, day+" ") {
			t.Fatalf("row %d (%s) does not say its day: %q", i, sess.Title, desc)
		}
		at := sess.Start.UTC().Format("2006-01-02 15:04")
		if at < last {
			t.Fatalf("row %d (%s) at %s comes after %s: not in time order", i, sess.Title, at, last)
		}
		last = at
	}
	h.press("/")
	h.typeText("typed")
	h.press("enter")
	if got := h.selectedTitle(); got != "Typed nets" {
		t.Fatalf("/typed on All selects %q, want Sunday's Typed nets", got)
	}
}

// A filter with no match on its tab says where the matches are and which
// key shows them; that key takes the filter along.
func TestFilterSaysWhereTheMatchesAre(t *testing.T) {
	t.Run("a day", func(t *testing.T) {
		h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
		h.tabNamed("Sat 15")
		h.press("/")
		h.typeText("typed")
		h.press("enter")
		h.requireScreenContains("No talk matches “typed”.", "1 match on Sun 16: press 4 for All")
		h.press("4")
		if got := h.crumb(); got != "Harbour Days 2031 › All" {
			t.Fatalf("crumb %q", got)
		}
		if got := h.m.list().filter.query(); got != "typed" {
			t.Fatalf("the filter did not come along to All: %q", got)
		}
		if got := h.selectedTitle(); got != "Typed nets" {
			t.Fatalf("All selects %q, want Typed nets", got)
		}
		h.press("esc", "2")
		if got := h.m.list().filter.query(); got != "typed" {
			t.Fatalf("Sat 15 lost its own filter: %q", got)
		}
	})
	t.Run("a track of a schedule with times", func(t *testing.T) {
		h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
		h.tabNamed("Main")
		h.press("/")
		h.typeText("rust")
		h.press("enter")
		h.requireScreenContains("1 match on Sat 15: press 4 for All")
	})
	t.Run("a page without times", func(t *testing.T) {
		h := newHarness(t, 120, 40)
		h.press("2", "/")
		h.typeText("kubernetes")
		h.press("enter")
		h.requireScreenContains("No talk matches “kubernetes”.", "in other tracks: press 1 for All")
	})
	t.Run("nothing anywhere", func(t *testing.T) {
		h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
		h.tabNamed("Sat 15")
		h.press("/")
		h.typeText("zzzz")
		h.press("enter")
		h.requireScreenContains("No talk matches “zzzz”.")
		h.requireScreenLacks("for All")
		h.press("4")
		if got := h.m.list().filter.query(); got != "" {
			t.Fatalf("a filter with no match anywhere came along: %q", got)
		}
	})
	t.Run("FOSDEM /stenberg on Sat", func(t *testing.T) {
		h := newHarness(t, 120, 40, withSample(t, "fosdem-2026.schedule.xml", "2026-01-20 12:00"))
		h.tabNamed("Sat 31")
		h.press("/")
		h.typeText("stenberg")
		h.press("enter")
		h.requireScreenContains("on Sun 1: press 4 for All")
		h.press("4")
		if h.m.list().count() == 0 {
			t.Fatalf("All shows no match for stenberg:\n%s", h.screen())
		}
	})
}

// allTab, which the "press 4 for All" hint names, is where the tabs put
// All, with times and without.
func TestAllTabIndex(t *testing.T) {
	for _, h := range []*harness{newHarness(t, 120, 40), newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))} {
		if got := h.m.tabs[allTab(h.m.c)].src.ref(); got.Kind != kindAll {
			t.Fatalf("allTab is tab %d, a %s list", allTab(h.m.c), got.Kind)
		}
	}
}
