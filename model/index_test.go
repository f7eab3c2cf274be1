package model

import (
	"slices"
	"sync"
	"testing"
)

// indexSchedule: two tracks; Lei Chen speaks in both; Bloomberg is spelt
// two ways; one speaker has no company; names differ in case.
func indexSchedule() *Schedule {
	return &Schedule{
		Conference: "Test Summit",
		Tracks:     []string{"Core", "Streams"},
		Sessions: []Session{
			{ID: "caches", Title: "Event Driven Caches", Track: "Core",
				Speakers: []Speaker{{Name: "Brendan Powers", Company: "Bloomberg L.P"}}},
			{ID: "profiling", Title: "Profiling Streams Apps", Track: "Core",
				Speakers: []Speaker{{Name: "Lei Chen", Company: "Bloomberg L.P."}, {Name: "zoe Adams", Company: "Acme, Inc."}}},
			{ID: "ksql", Title: "KSQL in Practice", Track: "Streams",
				Speakers: []Speaker{{Name: "Almog Gavra", Company: "Confluent"}, {Name: "Indie Dev"}}},
			{ID: "joins", Title: "Joins", Track: "Streams",
				Speakers: []Speaker{{Name: "Lei Chen", Company: "Bloomberg L.P."}, {Name: "Ann Lee", Company: "ACME Inc"}}},
			{ID: "panel", Title: "Panel", Track: "Streams"},
		},
	}
}

func TestIndexByIDAndTrack(t *testing.T) {
	x := NewIndex(indexSchedule())
	for id, want := range map[string]int{"caches": 0, "ksql": 2, "panel": 4} {
		if got, ok := x.ByID(id); !ok || got != want {
			t.Errorf("ByID(%q) = %d, %v; want %d", id, got, ok, want)
		}
	}
	if _, ok := x.ByID("not-on-this-page"); ok {
		t.Error("ByID found an id the page does not have")
	}
	if got := x.Track("Core"); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("Track(Core) = %v", got)
	}
	if got := x.Track("Streams"); !slices.Equal(got, []int{2, 3, 4}) {
		t.Errorf("Track(Streams) = %v", got)
	}
	if got := x.Track("Nope"); len(got) != 0 {
		t.Errorf("Track(Nope) = %v", got)
	}
	if x.Session(2).Title != "KSQL in Practice" || x.Schedule().Conference != "Test Summit" {
		t.Error("Session or Schedule does not give the indexed schedule")
	}
}

// TestIndexPeople: every speaker once, sorted as a person looks names up
// (ignoring case), with their talks across tracks in programme order.
func TestIndexPeople(t *testing.T) {
	x := NewIndex(indexSchedule())
	want := []Person{
		{Name: "Almog Gavra", Company: "Confluent", Sessions: []int{2}},
		{Name: "Ann Lee", Company: "ACME Inc", Sessions: []int{3}},
		{Name: "Brendan Powers", Company: "Bloomberg L.P", Sessions: []int{0}},
		{Name: "Indie Dev", Company: "", Sessions: []int{2}},
		{Name: "Lei Chen", Company: "Bloomberg L.P.", Sessions: []int{1, 3}},
		{Name: "zoe Adams", Company: "Acme, Inc.", Sessions: []int{1}},
	}
	got := x.People()
	if !slices.EqualFunc(got, want, samePerson) {
		t.Errorf("People() =\n%+v\nwant\n%+v", got, want)
	}
	for i, p := range want {
		if at, ok := x.PersonIndex(p.Name); !ok || at != i {
			t.Errorf("PersonIndex(%q) = %d, %v; want %d", p.Name, at, ok, i)
		}
	}
	for _, name := range []string{"lei chen", "Nobody", ""} {
		if at, ok := x.PersonIndex(name); ok {
			t.Errorf("PersonIndex(%q) = %d, found", name, at)
		}
	}
}

func samePerson(a, b Person) bool {
	return a.Name == b.Name && a.Company == b.Company && slices.Equal(a.Sessions, b.Sessions)
}

// TestIndexCompanies: spellings differing in case, punctuation or spacing
// are one company ("Bloomberg L.P" and "Bloomberg L.P."), named by the
// spelling used most (then the fuller one); speakers without a company are
// in none.
func TestIndexCompanies(t *testing.T) {
	x := NewIndex(indexSchedule())
	want := []Company{
		{Name: "Acme, Inc.", People: []string{"Ann Lee", "zoe Adams"}, Sessions: []int{1, 3}},
		{Name: "Bloomberg L.P.", People: []string{"Brendan Powers", "Lei Chen"}, Sessions: []int{0, 1, 3}},
		{Name: "Confluent", People: []string{"Almog Gavra"}, Sessions: []int{2}},
	}
	got := x.Companies()
	same := func(a, b Company) bool {
		return a.Name == b.Name && slices.Equal(a.People, b.People) && slices.Equal(a.Sessions, b.Sessions)
	}
	if !slices.EqualFunc(got, want, same) {
		t.Errorf("Companies() =\n%+v\nwant\n%+v", got, want)
	}
}

func TestIndexCompanyNameIsTheCommonestSpelling(t *testing.T) {
	s := &Schedule{Tracks: []string{"T"}}
	for i, c := range []string{"IBM", "I.B.M.", "IBM", "ibm"} {
		s.Sessions = append(s.Sessions, Session{ID: string(rune('a' + i)), Track: "T", Speakers: []Speaker{{Name: string(rune('A' + i)), Company: c}}})
	}
	got := NewIndex(s).Companies()
	if len(got) != 1 || got[0].Name != "IBM" || len(got[0].People) != 4 {
		t.Errorf("Companies() = %+v, want one company IBM of four people", got)
	}
}

func TestIndexBookmarked(t *testing.T) {
	x := NewIndex(indexSchedule())
	b := NewBookmarkSet([]string{"panel", "caches", "gone-from-the-page"})
	if got := x.Bookmarked(b); !slices.Equal(got, []int{0, 4}) {
		t.Errorf("Bookmarked = %v, want [0 4] (programme order)", got)
	}
	if got := x.Bookmarked(BookmarkSet{}); len(got) != 0 {
		t.Errorf("Bookmarked(empty) = %v", got)
	}
}

// TestIndexConcurrentUse: the lazily built indexes may be asked for from
// several goroutines at once (run with -race).
func TestIndexConcurrentUse(t *testing.T) {
	x := NewIndex(indexSchedule())
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if len(x.People()) != 6 || len(x.Companies()) != 3 {
				t.Error("wrong index sizes")
			}
			if _, ok := x.PersonIndex("Lei Chen"); !ok {
				t.Error("PersonIndex(Lei Chen) not found")
			}
		})
	}
	wg.Wait()
}

func TestIndexEmptySchedule(t *testing.T) {
	x := NewIndex(&Schedule{})
	if len(x.People()) != 0 || len(x.Companies()) != 0 || len(x.Track("Keynotes")) != 0 {
		t.Error("an empty schedule has entries")
	}
	if _, ok := x.PersonIndex("Anyone"); ok {
		t.Error("PersonIndex found someone in an empty schedule")
	}
}
