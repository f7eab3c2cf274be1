package export

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/bench/pagegen"
	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// timedSchedule is a small programme with times and places: two days, two
// rooms, two talks at once, a talk after midnight that belongs to the
// first day, a talk with no end, one with no time at all, links, bios, a
// subtitle, a key that is not the id, and a title ending in " #".
func timedSchedule() model.Schedule {
	zone := time.FixedZone("CET", 3600)
	at := func(day, clock string) time.Time {
		t, err := time.ParseInLocation("2006-01-02 15:04", day+" "+clock, zone)
		if err != nil {
			panic(err)
		}
		return t
	}
	return model.Schedule{
		Conference: "FOSS Days 2026",
		Key:        "fossdays26",
		TimeZone:   "Europe/Brussels",
		Location:   zone,
		Days: []model.Day{
			{Date: "2026-01-31", Start: at("2026-01-31", "09:00"), End: at("2026-02-01", "03:00")},
			{Date: "2026-02-01"},
		},
		Rooms:  []string{"Janson", "K.1.105"},
		Tracks: []string{"Keynotes", "Languages", "Databases"},
		Sessions: []model.Session{
			{ID: "8c1f0e52", Key: "8c1f0e52", Title: "Welcome to FOSS Days", Track: "Keynotes",
				Day: "2026-01-31", Start: at("2026-01-31", "09:30"), End: at("2026-01-31", "09:55"), Room: "Janson",
				Speakers: []model.Speaker{{Name: "Ada Lovelace", Bio: "Writes programs for engines that do not exist yet."}},
				Abstract: "Opening words.", Type: "keynote", Language: "en"},
			{ID: "modern-c", Key: "modern-c", Title: "Modern C #", Subtitle: "What changed since 2020", Track: "Languages",
				Day: "2026-01-31", Start: at("2026-01-31", "10:00"), End: at("2026-01-31", "10:50"), Room: "K.1.105",
				Speakers: []model.Speaker{{Name: "Grace Hopper", Company: "US Navy", Bio: "Found the first bug.\n\nLater, many more."}},
				Abstract: "Records, patterns and *spans*.\n\n- one\n- two", Type: "lecture", Language: "en",
				Links: []model.Link{{Title: "Slides (PDF)", URL: "https://example.org/slides/modern c.pdf"}, {URL: "https://example.org/video"}}},
			{ID: "talk-42-2", Key: "talk-42", Title: "Postgres at Scale", Track: "Databases",
				Day: "2026-01-31", Start: at("2026-01-31", "10:00"), End: at("2026-01-31", "10:25"), Room: "Janson",
				Speakers: []model.Speaker{{Name: "Edgar Codd", Company: "IBM Research"}, {Name: "Mei Lin"}}},
			{ID: "midnight-hacking", Key: "midnight-hacking", Title: "Midnight Hacking", Track: "Languages",
				Day: "2026-01-31", Start: at("2026-02-01", "00:30"), End: at("2026-02-01", "01:15"), Room: "K.1.105",
				Abstract: "For the night owls."},
			{ID: "closing", Key: "closing", Title: "Closing", Track: "Keynotes",
				Day: "2026-02-01", Start: at("2026-02-01", "17:00"), Room: "Janson", DoNotRecord: true},
			{ID: "hallway-track", Key: "hallway-track", Title: "Hallway Track", Track: "Keynotes"},
		},
	}
}

