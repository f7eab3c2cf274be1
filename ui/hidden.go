package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// Hiding: - hides the selected talk, or in the tracks and rooms indexes the
// whole track or room. The schedule every list, the grid and Now show is
// derived from the whole one and the hidden set (model.Schedule.Visible);
// the whole one stays in common.all for the Bookmarks tab and the
// reminders, so a hidden bookmarked talk keeps both. What is hidden is
// kept per schedule in the state file, and the Hidden list (_) shows it,
// where - shows a thing again.

// deriveShown keeps idx (and its timeline) as the whole schedule and
// returns the index of the part shown.
func (c *common) deriveShown(idx *model.Index, tl *model.Timeline) (*model.Index, *model.Timeline) {
	if tl == nil {
		tl = model.NewTimeline(idx.Schedule())
	}
	c.all, c.allTL = idx, tl
	if c.hidden.Empty() {
		return idx, tl
	}
	return model.NewIndex(idx.Schedule().Visible(c.hidden)), nil
}

// hider is a list whose items - hides or shows again.
type hider interface {
	hideRef(item int) (kind, name, title string, ok bool)
}

func (s *talksSource) hideRef(item int) (string, string, string, bool) {
	sess := s.index().Session(item)
	return model.HideTalk, sess.ID, sess.Title, true
}

func (s *groupedSource) hideRef(item int) (string, string, string, bool) {
	if sess, ok := s.talk(item); ok {
		return model.HideTalk, sess.ID, sess.Title, true
	}
	return "", "", "", false
}

func (s *tracksSource) hideRef(item int) (string, string, string, bool) {
	return model.HideTrack, s.track(item), "the track " + s.track(item), true
}

func (s *roomsSource) hideRef(item int) (string, string, string, bool) {
	return model.HideRoom, s.room(item).Name, "the room " + s.room(item).Name, true
}

// toggleHidden hides what is selected, or shows it again, and keeps the
// user's place in the schedule shown after.
func (m *Model) toggleHidden() tea.Cmd {
	l := m.list()
	h, ok := l.src.(hider)
	item, sel := l.selected()
	if !ok || !sel {
		return nil
	}
	kind, name, title, ok := h.hideRef(item)
	if !ok {
		return nil
	}
	if g := m.shownGrid(); g != nil && g.onMoreBlock() {
		return nil
	}
	// Hiding from a list of what is shown moves the cursor on to the next
	// item rather than back to the top.
	if l.cursor+1 < l.count() && !m.c.hidden.Has(kind, name) {
		l.cursor++
	}
	m.c.hidden = m.c.hidden.Toggle(kind, name)
	text := "Hidden: " + title + ". " + m.c.keys.global.Hidden.Help().Key + " lists what is hidden."
	if !m.c.hidden.Has(kind, name) {
		text = "Shown again: " + title + "."
	}
	return tea.Batch(m.swapSchedule(m.c.all, m.c.allTL), m.setStatus(text, false), m.saveHidden())
}

// saveHidden writes the state file now: what is hidden is the user's
// choice, not a place to lose if the program is killed.
func (m *Model) saveHidden() tea.Cmd {
	if m.cfg.SaveState == nil {
		return nil
	}
	data, save := m.encodeState(), m.cfg.SaveState
	return func() tea.Msg {
		_ = save(data) // a failure is told by the save at quit
		return nil
	}
}

// loadHidden takes this schedule's hidden set from the state file and
// shows the schedule without it.
func (m *Model) loadHidden(s savedState) {
	h, ok := s.Hidden[m.pageKey()]
	if !ok || h.Empty() {
		return
	}
	m.c.hidden = h
	m.c.setSchedule(m.c.all, m.c.allTL, m.cfg.zone())
	m.c.keys.fitSchedule(m.c)
	m.buildTabs()
	m.switchTab(min(m.openingTab(), len(m.tabs)-1))
}

