package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// The CSV and Markdown exports name the zone their times are in: the
// conference's, UTC for a calendar that gives only UTC (said as such), and
// none for times published without a zone; a programme without times says
// nothing of zones.
func TestExportsNameTheirZone(t *testing.T) {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	at := func(loc *time.Location) model.Schedule {
		start := time.Date(2026, 1, 31, 8, 0, 0, 0, loc)
		return model.Schedule{
			Conference: "Zone Conf", Location: loc, TimeZone: loc.String(), Days: []model.Day{{Date: "2026-01-31"}},
			Sessions: []model.Session{{ID: "a", Key: "a", Title: "A Talk", Day: "2026-01-31", Start: start, End: start.Add(time.Hour)}},
		}
	}
	utcOnly := at(time.UTC)
	utcOnly.TimeZone, utcOnly.UTCOnly = "", true
	floating := at(time.UTC)
	floating.TimeZone, floating.FloatingTimes = "", true
	untimed := model.Schedule{Conference: "Zone Conf", Sessions: []model.Session{{ID: "a", Key: "a", Title: "A Talk"}}}
	for _, tt := range []struct {
		name     string
		s        model.Schedule
		csvZone  string
		sentence string
	}{
		{"named zone", at(brussels), "Europe/Brussels", "Times are in Europe/Brussels."},
		{"UTC only", utcOnly, "UTC", "Times are in UTC: the schedule names no time zone of its own."},
		{"floating", floating, "", "Times are as published: the schedule names no time zone."},
		{"no times", untimed, "", ""},
	} {
		var b bytes.Buffer
		if err := WriteCSV(&b, tt.s); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if h, r := rows[0], rows[1]; h[len(h)-1] != "time_zone" || r[len(r)-1] != tt.csvZone {
			t.Errorf("%s: CSV header %q, row %q; want the zone %q last", tt.name, h, r, tt.csvZone)
		}
		b.Reset()
		if err := WriteMarkdown(&b, tt.s, MarkdownOptions{}); err != nil {
			t.Fatal(err)
		}
		md := b.String()
		switch {
		case tt.sentence == "" && strings.Contains(md, "Times are"):
			t.Errorf("%s: Markdown speaks of zones:\n%s", tt.name, md)
		case tt.sentence != "" && !strings.HasPrefix(md, "# Zone Conf\n\n"+tt.sentence+"\n\n## "):
			t.Errorf("%s: Markdown does not open with %q:\n%s", tt.name, tt.sentence, md)
		}
	}
}
