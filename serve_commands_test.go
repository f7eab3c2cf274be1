package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// serverSchedule is the schedule a server holds for ref ("" the built-in
// page), as the local commands read it.
func serverSchedule(t *testing.T, ref string) model.Schedule {
	t.Helper()
	opts, err := parseArgs([]string{"export", ref})
	if ref == "" {
		opts, err = parseArgs([]string{"export"})
	}
	if err != nil {
		t.Fatal(err)
	}
	opened, err := openRef(opts)
	if err != nil {
		t.Fatal(err)
	}
	return opened.Schedule
}

// someIDs are a few of s's talks, first and last, to bookmark.
func someIDs(s model.Schedule) []string {
	n := len(s.Sessions)
	return []string{s.Sessions[0].ID, s.Sessions[1].ID, s.Sessions[n-1].ID}
}

// writeBookmarksFile writes a bookmarks file holding ids for key.
func writeBookmarksFile(t *testing.T, path, key string, ids []string) {
	t.Helper()
	b, err := json.Marshal(map[string]any{"version": 1, "conferences": map[string][]string{key: ids}})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, string(b))
}

// TestSSHCommandMatchesLocal: bookmarks in every format, export and next
// over SSH print, to the byte, what the local commands print for the same
// schedule and a bookmarks file holding the key's ids, with the same
// exit status.
func TestSSHCommandMatchesLocal(t *testing.T) {
	dir := nextEnv(t)
	for _, sc := range []struct {
		name, ref, now string
	}{
		{"built-in page", "", "2019-05-13T10:00:00Z"},
		{"frab", filepath.Join("testdata", "good_live_v1.xml"), "2030-03-08T10:00:00+01:00"},
	} {
		schedule := serverSchedule(t, sc.ref)
		ids := someIDs(schedule)
		marks := filepath.Join(dir, strings.ReplaceAll(sc.name, " ", "-")+".json")
		writeBookmarksFile(t, marks, schedule.BookmarkKey(), ids)
		at, err := time.Parse(time.RFC3339, sc.now)
		if err != nil {
			t.Fatal(err)
		}
		in := sshCommandInput{Schedule: schedule, Bookmarks: ids, Now: func() time.Time { return at }, Ref: sc.ref}
		for _, args := range [][]string{
			{"bookmarks"},
			{"bookmarks", "--format", "markdown"},
			{"bookmarks", "--format", "json"},
			{"bookmarks", "--format", "ics"},
			{"bookmarks", "--format", "ics", "--alarm", "15m"},
			{"bookmarks", "--format", "csv"},
			{"bookmarks", "--format=giggity"},
			{"export"},
			{"export", "--format", "json"},
			{"export", "--format", "markdown"},
			{"next"},
			{"next", "--format", "text"},
			{"next", "--format", "json"},
		} {
			if sc.ref != "" && args[len(args)-1] == "--format=giggity" {
				continue // over SSH a file's path is not shown: TestSSHCommandGiggityURL
			}
			t.Run(sc.name+"/"+strings.Join(args, " "), func(t *testing.T) {
				local := append(slices.Clone(args), "--now", sc.now)
				if args[0] != "export" {
					local = append(local, "--bookmarks", marks)
				}
				if sc.ref != "" {
					local = append(local, sc.ref)
				}
				var wantOut, wantErr, gotOut, gotErr bytes.Buffer
				wantCode := run(local, &wantOut, &wantErr, false)
				gotCode := sshCommand(args, in, &gotOut, &gotErr)
				if gotCode != wantCode || gotOut.String() != wantOut.String() || gotErr.String() != wantErr.String() {
					t.Errorf("over SSH: exit %d\nstdout:\n%s\nstderr:\n%s\nlocally: exit %d\nstdout:\n%s\nstderr:\n%s",
						gotCode, gotOut.String(), gotErr.String(), wantCode, wantOut.String(), wantErr.String())
				}
			})
		}
	}
}

