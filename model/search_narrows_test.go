package model_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/seeds"
)

// TestNarrowsIsSound: whenever a query narrows the one before it, a
// search among the earlier query's matches gives exactly what a search
// of everything gives: the same talks, scores, order and highlights. The
// queries are typed letter by letter and then erased, as a person does,
// from random words of the page (whole, cut short, with a slip, in
// capitals, with accents), field filters and punctuation, over the
// built-in page and over a page with days, times and rooms.
func TestNarrowsIsSound(t *testing.T) {
	seed, err := data.ParsePage(seeds.DefaultName, seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range []struct {
		name  string
		sched *model.Schedule
	}{{"seed", &seed}, {"timed", timedSchedule()}} {
		t.Run(page.name, func(t *testing.T) {
			x := model.NewIndex(page.sched)
			everything := all(page.sched)
			pool := queryPool(page.sched)
			r := rand.New(rand.NewPCG(2019, uint64(len(page.sched.Sessions))))
			steps, narrowed, nonEmpty := 0, 0, 0
			for range 300 {
				full := randomQuery(r, pool)
				var typed []string
				for i := range full {
					typed = append(typed, full[:i])
				}
				typed = append(typed, full)
				// Erase a few letters and type others, as a person
				// correcting a slip.
				cut := max(len(full)-r.IntN(4), 0)
				for !utf8.ValidString(full[:cut]) {
					cut--
				}
				typed = append(typed, full[:cut], full[:cut]+pool.letters[r.IntN(len(pool.letters))])

				prevQuery := model.ParseQuery("")
				prevMatches := x.SearchSessions(everything, prevQuery)
				for _, s := range typed {
					q := model.ParseQuery(s)
					want := x.SearchSessions(everything, q)
					steps++
					if q.Narrows(prevQuery) {
						narrowed++
						if len(want) > 0 {
							nonEmpty++
						}
						candidates := make([]int, len(prevMatches))
						for i, m := range prevMatches {
							candidates[i] = m.Session
						}
						if got := x.SearchSessions(candidates, q); !sameMatches(got, want) {
							t.Fatalf("%q narrows %q, but among its %d matches finds %v, not %v",
								s, prevQuery, len(prevMatches), matchIDs(x, got), matchIDs(x, want))
						}
					}
					prevQuery, prevMatches = q, want
				}
			}
			// The property must have been put to the test.
			if narrowed < steps/4 || nonEmpty < narrowed/4 {
				t.Errorf("%d steps, %d narrowing, %d of them with matches: too few to show anything", steps, narrowed, nonEmpty)
			}

			// Pairs that differ in a filter's value only, which typing
			// rarely gives: a later after:, another day.
			pairs := 0
			for range 3000 {
				words := randomQuery(r, pool)
				if r.IntN(2) == 0 {
					words = ""
				}
				field := filterFields[r.IntN(len(filterFields))]
				prev := model.ParseQuery(words + " " + field + ":" + randomValue(r, field, pool))
				q := model.ParseQuery(words + " " + field + ":" + randomValue(r, field, pool))
				if !q.Narrows(prev) {
					continue
				}
				pairs++
				want := x.SearchSessions(everything, q)
				var candidates []int
				for _, m := range x.SearchSessions(everything, prev) {
					candidates = append(candidates, m.Session)
				}
				if got := x.SearchSessions(candidates, q); !sameMatches(got, want) {
					t.Fatalf("%q narrows %q, but among its matches finds %v, not %v", q, prev, matchIDs(x, got), matchIDs(x, want))
				}
			}
			if pairs < 300 {
				t.Errorf("only %d pairs of filters narrowed", pairs)
			}
		})
	}
}

func sameMatches(a, b []model.SessionMatch) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !reflect.DeepEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

type pool struct {
	words   []string
	filters []string
	letters []string
}

// queryPool gathers what random queries are made of: the page's words,
// filters on its fields, and odd letters.
func queryPool(s *model.Schedule) pool {
	var p pool
	add := func(text string) {
		for w := range strings.FieldsSeq(text) {
			if w = strings.Trim(w, ".,:;!?()"); w != "" {
				p.words = append(p.words, w)
			}
		}
	}
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		add(sess.Title)
		add(model.SpeakerLine(sess))
		add(sess.Track)
		for _, sp := range sess.Speakers {
			add(sp.Company)
		}
		if words := strings.Fields(sess.Abstract); len(words) > 0 {
			add(strings.Join(words[:min(len(words), 12)], " "))
		}
		p.filters = append(p.filters, `track:"`+sess.Track+`"`, "track:"+firstWord(sess.Track))
		if sess.Room != "" {
			p.filters = append(p.filters, `room:"`+sess.Room+`"`, "room:"+firstWord(sess.Room))
		}
		for _, sp := range sess.Speakers {
			p.filters = append(p.filters, "speaker:"+firstWord(sp.Name))
			if sp.Company != "" {
				p.filters = append(p.filters, "company:"+firstWord(sp.Company))
			}
		}
	}
	p.filters = append(p.filters,
		"day:sat", "day:s", "day:sun", "day:1", "day:2", "day:2026-01-31", "day:mon", "day:x",
		"after:9", "after:14", "after:14:30", "after:2pm", "after:23:00", "after:14:3",
		"before:10", "before:16:00", "before:1", "before:x",
		"lang:de", "lang:en", "language:e", "type:lec", "type:workshop", "room:", "track:")
	p.letters = []string{"a", "e", "s", "k", "ü", "’", "-", " ", ":", `"`, "x", "1"}
	return p
}

