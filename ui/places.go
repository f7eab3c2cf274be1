package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// Navigation is a stack of places. enter, s and c push one; esc pops
// exactly one, after clearing the filter of the list it is on; a tab
// starts the stack afresh on its own list, which keeps its cursor and
// filter. The breadcrumb is the stack.

// buildTabs makes the tabs' lists: All, each track in page order, then
// Bookmarks.
func (m *Model) buildTabs() {
	m.tabs = nil
	for _, src := range tabSources(m.c) {
		m.tabs = append(m.tabs, newListPane(m.c, src))
	}
	m.sizePanes()
}

// tabOf is the tab whose list ref names, -1 for none.
func (m *Model) tabOf(ref placeRef) int {
	for i, l := range m.tabs {
		if l.src.ref() == ref {
			return i
		}
	}
	return -1
}

// openingTab is the tab the browser opens on, unless a remembered place
// is restored over it: with times, Now while the conference is on, else
// its first day (Timeline.Opening); without, the first tab.
func (m *Model) openingTab() int {
	if !m.c.times.timed {
		return 0
	}
	op := m.c.times.tl.Opening(m.c.now)
	ref := placeRef{Kind: kindNow}
	if !op.Now {
		ref = placeRef{Kind: kindDay, Name: op.Day}
	}
	return max(m.tabOf(ref), 0)
}

// bookmarksTab is the Bookmarks tab's index.
func (m *Model) bookmarksTab() int { return len(m.tabs) - 1 }

// switchTab shows another tab's list, closing what was open over the
// current one.
func (m *Model) switchTab(i int) {
	m.tab = i
	m.stack = []place{{list: m.tabs[i]}}
	if l := m.tabs[i]; !l.placed {
		l.placed = true
		m.openAtNow(l)
	}
}

// push opens a list over the current place.
func (m *Model) push(l *listPane) {
	l.over = true
	in := m.c.lay.list.inner()
	l.SetSize(in.w, in.h)
	m.stack = append(m.stack, place{list: l})
}

// read opens the selected item for reading, its body or its details
// focused.
func (m *Model) read(f itemFocus) {
	if _, ok := m.list().selected(); !ok || m.reading() {
		return
	}
	m.item.focus = f
	m.stack = append(m.stack, place{})
}

// pop leaves the current place.
func (m *Model) pop() {
	if len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
	}
}

// open acts on the selected item: a person or a company opens their
// talks, a talk opens for reading.
func (m *Model) open() tea.Cmd {
	if m.reading() || m.openGridSlot() {
		return nil
	}
	l := m.list()
	item, ok := l.selected()
	if !ok {
		return nil
	}
	if src, ok := l.src.open(item); ok {
		if tab := m.tabOf(src.ref()); tab >= 0 {
			m.switchTab(tab) // a tab's list opens as that tab
			return nil
		}
		m.push(newListPane(m.c, src))
		return nil
	}
	m.read(focusBody)
	return nil
}

// back clears the filter of the list the user is on, else leaves the
// place.
func (m *Model) back() tea.Cmd {
	if l := m.top().list; l != nil && l.filter.active() {
		l.clearFilter()
		return nil
	}
	m.pop()
	return nil
}

// startFilter opens the filter of the current list, leaving the item read
// over it.
func (m *Model) startFilter() tea.Cmd {
	for m.reading() {
		m.pop()
	}
	return m.top().list.openFilter()
}

// openIndex opens the speakers (people is true) or companies index on a
// name: the current one's, after asking which one when there are several.
func (m *Model) openIndex(people bool) tea.Cmd {
	l := m.list()
	kind, title, none := kindCompanies, "Which company?", "No company is named here."
	if people {
		kind, title, none = kindSpeakers, "Which speaker?", "No speaker is named here."
	}
	if l.src.ref().Kind == kind {
		return nil // already there
	}
	names := m.indexNames(people)
	switch len(names) {
	case 0:
		if _, ok := l.selected(); ok {
			return m.setStatus(none, false)
		}
		return m.pushIndex(people, "")
	case 1:
		return m.pushIndex(people, names[0])
	}
	m.chooser = newChooser(m.c, title, names, func(name string) tea.Msg { return indexChosenMsg{people: people, name: name} })
	m.chooser.SetSize(m.c.lay.body.w, m.c.lay.body.h)
	return nil
}

// indexChosenMsg is the name chosen for s or c, when there were several.
type indexChosenMsg struct {
	people bool
	name   string
}

// indexNames are the people or companies of the current item.
func (m *Model) indexNames(people bool) []string {
	l := m.list()
	item, ok := l.selected()
	if !ok {
		return nil
	}
	if people {
		return l.src.people(item)
	}
	return l.src.companies(item)
}

// pushIndex opens an index with the cursor on name.
func (m *Model) pushIndex(people bool, name string) tea.Cmd {
	var src listSource = newCompaniesSource(m.c)
	if people {
		src = newPeopleSource(m.c)
	}
	l := newListPane(m.c, src)
	m.push(l)
	l.selectKey(name)
	return nil
}

// openRooms opens the rooms index, on the selected talk's room when it
// has one.
func (m *Model) openRooms() tea.Cmd {
	return m.openIndexOn(kindRooms, kindRoom, func(s *model.Session) string { return s.Room },
		func(c *common) listSource { return newRoomsSource(c) })
}

// openIndexOn opens an index of rooms or tracks (kind), on the entry of the
// selected talk (of), or on the entry whose list this is (a list of kind
// entry).
func (m *Model) openIndexOn(kind, entry string, of func(*model.Session) string, src func(*common) listSource) tea.Cmd {
	l := m.list()
	if l.src.ref().Kind == kind {
		return nil // already there
	}
	name := ""
	if sess, ok := m.selectedTalk(); ok {
		name = of(sess)
	} else if l.src.ref().Kind == entry {
		name = l.src.ref().Name
	}
	index := newListPane(m.c, src(m.c))
	m.push(index)
	index.selectKey(name)
	return nil
}

// stepMatch goes to the next (or previous) match of the filter: in the
// item's body, then in the next items of the list.
func (m *Model) stepMatch(forward bool) tea.Cmd {
	l := m.list()
	if !l.filter.active() {
		return m.setStatus("No filter: press / to search.", false)
	}
	if m.item.step(forward) {
		return nil
	}
	delta := 1
	if !forward {
		delta = -1
	}
	before := l.cursor
	l.move(delta)
	if l.cursor == before {
		if forward {
			return m.setStatus("No more matches below.", false)
		}
		return m.setStatus("No more matches above.", false)
	}
	cmd := m.refresh()
	m.item.stepInto(forward)
	return cmd
}

// cycleFocus moves the focus through the panes on screen: on a wide
// screen from the list into the item's details and body and back, on a
// narrow one between the details and the body of the item being read.
func (m *Model) cycleFocus(forward bool) {
	order := []itemFocus{focusDetail, focusBody}
	if !forward {
		order = []itemFocus{focusBody, focusDetail}
	}
	switch {
	case !m.reading():
		if m.c.lay.wide {
			m.read(order[0])
		}
	case m.item.focus == order[0]:
		m.item.focus = order[1]
	case m.c.lay.wide:
		m.pop()
	default:
		m.item.focus = order[0]
	}
}

// resplit changes the list's share of a wide screen.
func (m *Model) resplit(delta int) {
	m.split = clampSplit(m.split + delta)
	if m.c.lay.width > 0 {
		m.c.lay = computeLayout(m.c.lay.width, m.c.lay.height, m.split)
		m.sizePanes()
	}
}
