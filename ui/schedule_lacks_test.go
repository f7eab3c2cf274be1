package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// untrackedSchedule is a Sessionize-like schedule: rooms and times, a
// level and tags, and no tracks.
func untrackedSchedule() model.Schedule {
	at := func(h int) time.Time { return time.Date(2029, 2, 22, h, 0, 0, 0, time.UTC) }
	return model.Schedule{
		Conference: "Sessionize schedule", Location: time.UTC, FloatingTimes: true,
		Days: []model.Day{{Date: "2029-02-22"}}, Rooms: []string{"Studio"},
		Sessions: []model.Session{
			{ID: "910001", Key: "910001", Title: "Kilns at scale", Room: "Studio", Day: "2029-02-22", Start: at(9), End: at(10),
				Level: "Intermediate", Tags: []string{"Kilns", "Scale"}, Speakers: []model.Speaker{{Name: "Ada Potter"}}},
			{ID: "910002", Key: "910002", Title: "Glaze chemistry", Room: "Studio", Day: "2029-02-22", Start: at(10), End: at(11)},
		},
	}
}

// TestScheduleWithoutTracks: the header does not count "0 tracks" and a
// talk's details show no empty Track; the level and tags a schedule
// gives are shown.
func TestScheduleWithoutTracks(t *testing.T) {
	h := newHarness(t, 120, 40, withSchedule(untrackedSchedule()))
	h.press("2")
	screen := ansi.Strip(h.screen())
	if head := ansi.Strip(h.line(0)); strings.Contains(head, "track") || !strings.Contains(head, "2 talks") {
		t.Errorf("header %q: want the talks counted and no tracks", head)
	}
	if strings.Contains(screen, "Track") {
		t.Errorf("an empty Track is shown:\n%s", screen)
	}
	for _, want := range []string{"Level Intermediate", "Tags Kilns, Scale"} {
		if !strings.Contains(screen, want) {
			t.Errorf("%q not shown:\n%s", want, screen)
		}
	}
}
