package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// changesPane is the Changes view (C): the list of what changed since the
// version last seen, where enter reads a talk as in any list, and a marks
// every change as seen. Until then every list marks the changed rows.
type changesPane struct {
	*listPane
	keys changesKeys
}

// changesKeys are the Changes view's own keys.
type changesKeys struct {
	MarkSeen key.Binding
}

func defaultChangesKeys() changesKeys {
	return changesKeys{
		MarkSeen: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "mark every change as seen (in the changes)")),
	}
}

func newChangesPane(c *common) *changesPane {
	return &changesPane{listPane: newListPane(c, newChangesSource(c)), keys: c.keys.changes}
}

// Update marks everything seen on a; the list takes the rest.
func (p *changesPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && !p.filter.editing && key.Matches(k, p.keys.MarkSeen) {
		return p, func() tea.Msg { return markSeenMsg{} }
	}
	_, cmd := p.listPane.Update(msg)
	return p, cmd
}

// ShortHelp is the list's, with a after the moves.
func (p *changesPane) ShortHelp() []key.Binding {
	h := p.listPane.ShortHelp()
	if p.filter.editing || len(h) == 0 {
		return h
	}
	seen := when(!p.c.changes.list.Empty(), brief(p.keys.MarkSeen, "a", "all seen"))
	return append([]key.Binding{h[0], seen}, h[1:]...)
}

// FullHelp is the list's keys and a.
func (p *changesPane) FullHelp() [][]key.Binding {
	h := p.listPane.FullHelp()
	if p.filter.editing {
		return h
	}
	return append(h, []key.Binding{p.keys.MarkSeen})
}

// openChanges is C: the Changes view, over the place the user is, or back
// to it when it is open below.
func (m *Model) openChanges() tea.Cmd {
	p := m.live.pane
	if p == nil {
		return nil
	}
	if i := slices.IndexFunc(m.stack, func(pl place) bool { return pl.list == p.listPane }); i >= 0 {
		m.stack = m.stack[:i+1]
		return nil
	}
	for m.reading() {
		m.pop()
	}
	m.push(p.listPane)
	if p.count() > 0 && (!p.selectable(p.cursor) || p.cursor == 0) { // empty: nothing changed
		p.moveTo(0)
	}
	return nil
}
