package pagegen

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// page is a generated page split the way the seed is read: a title is the
// line before a blank line and a block of "  •" bullets; a track header is
// a line before a blank line and a title that is neither a bullet nor the
// end of an abstract (which ends in punctuation or is a list item).
type page struct {
	lines   []string
	titles  []int // line numbers of talk titles
	headers []int // line numbers of track headers
}

func isBullet(l string) bool { return strings.HasPrefix(l, "  • ") }

// isProse reports whether l ends an abstract: a sentence or a list item.
func isProse(l string) bool {
	if strings.ContainsAny(l[len(l)-1:], ".?!:") {
		return true
	}
	for _, m := range []string{"– ", "* "} {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	num, _, ok := strings.Cut(l, ". ")
	return ok && strings.Trim(num, "0123456789") == ""
}

func readPage(b []byte) page {
	p := page{lines: strings.Split(string(b), "\n")}
	titles := make(map[int]bool)
	for i := 0; i+2 < len(p.lines); i++ {
		if p.lines[i] != "" && !isBullet(p.lines[i]) && p.lines[i+1] == "" && isBullet(p.lines[i+2]) {
			p.titles = append(p.titles, i)
			titles[i] = true
		}
	}
	for i := 0; i+2 < len(p.lines); i++ {
		l := p.lines[i]
		if l != "" && p.lines[i+1] == "" && titles[i+2] && !isBullet(l) && !isProse(l) {
			p.headers = append(p.headers, i)
		}
	}
	return p
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := Generate(10000), Generate(10000)
	if !bytes.Equal(a, b) {
		t.Fatal("two pages of 10000 talks differ")
	}
}

func TestGenerateTalkCount(t *testing.T) {
	for _, n := range []int{0, 1, 3, 4, 11, 10000} {
		p := readPage(Generate(n))
		if len(p.titles) != n {
			t.Errorf("Generate(%d) has %d titles", n, len(p.titles))
		}
	}
}

func TestGenerateHeadAndTail(t *testing.T) {
	b := Generate(10000)
	lines := strings.SplitN(string(b), "\n", 8)
	if !strings.Contains(lines[0], " | ") {
		t.Errorf("banner %q lacks \" | \"", lines[0])
	}
	want := []string{"", "Generated Summit 10000", "", "View sessions and slides from Generated Summit 10000", "", ""}
	if !slices.Equal(lines[1:7], want) {
		t.Errorf("head = %q, want %q", lines[1:7], want)
	}
	if bytes.HasSuffix(b, []byte("\n")) {
		t.Error("page ends in a newline; the seed does not")
	}
}

func TestGenerateTracks(t *testing.T) {
	p := readPage(Generate(10000))
	var got []string
	for _, h := range p.headers {
		got = append(got, p.lines[h])
	}
	if !slices.Equal(got, tracks) {
		t.Fatalf("track headers = %.500q, want %q", got, tracks)
	}
	// The keynotes, and only they, come before the first track header.
	if p.titles[maxKeynotes-1] > p.headers[0] || p.titles[maxKeynotes] < p.headers[0] {
		t.Errorf("want exactly %d keynotes before the first track header", maxKeynotes)
	}
}

func TestGenerateTalks(t *testing.T) {
	p := readPage(Generate(10000))
	seen := make(map[string]bool)
	talksBy := make(map[string]int)
	companiesSeen := make(map[string]bool)
	var nonASCII, cjk int
	// A talk runs from its title to the next title or header.
	bounds := slices.Sorted(slices.Values(append(slices.Clone(p.titles), p.headers...)))
	bounds = append(bounds, len(p.lines)+1)
	for k, ti := range p.titles {
		title := p.lines[ti]
		if seen[title] {
			t.Errorf("title %q repeated", title)
		}
		seen[title] = true
		for _, r := range title {
			if r > unicode.MaxASCII && r != '®' && r != '’' {
				nonASCII++
				break
			}
		}
		if strings.ContainsFunc(title, func(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }) {
			cjk++
		}

		end := bounds[slices.Index(bounds, ti)+1] - 1 // exclusive; the blank before the next block
		i := ti + 2
		var n int
		for ; i < end && isBullet(p.lines[i]); i++ {
			name, company, ok := strings.Cut(strings.TrimPrefix(p.lines[i], "  • "), ",")
			if !ok {
				t.Fatalf("bullet %q has no company", p.lines[i])
			}
			talksBy[strings.TrimSpace(name)]++
			companiesSeen[strings.TrimSpace(company)] = true
			n++
		}
		if n < 1 || n > 3 {
			t.Errorf("talk %q has %d speakers", title, n)
		}
		words := abstractWords(p.lines[i:end])
		if k < maxKeynotes {
			if words != 0 {
				t.Errorf("keynote %q has an abstract", title)
			}
			continue
		}
		if words < minAbstractWords || words > maxAbstractWords {
			t.Errorf("talk %q has %d abstract words", title, words)
		}
	}
	if len(talksBy) < 200 || len(talksBy) > speakers {
		t.Errorf("%d distinct speakers, want a few hundred", len(talksBy))
	}
	if most := slices.Max(slices.Collect(mapValues(talksBy))); most < 20 {
		t.Errorf("busiest speaker gives %d talks, want some giving many", most)
	}
	if len(companiesSeen) != companies {
		t.Errorf("%d distinct companies, want %d", len(companiesSeen), companies)
	}
	if nonASCII == 0 || cjk == 0 {
		t.Errorf("%d titles with accents or CJK, %d with CJK; want some of each", nonASCII, cjk)
	}
}

// abstractWords counts an abstract's words, list markers aside.
func abstractWords(lines []string) int {
	n := 0
	for _, l := range lines {
		for _, m := range []string{"– ", "* "} {
			l = strings.TrimPrefix(l, m)
		}
		f := strings.Fields(l)
		if len(f) > 0 && strings.HasSuffix(f[0], ".") && strings.Trim(f[0], "0123456789") == "." {
			f = f[1:] // "1." numbering
		}
		n += len(f)
	}
	return n
}

func mapValues(m map[string]int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

func BenchmarkGenerate10000(b *testing.B) {
	for b.Loop() {
		Generate(10000)
	}
}