// encodeHidden is the state file's hidden sets with this schedule's.
func (m *Model) encodeHidden(old map[string]model.Hidden) map[string]model.Hidden {
	out := make(map[string]model.Hidden, len(old)+1)
	for k, v := range old {
		out[k] = v
	}
	if m.c.hidden.Empty() {
		delete(out, m.pageKey())
	} else {
		out[m.pageKey()] = m.c.hidden
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// hiddenInfo is the header's "· 3 hidden", when anything is.
func (m *Model) hiddenInfo() string {
	if n := m.c.all.Schedule().HiddenCount(m.c.hidden); n > 0 {
		return m.c.styles.G.Dot + plural(n, "hidden", "hidden")
	}
	return ""
}

// openHidden opens the Hidden list.
func (m *Model) openHidden() tea.Cmd {
	if m.top().list != nil && m.top().list.src.ref().Kind == kindHidden {
		return nil
	}
	m.leaveGrid()
	for m.reading() {
		m.pop()
	}
	m.push(newListPane(m.c, newHiddenSource(m.c)))
	return nil
}

// hiddenSource is the Hidden list: the hidden tracks, rooms and talks of
// the schedule, where - shows one again.
type hiddenSource struct {
	c       *common
	entries []hiddenEntry
	all     []int
	at      string // the hidden set the entries were made of
}

type hiddenEntry struct{ kind, name, title string }

func newHiddenSource(c *common) *hiddenSource { return &hiddenSource{c: c, at: "\x00"} }

// list makes the entries again when the hidden set has changed.
func (s *hiddenSource) list() []hiddenEntry {
	h := s.c.hidden
	at := strings.Join(h.Tracks, "\x00") + "\x01" + strings.Join(h.Rooms, "\x00") + "\x01" + strings.Join(h.Talks, "\x00")
	if at == s.at {
		return s.entries
	}
	s.at, s.entries = at, nil
	for _, t := range h.Tracks {
		s.entries = append(s.entries, hiddenEntry{model.HideTrack, t, t})
	}
	for _, r := range h.Rooms {
		s.entries = append(s.entries, hiddenEntry{model.HideRoom, r, r})
	}
	for _, id := range h.Talks {
		title := id
		if i, ok := s.c.all.ByID(id); ok {
			title = s.c.all.Session(i).Title
		}
		s.entries = append(s.entries, hiddenEntry{model.HideTalk, id, title})
	}
	s.all = seq(len(s.entries))
	return s.entries
}

func (s *hiddenSource) entry(item int) hiddenEntry {
	if l := s.list(); item >= 0 && item < len(l) {
		return l[item]
	}
	return hiddenEntry{}
}

func (s *hiddenSource) ref() placeRef          { return placeRef{Kind: kindHidden} }
func (s *hiddenSource) crumb() string          { return "Hidden" }
func (s *hiddenSource) items() []int           { s.list(); return s.all }
func (s *hiddenSource) version() int           { return len(s.at) }
func (s *hiddenSource) noun() (string, string) { return "hidden", "hidden" }
func (s *hiddenSource) empty() string {
	return "Nothing is hidden. Press - on a talk, or on a track or room in its index, to hide it."
}
func (s *hiddenSource) placeholder() string { return "a hidden name" }
func (s *hiddenSource) key(item int) string { e := s.entry(item); return e.kind + ":" + e.name }

func (s *hiddenSource) find(key string) (int, bool) {
	for i, e := range s.list() {
		if e.kind+":"+e.name == key {
			return i, true
		}
	}
	return 0, false
}

// text is the name and what it is: "Rust on Tiny Boards", "talk · - shows it again".
func (s *hiddenSource) text(item int) (string, string) {
	e := s.entry(item)
	return e.title, e.kind + s.c.styles.G.Dot + "- shows it again"
}

func (s *hiddenSource) searcher() searchFunc {
	entries := append([]hiddenEntry(nil), s.list()...)
	return func(candidates []int, q model.Query) []row {
		out := []row{}
		for _, i := range candidates {
			if i < 0 || i >= len(entries) {
				continue
			}
			if mt, ok := model.MatchText(entries[i].title, q); ok && len(q.Filters()) == 0 {
				out = append(out, row{item: i, titleHits: mt.Hits})
			}
		}
		return out
	}
}

func (s *hiddenSource) hideRef(item int) (string, string, string, bool) {
	e := s.entry(item)
	return e.kind, e.name, e.title, e.kind != ""
}

func (s *hiddenSource) open(int) (listSource, bool)         { return nil, false }
func (s *hiddenSource) talk(int) (*model.Session, bool)     { return nil, false }
func (s *hiddenSource) people(int) []string                 { return nil }
func (s *hiddenSource) companies(int) []string              { return nil }
func (s *hiddenSource) offers(int) (people, companies bool) { return false, false }
func (s *hiddenSource) body(int) itemBody                   { return itemBody{} }

func (s *hiddenSource) detail(item int, width int, q model.Query) string {
	st := s.c.styles
	e := s.entry(item)
	wrap := detailWrap(width)
	return wrap.Render(highlightQuery(e.title, q, st.DetailTitle, st.Match)) + "\n" +
		st.DetailLabel.Render("Hidden "+e.kind+". - shows it again.")
}

// index is the schedule the list's items are of: the whole one for the
// Bookmarks tab, else the one shown.
func (s *talksSource) index() *model.Index {
	if s.whole {
		return s.c.all
	}
	return s.c.idx
}
