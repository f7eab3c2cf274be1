package model

import (
	"strings"
	"sync"
	"unicode"
)

// Person is one speaker with every talk they give.
type Person struct {
	Name string
	// Company is the company named with the person's first talk.
	Company string
	// Bio is the first biography the person's talks give, plain text as
	// an abstract is.
	Bio string
	// Sessions are indexes into Schedule.Sessions, in programme order.
	Sessions []int
}

// Company is an organisation with its people and their talks.
type Company struct {
	// Name is the spelling the page uses most ("Bloomberg L.P." and
	// "Bloomberg L.P" are one company).
	Name string
	// People are names in alphabetical order.
	People []string
	// Sessions are indexes into Schedule.Sessions, in programme order.
	Sessions []int
}

// Index answers the browsing questions about one schedule: its talks by
// id, by track and by room, its people, its companies and search; those
// about times (sessions by day, what is on) are Timeline's. The people,
// company and search indexes are built on first use, so opening a page
// does not pay for them; an Index is safe for concurrent use.
type Index struct {
	schedule *Schedule
	byID     map[string]int
	byTrack  map[string][]int

	people        func() peopleIndex
	companies     func() companyIndex
	rooms         func() []Room
	sessionSearch func() *sessionSearch
	facts         func() *searchFacts
	peopleTexts   func() *textStore
	companyTexts  func() *textStore
	roomTexts     func() *textStore
	scratchPool   sync.Pool // *searchScratch
}

// peopleIndex is the people in order and where each name is.
type peopleIndex struct {
	list []Person
	at   map[string]int // name → index into list
}

// companyIndex is the companies and where each spelling's key is.
type companyIndex struct {
	list []Company
	at   map[string]int // companyKey → index into list
}

// NewIndex indexes s, which must not change afterwards.
func NewIndex(s *Schedule) *Index {
	x := &Index{
		schedule: s,
		byID:     make(map[string]int, len(s.Sessions)),
		byTrack:  make(map[string][]int, len(s.Tracks)),
	}
	for i, sess := range s.Sessions {
		x.byID[sess.ID] = i
		x.byTrack[sess.Track] = append(x.byTrack[sess.Track], i)
	}
	x.people = sync.OnceValue(x.buildPeople)
	x.companies = sync.OnceValue(x.buildCompanies)
	x.rooms = sync.OnceValue(x.buildRooms)
	x.sessionSearch = sync.OnceValue(x.buildSessionSearch)
	x.facts = sync.OnceValue(func() *searchFacts { f := buildFacts(s); return &f })
	x.peopleTexts = sync.OnceValue(x.buildPeopleTexts)
	x.companyTexts = sync.OnceValue(x.buildCompanyTexts)
	x.roomTexts = sync.OnceValue(x.buildRoomTexts)
	return x
}

// Prepare builds the indexes that are otherwise built on first use, so a
// caller can pay for them in the background.
func (x *Index) Prepare() {
	x.sessionSearch()
	x.facts()
	x.peopleTexts()
	x.companyTexts()
	x.roomTexts()
}

// Schedule is the indexed schedule.
func (x *Index) Schedule() *Schedule { return x.schedule }

// Session returns the session at index i.
func (x *Index) Session(i int) *Session { return &x.schedule.Sessions[i] }

// ByID returns the index of the session with that id.
func (x *Index) ByID(id string) (int, bool) {
	i, ok := x.byID[id]
	return i, ok
}

// Track lists the sessions of a track in programme order.
func (x *Index) Track(name string) []int { return x.byTrack[name] }

// People lists every speaker, sorted by name.
func (x *Index) People() []Person { return x.people().list }

// Companies lists every company, sorted by name. Speakers without a
// company are in no company.
func (x *Index) Companies() []Company { return x.companies().list }

// PersonIndex returns the position of the named person in People.
func (x *Index) PersonIndex(name string) (int, bool) {
	i, ok := x.people().at[name]
	return i, ok
}

// CompanyIndex returns the position in Companies of the company of that
// name, in any of its spellings ("Bloomberg L.P" finds "Bloomberg L.P.").
func (x *Index) CompanyIndex(name string) (int, bool) {
	i, ok := x.companies().at[companyKey(name)]
	return i, ok
}

// CompanyOf returns the position in Companies of the company the named
// speaker of session i gives on that talk.
func (x *Index) CompanyOf(session int, speaker string) (int, bool) {
	if session < 0 || session >= len(x.schedule.Sessions) {
		return 0, false
	}
	for _, sp := range x.schedule.Sessions[session].Speakers {
		if sp.Name == speaker && sp.Company != "" {
			return x.CompanyIndex(sp.Company)
		}
	}
	return 0, false
}

// Bookmarked lists the sessions in the set, in programme order.
func (x *Index) Bookmarked(b BookmarkSet) []int {
	var out []int
	for i, sess := range x.schedule.Sessions {
		if b.Has(sess.ID) {
			out = append(out, i)
		}
	}
	return out
}

func (x *Index) buildPeople() peopleIndex {
	at := map[string]int{}
	var people []Person
	for i, sess := range x.schedule.Sessions {
		for _, sp := range sess.Speakers {
			k, ok := at[sp.Name]
			if !ok {
				k = len(people)
				at[sp.Name] = k
				people = append(people, Person{Name: sp.Name, Company: sp.Company})
			}
			if s := people[k].Sessions; len(s) == 0 || s[len(s)-1] != i {
				people[k].Sessions = append(people[k].Sessions, i)
			}
			if people[k].Bio == "" {
				people[k].Bio = sp.Bio
			}
		}
	}
	sortByName(people, func(p Person) string { return p.Name })
	at = make(map[string]int, len(people))
	for i, p := range people {
		at[p.Name] = i
	}
	return peopleIndex{list: people, at: at}
}

func (x *Index) buildCompanies() companyIndex {
	type group struct {
		Company
		spellings map[string]int
		people    map[string]bool
	}
	at := map[string]*group{}
	var order []*group
	for i, sess := range x.schedule.Sessions {
		for _, sp := range sess.Speakers {
			key := companyKey(sp.Company)
			if key == "" {
				continue
			}
			g := at[key]
			if g == nil {
				g = &group{spellings: map[string]int{}, people: map[string]bool{}}
				at[key] = g
				order = append(order, g)
			}
			g.spellings[sp.Company]++
			if !g.people[sp.Name] {
				g.people[sp.Name] = true
				g.People = append(g.People, sp.Name)
			}
			if s := g.Sessions; len(s) == 0 || s[len(s)-1] != i {
				g.Sessions = append(g.Sessions, i)
			}
		}
	}
	out := make([]Company, len(order))
	for i, g := range order {
		g.Name = preferredSpelling(g.spellings)
		sortByName(g.People, func(name string) string { return name })
		out[i] = g.Company
	}
	sortByName(out, func(c Company) string { return c.Name })
	byKey := make(map[string]int, len(out))
	for i, c := range out {
		byKey[companyKey(c.Name)] = i
	}
	return companyIndex{list: out, at: byKey}
}

// companyKey groups spellings of one company: case, punctuation and
// spacing do not count.
func companyKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			space = true
		}
	}
	return b.String()
}

// preferredSpelling picks the most used spelling, then the longest (the
// one with its full stops), then the first in alphabetical order.
func preferredSpelling(spellings map[string]int) string {
	best := ""
	for s, n := range spellings {
		switch {
		case best == "",
			n > spellings[best],
			n == spellings[best] && len(s) > len(best),
			n == spellings[best] && len(s) == len(best) && s < best:
			best = s
		}
	}
	return best
}
