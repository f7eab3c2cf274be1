package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// gridHarness browses the two-room schedule at a pinned time and zone.
func gridHarness(t testing.TB, w, h int, opts ...harnessOption) *harness {
	t.Helper()
	base := []harnessOption{withSchedule(twoRooms(t)), func(h *harness) {
		// The day before the conference: the browser opens on its first day.
		h.clock = time.Date(2031, 3, 14, 12, 0, 0, 0, time.UTC)
		h.cfg.Zone = time.FixedZone("UTC+2", 2*3600)
	}}
	return newHarness(t, w, h, append(base, opts...)...)
}

func (h *harness) gridShown() bool { return h.m.shownGrid() != nil }

func TestGridMoves(t *testing.T) {
	// Saturday: Aula has Opening 9:30, Tides 10:00, Lighthouse 11:00,
	// Sailing 15:00; Dock has Rust 10:15, Kartografie 11:15, Knots 14:00,
	// Midnight 23:30 and After-hours 00:30 (Sunday morning, Saturday's
	// programme).
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"starts on the list's talk", nil, "Opening of Harbour Days"},
		{"j is the next talk in the room", []string{"j"}, "Tides in the data centre"},
		{"down arrow too", []string{"down", "down"}, "Lighthouse keepers of open source"},
		{"l is the room to the right at that time", []string{"j", "j", "l"}, "Kartografie für alle"},
		{"right arrow too", []string{"j", "right"}, "Rust on the waterfront"},
		{"h comes back", []string{"j", "j", "l", "h"}, "Lighthouse keepers of open source"},
		{"k is the talk above", []string{"j", "j", "k"}, "Tides in the data centre"},
		{"up at the top stays", []string{"k", "up"}, "Opening of Harbour Days"},
		{"j in Dock goes past midnight", []string{"l", "j", "j", "j", "j"}, "After-hours lightning talks"},
		{"G is the day's last talk, after midnight", []string{"G"}, "After-hours lightning talks"},
		{"k from it is the one before midnight", []string{"end", "k"}, "Midnight shell tricks"},
		{"g is the first", []string{"G", "g"}, "Opening of Harbour Days"},
		{"pgdown goes a screen later", []string{"pgdown"}, "Lighthouse keepers of open source"},
		{"pgup comes back", []string{"pgdown", "pgup"}, "Opening of Harbour Days"},
		// Swapped, j and k cross the rooms and h and l run through time.
		{"swapped: l is the next talk in the room", []string{"x", "l"}, "Tides in the data centre"},
		{"swapped: j is the room below", []string{"x", "l", "j"}, "Rust on the waterfront"},
		{"swapped: h comes back in time", []string{"x", "l", "l", "h"}, "Tides in the data centre"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := gridHarness(t, 120, 40)
			tab := h.m.tab
			h.press("v")
			if !h.gridShown() {
				t.Fatal("v did not show the grid")
			}
			h.press(tt.keys...)
			if got := h.selectedTitle(); got != tt.want {
				t.Errorf("after %v: selected %q, want %q", tt.keys, got, tt.want)
			}
			if !h.gridShown() || h.m.tab != tab {
				t.Errorf("after %v: grid shown %v on tab %d; h, l and the arrows must not switch tabs", tt.keys, h.gridShown(), h.m.tab)
			}
			// The selected talk is on screen, in the line above the grid.
			h.requireScreenContains(tt.want)
		})
	}
}

func TestGridSwapAxes(t *testing.T) {
	h := gridHarness(t, 120, 40)
	h.press("v")
	// Time down: the rooms' names on one line, the times down the side.
	if !regexp.MustCompile(`Aula +Dock`).MatchString(h.line(4)) {
		t.Fatalf("time down: want the rooms across the header, got %q", h.line(4))
	}
	h.press("x")
	if !regexp.MustCompile(`09:30 +10:00 +10:30`).MatchString(h.line(4)) {
		t.Fatalf("time across: want the times across the header, got %q", h.line(4))
	}
	if !strings.Contains(h.line(5), "Aula") || !strings.Contains(h.line(7), "Dock") {
		t.Errorf("time across: want the rooms down the side, got\n%s\n%s", h.line(5), h.line(7))
	}
	h.press("x")
	if !regexp.MustCompile(`Aula +Dock`).MatchString(h.line(4)) {
		t.Errorf("x again: want the rooms across again, got %q", h.line(4))
	}
}

