package data

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// importSchedule is a small FOSDEM-like schedule of 2026 in Brussels.
func importSchedule(t *testing.T) *model.Schedule {
	t.Helper()
	bru, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, bru) }
	return &model.Schedule{
		Conference: "Tiny Conf 2026",
		Location:   bru,
		Days:       []model.Day{{Date: "2026-01-31"}},
		Sessions: []model.Session{
			{ID: "guid-rust", Key: "guid-rust", SourceID: "101", Code: "ABC123", Title: "Rust on Tiny Boards", Start: at(10, 30),
				Links: []model.Link{{Title: "Event page", URL: "https://tiny.example/talk/rust/"}}},
			{ID: "guid-pipes", Key: "guid-pipes", SourceID: "102", Code: "DEF456", Title: "Pipes All the Way Down", Start: at(11, 0)},
			{ID: "guid-cafe", Key: "guid-cafe", SourceID: "103", Title: "Café Économique", Start: at(14, 0)},
		},
	}
}

// giggityOf packs a JSON list as a Giggity link's see= does.
func giggityOf(list string) string {
	var b bytes.Buffer
	z, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	z.Write([]byte(list))
	z.Close()
	return base64.RawURLEncoding.EncodeToString(b.Bytes())
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

func calendar(events ...string) string {
	return crlf("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + strings.Join(events, "") + "END:VCALENDAR\n")
}

func event(lines ...string) string {
	return "BEGIN:VEVENT\nDTSTAMP:20260101T000000Z\n" + strings.Join(lines, "\n") + "\nEND:VEVENT\n"
}

// TestMatchImport: each format's talks are found as that format names
// them, and what is not found is kept to be reported, never dropped.
func TestMatchImport(t *testing.T) {
	tests := []struct {
		name    string
		source  string
		kind    ImportKind
		ids     []string
		missing []string // titles, or ids when the source gives none
	}{
		{
			name:   "giggity worked example: ids 101 and 102",
			source: "https://ggt.gaa.st/#url=https%3A%2F%2Fexample.org%2Fschedule.xml&see=eNqLNjQw1DE0MIoFAAorAgo",
			kind:   ImportGiggity, ids: []string{"guid-rust", "guid-pipes"},
		},
		{
			name:   "giggity: a guid, an id that does not exist, del= ignored",
			source: "https://ggt.gaa.st/#url=x&see=eNqLNgUCHaVkYwjQBRMmIMICxoUBpVgA2I4JRw&del=eNqLjgUAARUAuQ",
			kind:   ImportGiggity, ids: []string{}, missing: []string{"5555", "c3333333-3333-4333-8333-333333333333"},
		},
		{
			name:   "giggity: what is not an id is reported, not dropped",
			source: "https://ggt.gaa.st/#url=x&see=" + giggityOf(`[101,null,{"a":1}]`),
			kind:   ImportGiggity, ids: []string{"guid-rust"}, missing: []string{"null", `{"a":1}`},
		},
		{
			name: "FOSDEM Companion: the id in the schedule's year, even moved; another year's and an unknown id not found",
			source: calendar(
				event("UID:101@2026@be.digitalia.fosdem", "DTSTART:20260131T150000Z", "SUMMARY:Rust on Tiny Boards (moved)"),
				event("UID:103@2025@be.digitalia.fosdem", "DTSTART:20250201T130000Z", "SUMMARY:Café Économique"),
				event("UID:999@2026@be.digitalia.fosdem", "DTSTART:20260131T150000Z", "SUMMARY:Gone"),
			),
			kind: ImportFOSDEM, ids: []string{"guid-rust"}, missing: []string{"Café Économique", "Gone"},
		},
		{
			name: "pretalx faved.ics: the submission code, the slug holding dashes",
			source: calendar(
				event("UID:pretalx-tiny-conf-26-DEF456@pretalx.example", "DTSTART;TZID=Europe/Brussels:20260131T110000", "SUMMARY:Pipes"),
				event("UID:pretalx-tiny-conf-26-NOPE00@pretalx.example", "DTSTART;TZID=Europe/Brussels:20260131T110000", "SUMMARY:Withdrawn"),
			),
			kind: ImportPretalx, ids: []string{"guid-pipes"}, missing: []string{"Withdrawn"},
		},
		{
			name: "other calendar: URL though moved; folded title at the same instant in another zone; a moved talk without URL not found",
			source: calendar(
				event("UID:a@x", "DTSTART:20260131T070000Z", "SUMMARY:Old title", "URL:http://tiny.example/talk/rust"),
				event("UID:b@x", "DTSTART;TZID=America/New_York:20260131T080000", "SUMMARY:CAFÉ  economique"),
				event("UID:c@x", "DTSTART;TZID=Europe/Brussels:20260131T120000", "SUMMARY:Pipes All the Way Down"),
			),
			kind: ImportCalendar, ids: []string{"guid-rust", "guid-cafe"}, missing: []string{"Pipes All the Way Down"},
		},
		{
			name: "other calendar: a floating time is the conference's wall clock",
			source: calendar(
				event("UID:a@x", "DTSTART:20260131T110000", "SUMMARY:pipes all the way down"),
				event("UID:b@x", "DTSTART:20260131T100000", "SUMMARY:pipes all the way down"),
			),
			kind: ImportCalendar, ids: []string{"guid-pipes"}, missing: []string{"pipes all the way down"},
		},
		{
			name: "summit-tui export: by id, then key, each once",
			source: `{"conference": "Tiny Conf 2026", "sessions": [
				{"id": "guid-cafe", "title": "Café Économique"},
				{"id": "guid-cafe-2", "key": "guid-pipes", "title": "Pipes"},
				{"id": "guid-cafe", "title": "Café Économique"},
				{"id": "gone", "title": "Gone", "start": "2026-01-31T09:00:00+01:00"}]}`,
			kind: ImportExport, ids: []string{"guid-cafe", "guid-pipes"}, missing: []string{"Gone"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := importSchedule(t)
			imp, err := ReadImport([]byte(tt.source))
			if err != nil {
				t.Fatal(err)
			}
			if imp.Kind != tt.kind {
				t.Errorf("read as %q, want %q", imp.Kind, tt.kind)
			}
			m := MatchImport(s, imp)
			if !slices.Equal(append([]string{}, m.IDs...), tt.ids) {
				t.Errorf("ids %q, want %q", m.IDs, tt.ids)
			}
			var missing []string
			for _, w := range m.Missing {
				missing = append(missing, firstNonEmpty(w.Title, w.ID))
			}
			if !slices.Equal(missing, tt.missing) {
				t.Errorf("not found %q, want %q", missing, tt.missing)
			}
		})
	}
}

// TestReadGiggityWorkedExample: Giggity's own link decodes to the ids
// 101 and 102 and the schedule it names.
func TestReadGiggityWorkedExample(t *testing.T) {
	imp, err := ReadImport([]byte("https://ggt.gaa.st/#url=https%3A%2F%2Fexample.org%2Fschedule.xml&see=eNqLNjQw1DE0MIoFAAorAgo\n"))
	if err != nil {
		t.Fatal(err)
	}
	if imp.ScheduleURL != "https://example.org/schedule.xml" || len(imp.Wanted) != 2 || imp.Wanted[0].ID != "101" || imp.Wanted[1].ID != "102" {
		t.Errorf("got %+v", imp)
	}
}

// TestReadImportRefuses: what is not an import is an error, never an
// empty import.
func TestReadImportRefuses(t *testing.T) {
	for _, src := range []string{"", "hello", "{\"conference\": \"x\"}", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",
		"https://ggt.gaa.st/#url=x&see=!!", "https://ggt.gaa.st/#url=x&see=aGVsbG8"} {
		if imp, err := ReadImport([]byte(src)); err == nil {
			t.Errorf("%q read as %+v, want an error", src, imp)
		}
	}
}

// FuzzReadImport: whatever is given to import, reading and matching it
// ends in an import or an error, never a crash.
func FuzzReadImport(f *testing.F) {
	f.Add([]byte("https://ggt.gaa.st/#url=https%3A%2F%2Fexample.org%2Fschedule.xml&see=eNqLNjQw1DE0MIoFAAorAgo"))
	f.Add([]byte(calendar(event("UID:101@2026@be.digitalia.fosdem", "DTSTART:20260131T150000Z", "SUMMARY:x"))))
	f.Add([]byte(`{"sessions": [{"id": "a", "start": "2026-01-31T09:00:00+01:00"}]}`))
	s := &model.Schedule{Sessions: []model.Session{{ID: "a", Key: "a", SourceID: "1", Title: "A"}}}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if imp, err := ReadImport(raw); err == nil {
			MatchImport(s, imp)
		}
	})
}
