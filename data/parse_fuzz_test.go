package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/summit-tui/summit-tui/seeds"
)

// FuzzParsePage feeds the parser arbitrary pages (and page names, which
// become the conference name when a page does not state one). It must never
// panic; a page it accepts must give clean fields (no control characters or
// escape sequences anywhere, newlines only between abstract lines), a title
// and a unique id for every session; a page it refuses must give a one-line
// "<path>: <why>" error.
//
// The corpus starts from every test page, the seed and a few damaged
// variants; interesting finds live in testdata/fuzz/FuzzParsePage.
func FuzzParsePage(f *testing.F) {
	f.Add(seeds.DefaultName, seeds.Default)
	files, err := filepath.Glob(filepath.Join(pagesDir, "*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Base(file), raw)
	}
	talk := []byte("Conf\n\nView sessions and slides from Conf\n\nTitle\n\n  • Name, Company\n\nAbstract.\n")
	f.Add("crlf.txt", bytes.ReplaceAll(talk, []byte("\n"), []byte("\r\n")))
	f.Add("cr.txt", bytes.ReplaceAll(talk, []byte("\n"), []byte("\r")))
	f.Add("esc\x1b[31m.txt", []byte("T\x1b]0;x\x07itle\n  • N\x1b[2Jame, C\u009b1mo\n\x1b]8;;u\x1b\\A\x7f\x01b\n"))
	f.Add("name-only", []byte("Title\n  • Name, Company"))
	f.Add("utf16.txt", append([]byte{0xFF, 0xFE}, []byte("T\x00\n\x00 \x00\x22\x20,\x00")...))
	f.Add("tba.txt", bytes.Repeat([]byte("TBA\n  • Ann Lee, Acme\nTBA 2\n  • Bo Chen, Acme\n"), 50))
	f.Add("evil\x1b]0;x\x07\n.txt", []byte("Title\n  • Ann Lee, Acme"))
	f.Add("cp1252.txt", []byte("Caf\xe9 Conf\n\nTitle \x93quoted\x94\n\n  \x95 Jos\xe9, Caf\xe9\n\x9b31m\x9d\n"))

	f.Add("list.txt", []byte("View all the presentations from C\n\n• T\nA B, C & D E, F\nView Description\nAbstract.\n"))
	f.Add("anchor-only.txt", []byte("View Description\nView Description\n•\nView Description\n"))
	f.Add("bullets-only.txt", []byte("• A\n• B C\nView Description\n• D\nE F & G\n\nHeader\n\n• H\n"))
	f.Add("pipes.txt", []byte("A | B\n\nView sessions and slides from C\n\nA | B\n  • Ann Lee, Acme\n"))
	f.Fuzz(func(t *testing.T, name string, page []byte) {
		s, err := ParsePage(name, bytes.Clone(page)) // the schedule may share the page's memory

		if err != nil {
			var pe *PageError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is %T, want *PageError", err, err)
			}
			if err := checkErrorMessage(err); err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(err.Error(), ": "+pe.Why) {
				t.Fatalf("error %q does not end with its reason %q", err, pe.Why)
			}
			return
		}
		if err := checkSchedule(s); err != nil {
			t.Fatalf("page %q (name %q):\n%v", page, name, err)
		}
	})
}
