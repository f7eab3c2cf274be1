package data

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// samplesDir holds real published schedules beside the project, when it
// is there; tests that read them skip without it.
const samplesDir = "../../shared/samples"

// requireSamples skips the test when the samples are absent.
func requireSamples(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(samplesDir, "README.md")); err != nil {
		tb.Skipf("no samples at %s", samplesDir)
	}
}

// TestSamplesConformance opens every real schedule and checks the counts
// its README gives (events, days, rooms), that every field is clean (no
// HTML tags, no control or invisible characters) and, for 31C3, that the
// four talks at 00:00–00:15 are on the evening before.
func TestSamplesConformance(t *testing.T) {
	requireSamples(t)
	for _, tt := range []struct {
		file                  string
		format                Format
		events, days, rooms   int
		conference, key, zone string
	}{
		{"fosdem-2026.schedule.xml", FormatFrabXML, 883, 2, 30, "FOSDEM 2026", "fosdem-2026", "Europe/Brussels"},
		{"31c3.schedule.xml", FormatFrabXML, 138, 4, 4, "31. Chaos Communication Congress", "31c3", ""},
		{"rc3-channels-2020.pretalx.schedule.json", FormatFrabJSON, 48, 4, 5, "rC3 Channels", "rc3-channels-2020", ""},
		{"camp2019.frab.schedule.json", FormatFrabJSON, 79, 5, 2, "Chaos Communication Camp 2019", "Camp2019", "Europe/Berlin"},
		{"ddd-melbourne-2025.sessionize-all.json", FormatSessionize, 28, 1, 5, "Sessionize schedule", "sessionize-01b1f305b2f0dfd9", ""},
		{"pyconuk-2015.schedule.ics", FormatICal, 162, 4, 11, "PyCon UK 2015 Schedule", "PyCon UK 2015 Schedule", "UTC"},
		{"extra/fosdem-2026.excerpt.schedule.xml", FormatFrabXML, 20, 2, 2, "FOSDEM 2026", "fosdem-2026", "Europe/Brussels"},
		{"extra/38c3.hub.schedule2.example.json", FormatFrabJSON, 2, 4, 2, "38C3", "38c3", "Europe/Berlin"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(samplesDir, tt.file)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			o, err := OpenBytes(tt.file, raw, OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			s := o.Schedule
			if o.Format != tt.format || len(s.Sessions) != tt.events || len(s.Days) != tt.days || len(s.Rooms) != tt.rooms {
				t.Errorf("%s: %d events, %d days, %d rooms; want %s, %d, %d, %d", o.Format, len(s.Sessions), len(s.Days), len(s.Rooms), tt.format, tt.events, tt.days, tt.rooms)
			}
			if s.Conference != tt.conference || s.BookmarkKey() != tt.key || s.TimeZone != tt.zone {
				t.Errorf("conference %q key %q zone %q; want %q %q %q", s.Conference, s.BookmarkKey(), s.TimeZone, tt.conference, tt.key, tt.zone)
			}
			if err := checkOpened(s); err != nil {
				t.Error(err)
			}
			if err := checkNoHTML(s); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSamples31C3AfterMidnight: 31C3's four talks at 00:00 and 00:15 are
// dated the next morning but belong to the evening before.
func TestSamples31C3AfterMidnight(t *testing.T) {
	requireSamples(t)
	raw, err := os.ReadFile(filepath.Join(samplesDir, "31c3.schedule.xml"))
	if err != nil {
		t.Fatal(err)
	}
	o, err := OpenBytes("31c3.schedule.xml", raw, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, sess := range o.Schedule.Sessions {
		if sess.Start.Hour() >= 4 {
			continue
		}
		n++
		evening := sess.Start.AddDate(0, 0, -1).Format(time.DateOnly)
		if sess.Day != evening {
			t.Errorf("%q at %v is on %s, want %s", sess.Title, sess.Start, sess.Day, evening)
		}
	}
	if n != 4 {
		t.Errorf("%d talks between midnight and 04:00, want 4", n)
	}
}

// TestSamplesSessionizeCompanies: DDD Melbourne's companies come only
// from tag lines reading "Role at Company".
func TestSamplesSessionizeCompanies(t *testing.T) {
	requireSamples(t)
	raw, err := os.ReadFile(filepath.Join(samplesDir, "ddd-melbourne-2025.sessionize-all.json"))
	if err != nil {
		t.Fatal(err)
	}
	o, err := OpenBytes("ddd.json", raw, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	companies := map[string]string{}
	for _, sess := range o.Schedule.Sessions {
		for _, sp := range sess.Speakers {
			companies[sp.Name] = sp.Company
		}
	}
	for name, want := range map[string]string{
		"Tom Ridge": "Culture Amp", "Janna Malikova": "Tomato Elephant Studio", "Aaron Powell": "",
		"Ben Cull": "", "Sue Keay": "", "Garima Singh": "",
	} {
		if got, ok := companies[name]; !ok || got != want {
			t.Errorf("%s: company %q, want %q", name, got, want)
		}
	}
}
