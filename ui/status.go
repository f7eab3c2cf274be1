package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// statusTTL is how long an informative message stays; errors stay until
// replaced. Informative messages also go on the next change of place or
// selection, and a message about a bookmark goes as soon as the bookmark
// no longer stands as it says (another window removed it): see settle.
const statusTTL = 5 * time.Second

// statusLine is the message shown in the footer.
type statusLine struct {
	text    string
	isError bool
	expires time.Time // for informative messages
	seq     int       // numbers messages so an old timer cannot clear a new one
	// where is the place and selection the message was first shown at,
	// taken when the browser settles after the message was set (the move
	// that set it, as a talk leaving the ★ list, is part of it); "" until
	// then.
	where string
	// about is the talk a bookmark message tells of, and marked whether it
	// says the talk is bookmarked.
	about  string
	marked bool
}

type statusExpiredMsg struct{ seq int }

// setStatus shows a message; informative ones clear themselves.
func (m *Model) setStatus(text string, isError bool) tea.Cmd {
	seq := m.status.seq + 1
	m.status = statusLine{text: text, isError: isError, seq: seq}
	if isError {
		return nil
	}
	m.status.expires = m.now().Add(statusTTL)
	return m.after(statusTTL, statusExpiredMsg{seq: seq})
}

func (m *Model) expireStatus(msg statusExpiredMsg) {
	if msg.seq == m.status.seq && !m.now().Before(m.status.expires) {
		m.status.text = ""
	}
}

// setBookmarkStatus shows a message about a talk's bookmark, which goes
// when the bookmark no longer stands as it says.
func (m *Model) setBookmarkStatus(text, id string, marked bool) tea.Cmd {
	cmd := m.setStatus(text, false)
	m.status.about, m.status.marked = id, marked
	return cmd
}

// settleStatus applies the status line's rule once the browser has
// settled after a message: an informative message goes on the next change
// of place or selection, and a bookmark message as soon as the bookmark
// no longer stands as it says.
func (m *Model) settleStatus() {
	s := &m.status
	if s.text == "" || s.isError {
		return
	}
	where := m.where()
	switch {
	case s.about != "" && m.c.marks.Has(s.about) != s.marked:
		s.text = ""
	case s.where == "":
		s.where = where
	case s.where != where:
		s.text = ""
	}
}

// where names the place and the selection: the stack of places by what
// they list, whether an item is read, and the item selected. It is the
// same across a reload of the page that keeps the user where they are.
func (m *Model) where() string {
	var b strings.Builder
	for _, p := range m.stack {
		if p.list == nil {
			b.WriteString("reading\x00")
			continue
		}
		r := p.list.src.ref()
		b.WriteString(r.Kind + "\x01" + r.Name + "\x00")
	}
	if g := m.shownGrid(); g != nil {
		b.WriteString("grid\x00")
	}
	b.WriteString(m.list().selectedKey())
	return b.String()
}

// setStatusUntilMoved shows an informative message that stays until the
// user changes place, as a link to click must.
func (m *Model) setStatusUntilMoved(text string) {
	m.status = statusLine{text: text, seq: m.status.seq + 1}
}
