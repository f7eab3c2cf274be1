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
	in := h.m.lay.list.inner()
	h.send(click(in.x+5, in.y+3*itemHeight)) // the fourth item
	if got := h.selectedTitle(); got != fourthTalk {
		t.Fatalf("a click on the fourth item selected %q", got)
	}
	h.send(click(in.x+5, in.y+3*itemHeight+1)) // again, on its second line
	if !h.m.talkOpen {
		t.Fatal("a click on the selected talk should open it")
	}
	h.requireScreenContains("The rise of Apache Kafka")
}

func TestClickSelectsATab(t *testing.T) {
	h := newHarness(t, 120, 40)
	_, spans := h.m.tabStrip()
	core := spans[2] // All, Keynotes, Core Kafka
	h.send(click(core.x0+1, 1))
	h.requireScreenContains("Kafka Summit London 2019 › Core Kafka")
}

func TestClickFocusesAPane(t *testing.T) {
	h := newHarness(t, 120, 40)
	a := h.m.lay.abstract.inner()
	h.send(click(a.x+2, a.y+1))
	if h.m.focus != paneAbstract {
		t.Fatalf("a click in the abstract focused %v", h.m.focus)
	}
	d := h.m.lay.detail.inner()
	h.send(click(d.x+2, d.y))
	if h.m.focus != paneDetail {
		t.Fatalf("a click in the detail focused %v", h.m.focus)
	}
}

func TestWheelScrollsThePaneUnderThePointer(t *testing.T) {
	h := newHarness(t, 120, 24)
	h.press("j", "j", "j", "j", "j", "j") // a long abstract
	sel := h.selectedTitle()
	a := h.m.lay.abstract.inner()
	h.send(wheel(a.x+3, a.y+2, true))
	if h.m.abstract.YOffset() != wheelLines {
		t.Fatalf("the wheel scrolled the abstract to %d, want %d", h.m.abstract.YOffset(), wheelLines)
	}
	if h.selectedTitle() != sel {
		t.Fatal("the wheel over the abstract moved the list")
	}
	h.send(wheel(a.x+3, a.y+2, false))
	if h.m.abstract.YOffset() != 0 {
		t.Fatal("the wheel up did not scroll back")
	}
	l := h.m.lay.list.inner()
	h.send(wheel(l.x+3, l.y+2, true))
	if h.selectedTitle() == sel {
		t.Fatal("the wheel over the list did not move it")
	}
}
