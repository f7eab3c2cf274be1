package ui

import (
	"slices"

	"github.com/summit-tui/summit-tui/model"

	tea "charm.land/bubbletea/v2"
)

// swapSchedule shows another version of the schedule in the place the
// user is: the stack, each tab's selection and filter, a filter being
// typed, a talk being read and the Changes view, as far as the new
// version still has them.
func (m *Model) swapSchedule(idx *model.Index, tl *model.Timeline) tea.Cmd {
	// The Changes view is the run's own pane, not a list the place can
	// name: it leaves the stack for the swap and comes back after.
	var changesAt = -1
	reading := false
	if p := m.live.pane; p != nil {
		if i := slices.IndexFunc(m.stack, func(pl place) bool { return pl.list == p.listPane }); i > 0 {
			changesAt, reading = i, m.reading() && i == len(m.stack)-2
			m.stack = m.stack[:i]
		}
	}
	p := m.currentPlace()
	type tabPlace struct{ selected, filter string }
	others := map[placeRef]tabPlace{}
	for i, l := range m.tabs {
		if i != m.tab && (l.cursor > 0 || l.filter.query() != "") { // a new list starts at its top
			others[l.src.ref()] = tabPlace{l.selectedKey(), l.filter.query()}
		}
	}
	editing := m.top().list != nil && m.top().list.filter.editing
	tab := m.tab

	m.c.setSchedule(idx, tl, m.cfg.zone())
	m.c.keys.fitSchedule(m.c)
	m.c.changes.version++ // the rows of the Changes view name other talks now
	m.buildTabs()
	m.switchTab(min(tab, len(m.tabs)-1))
	cmds := []tea.Cmd{m.restorePlace(p), m.prepareIndex()}
	for i, l := range m.tabs {
		if o, ok := others[l.src.ref()]; ok && i != m.tab {
			l.selectKey(o.selected)
			if o.filter != "" {
				l.filter.set(o.filter)
				cmds = append(cmds, l.refilter(true))
			}
		}
	}
	if l := m.top().list; editing && l != nil {
		cmds = append(cmds, l.openFilter())
	}
	if changesAt > 0 {
		for m.reading() {
			m.pop()
		}
		m.push(m.live.pane.listPane)
		if reading {
			m.read(m.item.focus)
		}
	}
	return tea.Batch(cmds...)
}

// forgetChanged drops the renderings of the abstracts that differ between
// two versions, so the new text is rendered.
func (c *renderCache) forgetChanged(old, new *model.Snapshot) {
	if old == nil || new == nil {
		return
	}
	was := make(map[string]string, len(old.Sessions))
	for _, s := range old.Sessions {
		was[s.ID] = s.Abstract
	}
	gone := map[string]bool{}
	for _, s := range new.Sessions {
		if a, ok := was[s.ID]; ok && a != s.Abstract {
			gone[s.ID] = true
		}
	}
	if len(gone) == 0 {
		return
	}
	kept := c.order[:0]
	for _, k := range c.order {
		if gone[k.id] {
			c.bytes -= len(c.done[k])
			delete(c.done, k)
			continue
		}
		kept = append(kept, k)
	}
	c.order = kept
	for k := range c.inFlight {
		if gone[k.id] {
			if c.stale == nil {
				c.stale = map[renderKey]bool{}
			}
			c.stale[k] = true // its old text is not kept when it comes
		}
	}
}
