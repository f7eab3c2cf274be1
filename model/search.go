package model

import (
	"math"
	"slices"
	"strings"
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

func (x *Index) buildSessionSearch() *sessionSearch {
	abstracts := 0
	for i := range x.schedule.Sessions {
		abstracts += len(x.schedule.Sessions[i].Abstract)
	}
	b := newStoreBuilder(sessionSegs, segDetails, true, len(x.schedule.Sessions), abstracts)
	for i := range x.schedule.Sessions {
		s := &x.schedule.Sessions[i]
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
	return &sessionSearch{texts: b.finish(), facts: x.facts()}
}

// searchScratch is the working memory of one search, reused across
// searches so a keystroke allocates little more than its result.
type searchScratch struct {
	keys     []uint64
	terms    []termMatcher
	kinds    [][]matchKind
	setKinds [][]matchKind
	typos    [][]uint32
	hits     []int
	offs     []int32 // per match found, where its hits start in hits
	posOf    []int32 // by item: the match found for it
}

func (x *Index) scratch() *searchScratch {
	if s, ok := x.scratchPool.Get().(*searchScratch); ok {
		return s
	}
	return &searchScratch{}
}

func (x *Index) release(s *searchScratch) {
	clear(s.terms)
	s.terms = s.terms[:0]
	x.scratchPool.Put(s)
}

// compileTerms compiles q's words against st's vocabulary.
func compileTerms(st *textStore, q Query, sc *searchScratch) []termMatcher {
	sc.terms = sc.terms[:0]
	for i, t := range q.terms {
		if i == len(sc.kinds) {
			sc.kinds = append(sc.kinds, nil)
			sc.setKinds = append(sc.setKinds, nil)
			sc.typos = append(sc.typos, nil)
		}
		m := st.compileTerm(t, sc.kinds[i], sc.typos[i])
		if st.hasSet {
			m.setKinds = st.setKinds(&m, sc.setKinds[i])
			sc.setKinds[i] = m.setKinds
		}
		sc.kinds[i], sc.typos[i] = m.kinds, m.typos
		sc.terms = append(sc.terms, m)
	}
	return sc.terms
}

// matchKey orders matches by score (best first), then programme order.
func matchKey(score, item int) uint64 {
	return uint64(math.MaxUint32-uint32(score))<<32 | uint64(uint32(item))
}

func unpackKey(k uint64) (score, item int) {
	return int(math.MaxUint32 - uint32(k>>32)), int(uint32(k))
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

// prepare readies the scratch for a search of a list of n items.
func (sc *searchScratch) prepare(n int) {
	sc.keys, sc.hits, sc.offs = sc.keys[:0], sc.hits[:0], sc.offs[:0]
	if len(sc.posOf) < n {
		sc.posOf = make([]int32, n)
	}
}

// found records a match of item i; its highlights follow in hits, its
// two fields' separated by an offset the caller appends.
func (sc *searchScratch) found(i, score int) {
	sc.posOf[i] = int32(len(sc.offs) / 2)
	sc.keys = append(sc.keys, matchKey(score, i))
	sc.offs = append(sc.offs, int32(len(sc.hits)))
}

// hitsOf slices a match's two fields' highlights out of hits, a copy of
// the scratch's.
func (sc *searchScratch) hitsOf(hits []int, i int) (first, second []int) {
	p := int(sc.posOf[i])
	h0, h1 := int(sc.offs[2*p]), int(sc.offs[2*p+1])
	h2 := len(hits)
	if 2*p+2 < len(sc.offs) {
		h2 = int(sc.offs[2*p+2])
	}
	if h1 > h0 {
		first = hits[h0:h1:h1]
	}
	if h2 > h1 {
		second = hits[h1:h2:h2]
	}
	return first, second
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
