package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRecentSchedulesMostRecentFirstAndBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "recent.json")
	at := time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC)
	for i := range MaxRecent + 3 {
		s := RecentSchedule{Title: fmt.Sprintf("Conf %d", i), Ref: fmt.Sprintf("/s/%d.xml", i), Opened: at.Add(time.Duration(i) * time.Minute)}
		if err := RememberSchedule(path, s); err != nil {
			t.Fatal(err)
		}
	}
	// Opening one again moves it to the top, once.
	if err := RememberSchedule(path, RecentSchedule{Title: "Conf 10 again", Ref: "/s/10.xml", Opened: at.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	got, err := ReadRecent(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != MaxRecent {
		t.Fatalf("%d entries, want %d", len(got), MaxRecent)
	}
	want := []string{"/s/10.xml", "/s/22.xml", "/s/21.xml"}
	for i, ref := range want {
		if got[i].Ref != ref {
			t.Errorf("entry %d is %q, want %q", i, got[i].Ref, ref)
		}
	}
	if got[0].Title != "Conf 10 again" {
		t.Errorf("title %q, want the latest", got[0].Title)
	}
	for _, s := range got {
		if s.Ref == "/s/0.xml" || s.Ref == "/s/2.xml" {
			t.Errorf("the oldest entry %s was kept", s.Ref)
		}
	}
}

func TestRecentSchedulesCorruptFileIgnoredWithNotice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "recent.json")
	if err := os.WriteFile(path, []byte(`{"schedules": 7}`), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := ReadRecent(path)
	if len(got) != 0 || !errors.Is(err, ErrRecentCorrupt) {
		t.Fatalf("ReadRecent = %v, %v; want none and ErrRecentCorrupt", got, err)
	}
	err = RememberSchedule(path, RecentSchedule{Title: "FOSDEM 2026", Ref: "/s/fosdem.xml"})
	if !errors.Is(err, ErrRecentCorrupt) {
		t.Fatalf("RememberSchedule = %v, want the notice that the file was corrupt", err)
	}
	got, err = ReadRecent(path)
	if err != nil || len(got) != 1 || got[0].Ref != "/s/fosdem.xml" {
		t.Fatalf("after remembering: %v, %v; want the one schedule", got, err)
	}
}

func TestRecentSchedulesNoFileIsEmpty(t *testing.T) {
	got, err := ReadRecent(filepath.Join(t.TempDir(), "recent.json"))
	if err != nil || len(got) != 0 {
		t.Fatalf("ReadRecent = %v, %v; want none", got, err)
	}
}