// TestSSHCommandNextOnTime: next over SSH reads the server's clock, so
// the talk it names moves on as the day does.
func TestSSHCommandNextOnTime(t *testing.T) {
	schedule := serverSchedule(t, filepath.Join("testdata", "good_live_v1.xml"))
	ids := []string{schedule.Sessions[0].ID}
	for _, tc := range []struct{ now, want string }{
		{"2030-03-08T10:00:00+01:00", "in 30 min"},
		{"2030-03-08T10:40:00+01:00", "35 min left"},
		{"2030-03-08T12:00:00+01:00", ""},
	} {
		at, _ := time.Parse(time.RFC3339, tc.now)
		var out, errs bytes.Buffer
		code := sshCommand([]string{"next"}, sshCommandInput{Schedule: schedule, Bookmarks: ids, Now: func() time.Time { return at }}, &out, &errs)
		if code != 0 || !strings.Contains(out.String(), tc.want) || tc.want == "" && out.Len() != 0 {
			t.Errorf("at %s: exit %d, %q (stderr %q); want %q", tc.now, code, out.String(), errs.String(), tc.want)
		}
	}
}

// TestSSHCommandRefused: anything but the three commands and help, and
// any argument that names a schedule or a file of the server, is one line
// on stderr naming what was typed, with exit status 2; nothing is printed
// and no file is read or written.
func TestSSHCommandRefused(t *testing.T) {
	dir := nextEnv(t)
	schedule := serverSchedule(t, "")
	in := sshCommandInput{Schedule: schedule, Bookmarks: someIDs(schedule), Now: time.Now}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "summit-tui: give a command: bookmarks, export, next or help (see help)\n"},
		{[]string{"sh"}, `summit-tui: unknown command "sh": use bookmarks, export, next or help (see help)` + "\n"},
		{[]string{"rm", "-rf", "/"}, `summit-tui: unknown command "rm": use bookmarks, export, next or help (see help)` + "\n"},
		{[]string{"sh", "-c", "id"}, `summit-tui: unknown command "sh": use bookmarks, export, next or help (see help)` + "\n"},
		{[]string{"changes", "a", "b"}, "summit-tui: changes is not available over SSH (see help)\n"},
		{[]string{"conferences"}, "summit-tui: conferences is not available over SSH (see help)\n"},
		{[]string{"serve"}, "summit-tui: serve is not available over SSH (see help)\n"},
		{[]string{"bookmarks", "import", "x.json"}, "summit-tui: bookmarks import is not available over SSH (see help)\n"},
		{[]string{"import", "x.json"}, "summit-tui: import is not available over SSH (see help)\n"},
		{[]string{"bookmarks", "/etc/passwd"}, `summit-tui: unexpected argument "/etc/passwd": over SSH the schedule is the server's (see help)` + "\n"},
		{[]string{"export", "https://example.org/schedule.xml"}, `summit-tui: unexpected argument "https://example.org/schedule.xml": over SSH the schedule is the server's (see help)` + "\n"},
		{[]string{"/etc/passwd"}, `summit-tui: unknown command "/etc/passwd": use bookmarks, export, next or help (see help)` + "\n"},
		{[]string{"export", "--file", "/etc/passwd"}, "summit-tui: --file is not available over SSH (see help)\n"},
		{[]string{"export", "-file=/etc/passwd"}, "summit-tui: -file is not available over SSH (see help)\n"},
		{[]string{"bookmarks", "--bookmarks", filepath.Join(dir, "b.json")}, "summit-tui: --bookmarks is not available over SSH (see help)\n"},
		{[]string{"--directory", "http://x", "export"}, "summit-tui: --directory is not available over SSH (see help)\n"},
		{[]string{"next", "--now", "10:00"}, "summit-tui: --now is not available over SSH (see help)\n"},
		{[]string{"export", "--refresh"}, "summit-tui: --refresh is not available over SSH (see help)\n"},
		{[]string{"export", "--bogus"}, "summit-tui: unknown flag --bogus (see help)\n"},
		{[]string{"export", "--bo\x1b]0;gus"}, "summit-tui: unknown flag --bo (see help)\n"},
		{[]string{"export", "--format", "csv"}, `summit-tui: unknown format "csv": use json or markdown (see help)` + "\n"},
		{[]string{"next", "--format"}, "summit-tui: flag needs an argument: --format (see help)\n"},
		{[]string{"export", "--alarm", "15m"}, "summit-tui: --alarm applies to bookmarks --format ics only (see help)\n"},
		{[]string{"bookmarks", "--format", "ics", "--alarm", "soon"}, `summit-tui: --alarm: "soon" is not a time before the talk: try 15m, 1h or 90s (see help)` + "\n"},
	} {
		var out, errs bytes.Buffer
		code := sshCommand(tc.args, in, &out, &errs)
		if code != exitUsage || out.Len() != 0 || errs.String() != tc.want {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out.String(), errs.String(), tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files made: %v", entries)
	}
}

