package data

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzReader feeds a reader arbitrary input: it must never panic; input
// it accepts must give a clean schedule (checkOpened); input it refuses
// must give a one-line "<name>: <why>" *PageError. The corpus starts from
// the project's own test schedules matching pattern.
func fuzzReader(f *testing.F, read reader, pattern string, extra ...string) {
	files, err := filepath.Glob(filepath.Join(schedulesDir, pattern))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds match %s: %v", pattern, err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	for _, e := range extra {
		f.Add([]byte(e))
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, opts := range []OpenOptions{{}, {Location: berlin}} {
			s, _, err := read("fuzz.input", raw, opts)
			if err != nil {
				var pe *PageError
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is %T, want *PageError", err, err)
				}
				if err := checkErrorMessage(err); err != nil {
					t.Fatal(err)
				}
				if !strings.HasPrefix(err.Error(), "fuzz.input: ") {
					t.Fatalf("error %q does not name the input first", err)
				}
				continue
			}
			if err := checkOpened(s); err != nil {
				t.Fatalf("input %q:\n%v", raw, err)
			}
		}
	})
}

func FuzzFrabXML(f *testing.F) {
	fuzzReader(f, readFrabXML, "*.xml",
		`<schedule><day date="2030-01-01" start="2030-01-01T10:00:00+01:00" end="2030-01-02T04:00:00+01:00"><room name="R"><event id="1"><start>00:30</start><duration>9999:00</duration><title>x</title></event></room></day></schedule>`,
		`<schedule><conference><time_zone_name>Local</time_zone_name></conference><day><room><event><date>2030-01-01T10:00:00</date><title></title><abstract>&lt;ul&gt;&lt;li&gt;&lt;/li&gt;&lt;/ul&gt;</abstract></event></room></day></schedule>`)
}

func FuzzFrabJSON(f *testing.F) {
	fuzzReader(f, readFrabJSON, "*.json",
		`{"schedule":{"conference":{"days":[{"date":"2030-01-01","rooms":{"R":[{"id":1,"date":"2030-01-01T00:10:00+05:00","duration":"PT1H","title":"a"},{"id":1,"title":"a"}]}}]}}}`,
		`{"schedule":{"events":[{"start":"2030-01-01T10:00:00Z","end":"2029-01-01T10:00:00Z","title":"backwards"}]}}`)
}

func FuzzSessionize(f *testing.F) {
	fuzzReader(f, readSessionize, "*sessionize*.json",
		`{"sessions":[{"id":1,"title":"t","startsAt":"2030-01-01T01:00:00","speakers":[{"id":"x"}],"categoryItems":[1]}],"categories":[{"title":"Track","items":[{"id":1,"name":""}]}]}`)
}

func FuzzICal(f *testing.F) {
	fuzzReader(f, readICal, "*.ics",
		"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Nowhere/Land:20300101T100000\nDURATION:P1D\nSUMMARY:x (talk by )\nEND:VEVENT\nEND:VCALENDAR\n",
		"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20300101\nSUMMARY:all day\nEND:VEVENT\nEND:VCALENDAR\n")
}

// FuzzCleanText checks the sanitising rules on any text: nothing unsafe
// survives, the fast path agrees with the slow one (clean text is
// returned as it is), and cleaning twice changes nothing.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"plain", "a\x1b[31mb", "l\u200er", "e" + strings.Repeat("\u0301", 9), "\u0301x", " a  b ", "a\n\n\nb", "x\u2028y", "\xff", "a \u0301", "\n\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			name  string
			clean func(string) string
			check func(string, string) error
		}{{"cleanInline", cleanInline, checkInline}, {"cleanBlock", cleanBlock, checkText}} {
			once := c.clean(s)
			if err := c.check(c.name, once); err != nil {
				t.Fatalf("%s(%q): %v", c.name, s, err)
			}
			if twice := c.clean(once); twice != once {
				t.Fatalf("%s is not idempotent: %q, then %q", c.name, once, twice)
			}
		}
	})
}

// FuzzPlainText checks that any abstract, whatever markup it holds,
// comes out in the plain-text shape once the pass has cleaned it. (That
// no tag is left is checked on the real samples: HTML such as "<<a>a>"
// means the text "<a>".)
func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"<p>a</p><ul><li>b</li></ul>", "**x** [y](https://z)", "a\nb.\nC", "- a\n\n- b", "<h1>#</h1>", "1. x\r\n2) y", "<pre>a\n\n\nb</pre>", "> quote\n> more"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		if err := checkBlock("abstract", cleanBlock(plainText(s))); err != nil {
			t.Fatalf("plainText(%q) = %q: %v", s, plainText(s), err)
		}
	})
}

// FuzzSimpleHTML holds the fast path for simple HTML to the converters'
// path: whatever HTML the fast path accepts, both give the same text once
// it is sanitised.
func FuzzSimpleHTML(f *testing.F) {
	for _, s := range []string{
		"<p>One &amp; two.</p>\n<p>Three <a href=\"https://x.org/\">x</a>.</p>",
		"<ul>\n<li>a</li>\n<li>b <strong>c</strong></li>\n</ul>",
		"<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>",
		"<h2>Head</h2><hr /><p>x<br>y.<br/>Z</p>",
		"<p>see <a href=\"https://x.org/p\"> this </a> now</p>",
		"<p><em>a</em>b <code>c</code></p>", "text only <b>bold</b>", "<p>\n  spaced\n\n  out  </p>",
		"<p>We will focus:\n* How?\n* Which?</p>", "<p>a</p>b<p>c</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		fast, ok := simpleHTMLToPlain(s)
		if !ok {
			return
		}
		// Compared as shown: after the sanitising pass.
		if fast, slow := cleanBlock(fast), cleanBlock(htmlToPlain(s)); fast != slow {
			t.Fatalf("simpleHTMLToPlain(%q) =\n%q\nthe converters give\n%q", s, fast, slow)
		}
	})
}

// FuzzPlainWebURL holds the shortcut for common addresses to url.Parse:
// what it takes, the full check takes too.
func FuzzPlainWebURL(f *testing.F) {
	for _, s := range []string{"https://example.org/a?b#c", "http://x", "https://a:1/", "https://[::1]/", "https://%41/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainWebURL(s) {
			return
		}
		u, err := url.Parse(s)
		if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" {
			t.Fatalf("plainWebURL(%q) took what url.Parse gives %v, %v", s, u, err)
		}
	})
}
