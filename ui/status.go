package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// statusTTL is how long an informative message stays; errors stay until
// replaced. Informative messages also go when the user changes place.
const statusTTL = 5 * time.Second

// statusLine is the message shown in the footer.
type statusLine struct {
	text    string
	isError bool
	expires time.Time // for informative messages
	seq     int       // numbers messages so an old timer cannot clear a new one
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

// clearStatus drops an informative message, as on a change of place.
func (m *Model) clearStatus() {
	if !m.status.isError {
		m.status.text = ""
	}
}

// setStatusUntilMoved shows an informative message that stays until the
// user changes place, as a link to click must.
func (m *Model) setStatusUntilMoved(text string) {
	m.status = statusLine{text: text, seq: m.status.seq + 1}
}

// setStatusFor shows an informative message for ttl rather than
// statusTTL: a reminder stays long enough to be seen on coming back to
// the screen.
func (m *Model) setStatusFor(text string, ttl time.Duration) tea.Cmd {
	seq := m.status.seq + 1
	m.status = statusLine{text: text, seq: seq, expires: m.now().Add(ttl)}
	return m.after(ttl, statusExpiredMsg{seq: seq})
}
