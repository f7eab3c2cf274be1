package model

import (
	"slices"
	"time"
)

// Upcoming is what the next command needs of a programme and its
// bookmarks, small enough to keep beside the cache and read back in far
// less time than the programme takes to parse: the bookmarked talks'
// times, titles and rooms, and the conference's clock (its zone and the
// bounds of its days, which --now is read against).
type Upcoming struct {
	// Zone is the IANA name of the zone the times are in; empty for a
	// zone known only by its offset (Offset, seconds east of UTC).
	Zone   string `json:"zone,omitempty"`
	Offset int    `json:"offset,omitempty"`
	// Floating: the times carry no zone (Schedule.FloatingTimes).
	Floating bool `json:"floating,omitempty"`
	// Days are the conference's days with the bounds of their
	// programmes: ParseNow reads "sat 00:30" against them.
	Days []Day `json:"days,omitempty"`
	// Talks are the bookmarked talks with a time that are not
	// cancelled, in time order.
	Talks []UpcomingTalk `json:"talks"`
}

// UpcomingTalk is one bookmarked talk.
type UpcomingTalk struct {
	ID    string    `json:"id"`
	Key   string    `json:"key"`
	Title string    `json:"title"`
	Room  string    `json:"room,omitempty"`
	Start time.Time `json:"start"`
	// End is the talk's end, or the one the timeline assumes for it
	// (EndKnown false).
	End      time.Time `json:"end"`
	EndKnown bool      `json:"end_known,omitempty"`
}

// UpcomingOf takes what the next command needs of s and the bookmarks.
func UpcomingOf(s *Schedule, marks BookmarkSet) Upcoming {
	tl := NewTimeline(s)
	var u Upcoming
	loc := tl.Location()
	if name := loc.String(); name == "UTC" || isZoneName(name) {
		u.Zone = name
	} else {
		_, u.Offset = time.Date(2000, 1, 1, 0, 0, 0, 0, loc).Zone()
	}
	u.Floating = s.FloatingTimes
	for _, date := range tl.Days() {
		d := Day{Date: date}
		if w, ok := tl.DayBounds(date); ok {
			d.Start, d.End = w.From, w.To
		}
		u.Days = append(u.Days, d)
	}
	u.Talks = []UpcomingTalk{}
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		if !sess.Timed() || !marks.Has(sess.ID) || sess.Cancelled() {
			continue
		}
		key := sess.Key
		if key == "" {
			key = sess.ID
		}
		u.Talks = append(u.Talks, UpcomingTalk{
			ID: sess.ID, Key: key, Title: sess.Title, Room: sess.Room,
			Start: sess.Start, End: tl.End(i), EndKnown: tl.EndKnown(i),
		})
	}
	slices.SortStableFunc(u.Talks, func(a, b UpcomingTalk) int { return a.Start.Compare(b.Start) })
	return u
}

func isZoneName(name string) bool {
	if name == "" || name == "Local" {
		return false
	}
	_, err := time.LoadLocation(name)
	return err == nil
}

// Frame is a schedule with the conference's zone and days and no
// sessions: what ParseNow and AtConference read. It fails for a zone
// this system does not know.
func (u Upcoming) Frame() (Schedule, error) {
	loc := time.FixedZone("", u.Offset)
	if u.Zone != "" {
		var err error
		if loc, err = time.LoadLocation(u.Zone); err != nil {
			return Schedule{}, err
		}
	}
	return Schedule{Location: loc, TimeZone: u.Zone, FloatingTimes: u.Floating, Days: u.Days}, nil
}

// NextTalk is the talk the next command names.
type NextTalk struct {
	Talk UpcomingTalk
	// Running: the talk is on. Minutes are then the minutes left until
	// its end, else those until its start; rounded up, as the Now view's.
	Running bool
	Minutes int
	// Today: the talk starts on the calendar day of the instant asked
	// about, in the conference's zone.
	Today bool
}

// At is the bookmarked talk running at instant at (read as the
// conference's times read it: AtConference) or, when none is, the next
// to start; false when none is left. Of talks running together, the one
// that started first; of talks starting together, the first in time
// order.
func (u Upcoming) At(at time.Time) (NextTalk, bool) {
	for _, t := range u.Talks {
		if !t.Start.After(at) && t.End.After(at) {
			return NextTalk{Talk: t, Running: true, Minutes: minutesUntil(at, t.End), Today: sameDate(t.Start, at)}, true
		}
	}
	for _, t := range u.Talks {
		if t.Start.After(at) {
			return NextTalk{Talk: t, Minutes: minutesUntil(at, t.Start), Today: sameDate(t.Start, at)}, true
		}
	}
	return NextTalk{}, false
}

func sameDate(a, b time.Time) bool {
	return a.Format(time.DateOnly) == b.In(a.Location()).Format(time.DateOnly)
}
