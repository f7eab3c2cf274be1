package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/model"
)

// TestWriteCSVGolden: the CSV of both test conferences, as reviewed.
// Refresh with `go test ./data/export -update` and review the diff.
func TestWriteCSVGolden(t *testing.T) {
	for _, tt := range []struct {
		file string
		s    model.Schedule
	}{
		{"good_bookmarks_dst.csv", dstSchedule(t)},
		{"good_bookmarks_nodst.csv", noDSTSchedule(t)},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteCSV(&b, tt.s); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}

// TestWriteCSVReadBack: read back as RFC 4180, the header and one row a
// talk in time order, with the talk without a time last and kept, the
// conference day beside a date after midnight, text on one line,
// formulas defused and the zone of the times named.
func TestWriteCSVReadBack(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, dstSchedule(t)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\r\n") || strings.Count(b.String(), "\n") != strings.Count(b.String(), "\r\n") {
		t.Error("line ends are not CRLF")
	}
	r := csv.NewReader(&b)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		csvHeader,
		{"2026-03-28", "2026-03-28 10:00", "2026-03-28 10:45", "Janson", "Opening: Why, How; & What", "Ann Lee (Acme, Inc.); Bo Chen", "Main, Track", "https://example.org/talks/sat-open?x=1&y=2", "Europe/Brussels"},
		{"2026-03-28", "2026-03-28 23:30", "2026-03-29 00:30", "K.1.105", "'=Late Night Hacking", "'@nightowl", "Night", "", "Europe/Brussels"},
		{"2026-03-28", "2026-03-29 01:30", "2026-03-29 03:30", "K.1.105", "The Hour That Never Was", "", "Night", "", "Europe/Brussels"},
		{"2026-03-29", "2026-03-29 10:00", "2026-03-29 11:00", "Janson", "Keynote: Ünïcödé Everywhere — a talk whose title runs well past one calendar line", "Zoë Ñúñez (Ōkami)", "Main, Track", "", "Europe/Brussels"},
		{"2026-03-29", "2026-03-29 11:00", "", "Janson", "Open Floor", "", "Main, Track", "https://example.org/open", "Europe/Brussels"},
		{"2026-03-29", "2026-03-29 12:00", "2026-03-29 12:00", "Janson", "Group Photo", "", "Main, Track", "", "Europe/Brussels"},
		{"", "", "", "", "Poster Walk", "", "Main, Track", "", ""},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	for i := range want {
		if !slices.Equal(rows[i], want[i]) {
			t.Errorf("row %d\n %q\nwant\n %q", i, rows[i], want[i])
		}
	}
}

// TestCSVCell: cells are one line without control characters, and a
// spreadsheet formula is defused.
func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"Plain":                 "Plain",
		"two\nlines\r\nthree":   "two lines three",
		"tab\there":             "tab here",
		"bell\a and \u202ebidi": "bell and bidi",
		"=1+2":                  "'=1+2",
		"+49 30":                "'+49 30",
		"-5 ways":               "'-5 ways",
		"@handle":               "'@handle",
		"  =after space":        "'=after space",
		"a=b":                   "a=b",
		"":                      "",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWriteCSVFloating: floating times are written as published.
func TestWriteCSVFloating(t *testing.T) {
	s := noDSTSchedule(t)
	s.FloatingTimes = true
	var b bytes.Buffer
	if err := WriteCSV(&b, s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "2026-07-10,2026-07-10 09:30,2026-07-10 10:15,Hall A,") {
		t.Errorf("floating times converted:\n%s", b.String())
	}
}