// TestTimedExportsGolden: the JSON and Markdown exports and the agenda of
// a programme with times, as reviewed golden files. Refresh with
// `go test ./data/export -update` and review the diff like code.
func TestTimedExportsGolden(t *testing.T) {
	s := timedSchedule()
	bookmarked := s.Only(model.NewBookmarkSet([]string{"midnight-hacking", "8c1f0e52", "closing"}))
	for _, tt := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"timed.json", func(w io.Writer) error { return WriteJSON(w, s) }},
		{"timed.md", func(w io.Writer) error { return WriteMarkdown(w, s, MarkdownOptions{}) }},
		{"timed_agenda.md", func(w io.Writer) error {
			return WriteMarkdown(w, bookmarked, MarkdownOptions{Heading: "Bookmarks — " + s.Conference, Agenda: true})
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}

// TestTimedJSONFields: what a reader of the JSON export relies on, stated
// outright so that a wrong golden file cannot hide it.
func TestTimedJSONFields(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, timedSchedule()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TimeZone string `json:"time_zone"`
		Days     []struct{ Date, Start, End string }
		Rooms    []string
		Sessions []map[string]any
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("the export is not JSON: %v", err)
	}
	if doc.TimeZone != "Europe/Brussels" || len(doc.Days) != 2 || doc.Days[0].Start != "2026-01-31T09:00:00+01:00" || doc.Days[1].Start != "" {
		t.Errorf("time_zone %q, days %+v", doc.TimeZone, doc.Days)
	}
	if len(doc.Rooms) != 2 {
		t.Errorf("rooms = %q", doc.Rooms)
	}
	late := doc.Sessions[3]
	if late["day"] != "2026-01-31" || late["start"] != "2026-02-01T00:30:00+01:00" || late["end"] != "2026-02-01T01:15:00+01:00" {
		t.Errorf("the talk after midnight: day %v, start %v, end %v", late["day"], late["start"], late["end"])
	}
	if _, ok := doc.Sessions[0]["key"]; ok {
		t.Error("a key equal to the id is written")
	}
	if doc.Sessions[2]["key"] != "talk-42" {
		t.Errorf("key = %v, want talk-42", doc.Sessions[2]["key"])
	}
	if _, ok := doc.Sessions[4]["end"]; ok {
		t.Error("an unknown end is written")
	}
	for _, field := range []string{"day", "start", "end", "room", "subtitle", "type", "language", "links", "key"} {
		if _, ok := doc.Sessions[5][field]; ok {
			t.Errorf("the talk with no time has %q", field)
		}
	}
}

// TestJSONFloatingTimes: local times with no zone are written without an
// offset, which would claim a zone the source never gave.
func TestJSONFloatingTimes(t *testing.T) {
	s := model.Schedule{Conference: "DDD", FloatingTimes: true, Location: time.UTC,
		Sessions: []model.Session{{ID: "a", Title: "A", Day: "2025-02-22",
			Start: time.Date(2025, 2, 22, 10, 0, 0, 0, time.UTC), End: time.Date(2025, 2, 22, 10, 45, 0, 0, time.UTC)}}}
	var b bytes.Buffer
	if err := WriteJSON(&b, s); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"start": "2025-02-22T10:00:00",`, `"end": "2025-02-22T10:45:00",`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("export lacks %s:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), `"time_zone"`) {
		t.Error("a zone is named")
	}
}

// TestMarkdownGroupsByTrackWherever: a page that comes back to a track
// gives that track one heading holding all its talks, in programme order.
func TestMarkdownGroupsByTrackWherever(t *testing.T) {
	s := model.Schedule{Conference: "Conf", Tracks: []string{"Streams", "Tables"}, Sessions: []model.Session{
		{ID: "a", Title: "A", Track: "Streams"},
		{ID: "b", Title: "B", Track: "Tables"},
		{ID: "c", Title: "C", Track: "Streams"},
		{ID: "d", Title: "D", Track: "Unlisted"},
	}}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, s, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	want := "# Conf\n\n## Streams\n\n### A\n\n### C\n\n## Tables\n\n### B\n\n## Unlisted\n\n### D\n"
	if got := b.String(); got != want {
		t.Errorf("WriteMarkdown:\n%s\nwant:\n%s", got, want)
	}
}

// TestMarkdownHeadingKeepsTrailingHash: "C #" in a heading keeps its "#",
// which Markdown would otherwise read as the heading's closing sequence.
func TestMarkdownHeadingKeepsTrailingHash(t *testing.T) {
	s := model.Schedule{Conference: "Lang #", Tracks: []string{"C #"}, Sessions: []model.Session{{ID: "c", Title: "C #", Track: "C #"}}}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, s, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	if want := "# Lang \\#\n\n## C \\#\n\n### C \\#\n"; b.String() != want {
		t.Errorf("WriteMarkdown = %q, want %q", b.String(), want)
	}
}

// TestWriteJSONStreams: exporting allocates a fraction of what it writes,
// never the document whole (nor an indented copy of it).
func TestWriteJSONStreams(t *testing.T) {
	if raceEnabled {
		t.Skip("allocations are not measured under the race detector")
	}
	s, err := data.ParsePage("big.txt", pagegen.Generate(2000))
	if err != nil {
		t.Fatal(err)
	}
	var out countingWriter
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := WriteJSON(&out, s); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > uint64(out.n)/16 {
		t.Errorf("writing %d bytes of JSON allocated %d bytes", out.n, allocated)
	}
}

type countingWriter struct{ n int }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }
