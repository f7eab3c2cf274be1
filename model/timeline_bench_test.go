package model

import (
	"fmt"
	"testing"
	"time"
)

// fosdemSized is a schedule the size of FOSDEM: two days, 30 rooms, talks
// of 15 to 50 minutes from 09:00 to 19:00 in every room, about 450 a day;
// every tenth talk is bookmarked.
func fosdemSized(tb testing.TB) (*Schedule, BookmarkSet) {
	tb.Helper()
	loc := tlZone(tb, "Europe/Brussels")
	s := &Schedule{Location: loc, TimeZone: "Europe/Brussels"}
	var marks []string
	for r := range 30 {
		s.Rooms = append(s.Rooms, fmt.Sprintf("Room %02d", r))
	}
	for day, date := range []string{"2026-01-31", "2026-02-01"} {
		for r, room := range s.Rooms {
			t := time.Date(2026, 1, 31+day, 9, 0, 0, 0, loc)
			for k := 0; t.Hour() < 19; k++ {
				length := time.Duration(15+(r*7+k*11)%36) * time.Minute
				id := fmt.Sprintf("%s-%s-%d", date, room, k)
				s.Sessions = append(s.Sessions, Session{ID: id, Title: id, Day: date, Room: room, Start: t, End: t.Add(length)})
				if len(s.Sessions)%10 == 0 {
					marks = append(marks, id)
				}
				t = t.Add(length + 5*time.Minute)
			}
		}
	}
	s.Sessions = s.ByTime().Sessions
	return s, NewBookmarkSet(marks)
}

func BenchmarkNewTimeline(b *testing.B) {
	s, _ := fosdemSized(b)
	for b.Loop() {
		NewTimeline(s)
	}
	b.ReportMetric(float64(len(s.Sessions)), "talks")
}

func BenchmarkNowNext(b *testing.B) {
	s, _ := fosdemSized(b)
	tl := NewTimeline(s)
	at := time.Date(2026, 1, 31, 14, 5, 0, 0, s.Location)
	for b.Loop() {
		tl.NowNext(at)
	}
}

func BenchmarkAgenda(b *testing.B) {
	s, marks := fosdemSized(b)
	tl := NewTimeline(s)
	for b.Loop() {
		tl.Agenda(marks)
	}
	b.ReportMetric(float64(marks.Len()), "bookmarks")
}