var filterFields = []string{"day", "after", "before", "room", "track", "lang", "type", "speaker", "company"}

// randomValue is a value for a field: often valid, sometimes not.
func randomValue(r *rand.Rand, field string, p pool) string {
	switch field {
	case "after", "before":
		values := []string{"0", "9", "9:30", "10", "14", "14:00", "14:30", "15:30", "16", "2pm", "23:00", "24:00", "14:3", "x"}
		return values[r.IntN(len(values))]
	case "day":
		values := []string{"s", "sa", "sat", "saturday", "su", "sun", "t", "1", "2", "3", "2026-01-31", "2026-02-01", "x"}
		return values[r.IntN(len(values))]
	case "lang":
		values := []string{"", "d", "de", "e", "en", "fr"}
		return values[r.IntN(len(values))]
	case "type":
		values := []string{"", "l", "lec", "lecture", "w", "workshop", "keynote"}
		return values[r.IntN(len(values))]
	}
	var names []string
	for _, f := range p.filters {
		if v, ok := strings.CutPrefix(f, field+":"); ok {
			names = append(names, strings.Trim(v, `"`))
		}
	}
	if len(names) == 0 {
		return ""
	}
	// A name cut short, so that one value often starts another.
	rs := []rune(names[r.IntN(len(names))])
	return `"` + string(rs[:r.IntN(len(rs)+1)]) + `"`
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

// randomQuery is one to three words and filters, some changed.
func randomQuery(r *rand.Rand, p pool) string {
	n := 1 + r.IntN(3)
	parts := make([]string, n)
	for i := range parts {
		if r.IntN(4) == 0 {
			parts[i] = p.filters[r.IntN(len(p.filters))]
			continue
		}
		w := p.words[r.IntN(len(p.words))]
		switch r.IntN(6) {
		case 0: // cut short
			rs := []rune(w)
			w = string(rs[:1+r.IntN(len(rs))])
		case 1: // a slip: two letters swapped, or one dropped
			rs := []rune(w)
			if len(rs) > 2 {
				i := r.IntN(len(rs) - 1)
				if r.IntN(2) == 0 {
					rs[i], rs[i+1] = rs[i+1], rs[i]
				} else {
					rs = append(rs[:i], rs[i+1:]...)
				}
			}
			w = string(rs)
		case 2:
			w = strings.ToUpper(w)
		case 3:
			w = strings.NewReplacer("u", "ü", "o", "ø", "'", "’", "e", "é").Replace(w)
		}
		parts[i] = w
	}
	return strings.Join(parts, " ")
}
