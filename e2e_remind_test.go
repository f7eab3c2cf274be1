package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// stringSequences are the escape sequences that carry text (OSC, DCS,
// APC, PM, SOS), some of which a BEL ends: taken out, a BEL left is the
// bell.
var stringSequences = regexp.MustCompile("\x1b[\\]P_^X][^\x07\x1b]*(?:\x07|\x1b\\\\)")

// rang reports the terminal's bell in raw output.
func rang(raw string) bool {
	return strings.Contains(stringSequences.ReplaceAllString(raw, ""), "\a")
}

// TestE2EReminder runs the binary with --now eight seconds before the
// reminder of a bookmarked talk is due, in WezTerm: the clock runs on
// from --now, and at ten minutes before the talk the status line says so,
// the bell rings and the terminal is asked for a notification (OSC 777).
func TestE2EReminder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	marks := filepath.Join(dir, "bookmarks.json")
	if err := os.WriteFile(marks, []byte(`{"version": 1, "conferences": {"harbour-2031": ["harbour-104"]}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	u := startTUI(t, launch{cols: 120, rows: 40, env: []string{"TZ=UTC", "TERM_PROGRAM=WezTerm"},
		args: []string{"ui/testdata/good_two_rooms.xml", "--bookmarks", marks, "--now", "2031-03-15T10:49:52"}})
	u.waitText("Harbour Days 2031 › Now", "Lighthouse keepers of open source")
	if raw := string(u.term.Raw()); strings.Contains(raw, "777;notify") || rang(raw) {
		t.Fatalf("a reminder before it is due: %q", raw)
	}

	want := "In 10 min: Lighthouse keepers of open source · Aula"
	u.waitFor("the reminder on the status line", func(s screen) bool { return strings.Contains(s.status(), want) })
	notify := "\x1b]777;notify;Harbour Days 2031;" + want + "\a"
	u.waitFor("the bell and the notification", func(screen) bool {
		raw := string(u.term.Raw())
		return rang(raw) && strings.Contains(raw, notify)
	})
	if n := strings.Count(string(u.term.Raw()), "777;notify"); n != 1 {
		t.Errorf("%d notifications, want 1", n)
	}
	u.quit()
}
