package ui

import (
	"strings"
	"testing"
)

// t opens the tracks index on the selected talk's track, as r does the
// rooms: each track with its talks and days; enter goes to its tab, which
// the number keys may not reach.
func TestTracksIndex(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
	h.tabNamed("Sat 15") // on Opening of Harbour Days, of the track Main
	h.press("t")
	if got := h.crumb(); got != "Harbour Days 2031 › Sat 15 › Tracks" {
		t.Fatalf("crumb %q", got)
	}
	if got := h.selectedName(); got != "Main" {
		t.Fatalf("the index opens on %q, want the talk's track Main", got)
	}
	h.requireScreenContains("Infrastructure", "3 talks · Sat 15, Sun 16", "Languages", "Community")
	h.press("/")
	h.typeText("comm")
	h.press("enter")
	if got := h.selectedName(); got != "Community" {
		t.Fatalf("/comm selects %q", got)
	}
	h.press("enter")
	if got := h.crumb(); got != "Harbour Days 2031 › Community" {
		t.Fatalf("enter on a track goes to %q, want its tab", got)
	}
	if h.m.tabs[h.m.tab].src.ref() != (placeRef{Kind: kindTrack, Name: "Community"}) {
		t.Fatal("enter should switch to the track's tab, not push a list")
	}
	h.press("t")
	if got := h.selectedName(); got != "Community" {
		t.Fatalf("t on Community's tab opens on %q", got)
	}
	h.press("q")
	again := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"), withState(h.state))
	if got := again.crumb(); got != "Harbour Days 2031 › Community › Tracks" {
		t.Fatalf("the tracks index is not restored: crumb %q", got)
	}
}

// The help lists t among the places, on a page with tracks.
func TestHelpListsTracksKey(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("?")
	if !strings.Contains(h.screen(), "tracks index on this talk's track") {
		t.Fatalf("the help lacks t:\n%s", h.screen())
	}
}

// The tracks index searches names only: a name it lacks says no more
// than that, not where talks match.
func TestTracksIndexFilterStaysAnIndex(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
	h.press("t", "/")
	h.typeText("typed")
	h.press("enter")
	h.requireScreenContains("No track matches “typed”.")
	h.requireScreenLacks("for All")
}
