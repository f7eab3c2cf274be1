package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Back goes back: enter on a filtered list reads the talk, and esc comes
// back to the same filtered list, at the same place, the list focused.
func TestBackKeepsTheFilter(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1])
			h.press("/")
			h.typeText("stream")
			h.press("down", "enter")
			before := h.position()
			h.press("enter", "esc")
			if got := h.position(); got != before {
				t.Fatalf("esc from the talk moved from %s to %s", before, got)
			}
			h.requireScreenContains("/ stream")
			if !strings.Contains(h.footer(), "enter open") {
				t.Fatalf("after esc the list should have the keys; footer %q", h.footer())
			}
			h.press("esc") // now the filter goes
			h.requireScreenLacks("/ stream")
		})
	}
}

// s and c push onto the stack: esc comes back to where they were pressed.
func TestIndexesDoNotResetTheStack(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "s", "enter") // Speakers › Martin Kleppmann
	want := "Speakers › Martin Kleppmann"
	if got := h.crumb(); !strings.HasSuffix(got, want) {
		t.Fatalf("breadcrumb %q, want it to end in %q", got, want)
	}
	h.press("c", "esc")
	if got := h.crumb(); !strings.HasSuffix(got, want) {
		t.Fatalf("c then esc lands on %q, want %q", got, want)
	}
}

// An index opens on the current person's or company's counterpart.
func TestIndexesOpenOnTheCurrentOne(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "s") // the speakers index on Martin Kleppmann
	h.press("c")
	if got := h.selectedName(); got != "Data-Intensive Apps" {
		t.Fatalf("c from Martin Kleppmann opens Companies on %q, want Data-Intensive Apps", got)
	}
	h.press("s")
	if got := h.selectedName(); got != "Martin Kleppmann" {
		t.Fatalf("s from Data-Intensive Apps opens Speakers on %q, want Martin Kleppmann", got)
	}
}

// 0 always opens Bookmarks, however many tracks there are.
func TestBookmarksKeyWithManyTracks(t *testing.T) {
	s := seedSchedule(t)
	s.Tracks = nil
	s.Sessions = slices.Clone(s.Sessions) // the seed is shared by every test
	for i := range s.Sessions {
		s.Sessions[i].Track = fmt.Sprintf("Track %d", i%10+1)
	}
	for i := range 10 {
		s.Tracks = append(s.Tracks, fmt.Sprintf("Track %d", i+1))
	}
	h := newHarness(t, 120, 40, withSchedule(s))
	h.press("0")
	if got := h.crumb(); got != conference+" › Bookmarks" {
		t.Fatalf("0 opens %q", got)
	}
	h.press("9")
	if got := h.crumb(); got != conference+" › Track 8" {
		t.Fatalf("9 opens %q", got)
	}
}
