package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// manyTracks is the two-room schedule with seventy more tracks, a talk
// each, as a large conference has: far more tabs than fit.
func manyTracks(t *testing.T) harnessOption {
	s, err := loadTwoRooms()
	if err != nil {
		t.Fatal(err)
	}
	s.Tracks = append([]string(nil), s.Tracks...)
	s.Sessions = append([]model.Session(nil), s.Sessions...)
	start := time.Date(2031, 3, 16, 14, 0, 0, 0, s.Location)
	for i := range 70 {
		name := fmt.Sprintf("Track %02d devroom", i)
		if i == 40 {
			name = "Virtualisation and Infrastructure-as-a-Service devroom"
		}
		s.Tracks = append(s.Tracks, name)
		s.Sessions = append(s.Sessions, model.Session{
			ID: fmt.Sprintf("extra-%d", i), Key: fmt.Sprintf("extra-%d", i), Title: fmt.Sprintf("Talk %d", i), Track: name,
			Start: start.Add(time.Duration(i) * time.Minute), End: start.Add(time.Duration(i+30) * time.Minute),
			Day: "2031-03-16", Room: "Dock",
		})
	}
	return withSchedule(s)
}

// The tab bar scrolls: the current tab always shows, with the Bookmarks
// tab, and arrows say that more tabs lie left or right.
func TestTabBarScrolls(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {45, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1], append(twoRoomsAt(t), manyTracks(t))...)
			h.press("1") // the first tab
			tabs := h.line(1)
			if !strings.Contains(tabs, "›") || strings.Contains(tabs, "‹") || !strings.Contains(tabs, "★ Bookmarks") {
				t.Fatalf("at the first tab the bar should say more lie right only: %q", tabs)
			}
			for i := 1; i < len(h.m.tabs); i++ {
				h.press("]")
				tabs := h.line(1)
				name := h.m.tabs[i].src.crumb()
				if len(name) > 20 {
					name = name[:20] // a tab too wide for the screen is cut
				}
				if h.m.tab != i || !strings.Contains(tabs, name) || !strings.Contains(tabs, "Bookmarks") {
					t.Fatalf("tab %d (%s) is not on the bar: %q", i, name, tabs)
				}
				if w := len([]rune(tabs)); w > size[0] {
					t.Fatalf("the bar is %d cells wide, more than the screen: %q", w, tabs)
				}
				if first := h.m.tabs[0].src.crumb(); !strings.Contains(tabs, " "+first+" ") && !strings.HasPrefix(tabs, "‹") {
					t.Fatalf("at tab %d the bar does not say tabs lie left: %q", i, tabs)
				}
			}
			// The number keys keep their tabs; 0 is the Bookmarks tab.
			h.press("9")
			if h.m.tab != 8 {
				t.Fatalf("9 went to tab %d", h.m.tab)
			}
			h.press("0")
			if h.m.tab != h.m.bookmarksTab() {
				t.Fatalf("0 went to tab %d", h.m.tab)
			}
		})
	}
}

// A click on a scrolled tab bar opens the tab clicked.
func TestClickScrolledTabs(t *testing.T) {
	h := newHarness(t, 80, 24, append(twoRoomsAt(t), manyTracks(t))...)
	for range 30 {
		h.press("]")
	}
	_, spans := h.m.tabStrip()
	if spans[0].tab == 0 {
		t.Fatal("the bar did not scroll")
	}
	for k := range spans {
		_, now := h.m.tabStrip() // the bar as the user sees it now
		if k >= len(now) {
			break
		}
		sp := now[k]
		h.send(click(sp.x1-1, 1))
		if h.m.tab != sp.tab {
			t.Fatalf("a click at %d opened tab %d, want %d", sp.x1-1, h.m.tab, sp.tab)
		}
		want := h.m.tabs[sp.tab].src.crumb()
		if got := h.crumb(); !strings.HasSuffix(got, want) {
			t.Fatalf("breadcrumb %q after a click on %q", got, want)
		}
	}
}
