package ui

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// crowdTalks is how many talks the crowded day has in one room at one
// time: far more than any room can show side by side.
const crowdTalks = 100000

// crowdedDay is a one-day schedule whose room Hall has n talks from 10:00
// to 11:00 and whose room Annex has one talk after them.
func crowdedDay(n int) model.Schedule {
	at := func(h, m int) time.Time { return time.Date(2031, 3, 15, h, m, 0, 0, time.UTC) }
	s := model.Schedule{Conference: "Crowded", Location: time.UTC, Days: []model.Day{{Date: "2031-03-15"}}}
	for i := range n {
		id := fmt.Sprintf("talk-%06d", i)
		s.Sessions = append(s.Sessions, model.Session{
			ID: id, Key: id, Title: fmt.Sprintf("Crowded talk %d", i), Track: "Main",
			Start: at(10, 0), End: at(11, 0), Day: "2031-03-15", Room: "Hall",
		})
	}
	s.Sessions = append(s.Sessions, model.Session{
		ID: "annex", Key: "annex", Title: "Quiet talk in the annex", Track: "Main",
		Start: at(11, 0), End: at(11, 30), Day: "2031-03-15", Room: "Annex",
	})
	return s
}

var crowdSchedule = sync.OnceValue(func() model.Schedule { return crowdedDay(crowdTalks) })

// crowdGrid browses the crowded day with its grid shown.
func crowdGrid(tb testing.TB, w, h int, keys ...string) *harness {
	tb.Helper()
	hs := newHarness(tb, w, h, withSchedule(crowdSchedule()), withTheme(ThemeDark), withClock(time.Date(2031, 3, 14, 12, 0, 0, 0, time.UTC)), withZone(time.UTC))
	hs.press("v")
	if hs.m.shownGrid() == nil {
		tb.Fatal("v showed no grid")
	}
	hs.press(keys...)
	return hs
}
