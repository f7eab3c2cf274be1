package ui

import "testing"

// J and K while reading the agenda go from talk to talk: a free window
// between two bookmarks is passed over.
func TestAgendaNextTalkSkipsFreeRows(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withBookmarks(agendaMarks...))
	h.press("0")
	for h.selectedRowTitle() != "Kartografie für alle" { // 11:15–11:45, before the free window
		before := h.m.list().cursor
		h.press("j")
		if h.m.list().cursor == before {
			t.Fatalf("no Kartografie für alle in the agenda:\n%s", h.listText())
		}
	}
	h.press("enter", "J")
	if got := h.selectedRowTitle(); got != "Knots and graphs" {
		t.Fatalf("J from the talk before the free window went to %q, want the next talk", got)
	}
	h.press("K")
	if got := h.selectedRowTitle(); got != "Kartografie für alle" {
		t.Fatalf("K went to %q, want the talk before the free window", got)
	}
}

// o and y on a free window say there is no talk there.
func TestNoTalkOnAFreeRow(t *testing.T) {
	var opened []string
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withBookmarks(agendaMarks...),
		func(h *harness) { h.cfg.OpenLink = func(url string) error { opened = append(opened, url); return nil } })
	h.press("0")
	for h.m.list().kindAt(h.m.list().cursor) != rowFree {
		before := h.m.list().cursor
		h.press("j")
		if h.m.list().cursor == before {
			t.Fatalf("no free row in the agenda:\n%s", h.listText())
		}
	}
	for _, k := range []string{"o", "y"} {
		h.press(k)
		h.requireScreenContains("No talk here: this is free time.")
		h.press("j", "k") // moving clears the status line
		h.requireScreenLacks("No talk here")
	}
	if len(opened) != 0 || len(h.clipboard) != 0 {
		t.Fatalf("a free row opened %q and copied %d talks", opened, len(h.clipboard))
	}
}
