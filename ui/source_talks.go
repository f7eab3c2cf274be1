package ui

import (
	"slices"
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// talksSource lists talks: the All tab, a track's tab, a person's or a
// company's talks. The Bookmarks tab is one too, whose items follow the
// bookmarks.
type talksSource struct {
	c     *common
	r     placeRef
	name  string
	list  func() []int
	ver   func() int
	mixed bool   // the talks are of several tracks: each row names its track
	none  string // what an empty list says
	// bookmarks: this is the Bookmarks tab, which says how many
	// bookmarks name no talk (note, empty): missing, as of the marks'
	// version missingAt.
	bookmarks bool
	missing   string
	missingAt int
	// person or company is whose talks these are: s and c open on them.
	person, company string
	// room is the room whose talks these are: its rows need not name it.
	room string
	// whole: the items are of the whole schedule, hidden talks included
	// (the Bookmarks tab), not of the one shown.
	whole bool
	// ranked lists a filter's matches best first; every other list keeps
	// its own order (time order, with times) when filtered.
	ranked bool
}

func newTalksSource(c *common, ref placeRef, name string, list func() []int, mixed bool) *talksSource {
	none := "No talks in this track."
	if mixed {
		none = "This page lists no talks."
	}
	return &talksSource{c: c, r: ref, name: name, list: list, ver: func() int { return 0 }, mixed: mixed, none: none}
}

// newBookmarksSource is the Bookmarks tab: the bookmarked talks of the
// page, in programme order.
func newBookmarksSource(c *common) *talksSource {
	var cached []int
	cachedAt := -1
	s := newTalksSource(c, placeRef{Kind: kindBookmarks}, "Bookmarks", func() []int {
		if cachedAt != c.marks.version {
			cached, cachedAt = c.all.Bookmarked(c.marks.set()), c.marks.version
		}
		return cached
	}, true)
	s.ver = func() int { return c.marks.version }
	s.bookmarks, s.whole = true, true
	return s
}

// newDaySource is a conference day's tab: its talks in time order.
func newDaySource(c *common, date string) *talksSource {
	s := newTalksSource(c, placeRef{Kind: kindDay, Name: date}, model.DayLabel(date), fixedItems(c.times.tl.DayProgramme(date)), true)
	s.none = "No talks on " + model.DayTitle(date) + "."
	return s
}

// newTimedAllSource is the All tab of a schedule with times: every talk
// of the conference in time order, each row with its day, so a search
// finds a talk whatever its day.
func newTimedAllSource(c *common) *talksSource {
	s := newTalksSource(c, placeRef{Kind: kindAll}, "All", allSessions(len(c.idx.Schedule().Sessions)), true)
	s.none = "This schedule lists no talks."
	return s
}

// personTalks lists the talks of People()[i].
func personTalks(c *common, i int) *talksSource {
	p := c.idx.People()[i]
	s := newTalksSource(c, placeRef{Kind: kindPerson, Name: p.Name}, p.Name, fixedItems(p.Sessions), true)
	s.none = p.Name + " gives no talks."
	s.person = p.Name
	return s
}

// companyTalks lists the talks of Companies()[i].
func companyTalks(c *common, i int) *talksSource {
	co := c.idx.Companies()[i]
	s := newTalksSource(c, placeRef{Kind: kindCompany, Name: co.Name}, co.Name, fixedItems(co.Sessions), true)
	s.none = co.Name + " gives no talks."
	s.company = co.Name
	return s
}

func fixedItems(items []int) func() []int { return func() []int { return items } }

// allSessions is 0, 1, …, n-1, made once.
func allSessions(n int) func() []int {
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	return fixedItems(all)
}

func (s *talksSource) ref() placeRef          { return s.r }
func (s *talksSource) crumb() string          { return s.name }
func (s *talksSource) items() []int           { return s.list() }
func (s *talksSource) version() int           { return s.ver() }
func (s *talksSource) noun() (string, string) { return "talk", "talks" }
func (s *talksSource) empty() string {
	if s.bookmarks {
		return bookmarksEmpty(s.c)
	}
	return s.none
}

// placeholder says what the filter searches; with times, that it takes
// the field filters too.
func (s *talksSource) placeholder() string {
	if s.c.times.timed {
		return "words, or day:sat room:… after:14:00 (see ?)"
	}
	return "title, speaker, company, track or a word of the abstract"
}

// text is the title, then where and when ("Sat 10:30 · Janson"), the
// speakers, and the track or the companies.
func (s *talksSource) text(item int) (title, desc string) {
	sess := s.index().Session(item)
	more := sessionCompanies(sess) // a track's own tab need not repeat the track
	if s.mixed {
		more = sess.Track
	}
	var parts []string
	where := rowLabel(s.c.times.frame(), sess, s.c.styles.G)
	if s.room != "" && sess.Timed() {
		where = startLabel(s.c.times.frame(), sess)
	}
	for _, p := range []string{where, model.SpeakerLine(sess), more} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return sess.Title, strings.Join(parts, s.c.styles.G.Dot)
}

func (s *talksSource) key(item int) string { return s.index().Session(item).ID }

func (s *talksSource) find(id string) (int, bool) { return s.index().ByID(id) }

func (s *talksSource) searcher() searchFunc {
	idx := s.index()
	var order []int
	if !s.ranked {
		order = s.items()
	}
	return func(candidates []int, q model.Query) []row {
		matches := idx.SearchSessions(candidates, q)
		if order != nil {
			matches = model.InListOrder(matches, order)
		}
		rows := make([]row, len(matches))
		for i, mt := range matches {
			rows[i] = row{item: mt.Session, titleHits: mt.TitleHits, descHits: mt.SpeakerHits}
		}
		return rows
	}
}

func (s *talksSource) open(int) (listSource, bool) { return nil, false }

func (s *talksSource) talk(item int) (*model.Session, bool) { return s.index().Session(item), true }

// people are the talk's speakers; in a person's list, the person; in a
// company's, the talk's speakers of that company.
func (s *talksSource) people(item int) []string {
	if s.person != "" {
		return []string{s.person}
	}
	var staff []string
	if s.company != "" {
		if i, ok := companyIndex(s.index(), s.company); ok {
			staff = s.index().Companies()[i].People
		}
	}
	var out []string
	for _, sp := range s.index().Session(item).Speakers {
		if !slices.Contains(out, sp.Name) && (staff == nil || slices.Contains(staff, sp.Name)) {
			out = append(out, sp.Name)
		}
	}
	if len(out) == 0 && staff != nil {
		return staff
	}
	return out
}

func (s *talksSource) offers(item int) (people, companies bool) {
	if s.person != "" || s.company != "" {
		return true, true
	}
	for _, sp := range s.index().Session(item).Speakers {
		people = true
		companies = companies || sp.Company != ""
	}
	return people, companies
}

// companies are the talk's speakers' companies; in a company's list, the
// company; in a person's, the person's.
func (s *talksSource) companies(item int) []string {
	switch {
	case s.company != "":
		return []string{s.company}
	case s.person != "":
		return personCompanies(s.index(), s.person)
	}
	return companyNames(s.index(), item)
}

func (s *talksSource) detail(item int, width int, q model.Query) string {
	return talkDetail(s.c, s.index().Session(item), width, q)
}

func (s *talksSource) body(item int) itemBody {
	b := itemBody{session: s.index().Session(item)}
	if s.person != "" {
		b.about = aboutPerson(s.c, s.person) // a person's page
	}
	return b
}

// talkDetail is a talk's title and subtitle, speakers, when and where,
// its type, language, level and tags, track, whether it is bookmarked,
// and its links. It shows only what the schedule has: a page without
// times has title, speakers and track; a schedule without tracks no
// Track.
func talkDetail(c *common, sess *model.Session, width int, q model.Query) string {
	st, g := c.styles, c.styles.G
	wrap := detailWrap(width)
	lines := []string{wrap.Render(highlightQuery(sess.Title, q, st.DetailTitle, st.Match))}
	if sess.Subtitle != "" {
		lines = append(lines, wrap.Render(highlightQuery(sess.Subtitle, q, st.DetailText, st.Match)))
	}
	for _, sp := range sess.Speakers {
		line := highlightQuery(sp.Name, q, st.DetailText, st.Match)
		if sp.Company != "" {
			line += st.Company.Render(g.Dot) + highlightQuery(sp.Company, q, st.Company, st.Match)
		}
		lines = append(lines, wrap.Render(line))
	}
	if len(sess.Speakers) == 0 {
		lines = append(lines, st.DetailLabel.Render("No speakers listed"))
	}
	var where []string
	if when := whenLabel(c.times.frame(), sess, g); when != "" {
		where = append(where, when)
	}
	if sess.Room != "" {
		where = append(where, sess.Room)
	}
	if len(where) > 0 {
		lines = append(lines, wrap.Render(st.DetailText.Render(strings.Join(where, g.Dot))))
	}
	if note := changeNote(c, sess); note != "" {
		lines = append(lines, wrap.Render(note))
	}
	var kind []string
	if sess.Type != "" {
		kind = append(kind, st.DetailLabel.Render("Type ")+st.DetailText.Render(sess.Type))
	}
	if sess.Language != "" {
		kind = append(kind, st.DetailLabel.Render("Language ")+st.DetailText.Render(sess.Language))
	}
	if sess.Level != "" {
		kind = append(kind, st.DetailLabel.Render("Level ")+highlightQuery(sess.Level, q, st.DetailText, st.Match))
	}
	if len(kind) > 0 {
		lines = append(lines, wrap.Render(strings.Join(kind, "   ")))
	}
	if len(sess.Tags) > 0 {
		lines = append(lines, wrap.Render(st.DetailLabel.Render("Tags ")+highlightQuery(strings.Join(sess.Tags, ", "), q, st.DetailText, st.Match)))
	}
	mark := st.DetailLabel.Render("Not bookmarked (b)")
	if c.marks.Has(sess.ID) {
		mark = st.Star.Render(g.Star + " Bookmarked")
	}
	if n := goingLabel(c, sess.ID); n != "" {
		mark += "   " + n
	}
	// A schedule without tracks shows no empty Track.
	if sess.Track != "" {
		mark = st.DetailLabel.Render("Track ") + highlightQuery(sess.Track, q, st.DetailText, st.Match) + "   " + mark
	}
	lines = append(lines, wrap.Render(mark))
	for i, l := range sess.Links {
		text := l.URL
		if l.Title != "" && l.Title != l.URL {
			text = l.Title + g.Dot + l.URL
		}
		name := "Link "
		if i == 0 {
			name = "Link (o) "
		}
		lines = append(lines, wrap.Render(st.DetailLabel.Render(name)+st.DetailText.Render(text)))
	}
	return strings.Join(lines, "\n")
}

// sessionCompanies lists a talk's speakers' companies, each once.
func sessionCompanies(sess *model.Session) string {
	var out []string
	for _, sp := range sess.Speakers {
		if sp.Company != "" && !slices.Contains(out, sp.Company) {
			out = append(out, sp.Company)
		}
	}
	return strings.Join(out, ", ")
}
