package model

import (
	"slices"
	"testing"
)

func words(s string) []string {
	var out []string
	var ws wordScanner
	ws.scan(s, func(w []byte, _ wordSpan) { out = append(out, string(w)) })
	return out
}

// TestFoldWords: what a text's words read as for search.
func TestFoldWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Don’t Be Scared", []string{"dont", "be", "scared"}},         // typographic apostrophe
		{"don't", []string{"dont"}},                                   // ASCII apostrophe
		{"So You’ve Inherited", []string{"so", "youve", "inherited"}}, //
		{"Jürgen Müller", []string{"jurgen", "muller"}},               // precomposed accents
		{"Ju\u0308rgen", []string{"jurgen"}},                          // decomposed: a combining diaeresis
		{"Kafka® and Kafka™ Streams", []string{"kafka", "and", "kafka", "streams"}},
		{"hello-streams: Introducing", []string{"hello", "streams", "introducing"}},
		{"Event–Driven — Design", []string{"event", "driven", "design"}}, // en and em dashes
		{"“Quoted” ‘single’", []string{"quoted", "single"}},
		{"UB2.252A (Lameere)", []string{"ub2", "252a", "lameere"}},
		{"ﬁle ｆｕｌｌ", []string{"file", "full"}},                                  // ligature, full-width letters (NFKD)
		{"Straße Ærø Łódź Søren", []string{"strasse", "aero", "lodz", "soren"}}, // letters NFKD keeps whole
		{"ΣΊΣΥΦΟΣ", []string{"σισυφοσ"}},                                        // Greek: accents and final sigma
		{"Kaf\u00adka", []string{"kafka"}},                                      // a soft hyphen
		{"rock ’n’ roll", []string{"rock", "n", "roll"}},
		// One run of letters; kana lose their voicing marks as Latin
		// letters lose accents, in the query alike.
		{"データ基盤の進化", []string{"テータ基盤の進化"}},
		{"", nil},
		{"— ® —", nil},
	}
	for _, tt := range tests {
		if got := words(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFoldSpans: each folded word knows the runes and bytes of the
// original it came from, apostrophes within it included and signs after
// it left out.
func TestFoldSpans(t *testing.T) {
	type w struct {
		word               string
		start, end         int
		runeStart, runeEnd int
	}
	var got []w
	var ws wordScanner
	const text = "Don’t use Kafka®, Jürgen"
	ws.scan(text, func(word []byte, sp wordSpan) {
		got = append(got, w{string(word), sp.start, sp.end, sp.runeStart, sp.runeEnd})
	})
	want := []w{
		{"dont", 0, 7, 0, 5},
		{"use", 8, 11, 6, 9},
		{"kafka", 12, 17, 10, 15},
		{"jurgen", 21, 28, 18, 24},
	}
	if !slices.Equal(got, want) {
		t.Errorf("spans of %q:\n got %+v\nwant %+v", text, got, want)
	}
	// Each span holds exactly its word: scanned alone, it gives it again.
	for _, g := range got {
		orig := text[g.start:g.end]
		var again []string
		ws.scan(orig, func(word []byte, _ wordSpan) { again = append(again, string(word)) })
		if !slices.Equal(again, []string{g.word}) {
			t.Errorf("span %q scans as %q, not %q", orig, again, g.word)
		}
	}
}

// TestPrefixEnd: a prefix of a folded word ends after the original runes
// that fold to it.
func TestPrefixEnd(t *testing.T) {
	tests := []struct {
		text       string
		start, n   int
		end, runes int
	}{
		{"Kafka", 0, 3, 3, 3},
		{"Jürgen", 0, 2, 3, 2},  // "ju": J and ü (two bytes)
		{"Don’t", 0, 3, 3, 3},   // "don", before the apostrophe
		{"Don’t", 0, 4, 7, 5},   // "dont": the apostrophe within
		{"Straße", 0, 5, 6, 5},  // "stras": ß folds to "ss" and is taken whole
		{"a Kafka", 2, 5, 7, 5}, // from a word's start
	}
	for _, tt := range tests {
		end, runes := prefixEnd(tt.text, tt.start, tt.n)
		if end != tt.end || runes != tt.runes {
			t.Errorf("prefixEnd(%q, %d, %d) = %d, %d; want %d, %d", tt.text, tt.start, tt.n, end, runes, tt.end, tt.runes)
		}
	}
}

// TestFoldInvalidUTF8: a broken byte separates words and counts as one
// rune, as a conversion to []rune counts it.
func TestFoldInvalidUTF8(t *testing.T) {
	var got []wordSpan
	var ws wordScanner
	ws.scan("ab\xffcd", func(_ []byte, sp wordSpan) { got = append(got, sp) })
	want := []wordSpan{{0, 2, 0, 2}, {3, 5, 3, 5}}
	if !slices.Equal(got, want) {
		t.Errorf("spans %+v, want %+v", got, want)
	}
}
