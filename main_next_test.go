package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// nextEnv gives a test its own cache, state and data directories.
func nextEnv(t testing.TB) string {
	dir := t.TempDir()
	for _, v := range []string{"XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"} {
		t.Setenv(v, filepath.Join(dir, strings.ToLower(v)))
	}
	return dir
}

// keptFiles lists the files next keeps in the cache.
func keptFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "xdg_cache_home", "summit-tui", "next", "*.derived"))
	return files
}

// TestNextKeptFile: next keeps the bookmarked talks' times beside the
// cache and trusts them while the schedule file (path, size, modification
// time) and the bookmarks file (content) are as they were; a change to
// either is seen on the next run, and a kept file that is torn or garbled
// is ignored and made again.
func TestNextKeptFile(t *testing.T) {
	dir := nextEnv(t)
	schedule := filepath.Join(dir, "polar.xml")
	bookmarks := filepath.Join(dir, "bookmarks.json")
	v1 := frabXML(
		frabTalk{"1", "10:30", "00:50", "Aurora Hall", "Rust on Tiny Boards"},
		frabTalk{"2", "14:00", "00:30", "Polar Room", "Snow Sensors"})
	moved := frabXML(
		frabTalk{"1", "11:30", "00:50", "Polar Room", "Rust on Tiny Boards"},
		frabTalk{"2", "14:00", "00:30", "Polar Room", "Snow Sensors"})
	mtime := time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC)
	setSchedule := func(text string, at time.Time) {
		writeFile(t, schedule, text)
		if err := os.Chtimes(schedule, at, at); err != nil {
			t.Fatal(err)
		}
	}
	setBookmarks := func(ids ...string) {
		writeFile(t, bookmarks, `{"version": 1, "conferences": {"polar-2030": ["`+strings.Join(ids, `", "`)+`"]}}`)
	}
	damageKept := func(damage func([]byte) []byte) {
		files := keptFiles(t, dir)
		if len(files) != 1 {
			t.Fatalf("%d kept files, want 1", len(files))
		}
		b, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, files[0], string(damage(b)))
	}

	for _, step := range []struct {
		name   string
		change func()
		want   string
	}{
		{"first run", func() { setSchedule(v1, mtime); setBookmarks("polar-1") },
			"in 1 h 30 min · 10:30–11:20 · Aurora Hall · Rust on Tiny Boards\n"},
		{"schedule rewritten: the talk moved", func() { setSchedule(moved, mtime.Add(time.Second)) },
			"in 2 h 30 min · 11:30–12:20 · Polar Room · Rust on Tiny Boards\n"},
		{"schedule rewritten within the same second", func() { setSchedule(v1, mtime.Add(time.Second+time.Millisecond)) },
			"in 1 h 30 min · 10:30–11:20 · Aurora Hall · Rust on Tiny Boards\n"},
		{"bookmarks changed", func() { setBookmarks("polar-2") },
			"in 5 h · 14:00–14:30 · Polar Room · Snow Sensors\n"},
		{"kept file torn", func() { damageKept(func(b []byte) []byte { return b[:len(b)/2] }) },
			"in 5 h · 14:00–14:30 · Polar Room · Snow Sensors\n"},
		{"kept file garbled", func() {
			damageKept(func(b []byte) []byte { return bytes.Replace(b, []byte("Snow"), []byte("Fake"), 1) })
		}, "in 5 h · 14:00–14:30 · Polar Room · Snow Sensors\n"},
		{"kept file garbage", func() { damageKept(func([]byte) []byte { return []byte("\x00garbage") }) },
			"in 5 h · 14:00–14:30 · Polar Room · Snow Sensors\n"},
		{"no bookmarks left", func() { setBookmarks() }, ""},
	} {
		step.change()
		code, out, errOut := cli(t, "next", schedule, "--bookmarks", bookmarks, "--now", "09:00")
		if code != 0 || out != step.want || errOut != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %q", step.name, code, out, errOut, step.want)
		}
	}
	if n := len(keptFiles(t, dir)); n != 1 {
		t.Errorf("%d kept files for one schedule and one bookmarks file, want 1", n)
	}

	// While the schedule file is as it was, the kept file stands for it:
	// the schedule is not read at all. Garbage of the same size and time
	// goes unnoticed; given another time, it is read, and refused.
	setBookmarks("polar-1")
	setSchedule(v1, mtime)
	if code, out, _ := cli(t, "next", schedule, "--bookmarks", bookmarks, "--now", "09:00"); code != 0 || out == "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	setSchedule(strings.Repeat("#", len(v1)), mtime)
	if code, out, errOut := cli(t, "next", schedule, "--bookmarks", bookmarks, "--now", "09:00"); code != 0 || !strings.Contains(out, "Rust on Tiny Boards") {
		t.Errorf("kept file not trusted: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	setSchedule(strings.Repeat("#", len(v1)), mtime.Add(time.Minute))
	if code, _, errOut := cli(t, "next", schedule, "--bookmarks", bookmarks, "--now", "09:00"); code != 1 || errOut == "" {
		t.Errorf("a changed schedule was not read again: exit %d, stderr %q", code, errOut)
	}
}

// BenchmarkNextKept: next on FOSDEM 2026 with five bookmarks, its times
// kept from an earlier run: what a shell prompt pays besides starting
// the program.
func BenchmarkNextKept(b *testing.B) {
	path := filepath.Join("..", "shared", "samples", "fosdem-2026.schedule.xml")
	if _, err := os.Stat(path); err != nil {
		b.Skip("FOSDEM 2026 sample not found:", err)
	}
	dir := nextEnv(b)
	bookmarks := filepath.Join(dir, "bookmarks.json")
	if err := os.WriteFile(bookmarks, []byte(`{"version": 1, "conferences": {"fosdem-2026": [
		"8ce3ffa3-2053-5f4d-8fc4-f223e5859a53", "839b2d68-a3f5-5c04-813a-c68d2f533763", "a2a07408-72bc-5f2a-ad3d-8e799c1bf040",
		"c0fd004c-b697-5eb8-bee3-e02657e0b960", "bbb5b84b-d4db-5c61-b14d-dd66225dded8"]}}`), 0o600); err != nil {
		b.Fatal(err)
	}
	args := []string{"next", path, "--bookmarks", bookmarks, "--now", "sat 09:00"}
	var out bytes.Buffer
	if code := run(args, &out, io.Discard, false); code != 0 || out.Len() == 0 {
		b.Fatalf("exit %d, stdout %q", code, out.String())
	}
	b.ResetTimer()
	for b.Loop() {
		run(args, io.Discard, io.Discard, false)
	}
}
