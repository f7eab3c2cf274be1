package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// A large page opens on a preview, its first few hundred talks, while the
// whole page is parsed in a tea.Cmd (Config.FullSchedule). When it arrives
// the browser swaps it in and keeps the user's place: the stack, each
// list's selected item (ids are the same in both) and filter.

// loadPhase is where loading the whole page is.
type loadPhase int

const (
	loadNone    loadPhase = iota // the page is whole
	loadWaiting                  // a preview is shown; the whole page is not asked for yet
	loadRunning                  // the whole page is being read and parsed
)

// startLoadingMsg starts reading and parsing the whole page.
type startLoadingMsg struct{}

// startLoading waits one frame after the first size is known before it
// starts the whole page: the first frame, drawn from the preview, goes out
// first instead of sharing the machine with a parse of megabytes.
func (m *Model) startLoading() tea.Cmd {
	if m.loading != loadWaiting || m.c.lay.width == 0 {
		return nil
	}
	m.loading = loadRunning
	return m.after(time.Second/framesPerSecond, startLoadingMsg{})
}

// scheduleLoadedMsg brings the whole page, already indexed.
type scheduleLoadedMsg struct {
	idx *model.Index
	tl  *model.Timeline
	err error
}

// loadFull parses the whole page in the background.
func loadFull(load func() (model.Schedule, error)) tea.Cmd {
	return func() tea.Msg {
		s, err := load()
		if err != nil {
			return scheduleLoadedMsg{err: err}
		}
		idx := model.NewIndex(&s)
		return scheduleLoadedMsg{idx: idx, tl: model.NewTimeline(idx.Schedule())}
	}
}

// loaded swaps the whole page in for the preview, in the place the user
// is (or, if they have not moved yet, the one remembered from last time).
func (m *Model) loaded(msg scheduleLoadedMsg) tea.Cmd {
	m.loading = loadNone
	if msg.err != nil {
		return m.setStatus("Only the start of the page is shown: "+msg.err.Error(), true)
	}
	p := m.currentPlace()
	if m.restore != nil && !m.touched {
		p = *m.restore
	}
	m.restore = nil
	editing := m.top().list != nil && m.top().list.filter.editing
	m.c.setSchedule(msg.idx, msg.tl, m.cfg.zone())
	m.c.keys.fitSchedule(m.c)
	m.buildTabs()
	m.switchTab(0)
	cmds := []tea.Cmd{m.restorePlace(p), m.prepareIndex(), m.startLive()}
	if l := m.top().list; editing && l != nil {
		cmds = append(cmds, l.openFilter())
	}
	return tea.Batch(cmds...)
}

// prepareIndex builds the search index in the background, so the first
// filter keystroke does not wait for it.
func (m *Model) prepareIndex() tea.Cmd {
	idx := m.c.idx
	return func() tea.Msg {
		idx.Prepare()
		return nil
	}
}
