package ui

import (
	"slices"
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// companiesSource is the companies index: every company, by name, with
// its people and talks.
type companiesSource struct {
	c   *common
	all []int
}

func newCompaniesSource(c *common) *companiesSource {
	return &companiesSource{c: c, all: seq(len(c.idx.Companies()))}
}

func (s *companiesSource) company(item int) model.Company { return s.c.idx.Companies()[item] }

func (s *companiesSource) ref() placeRef          { return placeRef{Kind: kindCompanies} }
func (s *companiesSource) crumb() string          { return "Companies" }
func (s *companiesSource) version() int           { return 0 }
func (s *companiesSource) noun() (string, string) { return "company", "companies" }
func (s *companiesSource) empty() string          { return "This page names no companies." }
func (s *companiesSource) placeholder() string    { return "a company or one of its people" }
func (s *companiesSource) key(item int) string    { return s.company(item).Name }
func (s *companiesSource) find(name string) (int, bool) {
	return companyIndex(s.c.idx, name)
}

func (s *companiesSource) items() []int { return s.all }

func (s *companiesSource) text(item int) (title, desc string) {
	c := s.company(item)
	return c.Name, plural(len(c.People), "person", "people") + s.c.styles.G.Dot + plural(len(c.Sessions), "talk", "talks")
}

func (s *companiesSource) searcher() searchFunc {
	idx := s.c.idx
	return func(candidates []int, q model.Query) []row {
		return itemRows(idx.SearchCompanies(candidates, q), false) // the second line shows counts, not the people
	}
}

func (s *companiesSource) open(item int) (listSource, bool) { return companyTalks(s.c, item), true }

func (s *companiesSource) talk(int) (*model.Session, bool) { return nil, false }

func (s *companiesSource) people(item int) []string { return s.company(item).People }

func (s *companiesSource) companies(item int) []string { return []string{s.company(item).Name} }

func (s *companiesSource) offers(int) (people, companies bool) { return true, true }

func (s *companiesSource) detail(item int, width int, q model.Query) string {
	st := s.c.styles
	c := s.company(item)
	wrap := detailWrap(width)
	people := make([]string, len(c.People))
	for i, p := range c.People {
		people[i] = highlightQuery(p, q, st.DetailText, st.Match)
	}
	return strings.Join([]string{
		wrap.Render(highlightQuery(c.Name, q, st.DetailTitle, st.Match)),
		wrap.Render(strings.Join(people, st.DetailText.Render(", "))),
		st.DetailLabel.Render(talksHint(len(c.Sessions))),
	}, "\n")
}

func (s *companiesSource) body(item int) itemBody { return itemBody{talks: s.company(item).Sessions} }

// The company questions below are answered from the companies index,
// whose names are the page's preferred spellings.

// companyIndex finds a company by name, in any of its spellings.
func companyIndex(idx *model.Index, name string) (int, bool) { return idx.CompanyIndex(name) }

// companyNames are the companies of a talk's speakers, each once, in
// speaker order.
func companyNames(idx *model.Index, session int) []string {
	var out []string
	for _, sp := range idx.Session(session).Speakers {
		if i, ok := idx.CompanyOf(session, sp.Name); ok {
			if name := idx.Companies()[i].Name; !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// personCompanies are the companies a person is named with.
func personCompanies(idx *model.Index, name string) []string {
	var out []string
	for _, c := range idx.Companies() {
		if slices.Contains(c.People, name) {
			out = append(out, c.Name)
		}
	}
	return out
}
