// Package ui is summit-tui's interactive browser, a Bubble Tea program. A
// root model owns the stack of places (a tab's list, the lists opened over
// it, a talk being read), the overlays and the global keys; the panes (a
// list and its filter, the item pane, the grid, the help, the chooser, the
// window prompt) keep one contract (pane), own their state and keys, and
// keys go to the pane in front first (front). Each kind of list is a
// source (source_*.go). The screen is laid out by layout and drawn with
// one set of Styles.
package ui

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// Model is the browser's root model.
type Model struct {
	cfg   Config
	c     *common
	split int  // the list's share of a wide screen, in per cent
	fixed bool // the theme was chosen (flag, NO_COLOR): ignore the terminal's colours
	// holding keeps the first frame back until the terminal says whether
	// its background is light, for at most holdFirstFrame.
	holding bool

	tabs  []*listPane // each tab's own list, kept while other tabs are shown
	tab   int
	stack []place // stack[0] is the current tab's list

	item *itemPane
	// The overlays, while they are open: the help, the chooser of s and
	// c, and w's question.
	help    *helpPane
	chooser *chooserPane
	prompt  *windowPrompt
	renders *renderCache
	// grids are the days' timetable grids, by date, made on first use;
	// gridPrefs their settings, shared by every day.
	grids     map[string]*gridPane
	gridPrefs *gridPrefs

	status   statusLine
	remind   reminders
	file     bookmarkFile
	loading  loadPhase
	quitting quitState
	live     liveState  // the schedule kept current (live.go)
	saved    savedState // the state file as read, other pages' places included
	restore  *savedPlace
	touched  bool // a key was pressed: a late restore would move the user
	opening  bool // O's choice is being opened (schedules.go)
	// lastInput is when a key was last pressed or the mouse used.
	lastInput time.Time
	initCmds  []tea.Cmd

	now   func() time.Time
	after func(time.Duration, tea.Msg) tea.Cmd

	// pending, while the schedule is on its way, is all there is
	// (pending.go).
	pending *pendingPane
}

// place is one entry of the stack of places: a list, or (list nil) the
// item selected in the list below it, being read.
type place struct {
	list *listPane
}

// holdFirstFrame bounds the wait for the terminal's background colour
// before the first frame.
const holdFirstFrame = 50 * time.Millisecond

func newModel(cfg Config) *Model {
	if cfg.Pending != nil {
		return newPendingModel(cfg)
	}
	m := &Model{}
	m.setUp(cfg)
	return m
}

// setUp makes m the browser of cfg's schedule.
func (m *Model) setUp(cfg Config) {
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	*m = Model{
		cfg:       cfg,
		split:     defaultSplit,
		renders:   newRenderCache(cfg.Renders),
		gridPrefs: newGridPrefs(),
		now:       now,
		after:     afterUntil(cfg.Done),
	}
	th, fixed := resolveTheme(cfg.Theme, cfg.Env)
	m.fixed, m.holding = fixed, !fixed && cfg.Background == BackgroundNotAsked
	if !fixed && cfg.Background == BackgroundLight {
		th = theme{dark: false}
	}
	m.c = &common{keys: defaultKeyMaps()}
	idx, tl := m.index(cfg)
	m.c.setSchedule(idx, tl, cfg.zone())
	m.c.keys.fitSchedule(m.c)
	m.c.keys.global.Schedules.SetEnabled(cfg.Elsewhere != nil && cfg.OpenSchedule != nil)
	m.fitLive()
	m.c.setTheme(th)
	m.c.marks = newMarks(cfg.Bookmarks)
	m.c.marks.inMemory = cfg.SaveBookmarks == nil
	m.item = newItemPane(m.c, m.reading)
	if cfg.FullSchedule != nil {
		m.loading = loadWaiting
	}
	m.c.setNow(now())
	m.remind = newReminders(cfg)
	m.buildTabs()
	m.switchTab(m.openingTab())
	m.loadState()
	if cfg.Notice != "" {
		m.status = statusLine{text: statusText(cfg.Notice), isError: true}
	}
}

// Init asks the terminal for its background colour, unless the theme is
// fixed, starts the filters of a restored place, listens for other
// windows' bookmarks and builds the search index in the background once
// the first frame is out. (With a preview, the whole page is loaded once
// the first frame is out: see resize.)
func (m *Model) Init() tea.Cmd {
	if m.pending != nil {
		return m.initPending()
	}
	cmds := append([]tea.Cmd(nil), m.initCmds...)
	m.initCmds = nil
	if m.holding {
		cmds = append(cmds, tea.RequestBackgroundColor, m.after(holdFirstFrame, holdOverMsg{}))
	}
	if m.loading == loadNone {
		cmds = append(cmds, m.prepareIndexAfterStart())
	}
	cmds = append(cmds, m.watchBookmarks(), m.readGoing(), m.startLive(), m.rememberSchedule())
	if m.c.times.timed {
		cmds = append(cmds, m.after(untilNextMinute(m.c.now), nowTickMsg{m.c}))
	}
	return tea.Batch(cmds...)
}

