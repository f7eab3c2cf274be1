package main

// Command-line tests: run() is called directly, as main would call it, with
// buffers for standard output and standard error. Test pages and bookmarks
// files live in testdata/, named by what is expected of them (good_* are
// used, bad_* refused).

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/seeds"
	"github.com/summit-tui/summit-tui/ui"
)

const conference = "Kafka Summit London 2019"

// exportShape is the JSON shape DESIGN.md promises for export and
// bookmarks --format json.
type exportShape struct {
	Conference string          `json:"conference"`
	Tracks     []string        `json:"tracks"`
	Sessions   []exportSession `json:"sessions"`
}

type exportSession struct {
	ID       string          `json:"id"`
	Title    string          `json:"title"`
	Track    string          `json:"track"`
	Speakers []exportSpeaker `json:"speakers"`
	Abstract string          `json:"abstract"`
}

type exportSpeaker struct {
	Name    string `json:"name"`
	Company string `json:"company"`
}

// cli runs the program with stdout not a terminal.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb, false)
	return code, out.String(), errb.String()
}

// decodeExport decodes the export shape, failing on anything else: the
// top-level keys and each session's keys must all be there.
func decodeExport(t *testing.T, out string) exportShape {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("output is not a JSON object: %v\n%s", err, head(out))
	}
	for _, k := range []string{"conference", "tracks", "sessions"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON has no %q key", k)
		}
	}
	var rawSessions []map[string]json.RawMessage
	if err := json.Unmarshal(raw["sessions"], &rawSessions); err != nil {
		t.Fatalf("sessions is not a list of objects: %v", err)
	}
	for i, s := range rawSessions {
		for _, k := range []string{"id", "title", "track", "speakers", "abstract"} {
			if v, ok := s[k]; !ok || string(v) == "null" {
				t.Errorf("session %d: %q missing or null", i, k)
			}
		}
	}
	var e exportShape
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("decode export: %v", err)
	}
	if dec.More() {
		t.Error("more than one JSON value in the output")
	}
	return e
}

func head(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}

// exportSeed is the seed's export, decoded.
func exportSeed(t *testing.T) exportShape {
	t.Helper()
	code, out, errOut := cli(t, "export")
	if code != 0 || errOut != "" {
		t.Fatalf("export: exit %d, stderr %q", code, errOut)
	}
	return decodeExport(t, out)
}

