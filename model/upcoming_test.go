package model

import (
	"encoding/json"
	"testing"
	"time"
)

// upcomingRoundTrip is UpcomingOf as the next command keeps it: encoded
// and read back.
func upcomingRoundTrip(t *testing.T, s *Schedule, ids ...string) Upcoming {
	t.Helper()
	raw, err := json.Marshal(UpcomingOf(s, NewBookmarkSet(ids)))
	if err != nil {
		t.Fatal(err)
	}
	var u Upcoming
	if err := json.Unmarshal(raw, &u); err != nil {
		t.Fatal(err)
	}
	return u
}

// TestUpcomingAt: the running bookmarked talk, else the next; minutes
// rounded up; a cancelled or untimed bookmark never; nothing after the
// last.
func TestUpcomingAt(t *testing.T) {
	s := timedSchedule(t)
	s.Sessions[3].Title = "CANCELLED: Databases" // f-db
	loc := s.Location
	at := func(day, h, m int) time.Time { return time.Date(2026, 1, day, h, m, 0, 0, loc) }
	u := upcomingRoundTrip(t, s, "f-rust", "f-go", "f-db", "s-noend", "s-last", "u-poster")
	for _, tt := range []struct {
		name    string
		at      time.Time
		want    string // "" for none left
		running bool
		minutes int
		today   bool
	}{
		{"long before", at(29, 12, 0), "f-rust", false, 22*60 + 30, false},
		{"before", at(30, 10, 0), "f-rust", false, 30, true},
		{"at its start", at(30, 10, 30), "f-rust", true, 45, true},
		{"two running: the first started", at(30, 11, 0), "f-rust", true, 15, true},
		{"the other still running", at(30, 11, 15), "f-go", true, 15, true},
		{"seconds left round up", at(30, 11, 29).Add(30 * time.Second), "f-go", true, 1, true},
		{"a cancelled bookmark is skipped", at(30, 12, 0), "s-noend", false, 21*60 + 30, false},
		{"assumed end", at(31, 9, 40), "s-noend", true, 5, true},
		{"between", at(31, 12, 0), "s-last", false, 120, true},
		{"at its end", at(31, 15, 0), "", false, 0, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := u.At(tt.at)
			if tt.want == "" {
				if ok {
					t.Fatalf("got %s, want none left", got.Talk.ID)
				}
				return
			}
			if !ok || got.Talk.ID != tt.want || got.Running != tt.running || got.Minutes != tt.minutes || got.Today != tt.today {
				t.Errorf("got %s running %v, %d min, today %v (%v); want %s running %v, %d min, today %v",
					got.Talk.ID, got.Running, got.Minutes, got.Today, ok, tt.want, tt.running, tt.minutes, tt.today)
			}
		})
	}
	if n := len(u.Talks); n != 4 {
		t.Errorf("%d talks kept, want the 4 timed, not cancelled bookmarks", n)
	}
	if got := u.Talks[2]; got.ID != "s-noend" || got.EndKnown || !got.End.Equal(at(31, 9, 45)) {
		t.Errorf("talk without an end: %+v, want the timeline's assumed end 09:45", got)
	}
}

// TestUpcomingFrame: --now reads the same against the kept frame as
// against the whole programme, a night past midnight included; and the
// instant is taken as the conference's, for a floating schedule too.
func TestUpcomingFrame(t *testing.T) {
	fixed := timedSchedule(t)
	fixed.Location, fixed.TimeZone = time.FixedZone("", 3600), ""
	floating := timedSchedule(t)
	floating.Location, floating.TimeZone, floating.FloatingTimes = time.UTC, "", true
	for name, s := range map[string]*Schedule{"zoned": timedSchedule(t), "fixed offset": fixed, "floating": floating} {
		t.Run(name, func(t *testing.T) {
			frame, err := upcomingRoundTrip(t, s, "f-rust").Frame()
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range []string{"10:30", "fri 23:45", "fri 00:40", "sat 09:00", "2026-01-31 14:00", "2026-01-30T10:00:00Z", "sun 10:00", "teatime"} {
				want, wantErr := ParseNow(text, s)
				got, err := ParseNow(text, &frame)
				if !got.Equal(want) || (err == nil) != (wantErr == nil) {
					t.Errorf("ParseNow(%q) = %v, %v against the frame; %v, %v against the programme", text, got, err, want, wantErr)
				}
			}
			now := time.Date(2026, 1, 30, 9, 0, 0, 0, time.FixedZone("elsewhere", -5*3600))
			if got, want := AtConference(&frame, now), AtConference(s, now); !got.Equal(want) || got.Format(time.DateTime) != want.Format(time.DateTime) {
				t.Errorf("AtConference = %v against the frame, %v against the programme", got, want)
			}
		})
	}
}
