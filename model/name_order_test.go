package model

import (
	"slices"
	"testing"
)

// The speakers and companies indexes sort names as a person looks them
// up: accents and case fold, so Gábor comes before Gwenaël and Özcan is
// among the O's, not after the Z's.
func TestNamesSortByCollation(t *testing.T) {
	names := []string{"Zoë Baker", "Özcan Yılmaz", "Gwenaël Pellen", "Ozzy Ng", "Émile Roy", "Gábor Szabó", "Oliver Hart", "ann lee", "Eve Moss", "Ann Lee"}
	var s Schedule
	for _, n := range names {
		s.Sessions = append(s.Sessions, Session{ID: n, Title: n, Speakers: []Speaker{{Name: n, Company: n + " Ltd"}}})
	}
	want := []string{"ann lee", "Ann Lee", "Émile Roy", "Eve Moss", "Gábor Szabó", "Gwenaël Pellen", "Oliver Hart", "Özcan Yılmaz", "Ozzy Ng", "Zoë Baker"}
	x := NewIndex(&s)
	var got []string
	for i, p := range x.People() {
		got = append(got, p.Name)
		if at, ok := x.PersonIndex(p.Name); !ok || at != i {
			t.Errorf("PersonIndex(%q) = %d, %v; want %d", p.Name, at, ok, i)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("people in order %q, want %q", got, want)
	}
	got = got[:0]
	for _, c := range x.Companies() {
		got = append(got, c.Name)
	}
	wantCompanies := []string{"Ann Lee Ltd", "Émile Roy Ltd", "Eve Moss Ltd", "Gábor Szabó Ltd", "Gwenaël Pellen Ltd", "Oliver Hart Ltd", "Özcan Yılmaz Ltd", "Ozzy Ng Ltd", "Zoë Baker Ltd"}
	if !slices.Equal(got, wantCompanies) {
		t.Errorf("companies in order %q, want %q", got, wantCompanies)
	}
}
