package ui

import (
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one wheel step scrolls an item's text.
const wheelLines = 3

// region is a part of the screen the mouse can point at.
type region int

const (
	regionNone region = iota
	regionTabs
	regionList
	regionDetail
	regionBody
	regionGrid
)

// regionAt says what is drawn at a cell.
func (m *Model) regionAt(x, y int) region {
	l := m.c.lay
	wideOrList := l.wide || !m.reading()
	wideOrItem := l.wide || m.reading()
	switch {
	case y == l.header.y+1:
		return regionTabs
	case m.placeIsGrid():
		if l.body.inner().contains(x, y) {
			return regionGrid
		}
		return regionNone
	case wideOrList && l.list.contains(x, y):
		return regionList
	case wideOrItem && l.detail.contains(x, y):
		return regionDetail
	case wideOrItem && l.item.contains(x, y):
		return regionBody
	}
	return regionNone
}

// placeIsGrid reports a day's grid as the place.
func (m *Model) placeIsGrid() bool {
	_, ok := m.place().(*gridPane)
	return ok
}

// handleWheel scrolls the pane of the place under the pointer, unless an
// overlay is in front.
func (m *Model) handleWheel(mouse tea.Mouse) tea.Cmd {
	if m.c.lay.tooSmall || m.c.lay.width == 0 || m.front() != m.place() {
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
	switch m.regionAt(mouse.X, mouse.Y) {
	case regionList:
		m.list().move(step)
	case regionDetail:
		m.item.scroll(focusDetail, step)
	case regionBody:
		m.item.scroll(focusBody, step*wheelLines)
	case regionGrid:
		m.shownGrid().wheel(step)
	}
	return nil
}

// handleClick selects a tab, focuses a pane, or selects a list item (a
// click on the selected item opens it). A click anywhere closes the help.
func (m *Model) handleClick(mouse tea.Mouse) tea.Cmd {
	if m.c.lay.tooSmall || m.c.lay.width == 0 || mouse.Button != tea.MouseLeft {
		return nil
	}
	switch m.front().(type) {
	case *helpPane:
		m.help = nil
		return nil
	case *chooserPane, *windowPrompt:
		return nil
	}
	switch r := m.regionAt(mouse.X, mouse.Y); r {
	case regionTabs:
		_, spans := m.tabStrip()
		for _, sp := range spans {
			if mouse.X >= sp.x0 && mouse.X < sp.x1 {
				m.switchTab(sp.tab)
			}
		}
	case regionDetail, regionBody:
		f := focusBody
		if r == regionDetail {
			f = focusDetail
		}
		if m.reading() {
			m.item.focus = f
		} else {
			m.read(f)
		}
	case regionList:
		return m.clickList(mouse)
	case regionGrid:
		return m.clickGrid(m.shownGrid(), mouse.X, mouse.Y)
	}
	return nil
}

// clickList selects the row clicked, or opens it when it was selected.
func (m *Model) clickList(mouse tea.Mouse) tea.Cmd {
	for m.reading() {
		m.pop()
	}
	l := m.top().list
	l.filter.close()
	in := m.c.lay.list.inner()
	if mouse.X < in.x || mouse.X >= in.x+in.w {
		return nil
	}
	i, ok := l.rowAt(mouse.Y - in.y)
	if !ok {
		return nil
	}
	if i == l.cursor {
		return m.open()
	}
	l.moveTo(i)
	return nil
}
