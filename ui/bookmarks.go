package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// Bookmarks are toggled in memory at once and saved one toggle at a time,
// in order, by Config.SaveBookmark in a tea.Cmd. Each save returns the
// file's latest ids (another window may have toggled too); the toggles
// still queued are applied on top, so nothing shown is ever lost.

// bookmarkOp is one toggle waiting to be saved.
type bookmarkOp struct {
	id  string
	add bool
}

type bookmarkState struct {
	set     model.BookmarkSet
	queue   []bookmarkOp // queue[0] is being saved
	saveErr error        // the last save's failure, until one succeeds
}

// bookmarkSavedMsg reports the end of a save.
type bookmarkSavedMsg struct {
	ids    []string
	notice string
	err    error
}

func newBookmarkState(ids []string) bookmarkState {
	return bookmarkState{set: model.NewBookmarkSet(ids)}
}

// toggleBookmark bookmarks or unbookmarks the selected talk.
func (m *Model) toggleBookmark() tea.Cmd {
	_, sess, ok := m.selectedSession()
	if !ok {
		return m.setStatus("Select a talk to bookmark it.", false)
	}
	add := !m.bookmarks.set.Has(sess.ID)
	m.bookmarks.set = m.bookmarks.set.Set(sess.ID, add)
	m.bookmarks.queue = append(m.bookmarks.queue, bookmarkOp{id: sess.ID, add: add})
	refresh := m.bookmarksChanged()

	verb := "Bookmarked"
	if !add {
		verb = "Removed bookmark"
	}
	status := m.setStatus(fmt.Sprintf("%s %s: %s", m.styles.StarGlyph, verb, sess.Title), false)
	if len(m.bookmarks.queue) == 1 {
		return tea.Batch(refresh, status, m.saveNext())
	}
	return tea.Batch(refresh, status)
}

// saveNext saves the first queued toggle.
func (m *Model) saveNext() tea.Cmd {
	save := m.cfg.SaveBookmark
	if save == nil || len(m.bookmarks.queue) == 0 {
		m.bookmarks.queue = nil
		return nil
	}
	op := m.bookmarks.queue[0]
	return func() tea.Msg {
		ids, notice, err := save(op.id, op.add)
		return bookmarkSavedMsg{ids: ids, notice: notice, err: err}
	}
}

// bookmarkSaved takes the file's state after a save and starts the next.
func (m *Model) bookmarkSaved(msg bookmarkSavedMsg) tea.Cmd {
	m.bookmarks.queue = m.bookmarks.queue[1:]
	var status, refresh tea.Cmd
	switch {
	case msg.err != nil:
		// Not saved: keep the in-memory set and say why.
		m.bookmarks.saveErr = msg.err
		status = m.setStatus("Bookmarks cannot be saved, kept in memory: "+msg.err.Error(), true)
	default:
		switch {
		case msg.notice != "":
			status = m.setStatus(msg.notice, true)
		case m.bookmarks.saveErr != nil:
			status = m.setStatus("Bookmarks saved again.", false)
		}
		m.bookmarks.saveErr = nil
		set := model.NewBookmarkSet(msg.ids)
		for _, op := range m.bookmarks.queue {
			set = set.Set(op.id, op.add)
		}
		m.bookmarks.set = set
		refresh = m.bookmarksChanged()
	}
	next := m.saveNext()
	if next == nil && m.quitting {
		return tea.Quit
	}
	return tea.Batch(refresh, status, next)
}

// bookmarksChanged refreshes what shows bookmarks: the Bookmarks tab's
// list and count and the detail pane's star.
func (m *Model) bookmarksChanged() tea.Cmd {
	v := m.bookmarksView()
	keep, hadSel := v.selected()
	v.setItems(m.idx.Bookmarked(m.bookmarks.set))
	if hadSel {
		v.selectItem(keep, m.visibleItems())
	}
	var cmd tea.Cmd
	if v.filtered() {
		cmd = m.runFilter(v)
	}
	return tea.Batch(cmd, m.syncPanes())
}
