package ui

import (
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// peopleSource is the speakers index: every speaker, by name, with their
// company and talks.
type peopleSource struct {
	c   *common
	all []int
}

func newPeopleSource(c *common) *peopleSource {
	return &peopleSource{c: c, all: seq(len(c.idx.People()))}
}

func (s *peopleSource) person(item int) model.Person { return s.c.idx.People()[item] }

func (s *peopleSource) ref() placeRef                { return placeRef{Kind: kindSpeakers} }
func (s *peopleSource) crumb() string                { return "Speakers" }
func (s *peopleSource) version() int                 { return 0 }
func (s *peopleSource) noun() (string, string)       { return "person", "people" }
func (s *peopleSource) empty() string                { return "This page names no speakers." }
func (s *peopleSource) placeholder() string          { return "a speaker's name or company" }
func (s *peopleSource) key(item int) string          { return s.person(item).Name }
func (s *peopleSource) find(name string) (int, bool) { return s.c.idx.PersonIndex(name) }

func (s *peopleSource) items() []int { return s.all }

func (s *peopleSource) text(item int) (title, desc string) {
	p := s.person(item)
	desc = plural(len(p.Sessions), "talk", "talks")
	if p.Company != "" {
		desc = p.Company + s.c.styles.G.Dot + desc
	}
	return p.Name, desc
}

func (s *peopleSource) searcher() searchFunc {
	idx := s.c.idx
	return func(candidates []int, q model.Query) []row {
		return itemRows(idx.SearchPeople(candidates, q), true)
	}
}

func (s *peopleSource) open(item int) (listSource, bool) { return personTalks(s.c, item), true }

func (s *peopleSource) talk(int) (*model.Session, bool) { return nil, false }

func (s *peopleSource) people(item int) []string { return []string{s.person(item).Name} }

func (s *peopleSource) companies(item int) []string {
	return personCompanies(s.c.idx, s.person(item).Name)
}

func (s *peopleSource) offers(item int) (people, companies bool) {
	return true, s.person(item).Company != ""
}

func (s *peopleSource) detail(item int, width int, q model.Query) string {
	st, g := s.c.styles, s.c.styles.G
	p := s.person(item)
	wrap := detailWrap(width)
	head := highlightQuery(p.Name, q, st.DetailTitle, st.Match)
	if p.Company != "" {
		head += st.Company.Render(g.Dot) + highlightQuery(p.Company, q, st.Company, st.Match)
	}
	lines := []string{wrap.Render(head)}
	if more := personCompanies(s.c.idx, p.Name); len(more) > 1 {
		lines = append(lines, wrap.Render(st.DetailLabel.Render("Companies ")+st.DetailText.Render(strings.Join(more, ", "))))
	}
	lines = append(lines, st.DetailLabel.Render(talksHint(len(p.Sessions))))
	return strings.Join(lines, "\n")
}

func (s *peopleSource) body(item int) itemBody {
	p := s.person(item)
	return itemBody{talks: p.Sessions, about: aboutPerson(s.c, p.Name)}
}

// itemRows are an index's matches as list rows; the details' hits only
// where the second line begins with the text they were found in.
func itemRows(matches []model.ItemMatch, detail bool) []row {
	rows := make([]row, len(matches))
	for i, mt := range matches {
		rows[i] = row{item: mt.Item, titleHits: mt.NameHits}
		if detail {
			rows[i].descHits = mt.DetailHits
		}
	}
	return rows
}

// seq is 0, 1, …, n-1.
func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
