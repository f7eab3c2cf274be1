package ui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
)

// The root's side of the timetable grid: v turns a day's tab from its
// list to its grid and back; while a grid is shown it has the keyboard
// and the body of the screen, and its selection is the day list's.

// shownGrid is the grid on screen, if one is: the current tab is a day's,
// nothing is open over it, and v turned its grid on.
func (m *Model) shownGrid() *gridPane {
	if !m.c.times.timed || len(m.stack) != 1 || m.tab >= len(m.tabs) {
		return nil
	}
	l := m.tabs[m.tab]
	ref := l.src.ref()
	if ref.Kind != kindDay {
		return nil
	}
	if g := m.grids[ref.Name]; g != nil && g.on {
		return g
	}
	return nil
}

// gridFor is a day's grid, made on first use.
func (m *Model) gridFor(date string, l *listPane) *gridPane {
	if m.grids == nil {
		m.grids = map[string]*gridPane{}
	}
	g := m.grids[date]
	if g == nil {
		g = newGridPane(m.c, m.c.keys.grid, m.gridPrefs, date, l)
		m.grids[date] = g
	}
	g.list = l
	b := m.c.lay.body.inner()
	if m.c.lay.width > 0 && !m.c.lay.tooSmall {
		g.SetSize(b.w, b.h)
	}
	return g
}

// toggleGrid is v: on a day's tab, its grid instead of its list, or back.
func (m *Model) toggleGrid() tea.Cmd {
	if !m.c.times.timed {
		return m.setStatus("This page has no times: there is no timetable grid.", false)
	}
	l := m.tabs[m.tab]
	ref := l.src.ref()
	if ref.Kind != kindDay {
		return m.setStatus("v works on a day's tab: it shows the day as a timetable grid.", false)
	}
	m.stack = m.stack[:1]
	g := m.gridFor(ref.Name, l)
	g.on = !g.on
	if g.on {
		// The grid shows the whole day: a filter would leave the selection
		// on talks the list no longer holds.
		if l.filter.active() {
			l.clearFilter()
		}
		g.settle()
	}
	return nil
}

// leaveGrid shows the current day's list instead of its grid, as / does
// to filter the list.
func (m *Model) leaveGrid() {
	if g := m.shownGrid(); g != nil {
		g.on = false
	}
}

// sizeGrids gives every grid the body of the screen.
func (m *Model) sizeGrids() {
	b := m.c.lay.body.inner()
	for _, g := range m.grids {
		g.SetSize(b.w, b.h)
	}
}

// savedGrid is the grid's part of the state file, per page.
type savedGrid struct {
	Hidden []string `json:"hidden_rooms,omitempty"`
	Across bool     `json:"time_across,omitempty"`
	Shown  []string `json:"shown_days,omitempty"` // the days whose tab shows its grid
}

// currentGrid describes the grids for the state file.
func (m *Model) currentGrid() savedGrid {
	var s savedGrid
	for r := range m.gridPrefs.hidden {
		s.Hidden = append(s.Hidden, r)
	}
	slices.Sort(s.Hidden)
	s.Across = m.gridPrefs.across
	for date, g := range m.grids {
		if g.on {
			s.Shown = append(s.Shown, date)
		}
	}
	slices.Sort(s.Shown)
	return s
}

// restoreGrid takes the saved settings back: the rooms hidden, the
// orientation and the days shown as grids.
func (m *Model) restoreGrid(s savedGrid) {
	for _, r := range s.Hidden {
		m.gridPrefs.setHidden(r, true)
	}
	if s.Across {
		m.gridPrefs.swap()
	}
	if !m.c.times.timed {
		return
	}
	for _, l := range m.tabs {
		if ref := l.src.ref(); ref.Kind == kindDay && slices.Contains(s.Shown, ref.Name) && !l.filter.active() {
			m.gridFor(ref.Name, l).on = true
		}
	}
}

// followGrid keeps the grid shown on its day's list, which is new when
// the tabs were built again for the whole page, and scrolls it to the
// list's selection when that changed elsewhere (J and K while reading a
// talk opened from the grid).
func (m *Model) followGrid() {
	g := m.shownGrid()
	if g == nil {
		return
	}
	if l := m.tabs[m.tab]; g.list != l {
		g.list = l
		g.settle()
		return
	}
	if item, ok := g.list.selected(); ok && item != g.shown {
		g.onMore = gridMoreAt{}
		g.settle()
	}
}

// openGridSlot is enter on a "+N more" block: the list of the talks of
// its room on in its span, which the grid has no room to show. False when
// no such block is selected.
func (m *Model) openGridSlot() bool {
	g := m.shownGrid()
	if g == nil || !g.onMoreBlock() {
		return false
	}
	geom := g.layout()
	blk := geom.blocks[g.selected()]
	room := placeRef{Kind: kindRoom, Name: geom.rooms[blk.room].name}
	m.push(newListPane(m.c, newWindowSource(m.c, g.date, blk.span, room)))
	return true
}
