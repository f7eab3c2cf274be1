package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// pane is the one contract of every part of the screen that takes keys:
// the list, the item pane, the grid and its room chooser, the help, the
// chooser, the filter and the window prompt.
//
//   - Update takes a message and returns the pane (panes are pointers, so
//     itself) and its command. An overlay that closes says so with a
//     message, closeMsg or what was chosen, which the root handles.
//   - View draws the pane at the size SetSize gave it and changes no state:
//     selections, cursors and scroll positions move only in Update and
//     SetSize. (A pane may remember what it drew, to draw it again.)
//   - FullHelp lists the keys the pane takes itself: the root gives it
//     those and handles every other key as a global one, unless the pane
//     holds the keyboard (keyboardHolder).
//   - ShortHelp is the footer while the pane is in front: its own keys and
//     the root's that act on what it shows, each enabled only where it
//     acts.
type pane interface {
	Update(msg tea.Msg) (pane, tea.Cmd)
	View() string
	SetSize(width, height int)
	help.KeyMap
}

// keyboardHolder is a pane that at times takes every key but ctrl+c: while
// text is typed into it, or as an overlay that answers its own keys and
// lets no other act below it.
type keyboardHolder interface {
	holdsKeyboard() bool
}

// closeMsg closes the overlay that sends it.
type closeMsg struct{ pane pane }

// closeCmd is the command an overlay returns to close.
func closeCmd(p pane) tea.Cmd {
	return func() tea.Msg { return closeMsg{pane: p} }
}

// takes reports whether the pane takes a key: any key but ctrl+c, which
// always quits, while it holds the keyboard; else the keys it binds.
func takes(p pane, k tea.KeyPressMsg) bool {
	if h, ok := p.(keyboardHolder); ok && h.holdsKeyboard() {
		return k.String() != "ctrl+c"
	}
	for _, group := range p.FullHelp() {
		for _, b := range group {
			if key.Matches(k, b) {
				return true
			}
		}
	}
	return false
}

// Every pane keeps the contract.
var (
	_ pane = (*listPane)(nil)
	_ pane = (*itemPane)(nil)
	_ pane = (*gridPane)(nil)
	_ pane = (*roomChooser)(nil)
	_ pane = (*helpPane)(nil)
	_ pane = (*chooserPane)(nil)
	_ pane = (*filter)(nil)
	_ pane = (*windowPrompt)(nil)
	_ pane = (*changesPane)(nil)
)
