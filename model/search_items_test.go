package model_test

import (
	"slices"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

func itemNames(ms []model.ItemMatch, name func(int) string) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, name(m.Item))
	}
	return out
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// peopleSchedule: people of two companies, one spelt two ways, one
// person without a company, accents, on two days.
func peopleSchedule() *model.Schedule {
	s := timedSchedule()
	s.Sessions[0].Speakers = []model.Speaker{{Name: "Martin Kleppmann", Company: "Data-Intensive Apps"}, {Name: "Lei Chen", Company: "Bloomberg L.P."}}
	s.Sessions[3].Speakers = []model.Speaker{{Name: "Lei Chen", Company: "Bloomberg L.P"}}
	s.Sessions[4].Speakers = []model.Speaker{{Name: "Brendan Powers", Company: "Bloomberg L.P."}, {Name: "Indie Dev"}}
	return s
}

func TestSearchPeople(t *testing.T) {
	x := model.NewIndex(peopleSchedule())
	people := x.People()
	name := func(i int) string { return people[i].Name }
	tests := []struct {
		query string
		want  []string
	}{
		{"lei", []string{"Lei Chen"}},
		{"bloomberg", []string{"Brendan Powers", "Lei Chen"}}, // by company
		{"lei bloomberg", []string{"Lei Chen"}},               // a name and a company
		{"jurgen", []string{"Jürgen Weiß"}},
		{"kleppman", []string{"Martin Kleppmann"}}, // a prefix
		{"klepmann", []string{"Martin Kleppmann"}}, // a slip
		{"mkl", nil}, // scattered letters
		{"b", []string{"Brendan Powers", "Lei Chen"}},
		{"day:sun", []string{"Anna Povzner", "Brendan Powers", "Indie Dev"}}, // who speaks on Sunday
		{"bloomberg day:sun", []string{"Brendan Powers"}},
		{"room:janson", []string{"Brendan Powers", "Indie Dev", "Lei Chen", "Martin Kleppmann"}},
		{"after:99", nil},
	}
	for _, tt := range tests {
		got := itemNames(x.SearchPeople(seq(len(people)), model.ParseQuery(tt.query)), name)
		if !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 {
			t.Errorf("SearchPeople(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
	ms := x.SearchPeople(seq(len(people)), model.ParseQuery("lei bloom"))
	if len(ms) != 1 || !slices.Equal(ms[0].NameHits, []int{0, 1, 2}) || !slices.Equal(ms[0].DetailHits, []int{0, 1, 2, 3, 4}) {
		t.Errorf("highlights %+v, want Lei in the name and Bloom in the company", ms)
	}
}

func TestSearchCompanies(t *testing.T) {
	x := model.NewIndex(peopleSchedule())
	companies := x.Companies()
	name := func(i int) string { return companies[i].Name }
	tests := []struct {
		query string
		want  []string
	}{
		{"bloomberg", []string{"Bloomberg L.P."}},
		{"data intensive", []string{"Data-Intensive Apps"}},
		{"chen", []string{"Bloomberg L.P."}}, // by its people
		{"kleppmann", []string{"Data-Intensive Apps"}},
		{"confluent", []string{"Confluent"}},
		{"day:sun", []string{"Bloomberg L.P.", "Confluent"}},
		{"xyz", nil},
	}
	for _, tt := range tests {
		got := itemNames(x.SearchCompanies(seq(len(companies)), model.ParseQuery(tt.query)), name)
		if !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 {
			t.Errorf("SearchCompanies(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
	i, _ := x.CompanyIndex("Bloomberg L.P")
	ms := x.SearchCompanies([]int{i}, model.ParseQuery("powers"))
	c := companies[i]
	if want := []int{8, 9, 10, 11, 12, 13}; len(ms) != 1 || !slices.Equal(ms[0].DetailHits, want) || model.CompanyPeople(&c) != "Brendan Powers, Lei Chen" {
		t.Errorf("highlights %+v in %q, want %v", ms, model.CompanyPeople(&c), want)
	}
}

func TestRooms(t *testing.T) {
	x := model.NewIndex(timedSchedule())
	var got []string
	for _, r := range x.Rooms() {
		got = append(got, r.Name)
	}
	// The schedule's order; "H.2215 (Ferrer)" holds no talk.
	if want := []string{"Janson", "UB2.252A (Lameere)", "K.1.105 (La Fontaine)"}; !slices.Equal(got, want) {
		t.Errorf("Rooms() = %q, want %q", got, want)
	}
	if r := x.Rooms()[0]; !slices.Equal(r.Sessions, []int{0, 3, 4}) {
		t.Errorf("Janson's talks %v, want [0 3 4]", r.Sessions)
	}
	if i, ok := x.RoomIndex("K.1.105 (La Fontaine)"); !ok || i != 2 {
		t.Errorf("RoomIndex = %d, %v", i, ok)
	}
	if _, ok := x.RoomIndex("Nowhere"); ok {
		t.Error("RoomIndex found a room the page does not have")
	}
	rooms := x.Rooms()
	name := func(i int) string { return rooms[i].Name }
	for q, want := range map[string][]string{
		"ub2":        {"UB2.252A (Lameere)"},
		"fontaine":   {"K.1.105 (La Fontaine)"},
		"k.1":        {"K.1.105 (La Fontaine)"},
		"janson":     {"Janson"},
		"day:sun":    {"Janson", "UB2.252A (Lameere)"},
		"lang:de":    {"K.1.105 (La Fontaine)"},
		"xyz":        nil,
		"jansn":      {"Janson"}, // a slip in five letters
		"jasn":       nil,        // but not in four
		"lamere":     {"UB2.252A (Lameere)"},
		"la fontane": {"K.1.105 (La Fontaine)"},
	} {
		got := itemNames(x.SearchRooms(seq(len(rooms)), model.ParseQuery(q)), name)
		if !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("SearchRooms(%q) = %q, want %q", q, got, want)
		}
	}
	if len(model.NewIndex(&model.Schedule{}).Rooms()) != 0 {
		t.Error("a schedule without rooms has rooms")
	}
}

// TestCompanyOf: the company a speaker gives on a talk, found in any of
// its spellings; a person's company; none for a speaker without one.
func TestCompanyOf(t *testing.T) {
	x := model.NewIndex(peopleSchedule())
	companies := x.Companies()
	at := func(i int, ok bool) string {
		if !ok {
			return "-"
		}
		return companies[i].Name
	}
	tests := []struct {
		session int
		speaker string
		want    string
	}{
		{0, "Martin Kleppmann", "Data-Intensive Apps"},
		{0, "Lei Chen", "Bloomberg L.P."},
		{3, "Lei Chen", "Bloomberg L.P."}, // spelt "Bloomberg L.P" on this talk
		{4, "Indie Dev", "-"},
		{4, "Martin Kleppmann", "-"}, // not a speaker of this talk
		{99, "Lei Chen", "-"},
	}
	for _, tt := range tests {
		if got := at(x.CompanyOf(tt.session, tt.speaker)); got != tt.want {
			t.Errorf("CompanyOf(%d, %q) = %s, want %s", tt.session, tt.speaker, got, tt.want)
		}
	}
	for name, want := range map[string]string{"Martin Kleppmann": "Data-Intensive Apps", "Lei Chen": "Bloomberg L.P.", "Indie Dev": "-"} {
		p, ok := x.PersonIndex(name)
		if !ok {
			t.Fatalf("no person %q", name)
		}
		if got := at(x.CompanyIndex(x.People()[p].Company)); got != want {
			t.Errorf("the company of %s = %s, want %s", name, got, want)
		}
	}
	for _, spelling := range []string{"Bloomberg L.P", "bloomberg lp", "BLOOMBERG L.P."} {
		if got := at(x.CompanyIndex(spelling)); got != "Bloomberg L.P." {
			t.Errorf("CompanyIndex(%q) = %s", spelling, got)
		}
	}
	if got := at(x.CompanyIndex("Nobody Inc")); got != "-" {
		t.Errorf("CompanyIndex(Nobody Inc) = %s", got)
	}
}
