package ui

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// While the browser runs, the schedule is read again (Config.Live): on a
// timer for a URL, when its file changes, and on R. Reading, parsing,
// comparing with the version last seen and indexing all run in a tea.Cmd
// on data of their own; the result is swapped in whole, in the place the
// user is, and a key is never kept waiting. A failed read keeps what is
// shown and says so.

// Live is what keeps the schedule current. The zero value keeps the
// schedule as it was opened.
type Live struct {
	// Refresh reads the schedule again: from its URL, with a conditional
	// request, or from its file. It runs outside the UI goroutine, one
	// call at a time.
	Refresh func() (Version, error)
	// Every is how often Refresh runs: RefreshByPolicy follows the
	// conference's days (model.RefreshDelay), RefreshOff never, and a
	// positive duration is that often (--refresh-every). R refreshes
	// whatever it is.
	Every time.Duration
	// Changed receives whenever the schedule's file may have changed: a
	// refresh follows. Nil for a URL.
	Changed <-chan struct{}
	// ReadSeen reads the version of this schedule last seen (nil and no
	// error when none is kept yet); SaveSeen keeps one, when everything
	// has been marked seen. Both run outside the UI goroutine.
	ReadSeen func() (*model.Snapshot, error)
	SaveSeen func(model.Snapshot) error
	// Since is when the version shown was last found current: fetched,
	// confirmed by its server or read. Zero: when the browser started.
	Since time.Time
}

// Version is the schedule as Refresh found it.
type Version struct {
	// Changed reports a version other than the one shown, in Schedule
	// (finished and sanitised). Otherwise Schedule is empty.
	Changed  bool
	Schedule model.Schedule
	// Prepared, when set, is the new version already indexed and shared
	// (Prepare): Schedule is then ignored and the browser does not index
	// it again.
	Prepared *Prepared
	// At is when the server, or the file, was found to hold it.
	At time.Time
}

// The settings of Live.Every other than a duration.
const (
	RefreshByPolicy time.Duration = 0
	RefreshOff      time.Duration = -1
)

// liveState is where the browser stands with the schedule's versions.
type liveState struct {
	started bool
	// seen is the version last seen; shown the one on screen, with the
	// talks kept for their bookmarks. Both are nil until the first
	// comparison is done, and never changed once made: commands read them.
	seen, shown *model.Snapshot
	gen         int // counts changes of seen
	since       time.Time

	running   bool // a refresh is under way
	comparing bool // the comparison with the version last seen is under way
	again     bool // another was asked for meanwhile
	asked     bool // R asked for the one under way: say how it went
	tick      int  // numbers the timers, so an old one does nothing

	failSeq int // the status line's seq of the word on a failed refresh

	// pane is the Changes view (C): one for the run, which keeps its
	// place between visits.
	pane *changesPane
	// prepared is the shared schedule shown, when it is one (prepared.go).
	prepared *Prepared
}

// liveMsg is a message of the refresh, handled by updateLive.
type liveMsg interface{ live() }

// liveStartedMsg brings the comparison of the version opened with the
// one last seen; idx and tl are set when talks were kept for their
// bookmarks, and are then the schedule to show.
type liveStartedMsg struct {
	seen, shown *model.Snapshot
	changes     model.Changes
	idx         *model.Index
	tl          *model.Timeline
	err         error
}

// liveTickMsg: a timed refresh is due.
type liveTickMsg struct{ seq int }

// liveFileMsg: the schedule's file may have changed.
type liveFileMsg struct{}

// liveRefreshedMsg brings a refresh's outcome.
type liveRefreshedMsg struct {
	err     error
	at      time.Time
	changed bool
	// For a new version: the snapshot of what is shown, the changes since
	// seen (as of gen), and the schedule indexed.
	shown   *model.Snapshot
	changes model.Changes
	gen     int
	idx     *model.Index
	tl      *model.Timeline
	// prepared is the shared version idx is, if it is one.
	prepared *Prepared
}

// liveIdleMsg comes when the user may have paused: time to compare with
// the version last seen (compareWhenIdle).
type liveIdleMsg struct{}

