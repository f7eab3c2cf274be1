package model

import (
	"slices"
	"time"
)

// What the field filters test, worked out once per schedule: each
// session's room, track, language, type, speakers and companies as numbers
// into tables of distinct values (a filter is tried once per value, not
// once per session), and its day and start time.

// valueTable is the distinct values of one field, with their folded
// words.
type valueTable struct {
	at    map[string]int32
	words [][]string
}

// id numbers a value; "" has none.
func (t *valueTable) id(v string, ws *wordScanner) int32 {
	if v == "" {
		return -1
	}
	if t.at == nil {
		t.at = map[string]int32{}
	}
	if id, ok := t.at[v]; ok {
		return id
	}
	id := int32(len(t.words))
	t.at[v] = id
	var words []string
	ws.scan(v, func(w []byte, _ wordSpan) { words = append(words, string(w)) })
	t.words = append(t.words, words)
	return id
}

// matching marks the values whose words the filter's words start.
func (t *valueTable) matching(f Filter) []bool {
	out := make([]bool, len(t.words))
	for i, name := range t.words {
		out[i] = matchWords(f.words, name)
	}
	return out
}

// dayFact is one conference day as the day: filter sees it.
type dayFact struct {
	date    string // "2026-01-31"
	weekday time.Weekday
	mday    int // the day of the month, 31
}

// sessionFact is one session's values; -1 where it has none.
type sessionFact struct {
	room, track, lang, typ, level int32
	day                           int32 // into facts.days
	// minute is the start in minutes from the midnight that begins the
	// session's day, so a talk at 00:30 after a long first evening is at
	// 24:30 of that day; -1 when the session has no time.
	minute int32
	// people and companies are the session's speakers and their
	// companies, facts.refs[people:people+nPeople] and so on.
	people, companies, tags    uint32
	nPeople, nCompanies, nTags uint16
}

type searchFacts struct {
	rooms, tracks, langs, types, levels, people, companies, tags valueTable
	days                                                         []dayFact
	sessions                                                     []sessionFact
	refs                                                         []int32
}

func buildFacts(s *Schedule) searchFacts {
	var f searchFacts
	var ws wordScanner
	f.days = dayFacts(s)
	dayAt := make(map[string]int32, len(f.days))
	for i, d := range f.days {
		dayAt[d.date] = int32(i)
	}
	f.sessions = make([]sessionFact, len(s.Sessions))
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		fact := sessionFact{
			room:   f.rooms.id(sess.Room, &ws),
			track:  f.tracks.id(sess.Track, &ws),
			lang:   f.langs.id(sess.Language, &ws),
			typ:    f.types.id(sess.Type, &ws),
			level:  f.levels.id(sess.Level, &ws),
			day:    -1,
			minute: -1,
		}
		if day, ok := dayAt[SessionDay(sess)]; ok {
			fact.day = day
			if sess.Timed() {
				fact.minute = int32(minutesIntoDay(sess.Start, f.days[day].date))
			}
		}
		fact.people = uint32(len(f.refs))
		for _, sp := range sess.Speakers {
			if id := f.people.id(sp.Name, &ws); id >= 0 && !slices.Contains(f.refs[fact.people:], id) {
				f.refs = append(f.refs, id)
			}
		}
		fact.nPeople = uint16(min(len(f.refs)-int(fact.people), 1<<16-1))
		fact.companies = uint32(len(f.refs))
		for _, sp := range sess.Speakers {
			if id := f.companies.id(sp.Company, &ws); id >= 0 && !slices.Contains(f.refs[fact.companies:], id) {
				f.refs = append(f.refs, id)
			}
		}
		fact.nCompanies = uint16(min(len(f.refs)-int(fact.companies), 1<<16-1))
		fact.tags = uint32(len(f.refs))
		for _, tag := range sess.Tags {
			if id := f.tags.id(tag, &ws); id >= 0 && !slices.Contains(f.refs[fact.tags:], id) {
				f.refs = append(f.refs, id)
			}
		}
		fact.nTags = uint16(min(len(f.refs)-int(fact.tags), 1<<16-1))
		f.sessions[i] = fact
	}
	f.refs = slices.Clip(f.refs)
	return f
}

