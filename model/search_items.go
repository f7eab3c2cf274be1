package model

import (
	"slices"
	"strings"
)

// The indexes search what they hold: a person's name and company, a
// company's name and people, a room's name, by the same rules as talks.
// Field filters select the entries with a talk that passes them: day:sat
// in the speakers index lists who speaks on Saturday.

// ItemMatch is one entry of an index (a person, a company, a room) that
// matches a query, with what to highlight: rune positions in its name and
// in its detail, which is a person's Company, or a company's People as
// strings.Join(People, ", "); a room has no detail.
type ItemMatch struct {
	Item       int // a position in People, Companies or Rooms
	Score      int
	NameHits   []int
	DetailHits []int
}

// The segments of an index entry's searchable text.
const (
	itemName = iota
	itemDetail
	itemSegs
)

const (
	weightName   = 100
	weightDetail = 60
)

// CompanyPeople is a company's detail as the search sees it: its people,
// comma-separated.
func CompanyPeople(c *Company) string { return strings.Join(c.People, ", ") }

func buildItemTexts(n int, text func(i, seg int) string) *textStore {
	b := newStoreBuilder(itemSegs, itemSegs, false, n, 0)
	for i := range n {
		for seg := range itemSegs {
			b.text(text(i, seg))
			b.end()
		}
	}
	return b.finish()
}

func (x *Index) personText(i, seg int) string {
	p := &x.People()[i]
	if seg == itemName {
		return p.Name
	}
	return p.Company
}

func (x *Index) companyText(i, seg int) string {
	c := &x.Companies()[i]
	if seg == itemName {
		return c.Name
	}
	return CompanyPeople(c)
}

func (x *Index) roomText(i, seg int) string {
	if seg == itemName {
		return x.Rooms()[i].Name
	}
	return ""
}

func (x *Index) buildPeopleTexts() *textStore {
	return buildItemTexts(len(x.People()), x.personText)
}

func (x *Index) buildCompanyTexts() *textStore {
	return buildItemTexts(len(x.Companies()), x.companyText)
}

func (x *Index) buildRoomTexts() *textStore {
	return buildItemTexts(len(x.Rooms()), x.roomText)
}

// SearchPeople returns the people among candidates (positions in People)
// whose name or company matches q, best first, then in the index's order.
func (x *Index) SearchPeople(candidates []int, q Query) []ItemMatch {
	people := x.People()
	return x.searchItems(x.peopleTexts(), candidates, q, func(i int) []int { return people[i].Sessions }, x.personText)
}

// SearchCompanies returns the companies among candidates (positions in
// Companies) whose name or people match q.
func (x *Index) SearchCompanies(candidates []int, q Query) []ItemMatch {
	companies := x.Companies()
	return x.searchItems(x.companyTexts(), candidates, q, func(i int) []int { return companies[i].Sessions }, x.companyText)
}

// SearchRooms returns the rooms among candidates (positions in Rooms)
// whose name matches q.
func (x *Index) SearchRooms(candidates []int, q Query) []ItemMatch {
	rooms := x.Rooms()
	return x.searchItems(x.roomTexts(), candidates, q, func(i int) []int { return rooms[i].Sessions }, x.roomText)
}

func (x *Index) searchItems(st *textStore, candidates []int, q Query, sessions func(int) []int, text func(i, seg int) string) []ItemMatch {
	sc := x.scratch()
	defer x.release(sc)
	terms := compileTerms(st, q, sc)
	facts := (*searchFacts)(nil)
	var ff factFilter
	if q.hasFilters() {
		facts = x.facts()
		ff = facts.compile(q)
	}
	sc.prepare(st.items())
	for _, i := range candidates {
		if ff.active() && !slices.ContainsFunc(sessions(i), func(s int) bool { return facts.match(&ff, s) }) {
			continue
		}
		score, ok := itemScore(st, i, terms)
		if !ok {
			continue
		}
		sc.found(i, score)
		sc.hits = appendHits(sc.hits, st.segment(i, itemName), st.segmentSpans(i, itemName), terms, func() string { return text(i, itemName) })
		sc.offs = append(sc.offs, int32(len(sc.hits)))
		sc.hits = appendHits(sc.hits, st.segment(i, itemDetail), st.segmentSpans(i, itemDetail), terms, func() string { return text(i, itemDetail) })
	}
	slices.Sort(sc.keys)

	out := make([]ItemMatch, len(sc.keys))
	hits := slices.Clone(sc.hits)
	for k, key := range sc.keys {
		score, i := unpackKey(key)
		out[k] = ItemMatch{Item: i, Score: score}
		out[k].NameHits, out[k].DetailHits = sc.hitsOf(hits, i)
	}
	return out
}

// itemScore adds up each query word's best match in an entry's name or
// detail.
func itemScore(st *textStore, i int, terms []termMatcher) (score int, ok bool) {
	name, detail := st.segment(i, itemName), st.segment(i, itemDetail)
	for ti := range terms {
		m := &terms[ti]
		best := 0
		if k, first := m.best(name); k != kindNone {
			best = weightName + kindBonus(k)
			if first {
				best += bonusFirstWord
			}
		}
		if k, _ := m.best(detail); k != kindNone {
			best = max(best, weightDetail+kindBonus(k))
		}
		if best == 0 {
			return 0, false
		}
		score += best
	}
	return score, true
}
