package ui

import (
	"slices"

	"github.com/summit-tui/summit-tui/model"
)

// Most rows of a list are its items: a talk, a person, a company. A list
// of times also has rows that are not: headings (a room in Now, a day in
// the agenda), which the cursor skips, and rows that stand for something
// else (a free window, the way to the first day). A source that has such
// rows, or whose rows fall into days and times, is sectioned; every other
// source is drawn as it always was.
type sectioned interface {
	// kind is what row item is.
	kind(item int) rowKind
	// section names the day or time group item belongs to, for the sticky
	// line at the top of a scrolled list; empty for none.
	section(item int) string
	// sticky reports whether the list keeps a sticky line at all.
	sticky() bool
	// otherRows reports rows other than items among the list's: when false,
	// every row is an item, and the list counts them as fast as any.
	otherRows() bool
}

// mixedRows reports a source with rows other than items.
func mixedRows(src listSource) bool {
	s, ok := src.(sectioned)
	return ok && s.otherRows()
}

// rowKind is what a row of a list is.
type rowKind int

const (
	rowItem    rowKind = iota // an item: a talk, a person, a place to go
	rowHeading                // a heading, not selectable
	rowClash                  // a talk that clashes: its second line warns
	rowFree                   // a free window: enter lists what is on in it
)

// kindOf is the kind of row item in src.
func kindOf(src listSource, item int) rowKind {
	if s, ok := src.(sectioned); ok && s.otherRows() {
		return s.kind(item)
	}
	return rowItem
}

// entry is one row of a grouped list (the Now view, the agenda).
type entry struct {
	kind    rowKind
	session int          // the talk, an index into the schedule's sessions; -1 for none
	title   string       // a heading's, a free window's or a place's text
	desc    string       // the second line; a talk's own when empty
	group   int          // the entry of the heading above, -1 for none
	key     string       // names the row across a reload
	window  model.Window // a free window's
	date    string       // the conference day of a free window
	target  placeRef     // a row that goes to a tab (the first day)
	detail  string       // what the details pane says of a row that is not a talk
}

// groupedSource is a list of entries built from the schedule's times:
// the Now view (source_now.go) and the agenda (source_agenda.go). The
// talks among them behave as in any list of talks.
type groupedSource struct {
	c     *common
	r     placeRef
	name  string
	none  string
	build func() []entry // the rows as they stand
	ver   func() int     // changes when build would give other rows
	talks *talksSource   // how a talk's row reads and what it offers

	builtAt int
	rows    []entry
	all     []int
}

func newGroupedSource(c *common, ref placeRef, name string, build func() []entry, ver func() int) *groupedSource {
	return &groupedSource{c: c, r: ref, name: name, build: build, ver: ver, builtAt: -1,
		talks: newTalksSource(c, ref, name, fixedItems(nil), true)}
}

// frameVersion folds the zone times are shown in into a version: the
// rows' times are written in it, so z must build them again.
func frameVersion(c *common, v int) int {
	if c.times.frame().Local() {
		return v*2 + 1
	}
	return v * 2
}

// entries are the rows, built again when the version moves on (and only
// then: an empty agenda is as costly to find as a full one).
func (s *groupedSource) entries() []entry {
	if v := s.ver(); v != s.builtAt {
		s.builtAt, s.rows = v, s.build()
		s.all = seq(len(s.rows))
	}
	return s.rows
}

func (s *groupedSource) at(item int) entry { return s.entries()[item] }

func (s *groupedSource) ref() placeRef          { return s.r }
func (s *groupedSource) crumb() string          { return s.name }
func (s *groupedSource) items() []int           { s.entries(); return s.all }
func (s *groupedSource) version() int           { return s.ver() }
func (s *groupedSource) noun() (string, string) { return "talk", "talks" }
func (s *groupedSource) empty() string          { return s.none }
func (s *groupedSource) sticky() bool           { return true }
func (s *groupedSource) otherRows() bool        { return true }
func (s *groupedSource) kind(item int) rowKind  { return s.at(item).kind }

// placeholder: grouped lists exist only with times, so the field filters
// apply.
func (s *groupedSource) placeholder() string {
	return "words, or day:sat room:… after:14:00 (see ?)"
}

