package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// chooserPane asks which one of a few names s or c opens its index on: a
// talk's speakers, a company's people. It holds the keyboard until a name
// is chosen, which sends the message chosen makes of it, or the question
// is cancelled, which closes it.
type chooserPane struct {
	c      *common
	keys   chooserKeys
	title  string
	names  []string
	cursor int
	chosen func(name string) tea.Msg
	w, h   int
}

func newChooser(c *common, title string, names []string, chosen func(string) tea.Msg) *chooserPane {
	return &chooserPane{c: c, keys: defaultChooserKeys(), title: title, names: names, chosen: chosen}
}

// SetSize gives the chooser the body's size; it draws a box within it.
func (p *chooserPane) SetSize(width, height int) { p.w, p.h = width, height }

// Update moves, chooses or cancels.
func (p *chooserPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	switch {
	case key.Matches(k, p.keys.Cancel):
		return p, closeCmd(p)
	case key.Matches(k, p.keys.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(k, p.keys.Down):
		p.cursor = min(p.cursor+1, len(p.names)-1)
	case key.Matches(k, p.keys.Choose):
		return p, p.choose(p.cursor)
	case key.Matches(k, p.keys.Number):
		if n := int(k.String()[0] - '1'); n < len(p.names) {
			return p, p.choose(n)
		}
	}
	return p, nil
}

// choose sends the message for name i.
func (p *chooserPane) choose(i int) tea.Cmd {
	msg := p.chosen(p.names[i])
	return func() tea.Msg { return msg }
}

func (p *chooserPane) holdsKeyboard() bool { return true }

// View draws the question and the names, numbered, in a box centred in
// width×height cells.
func (p *chooserPane) View() string {
	st := p.c.styles
	g := st.G
	room := max(p.w-st.HelpBox.GetHorizontalFrameSize(), 1)
	lines := []string{truncate(g, st.HelpTitle.Render(p.title), room), ""}
	for i, name := range p.names {
		label := "  "
		if i < 9 {
			label = fmt.Sprintf("%d ", i+1)
		}
		text := st.ItemTitle.Render(name)
		bar := " "
		if i == p.cursor {
			text, bar = st.SelectedTitle.Render(name), st.SelectedBar.Render(g.Bar)
		}
		lines = append(lines, truncate(g, bar+" "+st.HelpKey.Render(label)+text, room))
	}
	lines = append(lines, "", truncate(g, st.HelpDesc.Render(glyphKeys(g, "enter or a number chooses, esc cancels")), room))
	box := st.HelpBox.Render(strings.Join(lines, "\n"))
	placed := lipgloss.Place(p.w, p.h, lipgloss.Center, lipgloss.Center, fitBlock(box, p.w, p.h))
	return fitBlock(placed, p.w, p.h)
}

// ShortHelp is what the footer offers while choosing.
func (p *chooserPane) ShortHelp() []key.Binding {
	return []key.Binding{brief(p.keys.Down, "↓↑", "move"), p.keys.Choose, p.keys.Number, p.keys.Cancel}
}

// FullHelp lists the chooser's keys.
func (p *chooserPane) FullHelp() [][]key.Binding {
	return [][]key.Binding{{p.keys.Up, p.keys.Down, p.keys.Choose, p.keys.Number, p.keys.Cancel}}
}
