package ui

import (
	tea "charm.land/bubbletea/v2"
)

// Update dispatches each message to the one function that handles its
// concern.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		return m, m.adoptBackground(msg.IsDark())
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.MouseClickMsg:
		return m, m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		return m, m.handleWheel(msg.Mouse())
	case renderedMsg:
		return m, m.rendered(msg)
	case filterResultMsg:
		return m, m.filterResult(msg)
	case startLoadingMsg:
		return m, loadFull(m.cfg.FullSchedule)
	case scheduleLoadedMsg:
		return m, m.loaded(msg)
	case bookmarkSavedMsg:
		return m, m.bookmarkSaved(msg)
	case statusExpiredMsg:
		m.expireStatus(msg)
		return m, nil
	}
	if m.editingFilter {
		// Cursor blinks and the like belong to the filter's input.
		var cmd tea.Cmd
		m.filterInput, cmd = m.filterInput.Update(msg)
		return m, cmd
	}
	return m, nil
}

// resize lays the screen out again and re-renders what is visible at the
// new width.
func (m *Model) resize(width, height int) tea.Cmd {
	m.lay = computeLayout(width, height)
	m.help.SetWidth(width)
	m.filterInput.SetWidth(max(m.lay.list.inner().w-filterChrome, 1))
	d, a := m.lay.detail.inner(), m.lay.abstract.inner()
	m.detail.SetWidth(d.w)
	m.detail.SetHeight(d.h)
	m.abstract.SetWidth(a.w)
	m.abstract.SetHeight(a.h - scrollInfoLines(a.h))
	if !m.lay.wide && m.focus != paneList && !m.talkOpen {
		m.focus = paneList
	}
	for _, v := range m.allViews() {
		v.clamp(m.visibleItems())
	}
	m.shown = shownItem{} // widths changed: refill the panes
	return tea.Batch(m.syncPanes(), m.startLoading())
}

// adoptBackground follows the terminal's background colour, unless the
// user chose a theme.
func (m *Model) adoptBackground(dark bool) tea.Cmd {
	if m.fixed || m.theme.dark == dark {
		return nil
	}
	m.theme.dark = dark
	m.applyStyles()
	m.shown = shownItem{}
	return m.syncPanes()
}

// allViews lists every list view alive: the tabs' and the stack's.
func (m *Model) allViews() []*listView {
	return append(append([]*listView{}, m.tabViews...), m.stack...)
}