// TestSSHCommandKeyless: a session without a key keeps no bookmarks, and
// says so rather than print an empty agenda; export still works.
func TestSSHCommandKeyless(t *testing.T) {
	in := sshCommandInput{Schedule: serverSchedule(t, ""), Keyless: true, Now: time.Now}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"bookmarks", "--format", "json"}, 1, "summit-tui: bookmarks: bookmarks need a key: connect with an SSH key to keep bookmarks and print them\n"},
		{[]string{"next"}, 1, "summit-tui: next: bookmarks need a key: connect with an SSH key to keep bookmarks and print them\n"},
		{[]string{"export"}, 0, ""},
	} {
		var out, errs bytes.Buffer
		code := sshCommand(tc.args, in, &out, &errs)
		if code != tc.code || errs.String() != tc.want || code != 0 && out.Len() != 0 {
			t.Errorf("%q: exit %d, stderr %q; want exit %d, %q", tc.args, code, errs.String(), tc.code, tc.want)
		}
	}
}

// TestSSHCommandHelp: help names the commands over SSH, on stdout.
func TestSSHCommandHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}, {"bookmarks", "--help"}} {
		var out, errs bytes.Buffer
		code := sshCommand(args, sshCommandInput{}, &out, &errs)
		if code != 0 || out.String() != sshUsage || errs.Len() != 0 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out.String(), errs.String())
		}
	}
}

// TestSSHCommandGiggityURL: a server that opened a URL shares it in the
// Giggity link; one that opened a file says there is none, without
// naming the server's path.
func TestSSHCommandGiggityURL(t *testing.T) {
	schedule := serverSchedule(t, filepath.Join("testdata", "good_live_v1.xml"))
	in := sshCommandInput{Schedule: schedule, Bookmarks: someIDs(schedule), Now: time.Now}
	var out, errs bytes.Buffer
	in.Ref = "https://example.org/schedule.xml"
	if code := sshCommand([]string{"bookmarks", "--format", "giggity"}, in, &out, &errs); code != 0 ||
		!strings.HasPrefix(out.String(), "https://ggt.gaa.st/#url=https%3A%2F%2Fexample.org%2Fschedule.xml&see=") {
		t.Errorf("from a URL: exit %d, %q, %q", code, out.String(), errs.String())
	}
	out.Reset()
	errs.Reset()
	// The organiser's credentials for the schedule stay on the server.
	in.Ref = "https://organiser:s3cret@example.org/schedule.xml"
	if code := sshCommand([]string{"bookmarks", "--format", "giggity"}, in, &out, &errs); code != 0 ||
		!strings.HasPrefix(out.String(), "https://ggt.gaa.st/#url=https%3A%2F%2Fexample.org%2Fschedule.xml&see=") {
		t.Errorf("from a URL with a password: exit %d, %q, %q; want the URL without it", code, out.String(), errs.String())
	}
	out.Reset()
	errs.Reset()
	in.Ref = "/srv/programme/schedule.xml"
	code := sshCommand([]string{"bookmarks", "--format", "giggity"}, in, &out, &errs)
	if want := "summit-tui: bookmarks: the server's schedule was not opened from a URL, so there is no link to share\n"; code != 1 || errs.String() != want {
		t.Errorf("from a file: exit %d, %q; want %q", code, errs.String(), want)
	}
}

// TestSSHCommandConcurrent: sessions share the server's schedule, and
// their commands only read it (run with -race).
func TestSSHCommandConcurrent(t *testing.T) {
	schedule := serverSchedule(t, filepath.Join("testdata", "good_live_v1.xml"))
	in := sshCommandInput{Schedule: schedule, Bookmarks: someIDs(schedule), Now: time.Now}
	var wg sync.WaitGroup
	for _, format := range []string{"markdown", "json", "ics", "csv"} {
		for range 2 {
			wg.Go(func() {
				var out, errs bytes.Buffer
				if code := sshCommand([]string{"bookmarks", "--format", format}, in, &out, &errs); code != 0 {
					t.Errorf("%s: exit %d, %s", format, code, errs.String())
				}
			})
		}
	}
	wg.Go(func() { sshCommand([]string{"next"}, in, new(bytes.Buffer), new(bytes.Buffer)) })
	wg.Go(func() {
		sshCommand([]string{"export", "--format", "markdown"}, in, new(bytes.Buffer), new(bytes.Buffer))
	})
	wg.Wait()
}