func TestGridHidesRoomsAndRemembers(t *testing.T) {
	h := gridHarness(t, 120, 40)
	h.press("v", "l") // Rust, in Dock
	h.press("H")
	h.requireScreenContains("Rooms shown in the grid", "[x] Aula", "[x] Dock")
	h.press("j", "space")
	h.requireScreenContains("[ ] Dock")
	h.press("enter")
	h.requireScreenContains("1 room hidden")
	if strings.Contains(h.line(4), "Dock") {
		t.Errorf("Dock hidden, yet the header shows it: %q", h.line(4))
	}
	h.requireScreenLacks("Rust on the waterfront", "Kartografie")
	// The selection left the hidden room for the nearest talk shown.
	if got := h.selectedTitle(); got != "Tides in the data centre" {
		t.Errorf("selected %q after hiding its room, want the nearest talk shown", got)
	}
	h.press("]", "[") // another day hides it too, and back
	h.requireScreenContains("1 room hidden")

	h.press("q")
	if !strings.Contains(string(h.state), `"hidden_rooms": [`) || !strings.Contains(string(h.state), `"Dock"`) {
		t.Fatalf("the state file does not keep the hidden room:\n%s", h.state)
	}
	again := gridHarness(t, 120, 40, withState(h.state))
	if !again.gridShown() {
		t.Error("the day shown as a grid at quit opens as a list")
	}
	again.requireScreenContains("1 room hidden")
	again.requireScreenLacks("Rust on the waterfront")
	if got := again.selectedTitle(); got != "Tides in the data centre" {
		t.Errorf("restored selection %q, want Tides in the data centre", got)
	}

	// a shows every room again, and the state forgets the hidden ones.
	again.press("H", "a", "esc")
	again.requireScreenContains("Rust on the waterfront")
	again.requireScreenLacks("room hidden")
	again.press("q")
	if strings.Contains(string(again.state), "hidden_rooms") {
		t.Errorf("every room shown, yet the state file hides some:\n%s", again.state)
	}
}

func TestGridEnterEscRoundTrip(t *testing.T) {
	h := gridHarness(t, 80, 24)
	h.press("v", "j", "l") // Rust on the waterfront
	h.press("enter")
	if !h.m.reading() {
		t.Fatal("enter in the grid did not open the talk")
	}
	h.requireScreenContains("Memory safety for port cranes")
	h.press("esc")
	if !h.gridShown() {
		t.Fatal("esc from the talk did not come back to the grid")
	}
	if got := h.selectedTitle(); got != "Rust on the waterfront" {
		t.Errorf("back in the grid on %q, want the talk that was open", got)
	}
}

func TestGridBookmark(t *testing.T) {
	h := gridHarness(t, 120, 40)
	h.press("v", "l", "b") // Rust on the waterfront
	if !h.file["harbour-103"] || len(h.file) != 1 {
		t.Fatalf("b in the grid bookmarked %v, want harbour-103", h.fileIDs())
	}
	h.requireScreenContains("★Rust on the waterfront", "★ Rust on the waterfront")
	h.press("b")
	if len(h.file) != 0 {
		t.Errorf("b again left %v bookmarked", h.fileIDs())
	}
	h.requireScreenLacks("★Rust")
}

func TestGridOnlyOnDays(t *testing.T) {
	h := gridHarness(t, 120, 40)
	day := h.m.tab
	track := 0
	for i, l := range h.m.tabs {
		if l.src.ref().Kind == kindTrack && track == 0 {
			track = i
		}
	}
	h.press(string(rune('1'+track)), "v")
	if h.gridShown() {
		t.Fatal("a track's tab showed a grid")
	}
	h.requireScreenContains("v works on a day's tab")
	h.press(string(rune('1'+day)), "v", "v")
	if h.gridShown() {
		t.Error("v twice left the grid on")
	}
	h.press("v", "/")
	if h.gridShown() || !h.m.list().filter.editing {
		t.Error("/ in the grid must open the day list's filter")
	}

	seed := newHarness(t, 120, 40)
	seed.press("v")
	seed.requireScreenContains("This page has no times")
}

func TestGridSizes(t *testing.T) {
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}, {45, 12}, {40, 10}} {
		for _, across := range []bool{false, true} {
			h := gridHarness(t, size.w, size.h)
			h.press("v")
			if across {
				h.press("x")
			}
			for _, k := range []string{"G", "k", "h", "l", "j", "g", "pgdown", "pgup"} {
				h.press(k)
				lines := strings.Split(h.screen(), "\n")
				if len(lines) != size.h {
					t.Fatalf("%dx%d after %s: %d lines", size.w, size.h, k, len(lines))
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > size.w {
						t.Fatalf("%dx%d after %s: line %d is %d cells wide", size.w, size.h, k, i, w)
					}
				}
				title := h.selectedTitle()
				if !strings.Contains(h.screen(), title[:min(len(title), 8)]) {
					t.Errorf("%dx%d across=%v after %s: the selected talk %q is not on screen", size.w, size.h, across, k, title)
				}
			}
		}
	}
}

