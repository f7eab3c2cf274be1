package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestPageFileErrors: every way a --file PAGE can be unusable gives one
// line, "<path>: <why>", through Open as the program calls it.
func TestPageFileErrors(t *testing.T) {
	dir := t.TempDir()

	unreadable := filepath.Join(dir, "unreadable.txt")
	if err := os.WriteFile(unreadable, []byte("Title\n  • Ann Lee, Acme\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}

	huge := filepath.Join(dir, "huge.txt")
	hugeFile(t, huge, MaxPageBytes+1)
	bigger := filepath.Join(dir, "bigger.txt")
	hugeFile(t, bigger, 100<<20)
	atCap := filepath.Join(dir, "at-cap.txt")
	hugeFile(t, atCap, MaxPageBytes)

	hostile := filepath.Join(dir, "no\nsuch\x1b[2J file.txt")

	tests := []struct {
		name    string
		path    string
		why     string
		is      error // errors.Is must hold, when set
		skip    string
		display string // how the path is shown, when not as is
	}{
		{name: "missing file", path: filepath.Join(dir, "missing.txt"), why: "no such file", is: fs.ErrNotExist},
		{name: "missing directory", path: filepath.Join(dir, "nowhere", "page.txt"), why: "no such file", is: fs.ErrNotExist},
		{name: "unreadable file", path: unreadable, why: "permission denied", is: fs.ErrPermission,
			skip: skipIfRoot("root reads a file whatever its mode")},
		{name: "directory", path: filepath.Join(pagesDir), why: "is a directory, not a page"},
		{name: "empty", path: filepath.Join(pagesDir, "bad_empty.txt"), why: "empty page"},
		{name: "whitespace only", path: filepath.Join(pagesDir, "bad_whitespace_only.txt"), why: "empty page"},
		{name: "not text", path: filepath.Join(pagesDir, "bad_binary.bin"), why: "not text (it holds binary data)"},
		{name: "no sessions", path: filepath.Join(pagesDir, "bad_no_sessions.txt"),
			why: `no sessions found (expected talk titles followed by "• Name, Company" speaker lines)`},
		{name: "one byte over the cap", path: huge, why: "too large (64.0 MiB; the limit is 64 MiB)"},
		{name: "far over the cap", path: bigger, why: "too large (100.0 MiB; the limit is 64 MiB)"},
		// A file of exactly the cap is read; it is all NUL bytes, so it is
		// then refused as binary rather than as too large.
		{name: "exactly the cap", path: atCap, why: "not text (it holds binary data)"},
		{name: "path with a newline and an escape", path: hostile, why: "no such file", is: fs.ErrNotExist,
			display: strconv.Quote(hostile), skip: skipOnWindows("file names cannot hold control characters")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				t.Skip(tt.skip)
			}
			s, err := loadPage(tt.path)
			if err == nil {
				t.Fatalf("parsed %d sessions, want an error", len(s.Sessions))
			}
			shown := tt.path
			if tt.display != "" {
				shown = tt.display
			}
			if got, want := err.Error(), shown+": "+tt.why; got != want {
				t.Errorf("error = %q\nwant    %q", got, want)
			}
			if err := checkErrorMessage(err); err != nil {
				t.Error(err)
			}
			var pe *PageError
			if !errors.As(err, &pe) || pe.Path != tt.path {
				t.Errorf("error %#v is not a *PageError for the path", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.is)
			}
		})
	}
}

// TestPageFileReadFails: a file that opens but cannot be read (here a file
// whose reads fail with EIO, which root cannot read either).
func TestPageFileReadFails(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses /proc/self/mem, whose reads at offset 0 fail on Linux")
	}
	const path = "/proc/self/mem"
	if _, err := os.Stat(path); err != nil {
		t.Skip(err)
	}
	_, err := loadPage(path)
	if err == nil {
		t.Skip("reading /proc/self/mem succeeded here")
	}
	// Linux says EIO; a sandbox may refuse differently. Either way: one
	// line naming the file and the system's reason.
	var pe *PageError
	if !errors.As(err, &pe) || pe.Path != path || pe.Why == "" || err.Error() != path+": "+pe.Why {
		t.Errorf("error = %q (%#v), want %q", err, err, path+": input/output error")
	}
	if err := checkErrorMessage(err); err != nil {
		t.Error(err)
	}
}

// TestPageFileReadsPages: a readable page is read byte for byte, as Open
// reads it: its head first, then the rest.
func TestPageFileReadsPages(t *testing.T) {
	for _, name := range testPages(t, "good_*", 1) {
		p, err := OpenPageFile(filepath.Join(pagesDir, name))
		if err != nil {
			t.Fatal(err)
		}
		head, _, err := p.Head(PreviewBytes)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := readTestPage(t, name)
		if string(got) != string(want) || !strings.HasPrefix(string(want), string(head)) {
			t.Errorf("%s: read a head of %d bytes and %d bytes in all, want the file's %d", name, len(head), len(got), len(want))
		}
	}
}

// hugeFile makes a sparse file of size bytes, taking no disk space.
func hugeFile(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
}

func skipOnWindows(reason string) string {
	if runtime.GOOS == "windows" {
		return "on Windows: " + reason
	}
	return ""
}

func skipIfRoot(reason string) string {
	if os.Geteuid() == 0 {
		return "running as root: " + reason
	}
	return ""
}
