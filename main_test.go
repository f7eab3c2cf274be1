package main

// What the transcripts in testdata/script cannot say: pages and paths that
// hold raw terminal control, which a transcript cannot show legibly, output
// that cannot be written, and the choice of the program that opens links.
// run() is called directly, as main calls it, with buffers for standard
// output and standard error.

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/ui"
)

// exportShape is what these tests read of export's JSON.
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

func decodeExport(t *testing.T, out string) exportShape {
	t.Helper()
	var e exportShape
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatalf("output is not export's JSON: %v\n%s", err, head(out))
	}
	return e
}

func head(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
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