func TestGridGolden(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
		opts []harnessOption
	}{
		{name: "wide", w: 120, h: 40, keys: []string{"v", "j", "l"}},
		{name: "wide_across", w: 120, h: 40, keys: []string{"v", "x", "l"}},
		{name: "wide_late", w: 120, h: 40, keys: []string{"v", "G"}, opts: []harnessOption{withBookmarks("harbour-108")}},
		{name: "narrow", w: 80, h: 24, keys: []string{"v", "j", "l"}, opts: []harnessOption{withBookmarks("harbour-103")}},
		{name: "narrow_across", w: 80, h: 24, keys: []string{"v", "x"}},
		{name: "small", w: 45, h: 12, keys: []string{"v", "l"}},
		{name: "narrow_ascii", w: 80, h: 24, keys: []string{"v", "j"}, opts: []harnessOption{withTheme(ThemeASCII), withBookmarks("harbour-102")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := gridHarness(t, tt.w, tt.h, tt.opts...)
			h.press(tt.keys...)
			golden.RequireEqual(t, h.asciiScreen())
		})
	}
}

// The room chooser, in the grid's place: Dock hidden.
func TestRoomChooserGolden(t *testing.T) {
	h := gridHarness(t, 80, 24)
	h.press("v", "H", "j", "space")
	golden.RequireEqual(t, asciiOf(t, h.m.shownGrid().View()))
}

func TestGridFollowsJAndKWhileReading(t *testing.T) {
	h := gridHarness(t, 80, 24)
	h.press("v", "enter", "J", "J", "J", "J", "J", "J", "J") // Opening, then on to Midnight shell tricks
	h.press("esc")
	if got := h.selectedTitle(); got != "Midnight shell tricks" {
		t.Fatalf("selected %q, want Midnight shell tricks", got)
	}
	h.requireScreenContains("┌Midnight shell tricks")
}

func TestGridRedrawsInTheZoneShown(t *testing.T) {
	h := gridHarness(t, 120, 40)
	h.press("v")
	h.requireScreenContains("09:30 ┌Opening of Harbour Days", "│09:30–10:00")
	// What z does: the machine's zone (UTC+2 here) instead of Lisbon's.
	h.m.c.times.useLocal = true
	h.requireScreenContains("11:30 ┌Opening of Harbour Days", "│11:30–12:00", "Opening of Harbour Days · 11:30–12:00")
	h.requireScreenLacks("09:30")
}

// A block whose start is scrolled off shows the start of its title at the
// visible edge, not letters cut from its middle.
func TestGridClippedBlockShowsItsTitleStart(t *testing.T) {
	h := gridHarness(t, 45, 12)
	// Rust on the waterfront (10:15–11:00, Dock) is partly scrolled off
	// once the grid, time across, shows Kartografie (11:15, Dock).
	h.press("v", "l", "j", "x")
	var dock string
	for _, line := range strings.Split(ansi.Strip(h.m.View().Content), "\n") {
		if strings.Contains(line, "Dock") {
			dock = line
		}
	}
	if !strings.Contains(dock, "R") || strings.Contains(dock, "te…") {
		t.Errorf("the Dock row shows %q: the clipped block should start with its title", dock)
	}
}

// In the room chooser G and g go to the last and first room, and keys
// that change no room leave the grid's selection where it was.
func TestGridRoomChooserKeysStayInIt(t *testing.T) {
	h := gridHarness(t, 120, 40)
	h.press("v", "l", "j")
	grid := h.m.shownGrid()
	before := grid.selected()
	h.press("H", "G")
	if got, want := grid.rooms.cursor, len(grid.rooms.names)-1; got != want {
		t.Errorf("G in the room chooser: cursor on room %d, want the last, %d", got, want)
	}
	h.press("g", "j", "k")
	if grid.rooms.cursor != 0 {
		t.Errorf("g, j, k in the room chooser: cursor on room %d, want the first", grid.rooms.cursor)
	}
	if after := grid.selected(); after != before {
		t.Errorf("keys in the room chooser moved the grid's selection from %d to %d", before, after)
	}
}

// A grid shown over a preview stays shown, on the same talk, when the
// whole page arrives and the tabs are built again.
func TestGridFollowsTheWholePage(t *testing.T) {
	h := gridHarness(t, 120, 40, withPreview(6))
	h.press("v", "j")
	want := h.selectedTitle()
	h.send(startLoadingMsg{})
	if !h.gridShown() {
		t.Fatal("the grid went when the whole page arrived")
	}
	if got := h.selectedTitle(); got != want {
		t.Errorf("selected %q after the whole page arrived, want %q", got, want)
	}
	if g := h.m.shownGrid(); g.list != h.m.tabs[h.m.tab] {
		t.Error("the grid shows the preview's day list, not the whole page's")
	}
	h.requireScreenContains("┌" + want)
}