// markSeenMsg asks to mark every change as seen (the Changes view's a).
type markSeenMsg struct{}

// liveSeenSavedMsg reports keeping the version seen.
type liveSeenSavedMsg struct{ err error }

func (liveStartedMsg) live()   {}
func (liveIdleMsg) live()      {}
func (liveTickMsg) live()      {}
func (liveFileMsg) live()      {}
func (liveRefreshedMsg) live() {}
func (markSeenMsg) live()      {}
func (liveSeenSavedMsg) live() {}

// liveOn reports a schedule kept current, or compared with what was seen.
func (m *Model) liveOn() bool {
	return m.cfg.Live.Refresh != nil || m.cfg.Live.ReadSeen != nil
}

// fitLive enables R and C where they act.
func (m *Model) fitLive() {
	m.c.keys.global.Refresh.SetEnabled(m.cfg.Live.Refresh != nil)
	m.c.keys.global.Changes.SetEnabled(m.liveOn())
	m.c.keys.changes.MarkSeen.SetEnabled(m.liveOn())
}

// startLive compares the schedule with the version last seen, watches its
// file and sets the first timer, once the whole schedule is shown.
func (m *Model) startLive() tea.Cmd {
	if m.live.started || !m.liveOn() || m.loading != loadNone {
		return nil
	}
	m.live.started = true
	m.live.failSeq = -1
	m.live.since = m.cfg.Live.Since
	if m.live.since.IsZero() {
		m.live.since = m.now()
	}
	m.live.pane = newChangesPane(m.c)
	// The whole schedule has just been shown: the user is likely to start
	// on it now, so the comparison waits as it would after a key.
	m.lastInput = m.now()
	return tea.Batch(m.compareWhenIdle(), m.watchScheduleFile(), m.scheduleRefresh())
}

// liveIdle is how long the keys must have been still before the schedule
// is compared with the version last seen: the comparison is not urgent,
// and a large schedule's would compete with typing for the processor.
const liveIdle = time.Second

// compareWhenIdle compares with the version last seen once no key has
// been pressed for liveIdle.
func (m *Model) compareWhenIdle() tea.Cmd {
	if wait := liveIdle - m.now().Sub(m.lastInput); wait > 0 {
		return m.after(wait, liveIdleMsg{})
	}
	return m.compareWithSeen()
}

// compareWithSeen reads the version last seen and compares the one shown
// with it. Without one, the version shown becomes the one seen: nothing
// reads as changed on a first start.
func (m *Model) compareWithSeen() tea.Cmd {
	sched := m.c.idx.Schedule()
	read, save := m.cfg.Live.ReadSeen, m.cfg.Live.SaveSeen
	keep := m.c.marks.set()
	m.live.comparing = true
	snapshot := func() model.Snapshot { return model.SnapshotOf(sched) }
	if p := m.live.prepared; p != nil && p.idx == m.c.idx {
		snapshot = p.snap // taken once for every session
	}
	return func() tea.Msg {
		snap := snapshot()
		var seen *model.Snapshot
		var err error
		if read != nil {
			seen, err = read()
		}
		if seen == nil {
			if err == nil && save != nil {
				err = save(snap)
			}
			return liveStartedMsg{seen: &snap, shown: &snap, err: err}
		}
		changes := model.Compare(*seen, snap)
		s := *sched
		// Clipped, a talk kept is appended to a copy: the schedule may be
		// shared with other sessions.
		s.Sessions = slices.Clip(sched.Sessions)
		model.KeepGone(&s, changes, keep.Has)
		model.KeepSeen(&s, *seen, keep.Has)
		msg := liveStartedMsg{seen: seen, shown: &snap, changes: changes}
		if len(s.Sessions) != len(sched.Sessions) {
			shown := model.SnapshotOf(&s)
			msg.shown = &shown
			msg.idx = model.NewIndex(&s)
			msg.idx.Prepare()
			msg.tl = model.NewTimeline(msg.idx.Schedule())
		}
		return msg
	}
}

