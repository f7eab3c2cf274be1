package ui

import (
	"charm.land/lipgloss/v2"

	"github.com/summit-tui/summit-tui/model"
)

// A list source is one kind of list: the talks of a tab, a person or a
// company, the speakers index, the companies index. It gives the list's
// rows and their search, what the item pane shows for a row and what enter
// opens, so that nothing else in the browser asks what kind of list it is
// looking at. Each kind is in its own file.
type listSource interface {
	// ref names the list in the state file and across a reload of the page.
	ref() placeRef
	// crumb is the list's part of the breadcrumb.
	crumb() string
	// items lists every item, in list order: indexes into the schedule's
	// sessions, people or companies.
	items() []int
	// version changes whenever items may have changed.
	version() int
	// text is an item's two lines in the list.
	text(item int) (title, desc string)
	// key names an item across a reload of the page; find is its inverse.
	key(item int) string
	find(key string) (int, bool)
	// searcher is the list's search as the list stands, for a filter's
	// tea.Cmd: made in Update, it holds what the search reads (the index,
	// which is safe for concurrent use, and rows already built) and
	// nothing Update may change afterwards.
	searcher() searchFunc
	// noun is what the list holds, in the singular and the plural.
	noun() (one, many string)
	// placeholder says what the filter searches.
	placeholder() string
	// empty is what to say when the list holds nothing at all.
	empty() string

	// open is the list enter opens on an item; a talk opens for reading
	// instead (ok false).
	open(item int) (src listSource, ok bool)
	// talk is the item's session, for the lists of talks.
	talk(item int) (*model.Session, bool)
	// people and companies are the item's own, for s and c; offers says,
	// without building the indexes, whether there are any.
	people(item int) []string
	companies(item int) []string
	offers(item int) (people, companies bool)

	// detail is the item's description for the detail pane, width cells
	// wide, with the query's matches highlighted.
	detail(item int, width int, q model.Query) string
	// body is what the pane below the details shows for the item.
	body(item int) itemBody
}

// searchFunc finds the items among candidates that match q, best first.
// It runs outside the UI goroutine.
type searchFunc func(candidates []int, q model.Query) []row

// itemBody is what the lower pane of an item shows: a talk's abstract,
// rendered in the background, or a list of talks drawn at once; then, on
// a person's page and in the speakers index, the person's bio, rendered
// as an abstract is.
type itemBody struct {
	session *model.Session // the abstract of this talk, when set
	talks   []int          // else these talks, by title
	about   *model.Person  // the person whose bio follows, when set and they have one
}

// row is one item shown in a filtered list, with what the filter matched:
// rune positions in its title and in its second line.
type row struct {
	item      int
	titleHits []int
	descHits  []int
}

// placeRef names a list: its kind and, for a track, a person or a company,
// which one.
type placeRef struct {
	Kind string `json:"kind"`
	Name string `json:"name,omitempty"`
}

// The kinds of list, as the state file names them.
const (
	kindAll       = "all"
	kindDay       = "day"
	kindTrack     = "track"
	kindBookmarks = "bookmarks"
	kindSpeakers  = "speakers"
	kindCompanies = "companies"
	kindPerson    = "person"
	kindCompany   = "company"
	kindRooms     = "rooms"
	kindTracks    = "tracks"
	kindRoom      = "room"
	kindNow       = "now"
	kindWindow    = "window"
	kindHidden    = "hidden"
)

// sourceFor makes the list a ref names, if the page still has it.
func sourceFor(c *common, ref placeRef) (listSource, bool) {
	switch ref.Kind {
	case kindAll, kindNow, kindDay, kindTrack, kindBookmarks:
		for _, src := range tabSources(c) {
			if src.ref() == ref {
				return src, true
			}
		}
	case kindHidden:
		return newHiddenSource(c), true
	case kindSpeakers:
		return newPeopleSource(c), true
	case kindCompanies:
		return newCompaniesSource(c), true
	case kindWindow:
		if date, w, scope, ok := windowFromRef(c, ref.Name); ok && c.times.timed {
			return newWindowSource(c, date, w, scope), true
		}
	case kindPerson:
		if i, ok := c.idx.PersonIndex(ref.Name); ok {
			return personTalks(c, i), true
		}
	case kindCompany:
		if i, ok := companyIndex(c.idx, ref.Name); ok {
			return companyTalks(c, i), true
		}
	case kindRooms:
		return newRoomsSource(c), true
	case kindTracks:
		return newTracksSource(c), true
	case kindRoom:
		if i, ok := c.idx.RoomIndex(ref.Name); ok {
			return roomTalks(c, i), true
		}
	}
	return nil, false
}

// tabSources are the tabs' lists: All (or, with times, Now, each day and
// All), each track in page order, then Bookmarks (with times, the agenda).
func tabSources(c *common) []listSource {
	sched := c.idx.Schedule()
	var out []listSource
	if c.times.timed {
		out = append(out, newNowSource(c))
		for _, date := range c.times.tl.Days() {
			out = append(out, newDaySource(c, date))
		}
		out = append(out, newTimedAllSource(c))
	} else {
		all := newTalksSource(c, placeRef{Kind: kindAll}, "All", allSessions(len(sched.Sessions)), true)
		all.ranked = true // a page without times: the best match first
		out = append(out, all)
	}
	for _, t := range sched.Tracks {
		out = append(out, newTalksSource(c, placeRef{Kind: kindTrack, Name: t}, t, fixedItems(c.idx.Track(t)), false))
	}
	if c.times.timed {
		return append(out, newAgendaSource(c))
	}
	return append(out, newBookmarksSource(c))
}

// detailWrap is the style that wraps detail text to the pane.
func detailWrap(width int) lipgloss.Style { return lipgloss.NewStyle().Width(max(width, 1)) }
