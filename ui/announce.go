package ui

import tea "charm.land/bubbletea/v2"

// Announce is a message from the host for the user, shown on the status
// line as a warning until replaced: "the server is stopping". Send it
// (Program.Send); the text is cleaned to one line.
func Announce(text string) tea.Msg { return announceMsg{text: text} }

type announceMsg struct{ text string }

func (m *Model) announce(msg announceMsg) tea.Cmd { return m.setStatus(msg.text, true) }
