package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSeenRoundTripPerSchedule(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "seen")
	if got, err := ReadSeen(dir, "fosdem-2026"); err != nil || got != "" {
		t.Fatalf("ReadSeen before any write = %q, %v; want nothing and no error", got, err)
	}
	if err := WriteSeen(dir, "fosdem-2026", []byte(`{"sessions":[1]}`)); err != nil {
		t.Fatal(err)
	}
	if err := WriteSeen(dir, "39c3", []byte(`{"sessions":[2]}`)); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{"fosdem-2026": `{"sessions":[1]}`, "39c3": `{"sessions":[2]}`} {
		got, err := ReadSeen(dir, key)
		if err != nil || string(got) != want {
			t.Errorf("ReadSeen(%q) = %q, %v; want %q: each schedule keeps its own last seen version", key, got, err, want)
		}
	}
}

func TestSeenForgetsTheOldestBeyondTheBound(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	for i := range maxSeenFiles + 3 {
		key := fmt.Sprint("schedule-", i)
		if err := WriteSeen(dir, key, []byte("{}")); err != nil {
			t.Fatal(err)
		}
		// Later keys were seen later.
		stamp := old.Add(time.Duration(i) * time.Second)
		if err := os.Chtimes(seenPath(dir, key), stamp, stamp); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteSeen(dir, "schedule-0", []byte("{}")); err != nil { // seen again: now the newest
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != maxSeenFiles {
		t.Errorf("%d seen files kept, want %d", len(entries), maxSeenFiles)
	}
	for key, kept := range map[string]bool{"schedule-0": true, "schedule-1": false, "schedule-2": false, "schedule-3": false, "schedule-4": true} {
		got, _ := ReadSeen(dir, key)
		if (got != "") != kept {
			t.Errorf("%s kept = %v, want %v", key, got != "", kept)
		}
	}
}

func TestSeenRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(seenPath(dir, "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadSeen(dir, "x"); err == nil {
		t.Error("ReadSeen of a directory: no error")
	}
	if err := WriteSeen(dir, "x", []byte("{}")); err == nil {
		t.Error("WriteSeen over a directory: no error")
	}
}

func TestSeenTooLargeLeavesTheLastOne(t *testing.T) {
	dir := t.TempDir()
	if err := WriteSeen(dir, "conf", []byte(`{"sessions":[]}`)); err != nil {
		t.Fatal(err)
	}
	err := WriteSeenFrom(dir, "conf", func(w io.Writer) error {
		chunk := make([]byte, 1<<20)
		for range maxSeenBytes>>20 + 1 {
			if _, err := w.Write(chunk); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("WriteSeenFrom past the bound = %v, want an error saying it is too large", err)
	}
	if got, _ := ReadSeen(dir, "conf"); string(got) != `{"sessions":[]}` {
		t.Errorf("after a refused write the seen version is %q, want the last one kept", got)
	}
}
