package ui

import (
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one wheel step scrolls an abstract.
const wheelLines = 3

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(mouse tea.Mouse) tea.Cmd {
	if m.lay.tooSmall || m.lay.width == 0 || m.showHelp {
		return nil
	}
	step := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		step = -1
	case tea.MouseWheelDown:
		step = 1
	default:
		return nil
	}
	switch m.paneAt(mouse.X, mouse.Y) {
	case paneList:
		if m.listOnScreen() {
			m.view().move(step, m.visibleItems())
			return m.syncPanes()
		}
	case paneDetail:
		m.detail.ScrollDown(step)
	case paneAbstract:
		m.abstract.ScrollDown(step * wheelLines)
	}
	return nil
}

// handleClick selects a tab, focuses a pane, or selects a list item (a
// click on the selected item opens it).
func (m *Model) handleClick(mouse tea.Mouse) tea.Cmd {
	if m.lay.tooSmall || m.lay.width == 0 || mouse.Button != tea.MouseLeft {
		return nil
	}
	if m.showHelp {
		m.showHelp = false
		return nil
	}
	if mouse.Y == m.lay.header.y+1 {
		_, spans := m.tabStrip()
		for _, sp := range spans {
			if mouse.X >= sp.x0 && mouse.X < sp.x1 {
				return m.switchTab(sp.tab)
			}
		}
		return nil
	}
	p, ok := m.paneAt(mouse.X, mouse.Y), m.inBody(mouse.X, mouse.Y)
	if !ok {
		return nil
	}
	if p != paneList {
		m.focus = p
		return nil
	}
	if m.editingFilter {
		m.editingFilter = false
		m.filterInput.Blur()
	}
	m.focus = paneList
	v := m.view()
	in := m.lay.list.inner()
	y := mouse.Y - in.y - m.filterLines()
	if y < 0 || mouse.X < in.x || mouse.X >= in.x+in.w {
		return nil
	}
	i := v.offset + y/itemHeight
	if i >= len(v.rows) || i >= v.offset+m.visibleItems() {
		return nil
	}
	if i == v.cursor {
		return m.open()
	}
	v.moveTo(i, m.visibleItems())
	return m.syncPanes()
}

// paneAt says which pane is drawn at a cell.
func (m *Model) paneAt(x, y int) pane {
	l := m.lay
	switch {
	case m.listOnScreen() && l.list.contains(x, y):
		return paneList
	case m.talkOnScreen() && l.detail.contains(x, y):
		return paneDetail
	case m.talkOnScreen() && l.abstract.contains(x, y):
		return paneAbstract
	}
	return paneList
}

func (m *Model) inBody(x, y int) bool { return m.lay.body.contains(x, y) }

func (m *Model) listOnScreen() bool { return m.lay.wide || !m.talkOpen }
func (m *Model) talkOnScreen() bool { return m.lay.wide || m.talkOpen }
