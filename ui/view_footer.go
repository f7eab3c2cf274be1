package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// footerView is a line of short help above the status line. "? help" and
// "q quit" stay at the right; what does not fit on the left is dropped.
func (m *Model) footerView() string {
	w := m.lay.width
	var keys []key.Binding
	switch {
	case m.showHelp:
		keys = []key.Binding{m.keys.Back}
	case m.editingFilter:
		keys = m.fkeys.ShortHelp()
	case !m.focusedList():
		keys = m.keys.talkHelp()
	default:
		keys = m.keys.ShortHelp()
	}
	right := m.help.ShortHelpView(m.keys.alwaysHelp())
	leftW := max(w-lipgloss.Width(right)-3, 0)
	h := m.help // a copy: View changes nothing
	h.SetWidth(leftW)
	left := h.ShortHelpView(keys)
	gap := max(w-lipgloss.Width(left)-lipgloss.Width(right), 1)
	return ansi.Truncate(left+strings.Repeat(" ", gap)+right, w, "") + "\n" + m.statusView(w)
}

// statusView is the position in the list and the latest message on the
// left, the number of bookmarks on the right.
func (m *Model) statusView(w int) string {
	s := m.styles
	v := m.view()
	left := ""
	if len(v.rows) > 0 {
		left = fmt.Sprintf("%d/%d", v.cursor+1, len(v.rows))
	}
	leftStyled := s.Status.Render(left)
	if m.status.text != "" {
		style := s.Status
		if m.status.isError {
			style = s.StatusError
		}
		if left != "" {
			leftStyled += s.Status.Render(" · ")
		}
		leftStyled += style.Render(m.status.text)
	}
	right := s.StatusRight.Render(s.StarGlyph + " " + fmt.Sprint(m.tabCount(len(m.tabs)-1)))
	leftStyled = ansi.Truncate(leftStyled, max(w-lipgloss.Width(right)-1, 0), "…")
	gap := max(w-lipgloss.Width(leftStyled)-lipgloss.Width(right), 1)
	return leftStyled + strings.Repeat(" ", gap) + right
}
