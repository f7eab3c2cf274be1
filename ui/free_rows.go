package ui

import tea "charm.land/bubbletea/v2"

// A free window of the agenda is a row, not a talk: J and K pass over it,
// and what acts on a talk says there is none there.

// stepItem moves the current list's cursor to the next (delta 1) or
// previous (-1) row that can be read, as J and K do while reading: a free
// window is passed over, and where none is left the cursor stays.
func (m *Model) stepItem(delta int) {
	l := m.list()
	for i := l.cursor + delta; i >= 0 && i < l.count(); i += delta {
		if l.selectable(i) && l.kindAt(i) != rowFree {
			l.moveTo(i)
			return
		}
	}
}

// noTalkHere says why an action on a talk finds none: on a free window,
// that it is not a talk; elsewhere, select, which asks for one.
func (m *Model) noTalkHere(ask string) tea.Cmd {
	l := m.list()
	if item, ok := l.selected(); ok && kindOf(l.src, item) == rowFree {
		return m.setStatus("No talk here: this is free time. enter lists the talks on then.", false)
	}
	return m.setStatus(ask, false)
}
