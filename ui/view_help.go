package ui

import (
	"charm.land/lipgloss/v2"
)

// helpView is the full help, generated from the KeyMap, in a box over the
// body.
func (m *Model) helpView(r rect) string {
	s := m.styles
	title := s.HelpTitle.Render("Keys") + "  " + s.HelpDesc.Render("? or esc closes this help")
	body := m.help.FullHelpView(m.keys.FullHelp())
	box := s.HelpBox.Render(lipgloss.JoinVertical(lipgloss.Left, title, "", body))
	box = fitBlock(box, r.w, r.h)
	return lipgloss.Place(r.w, r.h, lipgloss.Center, lipgloss.Center, box)
}
