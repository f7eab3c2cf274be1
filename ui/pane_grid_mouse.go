package ui

import tea "charm.land/bubbletea/v2"

// The grid and the mouse: a click selects the talk under it and a second
// click opens it, as in a list; the wheel scrolls the day along its time
// axis, leaving the selection where it is.

// blockAt is the block drawn at (x, y) of the pane's inside, or -1: the
// line about the selected talk, the sticky axes and the gaps between
// blocks hold none.
func (p *gridPane) blockAt(x, y int) int {
	if p.rooms != nil || x < 0 || x >= p.width || y < gridChromeLines || y >= p.height {
		return -1
	}
	line := y - gridChromeLines
	var t, a int
	if p.prefs.across {
		if x < p.roomGutter() {
			return -1
		}
		t, a = p.offT+x-p.roomGutter(), p.offA+line
	} else {
		if x < p.timeGutter() {
			return -1
		}
		t, a = p.offT+line, p.offA+x-p.timeGutter()
	}
	for b, blk := range p.layout().blocks {
		if blk.t0 <= t && t < blk.t1 && blk.a0 <= a && a < blk.a1 {
			return b
		}
	}
	return -1
}

// wheel scrolls the grid step wheel steps along its time axis.
func (p *gridPane) wheel(step int) {
	if p.rooms != nil {
		return
	}
	visT, _ := p.visible()
	p.offT = max(min(p.offT+step*wheelLines, p.layout().length-visT), 0)
}

// clickGrid selects the talk clicked in the grid, or opens it when it was
// selected.
func (m *Model) clickGrid(g *gridPane, x, y int) tea.Cmd {
	in := m.c.lay.body.inner()
	b := g.blockAt(x-in.x, y-in.y)
	switch {
	case b < 0:
		return nil
	case b == g.selected():
		return m.open()
	}
	g.selectBlock(b)
	return nil
}
