package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the screen from the model's state. It renders no Markdown and
// does no I/O: abstracts arrive rendered from tea.Cmds.
func (m *Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

func (m *Model) screen() string {
	switch {
	case m.lay.width == 0:
		return "" // no size yet
	case m.lay.tooSmall:
		return m.tooSmallView()
	}
	return m.headerView() + "\n" + m.bodyView() + "\n" + m.footerView()
}

func (m *Model) tooSmallView() string {
	msg := fmt.Sprintf("Terminal too small: %d×%d.\nsummit-tui needs at least %d×%d.",
		m.lay.width, m.lay.height, minWidth, minHeight)
	placed := lipgloss.Place(m.lay.width, m.lay.height, lipgloss.Center, lipgloss.Center,
		m.styles.TooSmall.Render(fitLines(msg, m.lay.width)))
	return fitBlock(placed, m.lay.width, m.lay.height)
}

func (m *Model) bodyView() string {
	l := m.lay
	if m.showHelp {
		return m.helpView(l.body)
	}
	talk := func() string {
		return m.frame(l.detail, paneDetail, m.detail.View()) + "\n" +
			m.frame(l.abstract, paneAbstract, m.abstractView())
	}
	switch {
	case l.wide:
		return joinColumns(m.frame(l.list, paneList, m.listView()), talk())
	case m.talkOpen:
		return talk()
	}
	return m.frame(l.list, paneList, m.listView())
}

// frame draws a pane: its border around content cut or padded to exactly
// the pane's inside, so panes line up without measuring them again.
func (m *Model) frame(r rect, p pane, content string) string {
	look := m.styles.Pane
	if m.focus == p && !m.showHelp {
		look = m.styles.FocusedPane
	}
	b, edge, in := look.Border, look.Edge, r.inner()
	pad := strings.Repeat(" ", panePadding)
	left, right := edge.Render(b.Left)+pad, pad+edge.Render(b.Right)
	var out strings.Builder
	out.Grow(len(content) + r.h*(len(left)+len(right)+8))
	out.WriteString(edge.Render(b.TopLeft + strings.Repeat(b.Top, max(r.w-2, 0)) + b.TopRight))
	lines := strings.Split(content, "\n")
	for i := range in.h {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		w := ansi.StringWidth(line)
		if w > in.w {
			line = ansi.Truncate(line, in.w, "")
			w = ansi.StringWidth(line)
		}
		out.WriteString("\n" + left + line + strings.Repeat(" ", in.w-w) + right)
	}
	out.WriteString("\n" + edge.Render(b.BottomLeft+strings.Repeat(b.Bottom, max(r.w-2, 0))+b.BottomRight))
	return out.String()
}

// joinColumns puts two blocks of equal height side by side.
func joinColumns(left, right string) string {
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	if len(l) != len(r) {
		return lipgloss.JoinHorizontal(lipgloss.Top, left, right)
	}
	for i := range l {
		l[i] += r[i]
	}
	return strings.Join(l, "\n")
}

// scrollInfoLines is the line under the abstract that says where the
// reader is, given up on the tiniest screens.
func scrollInfoLines(innerHeight int) int {
	if innerHeight < 3 {
		return 0
	}
	return 1
}

// abstractView is the abstract's viewport and, below it, where the reader
// is in it.
func (m *Model) abstractView() string {
	in := m.lay.abstract.inner()
	if scrollInfoLines(in.h) == 0 {
		return m.abstract.View()
	}
	info := ""
	if total, h := m.abstract.TotalLineCount(), m.abstract.Height(); total > 1 {
		first := m.abstract.YOffset() + 1
		last := min(m.abstract.YOffset()+h, total)
		percent := 100
		if total > h {
			percent = int(m.abstract.ScrollPercent()*100 + 0.5)
		}
		info = fmt.Sprintf("lines %d–%d of %d · %d%%", first, last, total, percent)
	}
	info = m.styles.ScrollInfo.Render(ansi.Truncate(info, in.w, "…"))
	pad := max(in.w-lipgloss.Width(info), 0)
	return m.abstract.View() + "\n" + strings.Repeat(" ", pad) + info
}

// fitBlock cuts content to at most h lines of at most w cells, so a pane
// never grows past its frame.
func fitBlock(content string, w, h int) string {
	if h <= 0 || w <= 0 {
		return ""
	}
	lines := strings.Split(content, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, line := range lines {
		if lipgloss.Width(line) > w {
			lines[i] = ansi.Truncate(line, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// fitLines cuts each line of plain text to w cells.
func fitLines(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = ansi.Truncate(line, w, "…")
	}
	return strings.Join(lines, "\n")
}
