package ui

import (
	"strings"
	"testing"
)

// tabNamed jumps to the tab whose list is named name.
func (h *harness) tabNamed(name string) {
	h.t.Helper()
	for i, l := range h.m.tabs {
		if l.src.crumb() == name {
			h.m.switchTab(i)
			return
		}
	}
	h.t.Fatalf("no tab %q", name)
}

// w keeps to the tab it is pressed on: on a track's tab the window lists
// that track's talks, on a day's tab every talk of the day; and the list
// comes back as it was from the state file.
func TestWindowKeepsToItsTab(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
	h.tabNamed("Community")
	h.press("w")
	h.typeText("10-12")
	h.press("enter")
	if got := h.crumb(); got != "Harbour Days 2031 › Community › Sat 15 10:00–12:00" {
		t.Fatalf("crumb %q", got)
	}
	list := h.listText()
	for _, want := range []string{"Lighthouse keepers of open source", "Kartografie für alle"} {
		if !strings.Contains(list, want) {
			t.Fatalf("the window on Community lacks %q:\n%s", want, list)
		}
	}
	for _, other := range []string{"Tides in the data centre", "Rust on the waterfront"} {
		if strings.Contains(list, other) {
			t.Fatalf("the window on Community lists %q, of another track:\n%s", other, list)
		}
	}
	h.press("esc")
	h.tabNamed("Main")
	h.press("w")
	h.typeText("14-15")
	h.press("enter")
	h.requireScreenContains("No talks of Main on Sat 15 14:00–15:00.")

	h.tabNamed("Sat 15")
	h.press("w")
	h.typeText("10-12")
	h.press("enter")
	if got := h.m.list().count(); got != 4 {
		t.Fatalf("the window on the day lists %d talks, want all 4 on then:\n%s", got, h.listText())
	}
}

// A window kept to a track is restored from the state file as it was.
func TestWindowScopeRestored(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"))
	h.tabNamed("Community")
	h.press("w")
	h.typeText("10-12")
	h.press("enter")
	h.press("q")
	if len(h.state) == 0 {
		t.Fatal("no state saved")
	}
	again := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-01 12:00"), withState(h.state))
	if got := again.crumb(); got != "Harbour Days 2031 › Community › Sat 15 10:00–12:00" {
		t.Fatalf("crumb %q after a restart", got)
	}
	if got := again.m.list().count(); got != 2 {
		t.Fatalf("the restored window lists %d talks, want Community's 2:\n%s", got, again.listText())
	}
}
