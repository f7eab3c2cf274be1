package pagegen

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	minAbstractWords = 80
	maxAbstractWords = 250
	// minParagraphWords keeps paragraphs looking like prose, never like a
	// track header or a title.
	minParagraphWords = 15
)

// abstract writes 80–250 words of paragraphs, each followed by a blank
// line; about one abstract in seven holds a list, after the first
// paragraph or at the very end as in the seed.
func (g *generator) abstract() {
	total := minAbstractWords + g.r.Intn(maxAbstractWords-minAbstractWords+1)
	withList := g.r.Intn(7) == 0
	var list []string
	listWords := 0
	if withList {
		list, listWords = g.list()
	}
	prose := total - listWords
	paras := 1 + g.r.Intn(3)
	paras = max(1, min(paras, prose/minParagraphWords))
	listAt := 1 // after the first paragraph
	if g.r.Intn(3) == 0 {
		listAt = paras // at the end
	}
	for i := range paras {
		if withList && i == listAt {
			g.writeList(list)
		}
		// Paragraph i gets words [prose*i/paras, prose*(i+1)/paras).
		g.paragraph(prose*(i+1)/paras - prose*i/paras)
	}
	if withList && listAt == paras {
		g.writeList(list)
	}
}

// list returns an intro line and three to five items with their markers,
// and their word count without markers.
func (g *generator) list() ([]string, int) {
	intro := g.pick(listIntros)
	words := len(strings.Fields(intro))
	marker := g.pick(listMarkers)
	n := 3 + g.r.Intn(3)
	lines := make([]string, 0, n+1)
	lines = append(lines, intro)
	for i := range n {
		m := marker
		if m == "1. " {
			m = strconv.Itoa(i+1) + ". "
		}
		k := 3 + g.r.Intn(7)
		words += k
		var item bytes.Buffer
		item.WriteString(m)
		writeCapitalized(&item, g.pick(vocabulary))
		if k > 1 {
			item.WriteByte(' ')
			g.writeWords(&item, k-1, true)
		}
		lines = append(lines, item.String())
	}
	return lines, words
}

// writeList writes the intro and items either on consecutive lines or each
// followed by a blank line; the seed has both.
func (g *generator) writeList(lines []string) {
	spaced := g.r.Intn(2) == 0
	for i, l := range lines {
		g.line(l)
		if spaced || i == len(lines)-1 {
			g.blank()
		}
	}
}

// paragraph writes sentences of exactly n words in all, then a blank line.
// Prose is written straight into the page: it is most of the bytes.
func (g *generator) paragraph(n int) {
	for n > 0 {
		k := 6 + g.r.Intn(15)
		if n-k < 6 {
			k = n // no stub sentence at the end
		}
		n -= k
		g.sentence(k)
		if n > 0 {
			g.buf.WriteByte(' ')
		}
	}
	g.blank()
	g.blank()
}

// sentence writes k words, capitalised, with an occasional comma, ending in
// a full stop or, now and then, a question mark.
func (g *generator) sentence(k int) {
	b := &g.buf
	if k >= 4 && g.r.Intn(3) == 0 {
		o := g.pick(openers)
		b.WriteString(o)
		k -= strings.Count(o, " ") + 1
		if k > 0 {
			b.WriteString(", ")
		}
	} else {
		writeCapitalized(b, g.pick(vocabulary))
		k--
		if k > 0 {
			b.WriteByte(' ')
		}
	}
	g.writeWords(b, k, false)
	if g.r.Intn(10) == 0 {
		b.WriteByte('?')
	} else {
		b.WriteByte('.')
	}
}

// writeWords writes k vocabulary words separated by spaces (with an
// occasional comma in prose).
func (g *generator) writeWords(b *bytes.Buffer, k int, plain bool) {
	for i := range k {
		b.WriteString(g.pick(vocabulary))
		if i < k-1 {
			if !plain && g.r.Intn(12) == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
	}
}

// writeCapitalized writes s with its first letter upper-cased.
func writeCapitalized(b *bytes.Buffer, s string) {
	r, size := utf8.DecodeRuneInString(s)
	b.WriteRune(unicode.ToUpper(r))
	b.WriteString(s[size:])
}