// holdOverMsg ends the wait for the background colour.
type holdOverMsg struct{}

// Update dispatches each message to the one function that handles its
// concern, then brings the panes up to date with the state.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.pending != nil {
		cmd := m.updatePending(msg)
		if m.pending != nil {
			return m, cmd
		}
		return m, tea.Batch(cmd, m.refresh()) // the schedule came
	}
	return m, tea.Batch(m.update(msg), m.refresh())
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	if cmd, ok := m.whileOpening(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		m.holding = false
		return m.adoptBackground(msg.IsDark())
	case holdOverMsg:
		m.holding = false
	case tea.KeyPressMsg:
		m.touched, m.lastInput = true, m.now()
		return m.handleKey(msg)
	case tea.MouseClickMsg:
		m.lastInput = m.now()
		return m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		m.lastInput = m.now()
		return m.handleWheel(msg.Mouse())
	case renderedMsg:
		if msg.from == nil || msg.from == m.renders { // not the schedule shown before O
			m.renders.store(msg)
		}
	case filterResultMsg:
		msg.list.filterResult(msg)
	case prepareIndexMsg:
		return m.prepareIndex()
	case startLoadingMsg:
		m.loading = loadRunning
		return loadFull(m.cfg.FullSchedule)
	case scheduleLoadedMsg:
		return m.loaded(msg)
	case bookmarksSavedMsg:
		return m.bookmarksSaved(msg)
	case retrySaveMsg:
		return m.retrySave()
	case slowSaveMsg:
		m.saveIsSlow(msg)
	case bookmarksChangedMsg:
		return tea.Batch(m.watchBookmarks(), m.readAfterChange(msg))
	case goingReadMsg:
		m.goingRead(msg)
	case bookmarksReadMsg:
		return m.bookmarksRead(msg)
	case linkOpenedMsg:
		return m.linkOpened(msg)
	case statusExpiredMsg:
		m.expireStatus(msg)
	case quitRequestMsg:
		return m.quit()
	case announceMsg:
		return m.announce(msg)
	case stateSavedMsg:
		m.quitting.stateSaved = true
		return m.quitIfDone()
	case quitDeadlineMsg:
		return tea.Quit
	case nowTickMsg:
		return m.tickNow(msg)
	case rememberedMsg:
		if msg.notice != "" && m.status.text == "" {
			return m.setStatus(msg.notice, true)
		}
	case liveMsg:
		return m.updateLive(msg)
	case reminderTickMsg:
		return m.reminderTick(msg)
	case closeMsg:
		return m.closeOverlay(msg)
	// An answer acts only while its overlay is open: keys that arrive
	// together can answer it twice before the first answer is handled.
	case indexChosenMsg:
		if m.chooser == nil {
			return nil
		}
		m.chooser = nil
		return m.pushIndex(msg.people, msg.name)
	case schedulesListedMsg:
		return m.offerSchedules(msg)
	case scheduleChosenMsg:
		return m.openChosenSchedule(msg)
	case scheduleOpenedMsg:
		return m.becomeSchedule(msg)
	case windowChosenMsg:
		if m.prompt == nil {
			return nil
		}
		return m.openWindow(msg)
	default:
		// Pastes, cursor messages and the like belong to the pane in front.
		_, cmd := m.front().Update(msg)
		return cmd
	}
	return nil
}

// closeOverlay closes the overlay that asked to: the root's own, or one a
// pane holds (the grid's room chooser).
func (m *Model) closeOverlay(msg closeMsg) tea.Cmd {
	switch msg.pane {
	case m.prompt:
		m.prompt = nil
	case m.chooser:
		m.chooser = nil
	case m.help:
		m.help = nil
	default:
		_, cmd := m.front().Update(msg)
		return cmd
	}
	return nil
}

