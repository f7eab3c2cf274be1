package ui

import (
	"testing"
	"time"
)

func TestGridMoreOpensTheSlotsList(t *testing.T) {
	// Ten talks in Hall from 10:00 to 11:00: three lanes of them and
	// "+7 more"; the annex's talk follows at 11:00.
	h := newHarness(t, 120, 40, withSchedule(crowdedDay(10)), withClock(time.Date(2031, 3, 14, 12, 0, 0, 0, time.UTC)), withZone(time.UTC))
	h.press("v")
	if !h.gridShown() {
		t.Fatal("v did not show the grid")
	}
	h.requireScreenContains("+7 more")
	h.press("l", "l", "l")
	h.requireScreenContains("+7 more talks", "enter lists them")
	h.press("b")
	if len(h.saves) > 0 {
		t.Fatalf("b on +7 more bookmarked a talk: %v", h.saves)
	}
	h.press("enter")
	if h.gridShown() {
		t.Fatal("enter on +7 more left the grid shown")
	}
	// The list of the slot: every talk of Hall on then, none of the annex.
	h.requireScreenContains("10:00–11:00", "Crowded talk 0", "Crowded talk 9")
	h.requireScreenLacks("Quiet talk in the annex")
	if got := len(h.m.list().src.items()); got != 10 {
		t.Errorf("the slot's list holds %d talks, want 10", got)
	}
	h.press("esc")
	if !h.gridShown() {
		t.Fatal("esc did not come back to the grid")
	}
	h.requireScreenContains("+7 more talks")
}