// updateLive handles the refresh's messages.
func (m *Model) updateLive(msg liveMsg) tea.Cmd {
	switch msg := msg.(type) {
	case liveStartedMsg:
		return m.liveStarted(msg)
	case liveIdleMsg:
		return m.compareWhenIdle()
	case liveTickMsg:
		if msg.seq != m.live.tick {
			return nil
		}
		return m.refreshLive()
	case liveFileMsg:
		return tea.Batch(m.watchScheduleFile(), m.refreshLive())
	case liveRefreshedMsg:
		return m.liveRefreshed(msg)
	case markSeenMsg:
		return m.markSeen()
	case liveSeenSavedMsg:
		if msg.err != nil {
			return m.setStatus("Changes marked seen, but not kept for next time: "+msg.err.Error(), true)
		}
	}
	return nil
}

func (m *Model) liveStarted(msg liveStartedMsg) tea.Cmd {
	m.live.comparing = false
	m.live.seen, m.live.shown = msg.seen, msg.shown
	var cmds []tea.Cmd
	if msg.idx != nil {
		cmds = append(cmds, m.swapSchedule(msg.idx, msg.tl))
	}
	cmds = append(cmds, m.showChanges(msg.changes))
	if msg.err != nil {
		cmds = append(cmds, m.setStatus("What you last saw of this schedule is not known: "+msg.err.Error(), true))
	}
	if m.live.again {
		m.live.again = false
		cmds = append(cmds, m.refreshLive())
	}
	return tea.Batch(cmds...)
}

// refreshEvery is how long until the next timed refresh; 0: none.
func (m *Model) refreshEvery() time.Duration {
	lv := m.cfg.Live
	switch {
	case lv.Refresh == nil || lv.Every == RefreshOff:
		return 0
	case lv.Every > 0:
		return lv.Every
	case m.c.times.timed:
		return model.RefreshDelay(m.c.times.tl, m.now())
	}
	return 0
}

// scheduleRefresh sets the timer of the next refresh, if one is due.
func (m *Model) scheduleRefresh() tea.Cmd {
	d := m.refreshEvery()
	if d <= 0 {
		return nil
	}
	m.live.tick++
	return m.after(d, liveTickMsg{seq: m.live.tick})
}

// watchScheduleFile waits for the next change of the schedule's file.
func (m *Model) watchScheduleFile() tea.Cmd {
	ch := m.cfg.Live.Changed
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		if _, ok := <-ch; !ok {
			return nil
		}
		return liveFileMsg{}
	}
}

// askRefresh is R: refresh now.
func (m *Model) askRefresh() tea.Cmd {
	if m.cfg.Live.Refresh == nil {
		return nil
	}
	m.live.asked = true
	return tea.Batch(m.setStatus("Reading the schedule again"+m.c.styles.G.Ellipsis, false), m.refreshLive())
}

// refreshLive reads the schedule again, unless a refresh is under way
// (then another follows it) or the version seen is not known yet.
func (m *Model) refreshLive() tea.Cmd {
	refresh := m.cfg.Live.Refresh
	if refresh == nil {
		return nil
	}
	if m.live.running || m.live.seen == nil {
		m.live.again = true
		return nil
	}
	m.live.running = true
	seen, gen, keep := m.live.seen, m.live.gen, m.c.marks.set()
	return func() tea.Msg {
		v, err := refresh()
		if err != nil {
			return liveRefreshedMsg{err: err}
		}
		if !v.Changed {
			return liveRefreshedMsg{at: v.At}
		}
		return newVersion(v, seen, gen, keep)
	}
}

