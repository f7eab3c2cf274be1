package model

import (
	"slices"
	"testing"
	"time"
)

// reminderSchedule is a morning of five talks in Brussels' zone.
func reminderSchedule() Schedule {
	loc := time.FixedZone("CET", 3600)
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, loc) }
	talk := func(id, title, room string, start time.Time) Session {
		return Session{ID: id, Title: title, Room: room, Start: start, End: start.Add(30 * time.Minute), Day: "2026-01-31"}
	}
	return Schedule{Conference: "Reminders", Location: loc, Sessions: []Session{
		talk("rust", "Rust on Tiny Boards", "Aurora Hall", at(10, 30)), // 0
		talk("lightning", "Lightning Talks", "Polar Room", at(10, 30)), // 1
		talk("go", "Go at the Edge", "Aurora Hall", at(11, 0)),         // 2
		{ID: "untimed", Title: "Hallway track"},                        // 3
		talk("late", "Late Night Shells", "Dock", at(23, 0)),           // 4
	}}
}

// TestRemindersDue is the rule of the reminders, step by step through a
// run: which bookmarked talks remind, when, together, once, at a moved
// talk's new time and never for a cancelled one.
func TestRemindersDue(t *testing.T) {
	loc := time.FixedZone("CET", 3600)
	at := func(h, m, s int) time.Time { return time.Date(2026, 1, 31, h, m, s, 0, loc) }
	type step struct {
		at         time.Time
		bookmarked []int
		change     func(s *Schedule) // the schedule as refreshed before this step
		want       []string          // ids reminded of
		minutes    int
		next       time.Duration
	}
	tests := []struct {
		name  string
		lead  time.Duration
		steps []step
	}{
		{"off", 0, []step{{at: at(10, 20, 0), bookmarked: []int{0, 1, 2}}}},
		{"before the lead only the wait", 10 * time.Minute, []step{
			{at: at(10, 0, 0), bookmarked: []int{2}, next: 50 * time.Minute},
		}},
		{"due at lead before the start, once", 10 * time.Minute, []step{
			{at: at(10, 19, 57), bookmarked: []int{0}, next: 3 * time.Second},
			{at: at(10, 20, 0), bookmarked: []int{0}, want: []string{"rust"}, minutes: 10},
			{at: at(10, 21, 0), bookmarked: []int{0}},
		}},
		{"talks starting together share one reminder", 10 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: []int{2, 1, 0}, want: []string{"rust", "lightning"}, minutes: 10, next: 30 * time.Minute},
			{at: at(10, 50, 0), bookmarked: []int{2, 1, 0}, want: []string{"go"}, minutes: 10},
		}},
		{"opened within the lead: reminds at once with the minutes left", 10 * time.Minute, []step{
			{at: at(10, 24, 30), bookmarked: []int{0}, want: []string{"rust"}, minutes: 6},
		}},
		{"a talk that has begun does not remind", 10 * time.Minute, []step{
			{at: at(10, 30, 0), bookmarked: []int{0}},
		}},
		{"not bookmarked, no time: no reminder", 10 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: []int{3}},
		}},
		{"a bookmark made later reminds when due", 10 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: nil},
			{at: at(10, 21, 0), bookmarked: []int{1}, want: []string{"lightning"}, minutes: 9},
		}},
		{"moved before its reminder: reminds at the new time only", 10 * time.Minute, []step{
			{at: at(10, 0, 0), bookmarked: []int{0}, next: 20 * time.Minute},
			{at: at(10, 20, 0), bookmarked: []int{0}, change: func(s *Schedule) {
				s.Sessions[0].Start = s.Sessions[0].Start.Add(time.Hour)
			}, next: time.Hour},
			{at: at(11, 20, 0), bookmarked: []int{0}, want: []string{"rust"}, minutes: 10},
		}},
		{"moved after its reminder: reminds again at the new time", 10 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: []int{0}, want: []string{"rust"}, minutes: 10},
			{at: at(10, 25, 0), bookmarked: []int{0}, change: func(s *Schedule) {
				s.Sessions[0].Start = s.Sessions[0].Start.Add(15 * time.Minute)
			}, next: 10 * time.Minute},
			{at: at(10, 35, 0), bookmarked: []int{0}, want: []string{"rust"}, minutes: 10},
		}},
		{"moved to another room only: already told", 10 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: []int{0}, want: []string{"rust"}, minutes: 10},
			{at: at(10, 22, 0), bookmarked: []int{0}, change: func(s *Schedule) { s.Sessions[0].Room = "Dock" }},
		}},
		{"cancelled by title: never", 10 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: []int{0, 2}, change: func(s *Schedule) {
				s.Sessions[0].Title = "CANCELLED: " + s.Sessions[0].Title
			}, next: 30 * time.Minute},
		}},
		{"gone from the programme: never", 10 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: []int{0}, change: func(s *Schedule) { s.Sessions[0].Gone = true }},
		}},
		{"the lead sets when", 5 * time.Minute, []step{
			{at: at(10, 20, 0), bookmarked: []int{0}, next: 5 * time.Minute},
			{at: at(10, 25, 0), bookmarked: []int{0}, want: []string{"rust"}, minutes: 5},
		}},
		{"the next wait is the soonest due", 10 * time.Minute, []step{
			{at: at(9, 0, 0), bookmarked: []int{4, 2, 0}, next: 80 * time.Minute},
		}},
	}
	for _, tt := range tests {
		s := reminderSchedule()
		r := NewReminders(tt.lead)
		for i, st := range tt.steps {
			if st.change != nil {
				st.change(&s)
			}
			got := r.Due(&s, st.bookmarked, st.at)
			var ids []string
			for _, k := range got.Sessions {
				ids = append(ids, s.Sessions[k].ID)
			}
			if !slices.Equal(ids, st.want) || got.Minutes != st.minutes || got.Next != st.next {
				t.Errorf("%s, step %d at %s: reminded of %q in %d min, next in %v; want %q in %d min, next in %v",
					tt.name, i, st.at.Format("15:04:05"), ids, got.Minutes, got.Next, st.want, st.minutes, st.next)
			}
		}
	}
}

// TestRemindersFloatingTimes: a schedule without a zone reminds by the
// wall clock, wherever the machine is (see AtConference).
func TestRemindersFloatingTimes(t *testing.T) {
	s := Schedule{FloatingTimes: true, Location: time.UTC, Sessions: []Session{
		{ID: "a", Title: "A", Start: time.Date(2030, 6, 1, 9, 0, 0, 0, time.UTC)},
	}}
	ny := time.FixedZone("EDT", -4*3600)
	got := NewReminders(10*time.Minute).Due(&s, []int{0}, time.Date(2030, 6, 1, 8, 50, 0, 0, ny))
	if len(got.Sessions) != 1 || got.Minutes != 10 {
		t.Errorf("at 08:50 wall clock: %+v, want the talk in 10 min", got)
	}
}
