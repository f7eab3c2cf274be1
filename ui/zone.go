package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// toggleZone switches between the conference's time and the machine's
// (z). Rows, details and the header follow the frame shown, so nothing
// else needs telling. A floating schedule cannot be converted, and a
// machine in the conference's zone would see no change: the status line
// says so instead.
func (m *Model) toggleZone() tea.Cmd {
	t := &m.c.times
	switch {
	case !t.timed:
		return nil
	case t.localErr != nil:
		return m.setStatus(sentence(t.localErr.Error()), false)
	}
	t.useLocal = !t.useLocal
	f := t.frame()
	if f.Local() && f.SameAsEvent() {
		return m.setStatus("This machine's zone, "+f.ZoneName()+", is the conference's: times stay the same.", false)
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
