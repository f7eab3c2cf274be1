package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// cellOf is where text is drawn in the grid's blocks (below its line about
// the selected talk and its sticky header), as screen coordinates.
func (h *harness) cellOf(text string) (x, y int) {
	h.t.Helper()
	first := h.m.c.lay.body.inner().y + gridChromeLines
	for i, line := range strings.Split(h.screen(), "\n") {
		if i < first {
			continue
		}
		if at := strings.Index(line, text); at >= 0 {
			return ansi.StringWidth(line[:at]), i
		}
	}
	h.t.Fatalf("no %q in the grid:\n%s", text, h.screen())
	return 0, 0
}

// The grid takes the mouse: a click selects the talk under it, a second
// click on it opens it, and esc comes back to the grid.
func TestGridClickSelectsAndOpens(t *testing.T) {
	for _, swapped := range []bool{false, true} {
		h := gridHarness(t, 120, 40)
		h.press("v")
		if swapped {
			h.press("x")
		}
		x, y := h.cellOf("Rust on")
		h.send(click(x+1, y))
		if got := h.selectedTitle(); got != "Rust on the waterfront" {
			t.Fatalf("swapped %v: a click on Rust's block selected %q", swapped, got)
		}
		if h.m.reading() || !h.gridShown() {
			t.Fatalf("swapped %v: the first click only selects", swapped)
		}
		h.send(click(x+1, y))
		if !h.m.reading() || h.selectedTitle() != "Rust on the waterfront" {
			t.Fatalf("swapped %v: a second click on the selected block should open it", swapped)
		}
		h.press("esc")
		if !h.gridShown() || h.selectedTitle() != "Rust on the waterfront" {
			t.Fatalf("swapped %v: esc should come back to the grid on the talk", swapped)
		}
		// A click on the header or the time axis selects nothing.
		in := h.m.c.lay.body.inner()
		h.send(click(in.x, in.y+gridChromeLines+1))
		h.send(click(in.x+40, in.y+1))
		if h.m.reading() || h.selectedTitle() != "Rust on the waterfront" {
			t.Fatalf("swapped %v: a click off the blocks moved the selection to %q", swapped, h.selectedTitle())
		}
	}
}

// The wheel scrolls the grid through the day; the selection stays.
func TestGridWheelScrolls(t *testing.T) {
	h := gridHarness(t, 120, 20)
	h.press("v")
	g := h.m.shownGrid()
	in := h.m.c.lay.body.inner()
	before, sel := g.offT, h.selectedTitle()
	h.send(wheel(in.x+30, in.y+5, true))
	if g.offT <= before {
		t.Fatalf("the wheel down did not scroll the grid: offset %d, was %d", g.offT, before)
	}
	if got := h.selectedTitle(); got != sel {
		t.Fatalf("the wheel moved the selection to %q", got)
	}
	h.send(wheel(in.x+30, in.y+5, false))
	if g.offT != before {
		t.Fatalf("the wheel up should come back: offset %d, want %d", g.offT, before)
	}
}
