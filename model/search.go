package model

import (
	"runtime"
	"slices"
	"strings"
	"sync"
)

// Search: every word of a query must match a word of a session's title,
// speakers, details (companies, track, room, type, language, subtitle) or
// abstract: as the whole word, as the start of it, or, for query words of
// five runes or more, with one slip (a rune replaced, added, dropped, or
// two swapped). Letters scattered over a text match nothing. The field
// filters must hold too. Matches come best first: a whole word before a
// prefix before a slip, a title before speakers before details before an
// abstract; then in programme order.

// SessionMatch is one session that matches a query, with what to
// highlight: rune positions in the title and in the session's SpeakerLine.
type SessionMatch struct {
	Session     int
	Score       int
	TitleHits   []int
	SpeakerHits []int
}

// SpeakerLine is the speakers' names as the list shows them: "A, B".
func SpeakerLine(s *Session) string {
	switch len(s.Speakers) {
	case 0:
		return ""
	case 1:
		return s.Speakers[0].Name
	}
	names := make([]string, len(s.Speakers))
	for i, sp := range s.Speakers {
		names[i] = sp.Name
	}
	return strings.Join(names, ", ")
}

// The segments of a session's searchable text.
const (
	segTitle = iota
	segSpeakers
	segDetails
	sessionSegs
	// and the abstract, as the item's set
)

// sessionSearch is what searching sessions needs, built once per index.
type sessionSearch struct {
	texts *textStore
	facts *searchFacts
}

// buildSessionSearch builds the sessions' texts, a large page in parts
// at once, one per processor: folding and splitting every abstract is
// most of the work, and the index is wanted as soon as the page is in.
func (x *Index) buildSessionSearch() *sessionSearch {
	n := len(x.schedule.Sessions)
	parts := min(runtime.GOMAXPROCS(0), max(n/minPartSessions, 1), maxParts)
	return &sessionSearch{texts: buildSessionStore(x.schedule.Sessions, parts), facts: x.facts()}
}

// buildSessionStore builds the sessions' texts in parts at once.
func buildSessionStore(sessions []Session, parts int) *textStore {
	n := len(sessions)
	builders := make([]*storeBuilder, parts)
	var wg sync.WaitGroup
	for p := range parts {
		from, to := n*p/parts, n*(p+1)/parts
		build := func() { builders[p] = buildSessionTexts(sessions[from:to]) }
		if parts == 1 {
			build()
			continue
		}
		wg.Go(build)
	}
	wg.Wait()
	return finishStores(builders)
}

// A page is built in parts of at least minPartSessions, in at most
// maxParts.
const (
	minPartSessions = 2000
	maxParts        = 8
)

// buildSessionTexts adds sessions to a new store builder.
func buildSessionTexts(sessions []Session) *storeBuilder {
	abstracts := 0
	for i := range sessions {
		abstracts += len(sessions[i].Abstract)
	}
	b := newStoreBuilder(sessionSegs, segDetails, true, len(sessions), abstracts)
	for i := range sessions {
		s := &sessions[i]
		b.text(s.Title)
		b.end()
		b.text(SpeakerLine(s))
		b.end()
		for _, sp := range s.Speakers {
			b.text(sp.Company)
		}
		b.text(s.Track, s.Room, s.Type, s.Language, s.Subtitle)
		b.end()
		b.text(s.Abstract)
		b.end()
	}
	return b
}

// SearchSessions returns the sessions among candidates (indexes into the
// schedule's sessions) that match q, best first, then in programme order.
// The order is total, so the same sessions give the same list whatever
// order candidates come in.
func (x *Index) SearchSessions(candidates []int, q Query) []SessionMatch {
	ss := x.sessionSearch()
	st := ss.texts
	sc := x.scratch()
	defer x.release(sc)
	terms := compileTerms(st, q, sc)
	ff := ss.facts.compile(q)

	// Score every candidate, and find the highlights of each match while
	// its words are at hand.
	sc.prepare(st.items())
	for _, i := range candidates {
		if ff.active() && !ss.facts.match(&ff, i) {
			continue
		}
		score, ok := ss.score(i, terms)
		if !ok {
			continue
		}
		sc.found(i, score)
		sc.hits = appendHits(sc.hits, st.segment(i, segTitle), st.segmentSpans(i, segTitle), terms,
			func() string { return x.schedule.Sessions[i].Title })
		sc.offs = append(sc.offs, int32(len(sc.hits)))
		sc.hits = appendHits(sc.hits, st.segment(i, segSpeakers), st.segmentSpans(i, segSpeakers), terms,
			func() string { return SpeakerLine(&x.schedule.Sessions[i]) })
	}
	slices.Sort(sc.keys)

	out := make([]SessionMatch, len(sc.keys))
	hits := slices.Clone(sc.hits)
	for k, key := range sc.keys {
		score, i := unpackKey(key)
		out[k] = SessionMatch{Session: i, Score: score}
		out[k].TitleHits, out[k].SpeakerHits = sc.hitsOf(hits, i)
	}
	return out
}

// score adds up each query word's best match in session i; ok is false
// when a word matches nowhere. A field is looked at only if it could
// better what the fields before it gave: the weights are far enough apart
// that an abstract never beats a match elsewhere, nor details a title.
func (ss *sessionSearch) score(i int, terms []termMatcher) (score int, ok bool) {
	st := ss.texts
	b := st.bounds[i*sessionSegs : i*sessionSegs+sessionSegs+1]
	for ti := range terms {
		m := &terms[ti]
		best := 0
		if k, first := m.best(st.ids[b[segTitle]:b[segTitle+1]]); k != kindNone {
			best = weightTitle + kindBonus(k)
			if first {
				best += bonusFirstWord
			}
		}
		if best < weightSpeakers+bonusExact {
			if k, _ := m.best(st.ids[b[segSpeakers]:b[segSpeakers+1]]); k != kindNone {
				best = max(best, weightSpeakers+kindBonus(k))
			}
		}
		if best < weightDetails+bonusExact {
			if k, _ := m.best(st.ids[b[segDetails]:b[segDetails+1]]); k != kindNone {
				best = max(best, weightDetails+kindBonus(k))
			}
		}
		if best == 0 {
			if k := m.setKinds[i]; k != kindNone {
				best = weightAbstract + kindBonus(k)
			}
		}
		if best == 0 {
			return 0, false
		}
		score += best
	}
	return score, true
}
