package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// schedule is one of the data package's test schedules.
func schedule(name string) string { return filepath.Join("data", "testdata", "schedules", name) }

// TestRefPositionalOrFile: a schedule given as REF or as --file gives the
// same export, for each format, and both at once is fine when they agree.
func TestRefPositionalOrFile(t *testing.T) {
	for file, sessions := range map[string]int{
		"good_frab_devroom.xml": 4, "good_pretalx.json": 4, "good_sessionize.json": 4, "good_ical_utc.ics": 8,
	} {
		path := schedule(file)
		code, byRef, errOut := cli(t, "export", path)
		if code != 0 || errOut != "" {
			t.Fatalf("export %s: exit %d, %s", file, code, errOut)
		}
		if got := len(decodeExport(t, byRef).Sessions); got != sessions {
			t.Errorf("%s: %d sessions, want %d", file, got, sessions)
		}
		for _, args := range [][]string{{"export", "--file", path}, {"--file", path, "export"}, {"export", path, "--file", path}} {
			if code, out, _ := cli(t, args...); code != 0 || out != byRef {
				t.Errorf("%q: exit %d, output differs from export REF", args, code)
			}
		}
	}
}

// TestFormatInAndTZ: --format-in forces a reader; --tz is accepted and a
// wrong reader gives the one-line error, exit 1.
func TestFormatInAndTZ(t *testing.T) {
	path := schedule("good_sessionize.json")
	if code, _, errOut := cli(t, "export", "--tz", "Australia/Melbourne", "--format-in", "sessionize", path); code != 0 {
		t.Errorf("--tz and --format-in: exit %d, %s", code, errOut)
	}
	code, out, errOut := cli(t, "export", "--format-in", "ics", path)
	checkOneLine(t, out, errOut)
	if code != 1 || !strings.Contains(errOut, "iCalendar") || !strings.HasPrefix(errOut, "summit-tui: "+path+": ") {
		t.Errorf("JSON read as iCalendar: exit %d, %q", code, errOut)
	}
	code, out, errOut = cli(t, "export", schedule("bad_frab_truncated.xml"))
	checkOneLine(t, out, errOut)
	if code != 1 || !strings.Contains(errOut, "truncated") {
		t.Errorf("truncated XML: exit %d, %q", code, errOut)
	}
	code, out, errOut = cli(t, "export", "https://example.org/schedule.xml")
	checkOneLine(t, out, errOut)
	if code != 1 || !strings.HasPrefix(errOut, "summit-tui: https://example.org/schedule.xml: ") {
		t.Errorf("a URL: exit %d, %q", code, errOut)
	}
}
