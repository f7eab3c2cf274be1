package model

import (
	"strings"
	"unicode"
)

// Query is what the user typed in the filter: free words, all of which
// must match, and field filters (room:janson, after:14:00), all of which
// must hold. A zero Query matches everything.
type Query struct {
	terms   []string // folded words
	filters []Filter
	// exact keeps words from matching with a slip: close matches count
	// only when nothing matches exactly (see Exact).
	exact bool
}

// Exact is q with its words matched only as written (whole, or the start
// of a word), never with a slip. A search tries it first: close matches
// ("kubernetesx" for "kubernetes") are for when nothing matches exactly,
// or they drown the real matches.
func (q Query) Exact() Query {
	q.exact = true
	return q
}

// Slips reports whether a word of q may match with a slip: when not,
// q and q.Exact() match the same.
func (q Query) Slips() bool {
	if q.exact {
		return false
	}
	for _, t := range q.terms {
		if typoTolerant(t) {
			return true
		}
	}
	return false
}

// ParseQuery reads a filter as typed. Words are folded (case, accents,
// quotes, dashes) and split as text is, so "Don’t" is one word and
// "hello-streams" two. A word of the form name:value, with a name of
// QueryFields, is a field filter; its value may be quoted to hold spaces
// (room:"UB2.252A", track:"core kafka"). Any other word with a colon is
// free text.
func ParseQuery(s string) Query {
	var q Query
	var ws wordScanner
	addWords := func(text string) {
		ws.scan(text, func(w []byte, _ wordSpan) { q.terms = append(q.terms, string(w)) })
	}
	for tok := range tokens(s) {
		if name, value, ok := splitField(tok); ok {
			q.filters = append(q.filters, parseFilter(name, value))
			continue
		}
		addWords(tok)
	}
	return q
}

// tokens splits a query at spaces, keeping a quoted run ("…" or “…”) in
// the token it belongs to. A quote left open runs to the end: the user is
// still typing.
func tokens(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start, quoted := -1, rune(0)
		for i, r := range s {
			switch {
			case quoted != 0:
				if r == quoted {
					quoted = 0
				}
				continue
			case r == '"':
				quoted = '"'
			case r == '“':
				quoted = '”'
			case unicode.IsSpace(r):
				if start >= 0 && !yield(s[start:i]) {
					return
				}
				start = -1
				continue
			}
			if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// splitField reads name:value, the name one of the fields (any case), the
// value unquoted.
func splitField(tok string) (name, value string, ok bool) {
	name, value, ok = strings.Cut(tok, ":")
	if !ok {
		return "", "", false
	}
	f, known := fieldNamed(strings.ToLower(name))
	if !known {
		return "", "", false
	}
	return f, unquote(value), true
}

// unquote drops the quotes around a value, and an opening quote left
// unclosed.
func unquote(v string) string {
	for _, pair := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if rest, ok := strings.CutPrefix(v, pair[0]); ok {
			rest, _ = strings.CutSuffix(rest, pair[1])
			return rest
		}
	}
	return v
}

// Empty reports whether the query holds nothing to match: no words and
// no filter with a value.
func (q Query) Empty() bool {
	if len(q.terms) > 0 {
		return false
	}
	for _, f := range q.filters {
		if f.active() {
			return false
		}
	}
	return true
}

// hasFilters reports whether a filter takes part in matching.
func (q Query) hasFilters() bool {
	for _, f := range q.filters {
		if f.active() {
			return true
		}
	}
	return false
}

// Filters are the query's field filters in the order typed.
func (q Query) Filters() []Filter { return q.filters }

// Narrows reports whether every match of q is also a match of prev, so q
// can be searched among prev's matches only, with the same result as a
// search of everything. q's words and filters extend prev's, place by
// place: a word that grows narrows while it is too short to be matched
// with a slip (a slip tolerated in a longer word can match what a shorter
// one does not); a filter narrows as its field allows (a longer room name,
// a later after:, an earlier before:).
func (q Query) Narrows(prev Query) bool {
	if len(prev.terms) > len(q.terms) || len(prev.filters) > len(q.filters) {
		return false
	}
	for i, p := range prev.terms {
		t := q.terms[i]
		if t != p && (!strings.HasPrefix(t, p) || typoTolerant(t)) {
			return false
		}
	}
	for i, p := range prev.filters {
		if !q.filters[i].narrows(p) {
			return false
		}
	}
	return true
}

// String writes the query in a normal form: its words, then its filters,
// values quoted where they hold spaces.
func (q Query) String() string {
	parts := append([]string(nil), q.terms...)
	for _, f := range q.filters {
		v := f.Value
		if strings.ContainsFunc(v, unicode.IsSpace) || v == "" {
			v = `"` + v + `"`
		}
		parts = append(parts, f.Field+":"+v)
	}
	return strings.Join(parts, " ")
}
