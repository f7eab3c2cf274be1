package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func click(x, y int) tea.MouseClickMsg {
	return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft}
}

func wheel(x, y int, down bool) tea.MouseWheelMsg {
	b := tea.MouseWheelUp
	if down {
		b = tea.MouseWheelDown
	}
	return tea.MouseWheelMsg{X: x, Y: y, Button: b}
}

func TestClickSelectsAndOpensATalk(t *testing.T) {
	h := newHarness(t, 80, 24)
	in := h.m.c.lay.list.inner()
	y := in.y + 2 + 2 + 2 // below the first three talks, two lines each at 80 columns
	h.send(click(in.x+5, y))
	if got := h.selectedTitle(); got != fourthTalk {
		t.Fatalf("a click on the fourth item selected %q", got)
	}
	h.send(click(in.x+5, y+1)) // again, on its second line
	if !h.m.reading() {
		t.Fatal("a click on the selected talk should open it")
	}
	h.requireScreenContains("The rise of Apache Kafka")
}

func TestClickSelectsATab(t *testing.T) {
	h := newHarness(t, 120, 40)
	_, spans := h.m.tabStrip()
	core := spans[2] // All, Keynotes, Core Kafka
	h.send(click(core.x0+1, 1))
	if got := h.crumb(); got != conference+" › Core Kafka" {
		t.Fatalf("breadcrumb %q", got)
	}
	bookmarks := spans[len(spans)-1]
	h.send(click(bookmarks.x0+1, 1))
	if got := h.crumb(); got != conference+" › Bookmarks" {
		t.Fatalf("a click on the Bookmarks tab opens %q", got)
	}
}

func TestClickFocusesAPane(t *testing.T) {
	h := newHarness(t, 120, 40)
	a := h.m.c.lay.item.inner()
	h.send(click(a.x+2, a.y+1))
	if !h.m.reading() || h.m.item.focus != focusBody {
		t.Fatalf("a click in the abstract: reading %v, focus %v", h.m.reading(), h.m.item.focus)
	}
	d := h.m.c.lay.detail.inner()
	h.send(click(d.x+2, d.y))
	if h.m.item.focus != focusDetail {
		t.Fatalf("a click in the detail focused %v", h.m.item.focus)
	}
	l := h.m.c.lay.list.inner()
	h.send(click(l.x+2, l.y+4))
	if h.m.reading() {
		t.Fatal("a click in the list should go back to it")
	}
}

func TestWheelScrollsThePaneUnderThePointer(t *testing.T) {
	h := newHarness(t, 120, 24)
	h.press("j", "j", "j", "j", "j", "j") // a long abstract
	sel := h.selectedTitle()
	a := h.m.c.lay.item.inner()
	h.send(wheel(a.x+3, a.y+2, true))
	if got := h.m.item.body.YOffset(); got != wheelLines {
		t.Fatalf("the wheel scrolled the abstract to %d, want %d", got, wheelLines)
	}
	if h.selectedTitle() != sel {
		t.Fatal("the wheel over the abstract moved the list")
	}
	h.send(wheel(a.x+3, a.y+2, false))
	if h.m.item.body.YOffset() != 0 {
		t.Fatal("the wheel up did not scroll back")
	}
	l := h.m.c.lay.list.inner()
	h.send(wheel(l.x+3, l.y+2, true))
	if h.selectedTitle() == sel {
		t.Fatal("the wheel over the list did not move it")
	}
}

// A click anywhere closes the help.
func TestClickClosesHelp(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("?")
	h.send(click(10, 10))
	if h.m.help != nil {
		t.Fatal("a click left the help open")
	}
}

// The wheel scrolls the place only while the place is in front: with the
// window prompt, the help or a chooser open, it moves nothing below them.
func TestWheelLeavesThePlaceAloneUnderAnOverlay(t *testing.T) {
	for _, tt := range []struct {
		opts func(*testing.T) harnessOption
		keys []string
	}{
		{func(t *testing.T) harnessOption { return withTwoRooms(t, "2031-03-15 10:20") }, []string{"2", "w"}},
		{func(*testing.T) harnessOption { return withTheme(ThemeDark) }, []string{"?"}},
		{func(*testing.T) harnessOption { return withTheme(ThemeDark) }, []string{"G", "s"}},
	} {
		h := newHarness(t, 120, 40, tt.opts(t))
		h.press(tt.keys...)
		sel := h.m.list().cursor
		l := h.m.c.lay.list.inner()
		h.send(wheel(l.x+3, l.y+2, false))
		h.send(wheel(l.x+3, l.y+2, true))
		h.send(wheel(l.x+3, l.y+2, true))
		if got := h.m.list().cursor; got != sel {
			t.Errorf("after %v the wheel over the list moved its cursor from %d to %d", tt.keys, sel, got)
		}
	}
}