func TestExportJSONSeedFacts(t *testing.T) {
	e := exportSeed(t)
	if e.Conference != conference {
		t.Errorf("conference = %q, want %q", e.Conference, conference)
	}
	wantTracks := []string{"Keynotes", "Core Kafka", "Event-Driven Development", "Stream Processing", "Use Cases"}
	if !slices.Equal(e.Tracks, wantTracks) {
		t.Errorf("tracks = %q, want %q", e.Tracks, wantTracks)
	}
	if len(e.Sessions) != 59 {
		t.Fatalf("%d sessions, want 59", len(e.Sessions))
	}

	perTrack := map[string]int{}
	ids := map[string]bool{}
	people := map[string]bool{}
	trackAt := 0 // sessions come grouped by track, in track order
	for i, s := range e.Sessions {
		perTrack[s.Track]++
		if s.ID == "" || s.Title == "" {
			t.Errorf("session %d has an empty id or title: %+v", i, s)
		}
		if !regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`).MatchString(s.ID) {
			t.Errorf("session %d: id %q is not a slug", i, s.ID)
		}
		if ids[s.ID] {
			t.Errorf("id %q is not unique", s.ID)
		}
		ids[s.ID] = true
		for trackAt < len(wantTracks) && wantTracks[trackAt] != s.Track {
			trackAt++
		}
		if trackAt == len(wantTracks) {
			t.Fatalf("session %d (%q) is in track %q out of programme order", i, s.Title, s.Track)
		}
		for _, sp := range s.Speakers {
			people[sp.Name] = true
		}
		if strings.Contains(s.Abstract, "\r") || strings.Contains(s.Abstract, "\n\n\n") ||
			strings.TrimSpace(s.Abstract) != s.Abstract {
			t.Errorf("%q: abstract is not plain paragraphs separated by one blank line: %q", s.Title, head(s.Abstract))
		}
	}
	wantCounts := map[string]int{"Keynotes": 3, "Core Kafka": 14, "Event-Driven Development": 14, "Stream Processing": 14, "Use Cases": 14}
	if !reflect.DeepEqual(perTrack, wantCounts) {
		t.Errorf("talks per track = %v, want %v", perTrack, wantCounts)
	}
	if len(people) != 74 {
		t.Errorf("%d distinct speakers, want 74", len(people))
	}

	// DESIGN.md's example is the first Core Kafka session.
	first := e.Sessions[3]
	want := exportSession{
		ID:       "running-kafka-in-kubernetes-a-practical-guide",
		Title:    "Running Kafka® in Kubernetes: A Practical Guide",
		Track:    "Core Kafka",
		Speakers: []exportSpeaker{{Name: "Katherine Stanley", Company: "IBM United Kingdom Ltd."}},
	}
	got := first
	got.Abstract = ""
	if !reflect.DeepEqual(got, want) {
		t.Errorf("first Core Kafka session = %+v, want %+v", got, want)
	}
	if !strings.HasPrefix(first.Abstract, "The rise of Apache Kafka as the de facto standard for event streaming") {
		t.Errorf("its abstract starts %q", head(first.Abstract))
	}
	if !strings.HasSuffix(first.Abstract, "liveness and readiness probes.") {
		t.Errorf("its abstract ends %q", first.Abstract[max(len(first.Abstract)-60, 0):])
	}
}

// Ids are the same on every run and for every line-ending and BOM variant
// of the same page, so bookmarks survive a re-download of the page.
func TestExportIDsStableAcrossVariants(t *testing.T) {
	code, base, _ := cli(t, "export")
	if code != 0 {
		t.Fatal("export failed")
	}
	if _, again, _ := cli(t, "export"); again != base {
		t.Error("two exports of the same page differ")
	}
	want := decodeExport(t, base)
	dir := t.TempDir()
	lf := strings.ReplaceAll(string(seeds.Default), "\r\n", "\n")
	for name, page := range map[string]string{
		"crlf.txt": strings.ReplaceAll(lf, "\n", "\r\n"),
		"cr.txt":   strings.ReplaceAll(lf, "\n", "\r"),
		"bom.txt":  "\ufeff" + lf,
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := cli(t, "export", "--file", path)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			got := decodeExport(t, out)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("export of the %s variant differs from the seed's", name)
			}
		})
	}
}

func TestExportMarkdown(t *testing.T) {
	e := exportSeed(t)
	code, out, errOut := cli(t, "export", "--format", "markdown")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "# "+conference+"\n") {
		t.Errorf("markdown does not start with the conference as a heading:\n%s", head(out))
	}
	var tracks, titles []string
	for line := range strings.SplitSeq(out, "\n") {
		if t, ok := strings.CutPrefix(line, "## "); ok {
			tracks = append(tracks, unescapeMarkdown(t))
		}
		if t, ok := strings.CutPrefix(line, "### "); ok {
			titles = append(titles, unescapeMarkdown(t))
		}
	}
	if !slices.Equal(tracks, e.Tracks) {
		t.Errorf("track headings = %q, want %q", tracks, e.Tracks)
	}
	var wantTitles []string
	for _, s := range e.Sessions {
		wantTitles = append(wantTitles, s.Title)
	}
	if !slices.Equal(titles, wantTitles) {
		t.Errorf("talk headings (%d) differ from the programme (%d):\n got %q\nwant %q", len(titles), len(wantTitles), titles, wantTitles)
	}
	for _, want := range []string{
		"Katherine Stanley", "IBM United Kingdom Ltd.",
		"The rise of Apache Kafka as the de facto standard for event streaming",
		"Apache OpenWhisk is one of the more popular",
	} {
		if !strings.Contains(unescapeMarkdown(out), want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

// With standard output not a terminal and no command, the programme is
// printed as Markdown rather than opening the browser.
func TestNoTerminalPrintsMarkdown(t *testing.T) {
	_, want, _ := cli(t, "export", "--format", "markdown")
	for _, args := range [][]string{nil, {"--theme", "dark"}} {
		code, out, errOut := cli(t, args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
		}
		if out != want {
			t.Errorf("%q: output is not the programme as Markdown:\n%s", args, head(out))
		}
	}
	// And on another page too.
	page := filepath.Join("testdata", "good_page_escapes.txt")
	_, want, _ = cli(t, "export", "--format", "markdown", "--file", page)
	if code, out, _ := cli(t, "--file", page); code != 0 || out != want {
		t.Errorf("--file with no terminal: exit %d, output:\n%s", code, head(out))
	}
}

// unescapeMarkdown undoes CommonMark's backslash escapes ("Fun \\& Profit"
// reads as "Fun & Profit").
func unescapeMarkdown(s string) string {
	return regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])").ReplaceAllString(s, "$1")
}

// checkOneLine checks the error contract: nothing on stdout and exactly one
// line on stderr, starting with the program's name.
func checkOneLine(t *testing.T, stdout, stderr string) {
	t.Helper()
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", head(stdout))
	}
	if !strings.HasPrefix(stderr, "summit-tui: ") || !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr = %q, want one line \"summit-tui: …\"", stderr)
	}
	if strings.ContainsFunc(strings.TrimSuffix(stderr, "\n"), unicode.IsControl) {
		t.Errorf("stderr holds control characters: %q", stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"export", "--format", "yaml"}, "yaml"},
		{[]string{"export", "--format=yaml"}, "yaml"},
		{[]string{"--format", "yaml", "export"}, "yaml"},
		{[]string{"bookmarks", "--format", "yaml"}, "yaml"},
		{[]string{"--bogus"}, "bogus"},
		{[]string{"export", "--bogus"}, "bogus"},
		{[]string{"a.xml", "b.xml"}, "b.xml"},
		{[]string{"export", "a.xml", "extra"}, "extra"},
		{[]string{"a.xml", "--file", "b.xml"}, "two schedules"},
		{[]string{"--tz", "Mars/Olympus_Mons"}, "Mars/Olympus_Mons"},
		{[]string{"export", "--tz=Local"}, "Local"},
		{[]string{"--format-in", "yaml"}, "yaml"},
		{[]string{"--theme", "neon"}, "neon"},
		{[]string{"--format", "json"}, "format"},
		{[]string{"--file"}, "file"},
		{[]string{"export", "--bookmarks", "b.json"}, "bookmarks"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errOut := cli(t, tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (usage error)", code)
			}
			checkOneLine(t, out, errOut)
			if !strings.Contains(errOut, tc.says) {
				t.Errorf("stderr %q does not name %q", errOut, tc.says)
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"export", "--help"}} {
		code, out, errOut := cli(t, args...)
		if code != 0 || errOut != "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
		for _, want := range []string{"Usage:", "summit-tui export", "summit-tui bookmarks", "[REF]", "--file", "--bookmarks", "--theme", "--format", "--tz", "--format-in", "--refresh", "--version"} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: usage lacks %q", args, want)
			}
		}
		// The keys come under the help screen's headings, so that ↑/k
		// reads as the list's, the grid's or the room chooser's.
		for _, heading := range []string{"\n  Places\n", "\n  Timetable grid (v on a day)\n", "\n  Choosing the grid's rooms\n"} {
			if !strings.Contains(out, heading) {
				t.Errorf("%q: the keys lack the heading %q", args, strings.TrimSpace(heading))
			}
		}
		for _, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%q: a line of %d columns: %q", args, n, line)
			}
		}
	}
	code, out, errOut := cli(t, "--version")
	if code != 0 || errOut != "" {
		t.Errorf("--version: exit %d, stderr %q", code, errOut)
	}
	if !regexp.MustCompile(`^summit-tui \S.*\n$`).MatchString(out) {
		t.Errorf("--version printed %q, want one line \"summit-tui <version>\"", out)
	}
}

// Every page that cannot be used gives exit 1 and one line
// "summit-tui: <path>: <why>", and nothing on stdout.
func TestBadPages(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(huge, []byte("A sparse page\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 64<<20+1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path string
		why        []string // the reason names one of these
	}{
		{"missing", filepath.Join(dir, "no-such-page.txt"), []string{"no such file", "not exist"}},
		{"directory", dir, []string{"directory"}},
		{"empty", filepath.Join("testdata", "bad_page_empty.txt"), []string{"empty"}},
		{"binary", filepath.Join("testdata", "bad_page_binary.png"), []string{"not text", "binary"}},
		{"no sessions", filepath.Join("testdata", "bad_page_no_sessions.txt"), []string{"no sessions"}},
		{"over the size cap", huge, []string{"too large", "64 MiB"}},
	} {
		for _, args := range [][]string{{"export", "--file", tc.path}, {"export", "--format", "markdown", "--file", tc.path}, {"--file", tc.path}, {"bookmarks", "--bookmarks", filepath.Join(dir, "b.json"), "--file", tc.path}} {
			t.Run(tc.name+"/"+args[0], func(t *testing.T) {
				code, out, errOut := cli(t, args...)
				if code != 1 {
					t.Errorf("exit %d, want 1", code)
				}
				checkOneLine(t, out, errOut)
				prefix := "summit-tui: " + tc.path + ": "
				if !strings.HasPrefix(errOut, prefix) || len(errOut) <= len(prefix)+1 {
					t.Errorf("stderr = %q, want %q followed by why", errOut, prefix)
				}
				if !slices.ContainsFunc(tc.why, func(w string) bool { return strings.Contains(errOut, w) }) {
					t.Errorf("stderr = %q, want it to say %q", errOut, tc.why[0])
				}
			})
		}
	}
}

func TestUnreadablePage(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	path := filepath.Join(t.TempDir(), "locked.txt")
	if err := os.WriteFile(path, seeds.Default, 0o000); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cli(t, "export", "--file", path)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	checkOneLine(t, out, errOut)
	if !strings.HasPrefix(errOut, "summit-tui: "+path+": ") || !strings.Contains(errOut, "permission denied") {
		t.Errorf("stderr = %q", errOut)
	}
}

// hostilePages are pages with terminal control in every field. None may
// reach an export.
func hostilePages(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	pages := map[string]string{
		"good_page_escapes.txt": filepath.Join("testdata", "good_page_escapes.txt"),
	}
	for name, text := range map[string]string{
		// Sequences cut short at the end of a line or of the page.
		"unterminated.txt": "Conf X\n\nView sessions and slides from Conf X\n\nTitle one\x1b]0;pwned\n\n  • Ann Bee, Cee\x1b[\n\nabstract \x1b\n\nTitle two\x1bP\n\n  • Dee Eee, Eff\x1b]8;;\n\nSecond abstract\x1b",
		// 8-bit controls as UTF-8 code points, and DEL. (Padded with prose,
		// so that its controls are not mistaken for a binary file's.)
		"c1.txt": "Conf Y\u009b2J\n\nView sessions and slides from Conf Y\n\nA \u009b31mtalk\x7f\n\n  • Ann\u0085 Bee, C\u009d0;pwned\u009cee\n\nText \u0090q\u009c with \x07 bells\u0007.\n\n" +
			strings.Repeat("An ordinary sentence of an abstract, long enough to read as prose. ", 8) + "\n",
		// Not UTF-8, so read as Windows-1252, with raw 8-bit control bytes
		// (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned there).
		"latin1.txt": "Conf Z\x9b2J\n\nView sessions and slides from Conf Z\n\nA \x9b31mtalk \x81\x8d\x8f\x90\x9d caf\xe9\n\n  \x95 Ann Bee, Cee\x9d\n\nText with a \x1b[31m colour.\n\n" +
			strings.Repeat("An ordinary sentence of an abstract, long enough to read as prose. ", 8) + "\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		pages[name] = path
	}
	return pages
}

// isTerminalControl reports C0 controls (bar newline and tab), DEL and C1
// controls.
func isTerminalControl(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f)
}

func TestExportStripsTerminalControl(t *testing.T) {
	for name, path := range hostilePages(t) {
		t.Run(name, func(t *testing.T) {
			for _, format := range []string{"json", "markdown"} {
				code, out, errOut := cli(t, "export", "--format", format, "--file", path)
				if code != 0 {
					t.Fatalf("%s: exit %d (%s): a page with escape sequences is still a page", format, code, errOut)
				}
				if i := strings.IndexFunc(out, isTerminalControl); i >= 0 || !utf8.ValidString(out) {
					t.Errorf("%s export holds a control character at %d: %q", format, i, out[max(i-20, 0):min(i+20, len(out))])
				}
				if strings.Contains(out, "pwned") || strings.Contains(out, `\u001b`) || strings.Contains(out, `\u009`) {
					t.Errorf("%s export holds an escape sequence's payload:\n%s", format, out)
				}
				if format != "json" {
					continue
				}
				e := decodeExport(t, out)
				fields := []string{e.Conference}
				fields = append(fields, e.Tracks...)
				for _, s := range e.Sessions {
					fields = append(fields, s.ID, s.Title, s.Track, s.Abstract)
					for _, sp := range s.Speakers {
						fields = append(fields, sp.Name, sp.Company)
					}
				}
				for _, f := range fields {
					if strings.ContainsFunc(f, isTerminalControl) {
						t.Errorf("field %q holds a control character", f)
					}
				}
			}
		})
	}

	// What the escapes page should read as, once cleaned.
	_, out, _ := cli(t, "export", "--file", filepath.Join("testdata", "good_page_escapes.txt"))
	e := decodeExport(t, out)
	if e.Conference != "Hostile Conf 2024" || !slices.Equal(e.Tracks, []string{"Keynotes", "Core Track"}) || len(e.Sessions) != 3 {
		t.Fatalf("escapes page reads as %q %q with %d sessions", e.Conference, e.Tracks, len(e.Sessions))
	}
	evil := e.Sessions[1]
	if evil.Title != "Evil Title Red Talk" || !reflect.DeepEqual(evil.Speakers, []exportSpeaker{{"Mallory Hacker", "Evil Corp"}}) {
		t.Errorf("escapes page's talk reads as %q by %+v", evil.Title, evil.Speakers)
	}
}

// copyBookmarks copies a testdata bookmarks file to a fresh directory and
// returns its path there.
func copyBookmarks(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bookmarks.json")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// dirState is every file in dir with its content, to prove a command
// changed nothing.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = string(raw)
	}
	return m
}

// The bookmarked talks of good_bookmarks.json, in programme order; its
// unknown id and other conference are ignored.
var wantBookmarked = []string{
	"is-kafka-a-database",
	"running-kafka-in-kubernetes-a-practical-guide",
	"building-serverless-apps-with-kafka",
}

func TestBookmarksCommand(t *testing.T) {
	seed := exportSeed(t)
	byID := map[string]exportSession{}
	for _, s := range seed.Sessions {
		byID[s.ID] = s
	}

	t.Run("markdown agenda", func(t *testing.T) {
		path := copyBookmarks(t, "good_bookmarks.json")
		before := dirState(t, filepath.Dir(path))
		code, out, errOut := cli(t, "bookmarks", "--bookmarks", path)
		if code != 0 || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		// Each talk is a section headed by its title, in programme order.
		var titles []string
		sections := map[string]string{}
		var cur string
		for line := range strings.SplitSeq(out, "\n") {
			if h, ok := strings.CutPrefix(line, "## "); ok {
				h = unescapeMarkdown(h)
				cur = h
				titles = append(titles, h)
				continue
			}
			if cur != "" {
				sections[cur] += unescapeMarkdown(line) + "\n"
			}
		}
		var want []string
		for _, id := range wantBookmarked {
			want = append(want, byID[id].Title)
		}
		if !slices.Equal(titles, want) {
			t.Fatalf("agenda lists %q, want %q\n%s", titles, want, out)
		}
		for _, id := range wantBookmarked {
			s := byID[id]
			sec := sections[s.Title]
			for _, sp := range s.Speakers {
				if !strings.Contains(sec, sp.Name) || !strings.Contains(sec, sp.Company) {
					t.Errorf("%q: agenda lacks its speaker %s (%s)", s.Title, sp.Name, sp.Company)
				}
			}
			if !strings.Contains(sec, s.Track) {
				t.Errorf("%q: agenda lacks its track %q", s.Title, s.Track)
			}
			if s.Abstract != "" && !strings.Contains(sec, s.Abstract[:60]) {
				t.Errorf("%q: agenda lacks its abstract", s.Title)
			}
		}
		if strings.Contains(out, "other-talk") || strings.Contains(out, "a-talk-that-is-not-on-this-page") {
			t.Error("agenda mentions ids that are not talks of this page")
		}
		if after := dirState(t, filepath.Dir(path)); !reflect.DeepEqual(after, before) {
			t.Errorf("bookmarks command changed the bookmarks directory:\nbefore %q\nafter  %q", before, after)
		}
	})

	t.Run("json", func(t *testing.T) {
		path := copyBookmarks(t, "good_bookmarks.json")
		before := dirState(t, filepath.Dir(path))
		code, out, errOut := cli(t, "bookmarks", "--format", "json", "--bookmarks", path)
		if code != 0 || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		got := decodeExport(t, out)
		if got.Conference != conference {
			t.Errorf("conference = %q", got.Conference)
		}
		var want []exportSession
		for _, id := range wantBookmarked {
			want = append(want, byID[id])
		}
		if !reflect.DeepEqual(got.Sessions, want) {
			t.Errorf("sessions = %+v\nwant the export's %+v", got.Sessions, want)
		}
		for _, s := range got.Sessions {
			if !slices.Contains(got.Tracks, s.Track) {
				t.Errorf("track %q of %q is not in tracks %q", s.Track, s.Title, got.Tracks)
			}
		}
		if after := dirState(t, filepath.Dir(path)); !reflect.DeepEqual(after, before) {
			t.Error("bookmarks --format json changed the bookmarks directory")
		}
	})

	t.Run("default path under XDG_DATA_HOME", func(t *testing.T) {
		home := t.TempDir()
		t.Setenv("XDG_DATA_HOME", home)
		dir := filepath.Join(home, "summit-tui")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		src := copyBookmarks(t, "good_bookmarks.json")
		raw, _ := os.ReadFile(src)
		if err := os.WriteFile(filepath.Join(dir, "bookmarks.json"), raw, 0o600); err != nil {
			t.Fatal(err)
		}
		_, want, _ := cli(t, "bookmarks", "--bookmarks", src)
		code, out, errOut := cli(t, "bookmarks")
		if code != 0 || errOut != "" || out != want {
			t.Errorf("exit %d, stderr %q; output differs from --bookmarks on the same file:\n%s", code, errOut, out)
		}
	})

	t.Run("no bookmarks file yet", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "sub", "bookmarks.json")
		code, out, errOut := cli(t, "bookmarks", "--bookmarks", path)
		if code != 0 || errOut != "" || strings.Contains(out, "\n## ") {
			t.Errorf("exit %d, stderr %q, output:\n%s", code, errOut, out)
		}
		code, out, _ = cli(t, "bookmarks", "--format", "json", "--bookmarks", path)
		if e := decodeExport(t, out); code != 0 || len(e.Sessions) != 0 || !strings.Contains(out, `"sessions": []`) {
			t.Errorf("json with no bookmarks: exit %d\n%s", code, out)
		}
		if _, err := os.Stat(filepath.Join(dir, "sub")); err == nil {
			t.Error("bookmarks command created the bookmarks directory")
		}
	})
}

// A corrupt bookmarks file is an error for the bookmarks command, told in
// one line, and the file is left exactly as it was (nothing moved aside:
// only the browser does that).
func TestBookmarksCommandCorruptFile(t *testing.T) {
	for name, why := range map[string]string{
		"bad_bookmarks_truncated.json": "corrupt",
		"bad_bookmarks_not_json.json":  "corrupt",
		"bad_bookmarks_version_2.json": "written by a newer summit-tui",
	} {
		for _, format := range []string{"markdown", "json"} {
			t.Run(name+"/"+format, func(t *testing.T) {
				path := copyBookmarks(t, name)
				before := dirState(t, filepath.Dir(path))
				code, out, errOut := cli(t, "bookmarks", "--format", format, "--bookmarks", path)
				if code != 1 {
					t.Errorf("exit %d, want 1", code)
				}
				checkOneLine(t, out, errOut)
				if !strings.HasPrefix(errOut, "summit-tui: "+path+": ") || !strings.Contains(errOut, why) {
					t.Errorf("stderr = %q, want \"summit-tui: %s: %s …\"", errOut, path, why)
				}
				if n := strings.Count(errOut, path); n != 1 {
					t.Errorf("stderr names the file %d times: %q", n, errOut)
				}
				if after := dirState(t, filepath.Dir(path)); !reflect.DeepEqual(after, before) {
					t.Errorf("the corrupt file was touched:\nbefore %q\nafter  %q", before, after)
				}
			})
		}
	}
	t.Run("a directory", func(t *testing.T) {
		dir := t.TempDir()
		code, out, errOut := cli(t, "bookmarks", "--bookmarks", dir)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		checkOneLine(t, out, errOut)
		if n := strings.Count(errOut, dir); n != 1 {
			t.Errorf("stderr names the path %d times: %q", n, errOut)
		}
	})
}

// A path holding a newline or an escape sequence is still reported on one
// line, and cannot drive the terminal.
func TestBadPagePathStaysOneLine(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"two\nlines.txt", "red\x1b[31mpage.txt", "bell\x07.txt"} {
		path := filepath.Join(dir, name)
		code, out, errOut := cli(t, "export", "--file", path)
		if code != 1 {
			t.Errorf("%q: exit %d, want 1", name, code)
		}
		checkOneLine(t, out, errOut)
		if !strings.Contains(errOut, "no such file") {
			t.Errorf("%q: stderr = %q", name, errOut)
		}
	}
}

// failingWriter is standard output on a full disk or a closed pipe.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

// A failure to write the output is an error in one line, not a panic.
func TestWriteErrorIsOneLine(t *testing.T) {
	bm := filepath.Join(t.TempDir(), "b.json")
	for _, args := range [][]string{{"export"}, {"export", "--format", "markdown"}, nil, {"bookmarks", "--bookmarks", bm}} {
		var errb bytes.Buffer
		code := run(args, failingWriter{}, &errb, false)
		if code != 1 {
			t.Errorf("%q: exit %d, want 1", args, code)
		}
		checkOneLine(t, "", errb.String())
	}
}

// o opens links with the desktop's opener, and only where a browser can
// show on this screen: not over SSH, not on Linux without a display, not
// without the opener.
func TestBrowserOpener(t *testing.T) {
	found := func(name string) (string, error) { return "/usr/bin/" + name, nil }
	missing := func(string) (string, error) { return "", exec.ErrNotFound }
	tests := []struct {
		name string
		env  map[string]string
		goos string
		look func(string) (string, error)
		want string // "" for no browser
	}{
		{"linux desktop", map[string]string{"DISPLAY": ":0"}, "linux", found, "/usr/bin/xdg-open"},
		{"wayland", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, "linux", found, "/usr/bin/xdg-open"},
		{"linux console", nil, "linux", found, ""},
		{"over ssh", map[string]string{"DISPLAY": ":0", "SSH_CONNECTION": "10.0.0.1 22 10.0.0.2 5555"}, "linux", found, ""},
		{"ssh tty", map[string]string{"SSH_TTY": "/dev/pts/3"}, "darwin", found, ""},
		{"macOS", nil, "darwin", found, "/usr/bin/open"},
		{"no opener", map[string]string{"DISPLAY": ":0"}, "linux", missing, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := browserOpener(func(k string) string { return tt.env[k] }, tt.goos, tt.look)
			if tt.want == "" {
				if !errors.Is(err, ui.ErrNoBrowser) {
					t.Fatalf("got %q, %v; want ui.ErrNoBrowser", got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
