package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// A large page opens on a preview, its first few hundred talks, while the
// whole page is parsed in a tea.Cmd (Config.FullSchedule). When it arrives
// the browser swaps it in and keeps the user's place: the tab, the selected
// talk (ids are the same in both) and the filter.

// startLoadingMsg starts reading and parsing the whole page.
type startLoadingMsg struct{}

// startLoading waits one frame after the first size is known before it
// starts the whole page: the first frame, drawn from the preview, goes out
// first instead of sharing the machine with a parse of megabytes.
func (m *Model) startLoading() tea.Cmd {
	if !m.loading || m.loadStarted {
		return nil
	}
	m.loadStarted = true
	return tea.Tick(time.Second/framesPerSecond, func(time.Time) tea.Msg { return startLoadingMsg{} })
}

// scheduleLoadedMsg brings the whole page, already indexed.
type scheduleLoadedMsg struct {
	idx *model.Index
	err error
}

// loadFull parses the whole page in the background.
func loadFull(load func() (model.Schedule, error)) tea.Cmd {
	return func() tea.Msg {
		s, err := load()
		if err != nil {
			return scheduleLoadedMsg{err: err}
		}
		return scheduleLoadedMsg{idx: model.NewIndex(&s)}
	}
}

// loaded swaps the whole page in for the preview.
func (m *Model) loaded(msg scheduleLoadedMsg) tea.Cmd {
	m.loading = false
	if msg.err != nil {
		return m.setStatus("Only the start of the page is shown: "+msg.err.Error(), true)
	}
	tabName := m.tabs[m.tab].name
	v := m.view()
	selectedID := ""
	if _, sess, ok := m.selectedSession(); ok {
		selectedID = sess.ID
	}
	query, editing := v.filter.query, m.editingFilter

	m.idx = msg.idx
	m.buildTabs()
	m.stack = nil
	m.tab = 0
	for i, t := range m.tabs {
		if t.name == tabName {
			m.tab = i
		}
	}
	v = m.view()
	if i, ok := m.idx.ByID(selectedID); ok {
		v.selectItem(i, m.visibleItems())
	}
	var filter tea.Cmd
	if query != "" {
		v.filter.query = query
		m.editingFilter = editing
		filter = m.runFilter(v)
	}
	m.shown = shownItem{}
	return tea.Batch(filter, m.syncPanes(), m.prepareIndex())
}

// prepareIndex builds the search index in the background, so the first
// filter keystroke does not wait for it (at 10,000 talks, ~40 ms).
func (m *Model) prepareIndex() tea.Cmd {
	idx := m.idx
	return func() tea.Msg {
		idx.Prepare()
		return nil
	}
}
