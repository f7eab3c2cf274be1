package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// defaultStatusTTL is how long an informative message stays; errors stay
// until replaced.
const defaultStatusTTL = 5 * time.Second

// statusLine is the message shown in the footer.
type statusLine struct {
	text    string
	isError bool
	seq     int // numbers messages so an old timer cannot clear a new one
}

type statusExpiredMsg struct{ seq int }

// setStatus shows a message; informative ones clear themselves.
func (m *Model) setStatus(text string, isError bool) tea.Cmd {
	seq := m.status.seq + 1
	m.status = statusLine{text: text, isError: isError, seq: seq}
	if isError || m.statusTTL <= 0 {
		return nil
	}
	return tea.Tick(m.statusTTL, func(time.Time) tea.Msg { return statusExpiredMsg{seq: seq} })
}

func (m *Model) expireStatus(msg statusExpiredMsg) {
	if msg.seq == m.status.seq {
		m.status.text = ""
	}
}
