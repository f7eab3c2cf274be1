package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// Quitting saves the place and the pending bookmarks first, and waits for
// them at most quitWait: a locked or full disk never keeps the browser
// from quitting. What could not be saved is in the final model's Outcome.

// quitWait bounds the wait for saves at quit.
const quitWait = 3 * time.Second

type quitState struct {
	asked      bool
	stateSaved bool
	gaveUp     bool // a save failed while quitting: nothing more is tried
}

type stateSavedMsg struct{}

type quitDeadlineMsg struct{}

// quit starts quitting: the place is saved, the pending bookmarks are
// saved once more, and the program ends when both are done or the bound
// is reached.
func (m *Model) quit() tea.Cmd {
	if m.quitting.asked {
		return nil
	}
	m.quitting.asked = true
	m.help, m.chooser = nil, nil
	cmds := []tea.Cmd{m.after(quitWait, quitDeadlineMsg{}), m.saveState()}
	if pending := len(m.c.marks.pending); pending > 0 {
		cmds = append(cmds, m.setStatus("Saving "+plural(pending, "bookmark change", "bookmark changes")+m.c.styles.G.Ellipsis, false))
		cmds = append(cmds, m.saveBookmarks())
	}
	return tea.Batch(cmds...)
}

// quitIfDone ends the program once nothing is left to wait for.
func (m *Model) quitIfDone() tea.Cmd {
	q := m.quitting
	if !q.asked || !q.stateSaved || m.file.saving > 0 {
		return nil
	}
	if len(m.c.marks.pending) > 0 && !q.gaveUp {
		return nil
	}
	return tea.Quit
}

// saveState writes the place in the background.
func (m *Model) saveState() tea.Cmd {
	save := m.cfg.SaveState
	if save == nil {
		m.quitting.stateSaved = true
		return m.quitIfDone()
	}
	data := m.encodeState()
	return func() tea.Msg {
		_ = save(data) // a place not remembered costs the user nothing they made
		return stateSavedMsg{}
	}
}
