// Package ui is summit-tui's interactive browser, a Bubble Tea program: a
// root model with tabs, a stack of list views and a focused pane, laid out
// by layout and drawn with one set of Styles.
package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// pane is a region that can have the keyboard's focus.
type pane int

const (
	paneList pane = iota
	paneDetail
	paneAbstract
)

// tabKind says what a tab lists.
type tabKind int

const (
	tabAll tabKind = iota
	tabTrack
	tabBookmarks
)

type tabInfo struct {
	kind tabKind
	name string // the track, for tabTrack
}

// Model is the browser's root model. Keys go to the focused pane; other
// messages reach every part that needs them.
type Model struct {
	cfg    Config
	idx    *model.Index
	keys   KeyMap
	fkeys  filterKeys
	theme  theme
	fixed  bool // the theme was chosen (flag, NO_COLOR): ignore the terminal's colours
	styles Styles
	help   help.Model
	lay    layout

	tabs     []tabInfo
	tab      int
	tabViews []*listView // one per tab, kept while other tabs are shown
	stack    []*listView // views opened over the current tab (indexes, a person's talks)

	focus    pane
	talkOpen bool // on a narrow screen, the talk is shown instead of the list
	showHelp bool

	filterInput   textinput.Model
	editingFilter bool

	detail   viewport.Model
	abstract viewport.Model
	shown    shownItem // what the detail and abstract panes hold
	renders  renderCache
	pool     *rendererPool

	loading     bool // a preview is shown while the whole page loads
	loadStarted bool
	bookmarks   bookmarkState
	status      statusLine
	statusTTL   time.Duration // 0 keeps messages until replaced
	quitting    bool          // waiting for bookmark saves to finish before quitting
}

// shownItem identifies what the detail and abstract panes show, so they
// keep their scroll position until it changes.
type shownItem struct {
	view *listView
	item int
	ok   bool
}

// New makes the browser's model for a schedule.
func New(cfg Config) *Model {
	sched := cfg.Schedule
	m := &Model{
		cfg:       cfg,
		idx:       model.NewIndex(&sched),
		keys:      DefaultKeyMap(),
		fkeys:     defaultFilterKeys(),
		help:      help.New(),
		renders:   newRenderCache(),
		pool:      newRendererPool(),
		statusTTL: defaultStatusTTL,
	}
	m.filterInput = textinput.New()
	m.filterInput.Prompt = ""
	m.filterInput.Placeholder = "title, speaker, company, track or a word of the abstract"
	m.detail = viewport.New()
	m.abstract = viewport.New()
	m.theme, m.fixed = resolveTheme(cfg.Theme, cfg.Env)
	m.applyStyles()
	m.bookmarks = newBookmarkState(cfg.Bookmarks)
	m.loading = cfg.FullSchedule != nil
	m.buildTabs()
	if cfg.Notice != "" {
		m.status = statusLine{text: cfg.Notice, isError: true}
	}
	return m
}

// Init asks the terminal for its background colour, unless the theme is
// fixed, and builds the search index in the background. (With a preview,
// the whole page is loaded once the first frame is out: see resize.)
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if !m.fixed {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if !m.loading {
		cmds = append(cmds, m.prepareIndex())
	}
	return tea.Batch(cmds...)
}

// buildTabs makes the tabs: All, each track in page order, Bookmarks.
func (m *Model) buildTabs() {
	sched := m.idx.Schedule()
	all := make([]int, len(sched.Sessions))
	for i := range all {
		all[i] = i
	}
	m.tabs = []tabInfo{{kind: tabAll, name: "All"}}
	m.tabViews = []*listView{newListView(talksView, []string{"All"}, all, "No talks.")}
	for _, t := range sched.Tracks {
		m.tabs = append(m.tabs, tabInfo{kind: tabTrack, name: t})
		m.tabViews = append(m.tabViews, newListView(talksView, []string{t}, m.idx.Track(t), "No talks in this track."))
	}
	m.tabs = append(m.tabs, tabInfo{kind: tabBookmarks, name: "Bookmarks"})
	m.tabViews = append(m.tabViews, newListView(talksView, []string{"Bookmarks"},
		m.idx.Bookmarked(m.bookmarks.set), "No bookmarks yet. Press b on a talk to bookmark it."))
}

// view is the list the user is looking at.
func (m *Model) view() *listView {
	if n := len(m.stack); n > 0 {
		return m.stack[n-1]
	}
	return m.tabViews[m.tab]
}

// bookmarksView is the Bookmarks tab's list.
func (m *Model) bookmarksView() *listView { return m.tabViews[len(m.tabViews)-1] }

// selectedSession is the talk under the cursor, if the list holds talks.
func (m *Model) selectedSession() (int, *model.Session, bool) {
	v := m.view()
	if v.kind != talksView {
		return 0, nil, false
	}
	i, ok := v.selected()
	if !ok {
		return 0, nil, false
	}
	return i, m.idx.Session(i), true
}

// applyStyles makes the styles for the current theme and hands them to
// the components that draw with their own.
func (m *Model) applyStyles() {
	m.styles = newStyles(m.theme)
	m.help.Styles = help.DefaultStyles(m.theme.dark)
	m.help.Styles.ShortKey = m.styles.HelpKey
	m.help.Styles.ShortDesc = m.styles.HelpDesc
	m.help.Styles.ShortSeparator = m.styles.HelpSep
	m.help.Styles.FullKey = m.styles.HelpKey
	m.help.Styles.FullDesc = m.styles.HelpDesc
	m.help.Styles.FullSeparator = m.styles.HelpSep
	m.help.Styles.Ellipsis = m.styles.HelpSep
	ti := textinput.DefaultStyles(m.theme.dark)
	ti.Focused.Prompt = m.styles.FilterPrompt
	ti.Focused.Text = m.styles.FilterText
	ti.Focused.Placeholder = m.styles.FilterInfo
	ti.Blurred = ti.Focused
	ti.Cursor.Blink = false
	ti.Cursor.Color = m.styles.FilterCursor
	m.filterInput.SetStyles(ti)
}
