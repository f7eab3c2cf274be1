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
	m.c.views.frame()
	m.c.views.keepLists(m.lists())
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
	l := m.c.lay
	if g, ok := m.place().(*gridPane); ok {
		return framed(m.c, l.body.w, l.body.h, true, g.View())
	}
	list := func() string { return framed(m.c, l.list.w, l.list.h, !m.reading(), m.list().View()) }
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
// The border and the lines' widths are remembered while they stay on
// screen (view_memo.go).
func framed(c *common, width, height int, focused bool, content string) string {
	r := rect{w: width, h: height}
	in := r.inner()
	e := c.views.frameEdges(c, r.w, focused)
	var out strings.Builder
	out.Grow(len(content) + r.h*(len(e.left)+len(e.right)+8))
	out.WriteString(e.top)
	lines := strings.Split(content, "\n")
	for i := range in.h {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		w := c.views.width(line)
		if w > in.w {
			line = ansi.Truncate(line, in.w, "")
			w = ansi.StringWidth(line)
		}
		out.WriteString("\n")
		out.WriteString(e.left)
		out.WriteString(line)
		writeSpaces(&out, in.w-w)
		out.WriteString(e.right)
	}
	out.WriteString("\n")
	out.WriteString(e.bottom)
	return out.String()
}

// frameKey is what a pane's border is drawn from.
type frameKey struct {
	width   int
	focused bool
	theme   theme
}

// frameEdges are a pane's border: its top and bottom lines, and what
// goes left and right of each line inside (the padding included).
type frameEdges struct {
	top, bottom, left, right string
}

func (v *viewMemo) frameEdges(c *common, width int, focused bool) frameEdges {
	k := frameKey{width: width, focused: focused, theme: c.theme}
	if e, ok := v.frames.get(k); ok {
		return e
	}
	look := c.styles.Pane
	if focused {
		look = c.styles.FocusedPane
	}
	b, edge := look.Border, look.Edge
	pad := strings.Repeat(" ", panePadding)
	e := frameEdges{
		top:    edge.Render(b.TopLeft + strings.Repeat(b.Top, max(width-2, 0)) + b.TopRight),
		bottom: edge.Render(b.BottomLeft + strings.Repeat(b.Bottom, max(width-2, 0)) + b.BottomRight),
		left:   edge.Render(b.Left) + pad,
		right:  pad + edge.Render(b.Right),
	}
	v.frames.put(k, e)
	return e
}

// writeSpaces writes n spaces (none when n is not positive).
func writeSpaces(b *strings.Builder, n int) {
	const spaces = "                                                                "
	for n > 0 {
		k := min(n, len(spaces))
		b.WriteString(spaces[:k])
		n -= k
	}
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
