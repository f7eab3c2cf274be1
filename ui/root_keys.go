package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleKey routes a key press: the pane in front takes the keys it binds
// (the grid its h/j/k/l, a list its moves), and every key while it holds
// the keyboard (a filter being typed, an overlay); the root's global keys
// act on the rest. ctrl+c quits wherever the keyboard is.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	g := m.c.keys.global
	if m.c.lay.tooSmall || m.c.lay.width == 0 {
		if key.Matches(msg, g.Quit) {
			return m.quit()
		}
		return nil
	}
	if m.quitting.asked {
		return nil // the saves are finishing; the bound ends the wait
	}
	if f := m.front(); takes(f, msg) {
		_, cmd := f.Update(msg)
		return cmd
	}
	return m.globalKey(msg)
}

// front is the pane in front, and the one place that decides it: an
// overlay (the window prompt, a chooser, the help) while one is open, else
// the place's own pane. Keys go to it first, the body draws it when it
// covers the place, the footer offers its keys, and the mouse acts on the
// place only while the place is in front.
func (m *Model) front() pane {
	switch {
	case m.prompt != nil:
		return m.prompt
	case m.chooser != nil:
		return m.chooser
	case m.help != nil:
		return m.help
	}
	return m.place()
}

// place is the pane of the place the user is in: the item being read, a
// day's grid, or the list.
func (m *Model) place() pane {
	if m.reading() {
		return m.item
	}
	if g := m.shownGrid(); g != nil {
		return g
	}
	if p := m.live.pane; p != nil && m.top().list == p.listPane {
		return p
	}
	return m.top().list
}

// openHelp shows the help over the body, at its top.
func (m *Model) openHelp() {
	m.help = newHelpPane(m.c, m.c.keys)
	m.help.SetSize(m.c.lay.body.w, m.c.lay.body.h)
}

func (m *Model) globalKey(msg tea.KeyPressMsg) tea.Cmd {
	g := m.c.keys.global
	switch {
	case key.Matches(msg, g.Quit):
		return m.quit()
	case key.Matches(msg, g.Help):
		m.openHelp()
	case key.Matches(msg, g.Back):
		return m.back()
	case key.Matches(msg, g.Filter):
		m.leaveGrid()
		return m.startFilter()
	case key.Matches(msg, g.Open):
		return m.open()
	case key.Matches(msg, g.NextMatch):
		return m.stepMatch(true)
	case key.Matches(msg, g.PrevMatch):
		return m.stepMatch(false)
	case key.Matches(msg, g.Speakers):
		return m.openIndex(true)
	case key.Matches(msg, g.Companies):
		return m.openIndex(false)
	case key.Matches(msg, g.Rooms):
		return m.openRooms()
	case key.Matches(msg, g.Tracks):
		return m.openTracks()
	case key.Matches(msg, g.Zone):
		return m.toggleZone()
	case key.Matches(msg, g.OpenLink):
		return m.openLink()
	case key.Matches(msg, g.NextTalk):
		m.stepItem(1)
	case key.Matches(msg, g.PrevTalk):
		m.stepItem(-1)
	case key.Matches(msg, g.NextTab):
		return m.jumpTab((m.tab + 1) % len(m.tabs))
	case key.Matches(msg, g.PrevTab):
		return m.jumpTab((m.tab + len(m.tabs) - 1) % len(m.tabs))
	case key.Matches(msg, g.JumpTab):
		if n := int(msg.String()[0] - '1'); n < m.bookmarksTab() {
			return m.jumpTab(n)
		}
	case key.Matches(msg, g.Bookmarks):
		return m.jumpTab(m.bookmarksTab())
	case key.Matches(msg, g.NextPane):
		m.cycleFocus(true)
	case key.Matches(msg, g.PrevPane):
		m.cycleFocus(false)
	case key.Matches(msg, g.Narrower):
		m.resplit(-splitStep)
	case key.Matches(msg, g.Wider):
		m.resplit(splitStep)
	case key.Matches(msg, g.Bookmark):
		return m.toggleBookmark()
	case key.Matches(msg, g.Hide):
		return m.toggleHidden()
	case key.Matches(msg, g.Hidden):
		return m.openHidden()
	case key.Matches(msg, g.Copy):
		return m.copyTalk()
	case key.Matches(msg, g.Grid):
		return m.toggleGrid()
	case key.Matches(msg, g.Window):
		return m.askWindow()
	case key.Matches(msg, g.Changes):
		return m.openChanges()
	case key.Matches(msg, g.Refresh):
		return m.askRefresh()
	case key.Matches(msg, g.Schedules):
		return m.listSchedules()
	}
	return nil
}
