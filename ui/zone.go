package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// toggleZone switches between the conference's time and the user's
// (z): the machine's, or over SSH the client's. Rows, details and the
// header follow the frame shown, so nothing else needs telling. A
// floating schedule cannot be converted, a user in the conference's zone
// would see no change, and a client that sent no zone has none to show:
// the status line says so instead.
func (m *Model) toggleZone() tea.Cmd {
	t := &m.c.times
	switch {
	case !t.timed:
		return nil
	case m.cfg.ZoneMissing != "":
		return m.setStatus(m.cfg.ZoneMissing, false)
	case t.localErr != nil:
		return m.setStatus(sentence(t.localErr.Error()), false)
	}
	t.useLocal = !t.useLocal
	f := t.frame()
	if f.Local() && f.SameAsEvent() {
		return m.setStatus("Your zone, "+f.ZoneName()+", is the conference's: times stay the same.", false)
	}
	return m.setStatus(f.Label()+" shown.", false)
}

// sentence is an error's text as a status line says it: capitalised, with
// a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}
