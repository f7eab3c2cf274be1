package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpPane is the full help over the body of the screen: every group of
// keys, the filter's and the mouse's included, generated from the key
// maps. Its groups sit in as many columns as fit, and it scrolls when
// they do not fit. It closes on ?, esc or q; ? opens it afresh, at its
// top.
type helpPane struct {
	c      *common
	groups []helpGroup
	keys   helpKeys
	scroll scrollKeys

	vp            viewport.Model
	width, height int // the whole box, border included
	// drawn is the box as it stands, drawn again whenever its size, theme
	// or scroll position changes: the box is costly, and a frame or two
	// may show it unchanged (as between esc and the help closing).
	drawn string
}

func newHelpPane(c *common, km keyMaps) *helpPane {
	p := &helpPane{c: c, keys: km.help, scroll: km.scroll}
	p.setGroups(km)
	p.vp = viewport.New()
	p.vp.KeyMap = viewport.KeyMap{}
	p.vp.MouseWheelEnabled = false
	return p
}

// setGroups takes the key maps' groups, without the keys this schedule
// has disabled, nor groups left empty; a page without times has no Times
// group. Bindings without keys describe the mouse and the search's fields.
func (p *helpPane) setGroups(km keyMaps) {
	p.groups = nil
	for _, g := range km.helpGroups(p.c.times.timed) {
		var on []key.Binding
		for _, b := range g.bindings {
			if b.Enabled() || len(b.Keys()) == 0 { // keyless: the mouse, the filters
				on = append(on, b)
			}
		}
		if len(on) > 0 {
			p.groups = append(p.groups, helpGroup{title: g.title, bindings: on})
		}
	}
}

// SetSize gives the help the body's size and lays it out again.
func (p *helpPane) SetSize(width, height int) {
	p.width, p.height = width, height
	p.relayout()
}

// relayout fills the help for the size and theme.
func (p *helpPane) relayout() {
	st := p.c.styles
	innerW := max(p.width-st.HelpBox.GetHorizontalFrameSize(), 1)
	innerH := max(p.height-st.HelpBox.GetVerticalFrameSize(), 1)
	offset := p.vp.YOffset()
	p.vp.SetWidth(innerW)
	p.vp.SetContent(p.content(innerW))
	p.vp.SetHeight(max(innerH-p.chromeLines(innerH), 1))
	p.vp.SetYOffset(offset)
	p.draw()
}

// chromeLines are the title and, when the help scrolls, the position line.
func (p *helpPane) chromeLines(innerH int) int {
	n := 0
	if innerH >= 3 {
		n++ // the title
	}
	if innerH-n >= 3 && p.vp.TotalLineCount() > innerH-n {
		n++ // where the reader is
	}
	return n
}

// content lays the groups out in the most columns that fit width.
func (p *helpPane) content(width int) string {
	blocks := make([]string, len(p.groups))
	for cols := min(3, len(p.groups)); cols > 1; cols-- {
		for i, g := range p.groups {
			blocks[i] = p.block(g, width)
		}
		if out := columns(blocks, cols); lipgloss.Width(out) <= width {
			return out
		}
	}
	for i, g := range p.groups {
		blocks[i] = p.block(g, width)
	}
	return strings.Join(blocks, "\n\n")
}

// block is one group: its heading and a line per binding.
// A description too long for width wraps under itself.
func (p *helpPane) block(g helpGroup, width int) string {
	st := p.c.styles
	labels := make([]string, len(g.bindings))
	w := 0
	for i, b := range g.bindings {
		labels[i] = glyphKeys(st.G, keyLabel(b))
		w = max(w, lipgloss.Width(labels[i]))
	}
	lines := []string{st.HelpHeading.Render(g.title)}
	descW := min(max(width-w-2, 10), helpDescMax)
	indent := strings.Repeat(" ", w+2)
	for i, b := range g.bindings {
		pad := strings.Repeat(" ", w-lipgloss.Width(labels[i]))
		desc := wrapAtSpaces(glyphKeys(st.G, b.Help().Desc), descW)
		for k, d := range strings.Split(desc, "\n") {
			d = st.HelpDesc.Render(strings.TrimRight(d, " "))
			if k == 0 {
				lines = append(lines, st.HelpKey.Render(labels[i])+pad+"  "+d)
			} else {
				lines = append(lines, indent+d)
			}
		}
	}
	return strings.Join(lines, "\n")
}

