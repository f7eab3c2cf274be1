package data

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestFrabSourceIDsKept: the frab readers keep each event's id, which
// Giggity's links and FOSDEM Companion's calendars name talks by, and
// pretalx's code.
func TestFrabSourceIDsKept(t *testing.T) {
	for _, name := range []string{"fosdem-2026.schedule.xml", "camp2019.frab.schedule.json", "31c3.schedule.xml"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(samplesDir, name))
			if err != nil {
				t.Skip("sample not available:", err)
			}
			opened, err := OpenBytes(name, raw, OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range opened.Schedule.Sessions {
				if _, err := strconv.Atoi(s.SourceID); err != nil {
					t.Fatalf("%q: source id %q, want the event's numeric id", s.Title, s.SourceID)
				}
			}
		})
	}
	t.Run("pretalx code", func(t *testing.T) {
		raw, err := os.ReadFile(filepath.Join(samplesDir, "rc3-channels-2020.pretalx.schedule.json"))
		if err != nil {
			t.Skip("sample not available:", err)
		}
		opened, err := OpenBytes("rc3.json", raw, OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// Its events give the code only in their URL.
		imp, err := ReadImport([]byte(calendar(
			event("UID:pretalx-rc3-channels-2020-MJA8QY@pretalx.rc3.studio", "DTSTART:20201227T110000Z", "SUMMARY:x"))))
		if err != nil {
			t.Fatal(err)
		}
		if m := MatchImport(&opened.Schedule, imp); len(m.IDs) != 1 {
			t.Errorf("faved.ics of MJA8QY: found %q, missing %d", m.IDs, len(m.Missing))
		}
	})
}
