package data

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/seeds"
)

// pageVariant re-encodes a UTF-8 page with LF line endings as the same page
// saved another way. ok is false when the page cannot be saved that way
// (Windows-1252 has no CJK, for one).
type pageVariant struct {
	name   string
	encode func(lf []byte) (out []byte, ok bool)
}

func lineEndings(eol string) func([]byte) []byte {
	return func(lf []byte) []byte { return bytes.ReplaceAll(lf, []byte("\n"), []byte(eol)) }
}

func encodeWith(enc encoding.Encoding) func([]byte) ([]byte, bool) {
	return func(b []byte) ([]byte, bool) {
		out, err := enc.NewEncoder().Bytes(b)
		return out, err == nil
	}
}

func then(first func([]byte) []byte, second func([]byte) ([]byte, bool)) func([]byte) ([]byte, bool) {
	return func(b []byte) ([]byte, bool) { return second(first(b)) }
}

func always(f func([]byte) []byte) func([]byte) ([]byte, bool) {
	return func(b []byte) ([]byte, bool) { return f(b), true }
}

var pageVariants = []pageVariant{
	{"CRLF", always(lineEndings("\r\n"))},
	{"CR", always(lineEndings("\r"))},
	{"BOM", always(func(b []byte) []byte { return append([]byte("\uFEFF"), b...) })},
	{"BOM+CRLF", always(func(b []byte) []byte { return append([]byte("\uFEFF"), lineEndings("\r\n")(b)...) })},
	{"UTF-16LE", encodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM))},
	{"UTF-16BE", encodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM))},
	{"UTF-16LE+CRLF", then(lineEndings("\r\n"), encodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)))},
	{"Windows-1252", encodeWith(charmap.Windows1252)},
	{"Windows-1252+CRLF", then(lineEndings("\r\n"), encodeWith(charmap.Windows1252))},
	{"no final newline", always(func(b []byte) []byte { return bytes.TrimRight(b, "\n") })},
	{"trailing spaces", always(func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte(" \t\n")) })},
	{"more blank lines", always(func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n\n"), []byte("\n\n \n\n\t\n")) })},
}

// TestParseVariantsAreTheSamePage: the same page saved with CRLF or CR line
// endings, a BOM, as UTF-16 or as Windows-1252 parses to the same schedule,
// ids included, so bookmarks survive a re-save of the page.
func TestParseVariantsAreTheSamePage(t *testing.T) {
	encodable := map[string]int{}
	for _, page := range testPages(t, "good_*", 10) {
		lf := readTestPage(t, page)
		want, err := ParsePage(page, lf)
		if err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		for _, v := range pageVariants {
			raw, ok := v.encode(lf)
			if !ok {
				continue
			}
			encodable[v.name]++
			got, err := ParsePage(page, raw)
			if err != nil {
				t.Errorf("%s as %s: %v", page, v.name, err)
				continue
			}
			if d := scheduleDiff(got, want); d != "" {
				t.Errorf("%s as %s differs from the UTF-8 LF page:\n%s", page, v.name, d)
			}
		}
	}
	// Most test pages are Latin; make sure Windows-1252 was really tried.
	if encodable["Windows-1252"] < 5 {
		t.Errorf("only %d test pages could be saved as Windows-1252", encodable["Windows-1252"])
	}
}

// TestParseSeedVariants: the seed parses identically however it is saved.
// Windows-1252 cannot hold the seed's IPA letters, so that variant is made
// from a copy with those replaced, compared with the same copy in UTF-8.
func TestParseSeedVariants(t *testing.T) {
	want, err := ParsePage(seeds.DefaultName, seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	again, err := ParsePage(seeds.DefaultName, seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	if d := scheduleDiff(again, want); d != "" {
		t.Fatalf("two parses of the seed differ:\n%s", d)
	}
	for _, v := range pageVariants {
		raw, ok := v.encode(seeds.Default)
		if !ok {
			if !strings.HasPrefix(v.name, "Windows-1252") {
				t.Errorf("the seed cannot be saved as %s", v.name)
			}
			continue
		}
		got, err := ParsePage(seeds.DefaultName, raw)
		if err != nil {
			t.Fatalf("seed as %s: %v", v.name, err)
		}
		if d := scheduleDiff(got, want); d != "" {
			t.Errorf("seed as %s differs:\n%s", v.name, d)
		}
	}

	latin := []byte(strings.Map(func(r rune) rune {
		if _, ok := charmap.Windows1252.EncodeRune(r); !ok {
			return '?'
		}
		return r
	}, string(seeds.Default)))
	wantLatin, err := ParsePage(seeds.DefaultName, latin)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Windows-1252", "Windows-1252+CRLF"} {
		for _, v := range pageVariants {
			if v.name != name {
				continue
			}
			raw, ok := v.encode(latin)
			if !ok {
				t.Fatalf("the Latin seed cannot be saved as %s", name)
			}
			got, err := ParsePage(seeds.DefaultName, raw)
			if err != nil {
				t.Fatal(err)
			}
			if d := scheduleDiff(got, wantLatin); d != "" {
				t.Errorf("seed as %s differs from the same text in UTF-8:\n%s", name, d)
			}
		}
	}
}

// TestParseStripsControlCharacters: escape sequences and control characters
// injected into every field (conference, track, title, speaker name,
// company, abstract) are removed, and only they: the text around them is
// kept exactly.
func TestParseStripsControlCharacters(t *testing.T) {
	const page = "Evil{X}Conf 2024\n\nView sessions and slides from Evil Conf 2024\n\n" +
		"Evil{X}Track\n\nEvil{X}Title\n\n  • Evil{X}Name, Evil{X}Company\n\nEvil{X}Abstract, first paragraph.\n\n- Evil{X}Item\n"
	want := model.Schedule{
		Conference: "EvilConf 2024",
		Tracks:     []string{"EvilTrack"},
		Sessions: []model.Session{{
			ID: "eviltitle", Title: "EvilTitle", Track: "EvilTrack",
			Speakers: speakers(sp("EvilName", "EvilCompany")),
			Abstract: "EvilAbstract, first paragraph.\n\n- EvilItem",
		}},
	}
	tests := []struct{ name, inject string }{
		{"CSI colour", "\x1b[31;1m"},
		{"CSI clear screen and home", "\x1b[2J\x1b[H"},
		{"CSI private mode (alternate screen)", "\x1b[?1049h"},
		{"OSC title ended by BEL", "\x1b]0;pwned\x07"},
		{"OSC hyperlink ended by ST", "\x1b]8;;https://evil.example/\x1b\\"},
		{"OSC 52 clipboard write", "\x1b]52;c;cm0gLXJmIH4=\x07"},
		{"DCS ended by ST", "\x1bP+q544e\x1b\\"},
		{"APC ended by ST", "\x1b_payload\x1b\\"},
		{"two-character escape (reset)", "\x1bc"},
		{"escape with intermediate (charset)", "\x1b(0"},
		{"8-bit CSI", "\u009b31m"},
		{"8-bit OSC ended by 8-bit ST", "\u009d0;pwned\u009c"},
		{"8-bit OSC ended by BEL", "\u009d2;pwned\x07"},
		{"other C1", "\u0084\u0086\u008e\u0080"},
		{"8-bit DCS ended by 8-bit ST", "\u0090x\u009c"},
		{"DEL", "\x7f"},
		{"C0 controls", "\x01\x02\x07\x08\x0e\x1a"},
		{"backspace over text", "\b\b\b"},
		{"bidirectional override", "\u202e\u2066\u2069\u202c"},
		{"stray BOM", "\ufeff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := strings.ReplaceAll(page, "{X}", tt.inject)
			got, err := ParsePage("evil.txt", []byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if d := scheduleDiff(got, want); d != "" {
				t.Errorf("injected %q:\n%s", tt.inject, d)
			}
			if err := checkSchedule(got); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestParseUnterminatedEscape: an escape string that never ends is dropped
// up to the end of its line only; the next line is still read.
func TestParseUnterminatedEscape(t *testing.T) {
	page := "Conf 2024\n\nView sessions and slides from Conf 2024\n\n" +
		"Safe Title\x1b]0;never ends\n\n  • Ann Lee, Acme\u009d8;;https://evil.example/\n\nAbstract\x1bP stays gone\nSecond line stays.\x1b\n"
	want := model.Schedule{
		Conference: "Conf 2024",
		Tracks:     []string{"Keynotes"},
		Sessions: []model.Session{{
			ID: "safe-title", Title: "Safe Title", Track: "Keynotes",
			Speakers: speakers(sp("Ann Lee", "Acme")),
			Abstract: "Abstract\n\nSecond line stays.",
		}},
	}
	got, err := ParsePage("x.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d := scheduleDiff(got, want); d != "" {
		t.Error(d)
	}
}

// TestParseNameFromHostilePath: a page that does not name its conference
// takes the file's name, cleaned like page text.
func TestParseNameFromHostilePath(t *testing.T) {
	page := []byte("Title\n\n  • Ann Lee, Acme\n")
	got, err := ParsePage("/tmp/Devoxx\x1b]0;pwned\x07 2024\n.txt", page)
	if err != nil {
		t.Fatal(err)
	}
	if got.Conference != "Devoxx 2024" {
		t.Errorf("conference = %q, want %q", got.Conference, "Devoxx 2024")
	}
}

// TestParseManySpeakers: a talk with dozens of speaker bullets keeps each
// person once, in page order.
func TestParseManySpeakers(t *testing.T) {
	var page strings.Builder
	page.WriteString("Conf\n\nView sessions and slides from Conf\n\nThe Everyone Panel\n\n")
	var want []model.Speaker
	for i := range 40 {
		name := fmt.Sprintf("Person %02d", i)
		fmt.Fprintf(&page, "  • %s, Company %d\n", name, i%3)
		want = append(want, sp(name, fmt.Sprintf("Company %d", i%3)))
		if i%5 == 4 { // repeat an earlier bullet, early and late in the block
			fmt.Fprintf(&page, "  • Person %02d, Elsewhere\n", i/2)
		}
	}
	page.WriteString("\nEveryone speaks.\n")
	got, err := ParsePage("panel.txt", []byte(page.String()))
	if err != nil {
		t.Fatal(err)
	}
	wantSchedule := model.Schedule{
		Conference: "Conf",
		Tracks:     []string{"Keynotes"},
		Sessions: []model.Session{{ID: "the-everyone-panel", Title: "The Everyone Panel", Track: "Keynotes",
			Speakers: want, Abstract: "Everyone speaks."}},
	}
	if d := scheduleDiff(got, wantSchedule); d != "" {
		t.Error(d)
	}
}