// newVersion compares a new version with the one seen, keeps the
// bookmarked talks gone from it, and indexes it.
func newVersion(v Version, seen *model.Snapshot, gen int, keep model.BookmarkSet) liveRefreshedMsg {
	s := v.Schedule
	var snap model.Snapshot
	if p := v.Prepared; p != nil {
		s = *p.Schedule()
		// Clipped, a talk kept is appended to a copy: the prepared
		// schedule is shared.
		s.Sessions = slices.Clip(s.Sessions)
		snap = p.snap()
	} else {
		snap = model.SnapshotOf(&s)
	}
	changes := model.Compare(*seen, snap)
	model.KeepGone(&s, changes, keep.Has)
	model.KeepSeen(&s, *seen, keep.Has)
	msg := liveRefreshedMsg{at: v.At, changed: true, changes: changes, gen: gen}
	if p := v.Prepared; p != nil && len(s.Sessions) == len(snap.Sessions) {
		msg.shown, msg.idx, msg.tl, msg.prepared = &snap, p.idx, p.tl, p
		return msg
	}
	if len(s.Sessions) != len(snap.Sessions) {
		snap = model.SnapshotOf(&s)
	}
	msg.shown = &snap
	msg.idx = model.NewIndex(&s)
	msg.idx.Prepare()
	msg.tl = model.NewTimeline(msg.idx.Schedule())
	return msg
}

// liveRefreshed swaps a new version in, or says why there is none.
func (m *Model) liveRefreshed(msg liveRefreshedMsg) tea.Cmd {
	m.live.running = false
	asked := m.live.asked
	m.live.asked = false
	cmds := []tea.Cmd{m.scheduleRefresh()}
	if m.live.again {
		m.live.again = false
		cmds = append(cmds, m.refreshLive())
	}
	switch {
	case msg.err != nil:
		cmds = append(cmds, m.setStatus(m.offlineText(msg.err), true))
		m.live.failSeq = m.status.seq
		return tea.Batch(cmds...)
	case m.status.seq == m.live.failSeq && m.status.isError:
		m.status.text = "" // the copy shown is current again
	}
	m.live.since = msg.at
	if !msg.changed {
		if asked {
			cmds = append(cmds, m.setStatus("The schedule has not changed.", false))
		}
		return tea.Batch(cmds...)
	}
	changes := msg.changes
	if msg.gen != m.live.gen { // marked seen meanwhile: compare with that
		changes = model.Compare(*m.live.seen, *msg.shown)
	}
	m.renders.forgetChanged(m.live.shown, msg.shown)
	m.live.shown = msg.shown
	m.live.prepared = msg.prepared
	return tea.Batch(append(cmds, m.swapSchedule(msg.idx, msg.tl), m.showChanges(changes))...)
}

// showChanges makes changes the ones since seen: the rows' marks and the
// Changes view follow. A change of them is news for the status line.
func (m *Model) showChanges(changes model.Changes) tea.Cmd {
	before := m.c.changes.summary
	m.c.changes.set(changes, m.c.marks.set(), m.c.styles.G.Dot)
	if s := m.c.changes.summary; s != "" && s != before {
		m.setStatusUntilMoved("Schedule updated: " + s)
	}
	return nil
}

// markSeen marks every change as seen: the version shown becomes the one
// seen, here and, through SaveSeen, in the next run.
func (m *Model) markSeen() tea.Cmd {
	if m.live.shown == nil || m.c.changes.list.Empty() {
		return m.setStatus("Nothing changed since you last looked.", false)
	}
	m.live.seen = m.live.shown
	m.live.gen++
	m.c.changes.set(model.Changes{}, m.c.marks.set(), m.c.styles.G.Dot)
	status := m.setStatus("Every change marked as seen.", false)
	save, snap := m.cfg.Live.SaveSeen, *m.live.shown
	if save == nil {
		return status
	}
	return tea.Batch(status, func() tea.Msg { return liveSeenSavedMsg{err: save(snap)} })
}

// offlineText says a refresh failed and how old the copy shown is:
// "offline: showing the copy from 14:05 (connection refused)".
func (m *Model) offlineText(err error) string {
	since := m.live.since.In(m.cfg.zone())
	now := m.now().In(m.cfg.zone())
	at := since.Format("15:04")
	if since.YearDay() != now.YearDay() || since.Year() != now.Year() {
		at = since.Format("Mon 2 Jan 15:04")
	}
	what := "offline"
	if m.cfg.Live.Changed != nil {
		what = "not read again"
	}
	return what + ": showing the copy from " + at + " (" + err.Error() + ")"
}
