package model

import (
	"slices"
	"time"
)

// AssumedLength is how long a session without an end is taken to last,
// unless the next session in its room starts sooner. Sources that give
// no end (an iCalendar event with neither DTEND nor DURATION) are rare;
// the guess keeps such a talk visible as running in the Now view and lets
// it clash or bound a gap, and callers can tell it is a guess
// (Timeline.EndKnown).
const AssumedLength = 30 * time.Minute

// Window is a span of time, From inclusive and To exclusive.
type Window struct {
	From, To time.Time
}

// Length is the window's duration.
func (w Window) Length() time.Duration { return w.To.Sub(w.From) }

// IsZero reports a window that was never set.
func (w Window) IsZero() bool { return w.From.IsZero() && w.To.IsZero() }

// Timeline answers the questions about a schedule's times: its days and
// their bounds, when each session ends, what is on in a window, what is on
// now and next, and the personal agenda. Sessions are named by their index
// in Schedule.Sessions, as Index names them. Build it once per schedule
// with NewTimeline; the schedule must not change afterwards. A Timeline is
// safe for concurrent use.
type Timeline struct {
	s   *Schedule
	loc *time.Location
	// ends holds each session's end, known or assumed; zero when untimed.
	ends []time.Time
	// timed lists the timed sessions in TimeOrder.
	timed []int
	// days are the conference dates in order; byDay holds each day's
	// sessions in TimeOrder: its timed sessions, then those that name the
	// day without a time. onDay is how many of them are timed.
	days   []string
	byDay  map[string][]int
	onDay  map[string]int
	bounds map[string]Window
	rooms  roomOrder
}

// NewTimeline indexes the times of s.
func NewTimeline(s *Schedule) *Timeline {
	tl := &Timeline{
		s:      s,
		loc:    scheduleLocation(s),
		ends:   make([]time.Time, len(s.Sessions)),
		byDay:  map[string][]int{},
		onDay:  map[string]int{},
		bounds: map[string]Window{},
		rooms:  newRoomOrder(s),
	}
	for i := range s.Sessions {
		if s.Sessions[i].Timed() {
			tl.timed = append(tl.timed, i)
		}
	}
	slices.SortStableFunc(tl.timed, func(a, b int) int { return tl.rooms.sessions(&s.Sessions[a], &s.Sessions[b]) })
	tl.assumeEnds()

	addDay := func(date string) {
		if _, ok := tl.byDay[date]; !ok {
			tl.days = append(tl.days, date)
			tl.byDay[date] = nil
		}
	}
	for _, d := range s.Days {
		addDay(d.Date)
	}
	for _, i := range tl.timed {
		date := SessionDay(&s.Sessions[i])
		addDay(date)
		tl.byDay[date] = append(tl.byDay[date], i)
		tl.onDay[date]++
	}
	for i := range s.Sessions {
		if sess := &s.Sessions[i]; !sess.Timed() && sess.Day != "" {
			addDay(sess.Day)
			tl.byDay[sess.Day] = append(tl.byDay[sess.Day], i)
		}
	}
	slices.Sort(tl.days)
	for _, date := range tl.days {
		tl.bounds[date] = tl.dayBounds(date)
	}
	return tl
}

// assumeEnds fills ends: the session's own end where it has one that is
// not before its start, else the sooner of the next start in the same
// room and AssumedLength.
func (tl *Timeline) assumeEnds() {
	sessions := tl.s.Sessions
	byStart := slices.Clone(tl.timed)
	slices.SortStableFunc(byStart, func(a, b int) int { return sessions[a].Start.Compare(sessions[b].Start) })
	// Walking back through time, each room's earliest start so far and
	// the earliest start after that one.
	type starts struct{ first, then time.Time }
	rooms := map[string]starts{}
	for k := len(byStart) - 1; k >= 0; k-- {
		i := byStart[k]
		sess := &sessions[i]
		seen, ok := rooms[sess.Room]
		if tl.EndKnown(i) {
			tl.ends[i] = sess.End
		} else {
			end := sess.Start.Add(AssumedLength)
			next := seen.first
			if next.Equal(sess.Start) {
				next = seen.then
			}
			if ok && sess.Room != "" && next.After(sess.Start) && next.Before(end) {
				end = next
			}
			tl.ends[i] = end
		}
		switch {
		case !ok:
			rooms[sess.Room] = starts{first: sess.Start}
		case sess.Start.Before(seen.first):
			rooms[sess.Room] = starts{first: sess.Start, then: seen.first}
		}
	}
}