// refresh brings what the state implies onto the panes: lists follow the
// bookmarks, the item pane shows the selected item (asking for its
// abstract and its neighbours'), and the status line keeps its rule.
func (m *Model) refresh() tea.Cmd {
	m.followGrid()
	var cmds []tea.Cmd
	for _, l := range m.lists() {
		cmds = append(cmds, l.follow())
	}
	m.settleStatus()
	cmds = append(cmds, m.followReminders())
	if m.c.lay.width == 0 || m.c.lay.tooSmall {
		return tea.Batch(cmds...)
	}
	l := m.list()
	item, ok := l.selected()
	q := l.filter.matchQuery()
	near := append(m.nearby(l), wantedBio(l)...)
	m.renders.wantOnly(m.item.measure(), m.c.theme, near)
	cmds = append(cmds, m.item.show(l.src, item, ok, q, l.filter.query(), m.renders), m.prefetch(l))
	return tea.Batch(cmds...)
}

// nearby are the talks whose abstracts are wanted: the selected one and,
// unless a filter is being typed (the selection follows every letter),
// its neighbours.
func (m *Model) nearby(l *listPane) []string {
	var ids []string
	for d := -prefetchBehind; d <= prefetchAhead; d++ {
		if d != 0 && l.filter.editing {
			continue
		}
		if i := l.cursor + d; i >= 0 && i < l.count() {
			if sess, ok := l.src.talk(l.row(i).item); ok {
				ids = append(ids, sess.ID)
			}
		}
	}
	return ids
}

// prefetchAhead and prefetchBehind are how many neighbours of the selected
// talk are rendered in the background, so moving through the list shows
// each abstract at once.
const (
	prefetchAhead  = 2
	prefetchBehind = 1
)

// prefetch renders the abstracts around the selected one, except while a
// filter is typed.
func (m *Model) prefetch(l *listPane) tea.Cmd {
	if l.filter.editing {
		return nil
	}
	var cmds []tea.Cmd
	for d := -prefetchBehind; d <= prefetchAhead; d++ {
		if i := l.cursor + d; d != 0 && i >= 0 && i < l.count() {
			if sess, ok := l.src.talk(l.row(i).item); ok {
				cmds = append(cmds, m.renders.request(sess, m.item.measure(), m.c.theme))
			}
		}
	}
	return tea.Batch(cmds...)
}

// lists are every list alive: the tabs' and the stack's.
func (m *Model) lists() []*listPane {
	out := slices.Clone(m.tabs)
	for i, p := range m.stack {
		if i > 0 && p.list != nil {
			out = append(out, p.list)
		}
	}
	return out
}

// top is the place the user is in.
func (m *Model) top() place { return m.stack[len(m.stack)-1] }

// reading reports the user reading an item rather than browsing a list.
func (m *Model) reading() bool { return m.top().list == nil }

// list is the list the user browses, or reads an item of.
func (m *Model) list() *listPane {
	for i := len(m.stack) - 1; i >= 0; i-- {
		if l := m.stack[i].list; l != nil {
			return l
		}
	}
	return m.tabs[m.tab]
}

// selectedTalk is the talk selected in the current list, if it lists talks.
func (m *Model) selectedTalk() (*model.Session, bool) {
	if g := m.shownGrid(); g != nil && g.onMoreBlock() {
		return nil, false // "+N more" stands for many talks
	}
	l := m.list()
	item, ok := l.selected()
	if !ok {
		return nil, false
	}
	return l.src.talk(item)
}

// resize lays the screen out again and gives every pane its size.
func (m *Model) resize(width, height int) tea.Cmd {
	m.c.lay = computeLayout(width, height, m.split)
	m.sizePanes()
	return m.startLoading()
}

// sizePanes gives every pane its size in the layout.
func (m *Model) sizePanes() {
	if m.c.lay.tooSmall {
		return
	}
	in := m.c.lay.list.inner()
	for _, l := range m.lists() {
		l.SetSize(in.w, in.h)
	}
	m.item.SetSize(m.c.lay.reader.w, m.c.lay.reader.h)
	if m.help != nil {
		m.help.SetSize(m.c.lay.body.w, m.c.lay.body.h)
	}
	if m.chooser != nil {
		m.chooser.SetSize(m.c.lay.body.w, m.c.lay.body.h)
	}
	if m.prompt != nil {
		m.prompt.SetSize(m.c.lay.width, footerHeight)
	}
	m.sizeGrids()
}

// adoptBackground follows the terminal's background colour, unless the
// user chose a theme.
func (m *Model) adoptBackground(dark bool) tea.Cmd {
	if m.fixed || m.c.theme.dark == dark {
		return nil
	}
	m.c.setTheme(theme{dark: dark})
	for _, l := range m.lists() {
		l.restyle()
	}
	if m.help != nil {
		m.help.relayout()
	}
	return nil
}
