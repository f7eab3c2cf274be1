package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
)

// frabTalk is one event of a small frab schedule written by frabXML.
type frabTalk struct {
	id, start, length, room, title string
}

// frabXML writes a one-day frab schedule of the conference polar-2030,
// in Oslo, on 2030-02-08.
func frabXML(talks ...frabTalk) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><acronym>polar-2030</acronym><title>Polar Conf 2030</title>
<start>2030-02-08</start><end>2030-02-08</end><time_zone_name>Europe/Oslo</time_zone_name></conference>
<day index="1" date="2030-02-08">
`)
	for _, tk := range talks {
		fmt.Fprintf(&b, `<room name=%q><event id=%q guid="polar-%s"><date>2030-02-08T%s:00+01:00</date>
<start>%s</start><duration>%s</duration><room>%s</room><title>%s</title><track>Main</track></event></room>
`, tk.room, tk.id, tk.id, tk.start, tk.start, tk.length, tk.room, tk.title)
	}
	b.WriteString("</day></schedule>\n")
	return b.String()
}

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestChangesSinceSeen: with one schedule, changes compares it with the
// version the browser last saw, kept in the state directory, and only
// reads that file. Text from the seen file is made safe for the terminal
// like any other.
func TestChangesSinceSeen(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	v1 := writeFile(t, filepath.Join(dir, "v1.xml"), frabXML(
		frabTalk{"1", "10:30", "00:50", "Aurora Hall", "Rust on Tiny Boards"},
		frabTalk{"2", "14:00", "00:30", "Polar Room", "Snow Sensors"},
		frabTalk{"3", "16:00", "00:30", "Polar Room", "Ice Cores"}))
	v2 := writeFile(t, filepath.Join(dir, "v2.xml"), frabXML(
		frabTalk{"1", "11:30", "00:50", "Polar Room", "Rust on Tiny Boards"},
		frabTalk{"2", "14:00", "00:30", "Polar Room", "Snow Sensors: Field Notes"}))

	opened, err := data.Open(context.Background(), v1, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	seen := model.SnapshotOf(&opened.Schedule)
	// A talk gone since is reported from the seen file alone, which a
	// damaged or hostile file could fill with escape sequences.
	seen.Sessions[2].Title = "Ice\x1b[2J Co\u202eres\x07"
	raw, err := json.Marshal(seen)
	if err != nil {
		t.Fatal(err)
	}
	seenDir, err := store.DefaultSeenDir()
	if err != nil {
		t.Fatal(err)
	}
	if err := store.WriteSeen(seenDir, opened.Schedule.BookmarkKey(), raw); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := cli(t, "changes", v2)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "Polar Conf 2030: 1 moved · 1 cancelled · 1 changed\n\n" +
		"Cancelled\n  Fri 16:00 · Polar Room · Ice[2J Cores\n\n" +
		"Moved\n  Rust on Tiny Boards: Fri 10:30 · Aurora Hall → Fri 11:30 · Polar Room\n\n" +
		"Changed\n  Fri 14:00 · Polar Room · Snow Sensors: Field Notes (title)\n"
	if out != want {
		t.Errorf("report:\n%s\nwant:\n%s", out, want)
	}

	code, out, _ = cli(t, "changes", v2, "--format", "json")
	if code != 0 || strings.ContainsFunc(out, isTerminalControl) || strings.Contains(out, `\u001b`) {
		t.Errorf("exit %d, JSON holds a control character:\n%s", code, out)
	}
	if again, _ := store.ReadSeen(seenDir, opened.Schedule.BookmarkKey()); again != string(raw) {
		t.Error("changes wrote the seen file: only the browser marks a version seen")
	}

	// A seen file that does not read as a snapshot is an error, in one line.
	if err := store.WriteSeen(seenDir, opened.Schedule.BookmarkKey(), []byte("{\"sessions\": 7}")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = cli(t, "changes", v2)
	if code != 1 || out != "" || !strings.HasPrefix(errOut, "summit-tui: changes: the version of Polar Conf 2030 last seen cannot be read: ") {
		t.Errorf("damaged seen file: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	checkOneLine(t, out, errOut)
}
