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
	case m.pending != nil:
		return m.pending.View()
	case m.c.lay.width == 0 || m.holding:
		return "" // no size yet, or waiting to know the terminal's background
	case m.c.lay.tooSmall:
		return m.tooSmallView()
	}
	return m.headerView() + "\n" + m.bodyView() + "\n" + m.footerView()
}

// tooSmallView says the screen is too small and what it needs, in the
// longest wording that fits.
func (m *Model) tooSmallView() string {
	g := m.c.styles.G
	w, h := m.c.lay.width, m.c.lay.height
	have := fmt.Sprintf("%d%s%d", w, g.Times, h)
	need := fmt.Sprintf("%d%s%d", minWidth, g.Times, minHeight)
	msg := need
	for _, c := range []string{
		"Terminal too small: " + have + ".\nsummit-tui needs at least " + need + ".",
		"Too small: " + have + ".\nNeeds " + need + ".",
		"Needs\n" + need,
	} {
		lines := strings.Split(c, "\n")
		fits := len(lines) <= h
		for _, l := range lines {
			fits = fits && ansi.StringWidth(l) <= w
		}
		if fits {
			msg = c
			break
		}
	}
	placed := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.c.styles.TooSmall.Render(msg))
	return fitBlock(placed, w, h)
}

func (m *Model) bodyView() string {
	switch f := m.front().(type) {
	case *chooserPane:
		return f.View()
	case *helpPane:
		return f.View()
	}
	l, st := m.c.lay, m.c.styles
	if g, ok := m.place().(*gridPane); ok {
		return framed(st, l.body.w, l.body.h, true, g.View())
	}
	list := func() string { return framed(st, l.list.w, l.list.h, !m.reading(), m.list().View()) }
	switch {
	case l.wide:
		return joinColumns(list(), m.item.View())
	case m.reading():
		return m.item.View()
	}
	return list()
}

// framed draws a pane's content in its border, width×height cells, the
// content cut or padded to exactly the inside, so panes line up without
// measuring them again. The pane with the keys has the focused border.
func framed(st Styles, width, height int, focused bool, content string) string {
	look := st.Pane
	if focused {
		look = st.FocusedPane
	}
	r := rect{w: width, h: height}
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