// minutesIntoDay is the wall-clock time of t in minutes from the midnight
// that begins date, which may be the day before t's own.
func minutesIntoDay(t time.Time, date string) int {
	d, _ := time.Parse(time.DateOnly, date) // a date of dayFacts
	own := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	days := int(own.Sub(d).Hours() / 24)
	return days*24*60 + t.Hour()*60 + t.Minute()
}

// dayFacts are the schedule's days and every other date a session
// belongs to, in date order.
func dayFacts(s *Schedule) []dayFact {
	var dates []string
	for _, d := range s.Days {
		dates = append(dates, d.Date)
	}
	for i := range s.Sessions {
		if d := SessionDay(&s.Sessions[i]); d != "" {
			dates = append(dates, d)
		}
	}
	slices.Sort(dates)
	dates = slices.Compact(dates)
	out := make([]dayFact, 0, len(dates))
	for _, d := range dates {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			continue // not a date: no weekday or day to match
		}
		out = append(out, dayFact{date: d, weekday: t.Weekday(), mday: t.Day()})
	}
	return out
}

// factFilter is a query's filters made ready for one schedule's facts.
type factFilter struct {
	none  bool // a filter matches nothing
	tests []factTest
}

type factTest struct {
	field  string
	values []bool // text fields: the values that match; day: the days
	minute int32
}

func (f *searchFacts) compile(q Query) factFilter {
	var ff factFilter
	for _, flt := range q.filters {
		if !flt.active() {
			continue
		}
		if flt.Err != "" {
			ff.none = true
			continue
		}
		t := factTest{field: flt.Field}
		switch flt.Field {
		case "after", "before":
			t.minute = int32(flt.minute)
		case "day":
			t.values = make([]bool, len(f.days))
			for i, d := range f.days {
				t.values[i] = flt.day.matches(d)
			}
		case "room":
			t.values = f.rooms.matching(flt)
		case "track":
			t.values = f.tracks.matching(flt)
		case "lang":
			t.values = f.langs.matching(flt)
		case "type":
			t.values = f.types.matching(flt)
		case "level":
			t.values = f.levels.matching(flt)
		case "tag":
			t.values = f.tags.matching(flt)
		case "speaker":
			t.values = f.people.matching(flt)
		case "company":
			t.values = f.companies.matching(flt)
		}
		ff.tests = append(ff.tests, t)
	}
	return ff
}

// active reports whether the filter tests anything.
func (ff *factFilter) active() bool { return ff.none || len(ff.tests) > 0 }

// match reports whether session i passes every filter.
func (f *searchFacts) match(ff *factFilter, i int) bool {
	if ff.none {
		return false
	}
	s := &f.sessions[i]
	for _, t := range ff.tests {
		ok := false
		switch t.field {
		case "after":
			ok = s.minute >= 0 && s.minute >= t.minute
		case "before":
			ok = s.minute >= 0 && s.minute < t.minute
		case "day":
			ok = has(t.values, s.day)
		case "room":
			ok = has(t.values, s.room)
		case "track":
			ok = has(t.values, s.track)
		case "lang":
			ok = has(t.values, s.lang)
		case "type":
			ok = has(t.values, s.typ)
		case "level":
			ok = has(t.values, s.level)
		case "tag":
			ok = anyOf(t.values, f.refs[s.tags:s.tags+uint32(s.nTags)])
		case "speaker":
			ok = anyOf(t.values, f.refs[s.people:s.people+uint32(s.nPeople)])
		case "company":
			ok = anyOf(t.values, f.refs[s.companies:s.companies+uint32(s.nCompanies)])
		}
		if !ok {
			return false
		}
	}
	return true
}

func has(values []bool, id int32) bool { return id >= 0 && values[id] }

func anyOf(values []bool, ids []int32) bool {
	for _, id := range ids {
		if values[id] {
			return true
		}
	}
	return false
}