// wrapAtSpaces wraps plain text to width cells at spaces only, so
// "2026-01-31" or "ctrl+f" never breaks; a word wider than width is cut
// into pieces.
func wrapAtSpaces(text string, width int) string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		switch {
		case line == "":
			line = word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
		for ansi.StringWidth(line) > width {
			lines = append(lines, ansi.Truncate(line, width, ""))
			line = ansi.TruncateLeft(line, width, "")
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// helpDescMax is the widest a description runs before it wraps, so a
// group of long ones (the search's fields) still sits in a column.
const helpDescMax = 44

// columns flows blocks into n columns of about equal height, in order.
func columns(blocks []string, n int) string {
	total := 0
	heights := make([]int, len(blocks))
	for i, b := range blocks {
		heights[i] = strings.Count(b, "\n") + 2
		total += heights[i]
	}
	target := (total + n - 1) / n
	var cols []string
	var col []string
	h := 0
	for i, b := range blocks {
		if h > 0 && h+heights[i] > target && len(cols) < n-1 {
			cols = append(cols, strings.Join(col, "\n\n"))
			col, h = nil, 0
		}
		col = append(col, b)
		h += heights[i]
	}
	cols = append(cols, strings.Join(col, "\n\n"))
	for i := range cols[:len(cols)-1] {
		cols[i] = lipgloss.NewStyle().PaddingRight(3).Render(cols[i])
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, cols...)
}

// Update scrolls, and closes on ?, esc or q. The help holds the keyboard:
// other keys do nothing while it is open.
func (p *helpPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	s := p.scroll
	switch {
	case key.Matches(k, p.keys.Close):
		return p, closeCmd(p)
	case key.Matches(k, s.Up):
		p.vp.ScrollUp(1)
	case key.Matches(k, s.Down):
		p.vp.ScrollDown(1)
	case key.Matches(k, s.Top):
		p.vp.GotoTop()
	case key.Matches(k, s.Bottom):
		p.vp.GotoBottom()
	case key.Matches(k, s.PageUp):
		p.vp.PageUp()
	case key.Matches(k, s.PageDown):
		p.vp.PageDown()
	case key.Matches(k, s.HalfUp):
		p.vp.HalfPageUp()
	case key.Matches(k, s.HalfDown):
		p.vp.HalfPageDown()
	default:
		return p, nil
	}
	p.draw()
	return p, nil
}

func (p *helpPane) holdsKeyboard() bool { return true }

// View is the help box, width×height cells.
func (p *helpPane) View() string { return p.drawn }

// draw draws the help box as it stands.
func (p *helpPane) draw() {
	st := p.c.styles
	g := st.G
	innerW := max(p.width-st.HelpBox.GetHorizontalFrameSize(), 1)
	innerH := max(p.height-st.HelpBox.GetVerticalFrameSize(), 1)
	var parts []string
	if innerH >= 3 {
		title := st.HelpTitle.Render("Help") + "  " + st.HelpDesc.Render("?, esc or q closes it")
		parts = append(parts, truncate(g, title, innerW))
	}
	parts = append(parts, p.vp.View())
	if total, h := p.vp.TotalLineCount(), p.vp.Height(); total > h && p.chromeLines(innerH) > len(parts)-1 {
		first, last := p.vp.YOffset()+1, min(p.vp.YOffset()+h, total)
		info := fmt.Sprintf("lines %d%s%d of %d%s%s scrolls", first, g.Dash, last, total, g.Dot, glyphKeys(g, "↓↑"))
		info = truncate(g, info, innerW)
		parts = append(parts, strings.Repeat(" ", max(innerW-lipgloss.Width(info), 0))+st.ScrollInfo.Render(info))
	}
	box := st.HelpBox.Width(p.width).Height(p.height).Render(strings.Join(parts, "\n"))
	p.drawn = fitBlock(box, p.width, p.height)
}

// ShortHelp is what the footer offers under the help.
func (p *helpPane) ShortHelp() []key.Binding {
	return []key.Binding{brief(p.scroll.Down, "↓↑", "scroll"), brief(p.keys.Close, "?/esc/q", "close help")}
}

// FullHelp lists the help's own keys.
func (p *helpPane) FullHelp() [][]key.Binding {
	return [][]key.Binding{append([]key.Binding{p.keys.Close}, p.scroll.all()...)}
}

// glyphKeys writes key names in the theme's glyphs: the ascii theme says
// "up" for ↑ and "j/k" for ↓↑.
func glyphKeys(g Glyphs, s string) string {
	if !g.ASCII {
		return s
	}
	return asciiKeyNames.Replace(s)
}

var asciiKeyNames = strings.NewReplacer("↓↑", "j/k", "↑", "up", "↓", "down", "←", "left", "→", "right", "…", "...", "★", "*")
