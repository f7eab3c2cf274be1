package ui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Bookmarks are toggled in memory at once and saved in the background by
// Config.SaveBookmarks, every pending toggle in one save. A save that
// fails keeps its toggles pending: they are tried again on the next
// toggle, on a timer and at quit, and a later success writes them all. So
// no toggle is lost while the browser runs, and the status line says how
// many wait. What the browser shows is the file's ids as last known with
// the pending toggles applied on top.

// retryEvery is how often failed saves are tried again; a save taking
// longer than slowSave is shown as not saved yet while it goes on.
const (
	retryEvery = 3 * time.Second
	slowSave   = time.Second
)

// bookmarkFile is where the browser stands with the bookmarks file: the
// save under way, its failure and retry, and the read of another window's
// changes.
type bookmarkFile struct {
	saving int   // the first saving pending toggles are being saved; 0: no save under way
	saves  int   // saves finished, so a read started before one is known stale
	err    error // why the last save failed, while toggles are pending
	retry  bool  // a retry is scheduled
	slow   bool  // the save under way has taken longer than slowSave

	reading   bool // a read of the file is under way
	readAgain bool // the file changed again meanwhile
}

// bookmarksSavedMsg reports the end of a save.
type bookmarksSavedMsg struct {
	ids    []string
	notice string
	err    error
}

type retrySaveMsg struct{}

// slowSaveMsg checks on a save still under way.
type slowSaveMsg struct{ saves int }

// toggleBookmark bookmarks or unbookmarks the selected talk.
func (m *Model) toggleBookmark() tea.Cmd {
	sess, ok := m.selectedTalk()
	if !ok {
		return m.noTalkHere("Select a talk to bookmark it.")
	}
	add := m.c.marks.toggle(sess.ID)
	g := m.c.styles.G
	text := g.Star + " Bookmarked: " + sess.Title
	if !add {
		text = g.NoStar + " Removed bookmark: " + sess.Title
	}
	return tea.Batch(m.setBookmarkStatus(text, sess.ID, add), m.saveBookmarks())
}

// saveBookmarks saves every pending toggle, unless a save is under way
// (its end starts the next).
func (m *Model) saveBookmarks() tea.Cmd {
	b, marks := &m.file, m.c.marks
	if b.saving > 0 || len(marks.pending) == 0 {
		return nil
	}
	save := m.cfg.SaveBookmarks
	if save == nil { // kept in memory only
		marks.keepInMemory()
		return nil
	}
	b.saving = len(marks.pending)
	b.slow = false
	known := append([]string(nil), marks.known...)
	ops := append([]BookmarkOp(nil), marks.pending...)
	return tea.Batch(func() tea.Msg {
		ids, notice, err := save(known, ops)
		return bookmarksSavedMsg{ids: ids, notice: notice, err: err}
	}, m.after(slowSave, slowSaveMsg{saves: b.saves}))
}

// saveIsSlow marks a save that is still under way.
func (m *Model) saveIsSlow(msg slowSaveMsg) {
	if m.file.saving > 0 && m.file.saves == msg.saves {
		m.file.slow = true
	}
}

// bookmarksSaved takes the file's ids after a save and starts the next.
func (m *Model) bookmarksSaved(msg bookmarksSavedMsg) tea.Cmd {
	b := &m.file
	saved := b.saving
	b.saving, b.slow = 0, false
	b.saves++
	var cmds []tea.Cmd
	if msg.err != nil {
		b.err = msg.err
		if m.quitting.asked {
			m.quitting.gaveUp = true
			return m.quitIfDone()
		}
		if !b.retry {
			b.retry = true
			cmds = append(cmds, m.after(retryEvery, retrySaveMsg{}))
		}
		return tea.Batch(cmds...)
	}
	b.err = nil
	m.c.marks.saved(saved, msg.ids)
	if msg.notice != "" {
		cmds = append(cmds, m.setStatus(msg.notice, true))
	}
	cmds = append(cmds, m.saveBookmarks(), m.quitIfDone())
	return tea.Batch(cmds...)
}

// retrySave tries the pending toggles again, and again later while they
// fail.
func (m *Model) retrySave() tea.Cmd {
	m.file.retry = false
	return m.saveBookmarks()
}

// pendingNotice is the status line's word on toggles not saved yet.
func (m *Model) pendingNotice() string {
	b, pending := m.file, len(m.c.marks.pending)
	n := plural(pending, "change", "changes")
	switch {
	case pending == 0:
		return ""
	case b.slow:
		return n + " not saved yet: waiting for the bookmarks file"
	case b.err != nil:
		return statusText(fmt.Sprintf("%s not saved yet: %v", n, b.err))
	}
	return ""
}

// Outcome reports the toggles that could not be saved, for the host to
// tell the user once the program has ended.
func (m *Model) Outcome() Outcome {
	marks := m.c.marks
	if marks == nil || len(marks.pending) == 0 { // nil: the schedule never came
		return Outcome{}
	}
	reason := "the bookmarks file did not answer in time"
	if m.file.err != nil {
		reason = m.file.err.Error()
	}
	return Outcome{Unsaved: len(marks.pending), Reason: reason, Known: marks.known, Pending: marks.pending}
}

// Another window's bookmarks: Config.BookmarksChanged says the file may
// have changed, and it is read again in the background; GoingChanged says
// only the counts of who is going may have.

// bookmarksChangedMsg says what may have changed: the bookmarks, or only
// the counts.
type bookmarksChangedMsg struct{ countsOnly bool }

type bookmarksReadMsg struct {
	ids   []string
	err   error
	saves int // saves finished when the read started
}

// watchBookmarks waits for the next change of the bookmarks file or of
// the counts, one wait for both.
func (m *Model) watchBookmarks() tea.Cmd {
	marks, counts := m.cfg.BookmarksChanged, m.cfg.GoingChanged
	if marks == nil && counts == nil {
		return nil
	}
	return func() tea.Msg {
		select {
		case _, ok := <-marks:
			if !ok {
				return nil
			}
			return bookmarksChangedMsg{}
		case _, ok := <-counts:
			if !ok {
				return nil
			}
			return bookmarksChangedMsg{countsOnly: true}
		}
	}
}

// readBookmarks reads the file again, one read at a time.
func (m *Model) readBookmarks() tea.Cmd {
	read := m.cfg.ReadBookmarks
	if read == nil {
		return nil
	}
	if m.file.reading {
		m.file.readAgain = true
		return nil
	}
	m.file.reading = true
	saves := m.file.saves
	return func() tea.Msg {
		ids, err := read()
		return bookmarksReadMsg{ids: ids, err: err, saves: saves}
	}
}

// bookmarksRead shows what the file holds now, unless a save of ours
// finished or is under way since the read began: its result is newer.
// The counts of who is going are read next (readAfterChange).
func (m *Model) bookmarksRead(msg bookmarksReadMsg) tea.Cmd {
	b := &m.file
	b.reading = false
	if b.readAgain {
		b.readAgain = false
		return m.readBookmarks()
	}
	if msg.err == nil && b.saving == 0 && msg.saves == b.saves {
		m.c.marks.read(msg.ids)
	}
	return m.readGoing()
}
