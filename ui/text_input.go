package ui

import "charm.land/bubbles/v2/textinput"

// newTextInput is a text input that takes pastes only from the terminal
// (bracketed paste). Bubbles' ctrl+v reads the clipboard of the machine
// the browser runs on, through a program it starts: over SSH that is the
// server's, and nothing of the server may reach a session.
func newTextInput() textinput.Model {
	in := textinput.New()
	in.KeyMap.Paste.SetEnabled(false)
	return in
}
