package model

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// QueryField is a field filter a query may hold, for help and
// completion.
type QueryField struct {
	Name        string // "room"
	Example     string // "room:janson"
	Description string // one line
}

// QueryFields lists the field filters, in the order help shows them.
// Filters mix with free words, and all must hold; a value with spaces is
// quoted (room:"UB2.252A", track:"core kafka"). Times are of the
// conference's day, in its zone: a talk at 00:30 after a long first
// evening is at 24:30 of that day. A talk without a time, day or room
// matches no filter on it.
func QueryFields() []QueryField {
	return []QueryField{
		{"day", "day:sat", "talks on a day: a weekday, the day of the month its tab shows (31) or a date (2026-01-31)"},
		{"after", "after:14:00", "talks starting at or after a time (14:00, 2pm)"},
		{"before", "before:16:00", "talks starting before a time"},
		{"room", "room:janson", "talks in a room, by the start of its name's words"},
		{"track", `track:"core kafka"`, "talks of a track, by the start of its name's words"},
		{"speaker", "speaker:kleppmann", "talks by a speaker, by the start of the name's words"},
		{"company", "company:confluent", "talks by the speakers of a company"},
		{"lang", "lang:de", "talks in a language, as the schedule names it (also language:)"},
		{"type", "type:workshop", "talks of a type, as the schedule names it"},
		{"level", "level:intermediate", "talks for an audience level, as the schedule names it"},
		{"tag", "tag:security", "talks with a tag, by the start of its words (also tags:)"},
	}
}

// fieldKind says how a field's value is read and compared.
type fieldKind int

const (
	fieldText fieldKind = iota // words, each starting a word of the value, in order
	fieldTime                  // a time of day
	fieldDay                   // a weekday, a day of the month or a date
)

func kindOf(field string) fieldKind {
	switch field {
	case "after", "before":
		return fieldTime
	case "day":
		return fieldDay
	}
	return fieldText
}

// fieldNamed maps a name as typed (lower case) to its field.
func fieldNamed(name string) (string, bool) {
	switch name {
	case "language":
		return "lang", true
	case "tags":
		return "tag", true
	}
	for _, f := range QueryFields() {
		if f.Name == name {
			return name, true
		}
	}
	return "", false
}

// Filter is one field filter of a query.
type Filter struct {
	Field string // a QueryField's Name: "day", "room", …
	Value string // as typed, without its quotes
	// Err says why Value cannot be read, as the user typed it
	// (`after:25:00 is not a time: try 14:00 or 2pm`). A filter with an
	// error matches nothing.
	Err string

	words  []string // fieldText: the value's folded words
	minute int      // fieldTime: minutes from midnight
	day    dayValue // fieldDay
}

// active reports whether the filter takes part in matching: a filter
// whose value is empty (room:, while the user types) or has no words
// (room:-) is ignored.
func (f Filter) active() bool {
	if strings.TrimSpace(f.Value) == "" {
		return false
	}
	return f.Err != "" || kindOf(f.Field) != fieldText || len(f.words) > 0
}

func parseFilter(field, value string) Filter {
	f := Filter{Field: field, Value: value}
	if strings.TrimSpace(value) == "" {
		return f
	}
	switch kindOf(field) {
	case fieldText:
		var ws wordScanner
		ws.scan(value, func(w []byte, _ wordSpan) { f.words = append(f.words, string(w)) })
	case fieldTime:
		m, ok := parseClock(value)
		if !ok {
			f.Err = field + ":" + value + " is not a time: try 14:00 or 2pm"
		}
		f.minute = m
	case fieldDay:
		d, ok := parseDay(value)
		if !ok {
			f.Err = "day:" + value + " is not a day: try sat, 31 or 2026-01-31"
		}
		f.day = d
	}
	return f
}

// narrows reports whether everything f matches, p matches too.
func (f Filter) narrows(p Filter) bool {
	switch {
	case f.Field != p.Field:
		return false
	case !p.active():
		return true
	case !f.active():
		return false
	case f.Err != "":
		return true // f matches nothing
	case p.Err != "":
		return false
	}
	switch f.Field {
	case "after":
		return f.minute >= p.minute
	case "before":
		return f.minute <= p.minute
	case "day":
		return f.day.within(p.day)
	}
	// Each of p's words starts the word in the same place of f's: a name
	// whose words f's start, p's start too.
	if len(f.words) < len(p.words) {
		return false
	}
	for i, w := range p.words {
		if !strings.HasPrefix(f.words[i], w) {
			return false
		}
	}
	return true
}

// matchWords reports whether the words of a filter value start words of
// a name, one after another: "ub2 252" in "UB2.252A", "core" in "Core
// Kafka".
func matchWords(value, name []string) bool {
	for at := 0; at+len(value) <= len(name); at++ {
		ok := true
		for i, w := range value {
			if !strings.HasPrefix(name[at+i], w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// parseClock reads a time of day as people type it (parseTimeOfDay: 14,
// 14:00, 1430, 14h30, 2pm, noon), and also while they type it (14:) and
// the end of the day (24:00). It returns minutes from midnight.
func parseClock(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n := len(s); n > 1 && (s[n-1] == ':' || s[n-1] == '.') && '0' <= s[n-2] && s[n-2] <= '9' {
		s = s[:n-1]
	}
	if s == "24" || s == "24:00" {
		return 24 * 60, true
	}
	t, ok := parseTimeOfDay(s)
	return t.hour*60 + t.minute, ok
}

func digits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// dayValue is a day: weekdays (a mask, as a prefix of a name may name
// several), a date, or a day of the month, as the day's tab shows it
// ("Sat 31").
type dayValue struct {
	weekdays uint8
	date     string
	mday     int
}

// parseDay reads sat, saturday, s (Saturday and Sunday), 31 or
// 2026-01-31.
func parseDay(s string) (dayValue, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case digits(s) && len(s) <= 2:
		n, _ := strconv.Atoi(s)
		return dayValue{mday: n}, n >= 1 && n <= 31
	case len(s) == len("2006-01-02") && s[4] == '-' && s[7] == '-':
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return dayValue{}, false
		}
		return dayValue{date: s}, true
	}
	if s == "" || strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return dayValue{}, false
	}
	var mask uint8
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.HasPrefix(strings.ToLower(d.String()), s) {
			mask |= 1 << d
		}
	}
	return dayValue{weekdays: mask}, mask != 0
}

// within reports whether every day d names, p names too.
func (d dayValue) within(p dayValue) bool {
	switch {
	case d.weekdays != 0 && p.weekdays != 0:
		return d.weekdays&^p.weekdays == 0
	case d.date != "" || p.date != "":
		return d.date == p.date
	}
	return d.mday != 0 && d.mday == p.mday
}

// matches reports whether a conference day is one d names.
func (d dayValue) matches(day dayFact) bool {
	switch {
	case d.weekdays != 0:
		return d.weekdays&(1<<day.weekday) != 0
	case d.date != "":
		return d.date == day.date
	}
	return d.mday == day.mday
}
