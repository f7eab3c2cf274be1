package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// handleKey routes a key press: help and the filter take keys first, then
// the global keys, then the focused pane.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case m.lay.tooSmall || m.lay.width == 0:
		if key.Matches(msg, m.keys.Quit) {
			return m.quit()
		}
		return nil
	case m.showHelp:
		return m.helpKey(msg)
	case m.editingFilter:
		return m.filterKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
	case key.Matches(msg, m.keys.Back):
		return m.back()
	case key.Matches(msg, m.keys.Filter):
		return m.startFilter()
	case key.Matches(msg, m.keys.NextTab):
		return m.switchTab((m.tab + 1) % len(m.tabs))
	case key.Matches(msg, m.keys.PrevTab):
		return m.switchTab((m.tab + len(m.tabs) - 1) % len(m.tabs))
	case key.Matches(msg, m.keys.JumpTab):
		if n := int(msg.String()[0] - '1'); n < len(m.tabs) {
			return m.switchTab(n)
		}
	case key.Matches(msg, m.keys.NextPane):
		m.cycleFocus(1)
	case key.Matches(msg, m.keys.PrevPane):
		m.cycleFocus(-1)
	case key.Matches(msg, m.keys.Open):
		return m.open()
	case key.Matches(msg, m.keys.Speakers):
		return m.openPeople()
	case key.Matches(msg, m.keys.Companies):
		return m.openCompanies()
	case key.Matches(msg, m.keys.Bookmark):
		return m.toggleBookmark()
	default:
		return m.navigate(msg)
	}
	return nil
}

func (m *Model) helpKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	case key.Matches(msg, m.keys.Help), key.Matches(msg, m.keys.Back):
		m.showHelp = false
	}
	return nil
}

// quit ends the program, after any bookmark still being saved.
func (m *Model) quit() tea.Cmd {
	if len(m.bookmarks.queue) > 0 {
		m.quitting = true
		return m.setStatus("Saving bookmarks…", false)
	}
	return tea.Quit
}

// navigate moves in the focused pane: the list's cursor, or the detail's
// or abstract's scroll position.
func (m *Model) navigate(msg tea.KeyPressMsg) tea.Cmd {
	if m.focusedList() {
		v := m.view()
		n := m.visibleItems()
		switch {
		case key.Matches(msg, m.keys.Up):
			v.move(-1, n)
		case key.Matches(msg, m.keys.Down):
			v.move(1, n)
		case key.Matches(msg, m.keys.Top):
			v.moveTo(0, n)
		case key.Matches(msg, m.keys.Bottom):
			v.moveTo(len(v.rows)-1, n)
		case key.Matches(msg, m.keys.PageUp):
			v.move(-max(n, 1), n)
		case key.Matches(msg, m.keys.PageDown):
			v.move(max(n, 1), n)
		default:
			return nil
		}
		return m.syncPanes()
	}
	vp := &m.abstract
	if m.focus == paneDetail {
		vp = &m.detail
	}
	switch {
	case key.Matches(msg, m.keys.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, m.keys.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, m.keys.Top):
		vp.GotoTop()
	case key.Matches(msg, m.keys.Bottom):
		vp.GotoBottom()
	case key.Matches(msg, m.keys.PageUp):
		vp.PageUp()
	case key.Matches(msg, m.keys.PageDown):
		vp.PageDown()
	}
	return nil
}

// focusedList reports whether keys move the list's cursor.
func (m *Model) focusedList() bool {
	return m.focus == paneList && (m.lay.wide || !m.talkOpen)
}

// cycleFocus moves the focus through the panes on screen.
func (m *Model) cycleFocus(step int) {
	panes := []pane{paneList, paneDetail, paneAbstract}
	if !m.lay.wide {
		if !m.talkOpen {
			return // only the list is on screen
		}
		panes = panes[1:]
	}
	at := 0
	for i, p := range panes {
		if p == m.focus {
			at = i
		}
	}
	m.focus = panes[(at+step+len(panes))%len(panes)]
}

// back closes the innermost thing open: the filter, the talk on a narrow
// screen, the focus on a talk's panes, then the view.
func (m *Model) back() tea.Cmd {
	v := m.view()
	switch {
	case v.filtered():
		return m.clearFilter(v)
	case m.talkOpen:
		m.talkOpen = false
		m.focus = paneList
	case m.focus != paneList:
		m.focus = paneList
	case len(m.stack) > 0:
		m.stack = m.stack[:len(m.stack)-1]
		return m.syncPanes()
	}
	return nil
}

// switchTab shows another tab, closing the views opened over this one.
func (m *Model) switchTab(i int) tea.Cmd {
	m.tab = i
	m.stack = nil
	m.talkOpen = false
	m.focus = paneList
	m.view().clamp(m.visibleItems())
	return m.syncPanes()
}

// open acts on the selected item: a talk is read (the focus moves to its
// abstract; on a narrow screen it opens), a person or company lists its
// talks.
func (m *Model) open() tea.Cmd {
	v := m.view()
	item, ok := v.selected()
	if !ok || !m.focusedList() && v.kind == talksView {
		return nil
	}
	switch v.kind {
	case talksView:
		m.talkOpen = !m.lay.wide
		m.focus = paneAbstract
		return nil
	case peopleView:
		p := m.idx.People()[item]
		m.push(newListView(talksView, []string{"Speakers", p.Name}, p.Sessions, "No talks."))
	case companiesView:
		c := m.idx.Companies()[item]
		m.push(newListView(talksView, []string{"Companies", c.Name}, c.Sessions, "No talks."))
	}
	return m.syncPanes()
}

func (m *Model) push(v *listView) {
	m.stack = append(m.stack, v)
	m.talkOpen = false
	m.focus = paneList
}

// openPeople opens the speakers index on the selected talk's first
// speaker.
func (m *Model) openPeople() tea.Cmd {
	people := m.idx.People()
	return m.openIndex(peopleView, "Speakers", len(people), func(_ int, first model.Speaker) (int, bool) {
		return m.idx.PersonIndex(first.Name)
	})
}

// openCompanies opens the companies index on the company of the selected
// talk's first speaker.
func (m *Model) openCompanies() tea.Cmd {
	companies := m.idx.Companies()
	return m.openIndex(companiesView, "Companies", len(companies), func(session int, first model.Speaker) (int, bool) {
		return companyOf(companies, session, first)
	})
}

// openIndex opens an index of n items, with the cursor on the item find
// gives for the selected talk's first speaker. Indexes open over the tab,
// not over each other, so the breadcrumb stays short.
func (m *Model) openIndex(kind viewKind, name string, n int, find func(session int, first model.Speaker) (int, bool)) tea.Cmd {
	if m.view().kind == kind {
		return nil
	}
	session, sess, hasTalk := m.selectedSession()
	v := newListView(kind, []string{name}, seq(n), "No "+strings.ToLower(name)+".")
	m.stack = nil
	m.push(v)
	if hasTalk && len(sess.Speakers) > 0 {
		if i, ok := find(session, sess.Speakers[0]); ok {
			v.selectItem(i, m.visibleItems())
		}
	}
	return m.syncPanes()
}

// companyOf finds the company a speaker of session i belongs to.
func companyOf(companies []model.Company, session int, sp model.Speaker) (int, bool) {
	for ci, c := range companies {
		if !contains(c.Sessions, session) {
			continue
		}
		for _, name := range c.People {
			if name == sp.Name {
				return ci, true
			}
		}
	}
	return 0, false
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// seq is 0, 1, …, n-1.
func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
