package ui

import (
	"cmp"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// The filter narrows the current list as the user types. Each keystroke
// starts a search in a tea.Cmd; results carry the request's number and
// only the latest one is shown, so a slow, stale search can never replace
// a newer one. A query that extends the last one searches only its
// matches.

// filterResultMsg brings a search's matches back to Update.
type filterResultMsg struct {
	view  *listView
	gen   int
	query model.Query
	rows  []row
}

// startFilter opens the filter on the current list.
func (m *Model) startFilter() tea.Cmd {
	v := m.view()
	m.editingFilter = true
	m.talkOpen = false
	m.focus = paneList
	m.filterInput.SetValue(v.filter.query)
	m.filterInput.CursorEnd()
	return m.filterInput.Focus()
}

// filterKey handles a key while the filter is being typed.
func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	v := m.view()
	n := m.visibleItems()
	switch {
	case key.Matches(msg, m.fkeys.Quit):
		return m.quit()
	case key.Matches(msg, m.fkeys.Cancel):
		return m.clearFilter(v)
	case key.Matches(msg, m.fkeys.Accept):
		m.editingFilter = false
		m.filterInput.Blur()
		if v.filter.query == "" {
			return m.clearFilter(v)
		}
		return nil
	case key.Matches(msg, m.fkeys.Up):
		v.move(-1, n)
	case key.Matches(msg, m.fkeys.Down):
		v.move(1, n)
	case key.Matches(msg, m.fkeys.PageUp):
		v.move(-max(n, 1), n)
	case key.Matches(msg, m.fkeys.PageDn):
		v.move(max(n, 1), n)
	default:
		var cmd tea.Cmd
		m.filterInput, cmd = m.filterInput.Update(msg)
		if q := m.filterInput.Value(); q != v.filter.query {
			v.filter.query = q
			return tea.Batch(cmd, m.runFilter(v))
		}
		return cmd
	}
	return m.syncPanes()
}

// clearFilter shows the whole list again, keeping the selected item.
func (m *Model) clearFilter(v *listView) tea.Cmd {
	m.editingFilter = false
	m.filterInput.Blur()
	m.filterInput.SetValue("")
	keep, ok := v.selected()
	v.filter.query = ""
	v.filter.gen++ // searches still running are now stale
	v.filter.pending = false
	v.setItems(v.all)
	if ok {
		v.selectItem(keep, m.visibleItems())
	}
	return m.syncPanes()
}

// runFilter starts a search of v for its current query.
func (m *Model) runFilter(v *listView) tea.Cmd {
	q := model.ParseQuery(v.filter.query)
	v.filter.gen++
	if q.Empty() {
		v.filter.pending = false
		keep, ok := v.selected()
		v.setItems(v.all)
		if ok {
			v.selectItem(keep, m.visibleItems())
		}
		return m.syncPanes()
	}
	candidates := v.all
	if !v.filter.applied.Empty() && q.Narrows(v.filter.applied) {
		candidates = make([]int, len(v.rows))
		for i, r := range v.rows {
			candidates[i] = r.index
		}
	}
	v.filter.pending = true
	gen, kind, idx := v.filter.gen, v.kind, m.idx
	return func() tea.Msg {
		return filterResultMsg{view: v, gen: gen, query: q, rows: search(idx, kind, candidates, q)}
	}
}

// filterResult shows a search's matches, unless a newer search was started
// since.
func (m *Model) filterResult(msg filterResultMsg) tea.Cmd {
	v := msg.view
	if msg.gen != v.filter.gen {
		return nil
	}
	keep, ok := v.selected()
	v.rows = msg.rows
	v.filter.applied = msg.query
	v.filter.pending = false
	v.cursor, v.offset = 0, 0
	if ok && !v.selectItem(keep, m.visibleItems()) {
		v.clamp(m.visibleItems())
	}
	return m.syncPanes()
}

// search matches a query against a list's items. It runs outside the UI
// goroutine and reads only the index, which is safe for concurrent use.
func search(idx *model.Index, kind viewKind, candidates []int, q model.Query) []row {
	switch kind {
	case peopleView:
		people := idx.People()
		return searchText(candidates, q, func(i int) (string, string) { return people[i].Name, people[i].Company })
	case companiesView:
		companies := idx.Companies()
		return searchText(candidates, q, func(i int) (string, string) { return companies[i].Name, "" })
	}
	matches := idx.SearchSessions(candidates, q)
	rows := make([]row, len(matches))
	for i, mt := range matches {
		rows[i] = row{index: mt.Session, titleHits: mt.TitleHits, descHits: mt.SpeakerHits}
	}
	return rows
}

// searchText matches the query against each item's name, then its second
// line, best matches first.
func searchText(candidates []int, q model.Query, texts func(int) (string, string)) []row {
	type scored struct {
		row
		score int
	}
	var out []scored
	for _, i := range candidates {
		name, desc := texts(i)
		if mt, ok := model.MatchText(name, q); ok {
			out = append(out, scored{row{index: i, titleHits: mt.Hits}, mt.Score * 2})
		} else if mt, ok := model.MatchText(desc, q); ok && desc != "" {
			out = append(out, scored{row{index: i, descHits: mt.Hits}, mt.Score})
		}
	}
	slices.SortStableFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.index, b.index))
	})
	rows := make([]row, len(out))
	for i, s := range out {
		rows[i] = s.row
	}
	return rows
}