func (s *groupedSource) section(item int) string {
	e := s.at(item)
	if e.kind == rowHeading {
		return e.title
	}
	if e.group >= 0 {
		return s.at(e.group).title
	}
	return ""
}

func (s *groupedSource) text(item int) (title, desc string) {
	e := s.at(item)
	if e.session < 0 {
		return e.title, e.desc
	}
	title, desc = s.talks.text(e.session)
	if e.desc != "" {
		desc = e.desc
	}
	return title, desc
}

func (s *groupedSource) key(item int) string { return s.at(item).key }

func (s *groupedSource) find(k string) (int, bool) {
	for i, e := range s.entries() {
		if e.key == k {
			return i, true
		}
	}
	return 0, false
}

// searcher keeps the rows that match, in list order, each under its
// heading: a heading whose rows all fail to match goes too. The rows are
// the ones built now; a change of them makes the list search again.
func (s *groupedSource) searcher() searchFunc {
	rows, idx := s.entries(), s.talks.index()
	return func(candidates []int, q model.Query) []row { return searchEntries(rows, idx, candidates, q) }
}

func searchEntries(rows []entry, idx *model.Index, candidates []int, q model.Query) []row {
	var sessions []int
	entryOf := map[int]int{}
	for _, i := range candidates {
		if i < 0 || i >= len(rows) {
			continue
		}
		if e := rows[i]; e.session >= 0 {
			sessions = append(sessions, e.session)
			entryOf[e.session] = i
		}
	}
	hits := map[int]row{}
	for _, mt := range idx.SearchSessions(sessions, q) {
		i := entryOf[mt.Session]
		hits[i] = row{item: i, titleHits: mt.TitleHits}
	}
	for _, i := range candidates {
		if i < 0 || i >= len(rows) || rows[i].session >= 0 || rows[i].kind == rowHeading {
			continue
		}
		if mt, ok := model.MatchText(rows[i].title, q); ok && len(q.Filters()) == 0 {
			hits[i] = row{item: i, titleHits: mt.Hits}
		}
	}
	order := make([]int, 0, len(hits))
	for i := range hits {
		order = append(order, i)
	}
	slices.Sort(order)
	var out []row
	lastGroup := -1
	for _, i := range order {
		if g := rows[i].group; g >= 0 && g != lastGroup {
			out = append(out, row{item: g})
			lastGroup = g
		}
		out = append(out, hits[i])
	}
	return out
}

// open lists the talks on in a free window, or goes to a row's tab.
func (s *groupedSource) open(item int) (listSource, bool) {
	e := s.at(item)
	switch {
	case e.kind == rowFree:
		return newWindowSource(s.c, e.date, e.window, placeRef{}), true
	case e.target.Kind != "":
		return sourceFor(s.c, e.target)
	}
	return nil, false
}

func (s *groupedSource) talk(item int) (*model.Session, bool) {
	if e := s.at(item); e.session >= 0 {
		return s.talks.index().Session(e.session), true
	}
	return nil, false
}

func (s *groupedSource) people(item int) []string {
	if e := s.at(item); e.session >= 0 {
		return s.talks.people(e.session)
	}
	return nil
}

func (s *groupedSource) companies(item int) []string {
	if e := s.at(item); e.session >= 0 {
		return s.talks.companies(e.session)
	}
	return nil
}

func (s *groupedSource) offers(item int) (people, companies bool) {
	if e := s.at(item); e.session >= 0 {
		return s.talks.offers(e.session)
	}
	return false, false
}

func (s *groupedSource) detail(item int, width int, q model.Query) string {
	e := s.at(item)
	if e.session >= 0 {
		return talkDetail(s.c, s.talks.index().Session(e.session), width, q)
	}
	st := s.c.styles
	wrap := detailWrap(width)
	out := wrap.Render(highlightQuery(e.title, q, st.DetailTitle, st.Match))
	if e.detail != "" {
		out += "\n" + wrap.Render(st.DetailLabel.Render(e.detail))
	}
	return out
}

func (s *groupedSource) body(item int) itemBody {
	e := s.at(item)
	switch {
	case e.session >= 0:
		return itemBody{session: s.talks.index().Session(e.session)}
	case e.kind == rowFree:
		return itemBody{talks: s.c.times.tl.On(e.window)}
	}
	return itemBody{}
}
