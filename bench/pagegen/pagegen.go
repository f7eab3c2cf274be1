// Package pagegen makes large synthetic conference pages in the text form
// of the scraped seed page (seeds/kafka-summit-london-2019.txt), so the
// browser's start-up, filtering and memory can be measured on 10,000
// sessions. Pages are deterministic: the same n gives the same bytes on
// every run and machine.
//
// The form, as in the seed: a banner line, the conference name, a "View
// sessions and slides from" line, keynotes (title, speaker bullets, no
// abstract), then track headers, each followed by its talks: title, blank
// line, "  • Name, Company" bullets, blank line, abstract paragraphs
// separated by blank lines (some holding "–", "*" or "1." list items).
package pagegen

import (
	"bytes"
	"math/rand"
	"strconv"
)

// seed fixes the page. math/rand's Source is kept stable across Go
// releases, unlike the top-level functions and math/rand/v2's helpers.
const seed = 20190513

const (
	maxKeynotes = 3
	speakers    = 320
	companies   = 100
)

// Generate returns a page of n talks. The first min(n, 3) are keynotes;
// the rest are shared out in order among up to eight tracks.
func Generate(n int) []byte {
	if n < 0 {
		n = 0
	}
	g := newGenerator()
	// About 1.3 kB a talk; growing once avoids copying megabytes.
	g.buf.Grow(1024 + n*1400)

	name := "Generated Summit " + strconv.Itoa(n)
	g.line("Stream Everything with Generated Data | Join Webinar")
	g.blank()
	g.line(name)
	g.blank()
	g.line("View sessions and slides from " + name)
	g.blank()
	g.blank()

	keynotes := min(n, maxKeynotes)
	for range keynotes {
		g.talk(false)
	}
	rest := n - keynotes
	nTracks := min(rest, len(tracks))
	for i := range nTracks {
		// Track i gets talks [rest*i/nTracks, rest*(i+1)/nTracks): every
		// track non-empty, sizes within one of each other.
		count := rest*(i+1)/nTracks - rest*i/nTracks
		g.line(tracks[i])
		g.blank()
		for range count {
			g.talk(true)
		}
	}
	// The seed ends without a final newline; so does the page.
	return bytes.TrimRight(g.buf.Bytes(), "\n")
}

type generator struct {
	r        *rand.Rand
	buf      bytes.Buffer
	speakers []speaker
	titles   map[string]bool
}

type speaker struct{ name, company string }

func newGenerator() *generator {
	r := rand.New(rand.NewSource(seed))
	g := &generator{r: r, titles: make(map[string]bool)}
	g.speakers = makeSpeakers(r, makeCompanies(r))
	return g
}

func (g *generator) line(s string) {
	g.buf.WriteString(s)
	g.buf.WriteByte('\n')
}

func (g *generator) blank() { g.buf.WriteByte('\n') }

func (g *generator) pick(list []string) string { return list[g.r.Intn(len(list))] }

// talk writes one talk and the blank line after it.
func (g *generator) talk(withAbstract bool) {
	g.line(g.title())
	g.blank()
	for _, s := range g.speakersFor() {
		// One bullet in 200 keeps the seed's stray space before the comma
		// ("Edoardo Comar , IBM"), which the parser has to tolerate.
		sep := ", "
		if g.r.Intn(200) == 0 {
			sep = " , "
		}
		g.line("  • " + s.name + sep + s.company)
	}
	g.blank()
	if withAbstract {
		g.abstract()
	}
}

// speakersFor picks one to three different speakers, most talks having one.
// Integer draws only: float maths could round differently on another
// architecture and change the page.
func (g *generator) speakersFor() []speaker {
	n := 1
	switch p := g.r.Intn(100); {
	case p >= 92:
		n = 3
	case p >= 70:
		n = 2
	}
	out := make([]speaker, 0, n)
	seen := [3]int{-1, -1, -1}
	for len(out) < n {
		// Half the draws take the lower of two, so the busiest speakers
		// give about three times as many talks as the least busy.
		i := g.r.Intn(len(g.speakers))
		if g.r.Intn(2) == 0 {
			i = min(i, g.r.Intn(len(g.speakers)))
		}
		if i == seen[0] || i == seen[1] {
			continue
		}
		seen[len(out)] = i
		out = append(out, g.speakers[i])
	}
	return out
}