// dayBounds is when a day's programme runs: from its first start to its
// last end. A source's own bounds for the day are often wider (a CCC day
// is declared to end at 04:00), so they count only for a day without
// timed sessions.
func (tl *Timeline) dayBounds(date string) Window {
	var w Window
	for _, i := range tl.DaySessions(date) {
		start, end := tl.s.Sessions[i].Start, tl.ends[i]
		if w.From.IsZero() || start.Before(w.From) {
			w.From = start
		}
		if w.To.IsZero() || end.After(w.To) {
			w.To = end
		}
	}
	if !w.IsZero() {
		return w
	}
	for _, d := range tl.s.Days {
		if d.Date == date && !d.Start.IsZero() && d.End.After(d.Start) {
			return Window{d.Start, d.End}
		}
	}
	return w
}

// Schedule is the schedule the timeline was built from.
func (tl *Timeline) Schedule() *Schedule { return tl.s }

// Location is the zone the schedule's times are in: Schedule.Location, or
// for a schedule that leaves it unset, that of its first time, or UTC.
func (tl *Timeline) Location() *time.Location { return tl.loc }

// Timed reports whether any session has a time.
func (tl *Timeline) Timed() bool { return len(tl.timed) > 0 }

// Days lists the conference dates ("2026-01-31") in order: the schedule's
// days and the days of its sessions.
func (tl *Timeline) Days() []string { return tl.days }

// DaySessions lists the timed sessions of a conference day in TimeOrder.
func (tl *Timeline) DaySessions(date string) []int {
	day := tl.byDay[date]
	return day[:tl.onDay[date]:tl.onDay[date]]
}

// DayProgramme lists every session of a conference day: its timed
// sessions in TimeOrder, then those that name the day but have no time,
// in programme order.
func (tl *Timeline) DayProgramme(date string) []int { return tl.byDay[date] }

// DayBounds is when the day's programme runs, from its first start to its
// last end (known or assumed); the source's bounds for a day without timed
// sessions. The bounds may run past midnight. False for a date that is not
// a conference day or has no times.
func (tl *Timeline) DayBounds(date string) (Window, bool) {
	w, ok := tl.bounds[date]
	return w, ok && !w.IsZero()
}

// Span is when the whole conference runs, from the first start to the
// last end. False when no session has a time.
func (tl *Timeline) Span() (Window, bool) {
	var w Window
	for _, date := range tl.days {
		b := tl.bounds[date]
		if b.IsZero() {
			continue
		}
		if w.From.IsZero() || b.From.Before(w.From) {
			w.From = b.From
		}
		if w.To.IsZero() || b.To.After(w.To) {
			w.To = b.To
		}
	}
	return w, !w.IsZero()
}

// End is when session i ends: its own end, or for a session without one
// the sooner of the next start in its room and AssumedLength after its
// start. Zero for a session without a time.
func (tl *Timeline) End(i int) time.Time { return tl.ends[i] }

// EndKnown reports whether session i has an end of its own (one not before
// its start), rather than an assumed one.
func (tl *Timeline) EndKnown(i int) bool {
	sess := &tl.s.Sessions[i]
	return sess.Timed() && !sess.End.IsZero() && !sess.End.Before(sess.Start)
}

// Rooms lists the rooms the day's timed sessions use, in the rooms'
// order (TimeOrder); an empty name, for sessions without a room, last.
func (tl *Timeline) Rooms(date string) []string {
	seen := map[string]bool{}
	var out []string
	for _, i := range tl.DaySessions(date) {
		if r := tl.s.Sessions[i].Room; !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, tl.rooms.rooms)
	return out
}

// SessionDay is the conference day of a session: its Day, or for a timed
// session without one the date of its start. Empty when it has neither.
func SessionDay(sess *Session) string {
	if sess.Day != "" || !sess.Timed() {
		return sess.Day
	}
	return sess.Start.Format(time.DateOnly)
}

// scheduleLocation is the zone of the schedule's times, never nil.
func scheduleLocation(s *Schedule) *time.Location {
	if s.Location != nil {
		return s.Location
	}
	for i := range s.Sessions {
		if s.Sessions[i].Timed() {
			return s.Sessions[i].Start.Location()
		}
	}
	return time.UTC
}
