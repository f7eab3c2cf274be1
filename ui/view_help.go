package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// helpView is the full help, generated from the KeyMap, in a box over the
// body. The groups sit side by side when they fit, else in rows.
func (m *Model) helpView(r rect) string {
	s := m.styles
	title := s.HelpTitle.Render("Keys") + "  " + s.HelpDesc.Render("? or esc closes this help")
	room := r.w - s.HelpBox.GetHorizontalFrameSize()
	groups := m.keys.FullHelp()
	var body string
	for perRow := len(groups); perRow >= 1; perRow-- {
		body = m.helpRows(groups, perRow)
		if lipgloss.Width(body) <= room {
			break
		}
	}
	box := s.HelpBox.Render(lipgloss.JoinVertical(lipgloss.Left, title, "", body))
	return lipgloss.Place(r.w, r.h, lipgloss.Center, lipgloss.Center, fitBlock(box, r.w, r.h))
}

// helpRows lays the help groups out perRow to a row.
func (m *Model) helpRows(groups [][]key.Binding, perRow int) string {
	var rows []string
	for i := 0; i < len(groups); i += perRow {
		if i > 0 {
			rows = append(rows, "")
		}
		rows = append(rows, m.help.FullHelpView(groups[i:min(i+perRow, len(groups))]))
	}
	return lipgloss.JoinVertical(lipgloss.Left, rows...)
}
