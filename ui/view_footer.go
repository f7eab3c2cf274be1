package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// footerView is a line of short help above the status line.
func (m *Model) footerView() string {
	w := m.lay.width
	var help string
	if m.editingFilter {
		help = m.help.ShortHelpView(m.fkeys.ShortHelp())
	} else {
		help = m.help.ShortHelpView(m.keys.ShortHelp())
	}
	return ansi.Truncate(help, w, "…") + "\n" + m.statusView(w)
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
