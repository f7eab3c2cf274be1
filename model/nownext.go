package model

import (
	"slices"
	"time"
)

// NextWithin is how far ahead the Now view looks for talks about to start.
const NextWithin = time.Hour

// Phase is where an instant falls in the conference as a whole.
type Phase int

const (
	// Untimed: the schedule has no times, and no Now view.
	Untimed Phase = iota
	// Before the first talk starts.
	Before
	// During the conference, from its first start to its last end,
	// nights between days included.
	During
	// After the last talk has ended.
	After
)

func (p Phase) String() string {
	return [...]string{"untimed", "before", "during", "after"}[p]
}

// Slot is one session in the Now view.
type Slot struct {
	// Session is an index into Schedule.Sessions.
	Session int
	// Minutes are, for a running session, the minutes left until its end,
	// and for a coming one the minutes until it starts; rounded up, so a
	// talk ending in 20 seconds has 1 minute left.
	Minutes int
	// EndKnown is false for a session whose end is assumed
	// (Timeline.End): its minutes left are a guess.
	EndKnown bool
}

// RoomNow is what a room holds now and within the next hour.
type RoomNow struct {
	// Room is empty for sessions that name no room.
	Room string
	// Running sessions, by start: usually one.
	Running []Slot
	// Next are the sessions starting within NextWithin, by start.
	Next []Slot
}

// NowNext is the Now view's content at one instant.
type NowNext struct {
	// At is the instant asked about, as the schedule's times read it
	// (AtConference).
	At    time.Time
	Phase Phase
	// FirstDay is the conference's first day ("2026-01-31"), which the
	// view offers when the conference is not on; empty when untimed.
	FirstDay string
	// Today is the conference day At falls in, by the days' bounds: the
	// day running, or the next day during the night between two. Empty
	// outside the conference.
	Today string
	// Rooms with a session running or starting within NextWithin, in the
	// rooms' order (TimeOrder), sessions without a room last.
	Rooms []RoomNow
	// NextStart is the first start after At, zero when none is left: what
	// "nothing on now; the next talks start at 09:00" needs.
	NextStart time.Time
}

// Empty reports that nothing is running and nothing starts within
// NextWithin.
func (n NowNext) Empty() bool { return len(n.Rooms) == 0 }

// NowNext is what is running at instant at and what starts within
// NextWithin after it, by room. The instant is read as AtConference does.
// A session runs from its start (inclusive) to its end (exclusive, known
// or assumed); one starting exactly at+NextWithin is still "next".
func (tl *Timeline) NowNext(at time.Time) NowNext {
	at = AtConference(tl.s, at)
	n := NowNext{At: at, Phase: tl.Phase(at)}
	if n.Phase == Untimed {
		return n
	}
	n.FirstDay = tl.days[0]
	if n.Phase == During {
		n.Today = tl.today(at)
	}
	horizon := at.Add(NextWithin)
	rooms := map[string]*RoomNow{}
	room := func(name string) *RoomNow {
		r, ok := rooms[name]
		if !ok {
			r = &RoomNow{Room: name}
			rooms[name] = r
		}
		return r
	}
	for _, i := range tl.timed {
		sess := &tl.s.Sessions[i]
		switch {
		case !sess.Start.After(at) && tl.ends[i].After(at):
			r := room(sess.Room)
			r.Running = append(r.Running, Slot{Session: i, Minutes: minutesUntil(at, tl.ends[i]), EndKnown: tl.EndKnown(i)})
		case sess.Start.After(at):
			if !sess.Start.After(horizon) {
				r := room(sess.Room)
				r.Next = append(r.Next, Slot{Session: i, Minutes: minutesUntil(at, sess.Start), EndKnown: tl.EndKnown(i)})
			}
			if n.NextStart.IsZero() || sess.Start.Before(n.NextStart) {
				n.NextStart = sess.Start
			}
		}
	}
	for _, r := range rooms {
		n.Rooms = append(n.Rooms, *r)
	}
	slices.SortFunc(n.Rooms, func(a, b RoomNow) int { return tl.rooms.rooms(a.Room, b.Room) })
	bySessionStart := func(a, b Slot) int {
		return tl.s.Sessions[a.Session].Start.Compare(tl.s.Sessions[b.Session].Start)
	}
	for k := range n.Rooms {
		slices.SortStableFunc(n.Rooms[k].Running, bySessionStart)
		slices.SortStableFunc(n.Rooms[k].Next, bySessionStart)
	}
	return n
}

// Phase is where instant at falls in the conference: before its first
// start, after its last end, or during it.
func (tl *Timeline) Phase(at time.Time) Phase {
	span, ok := tl.Span()
	switch {
	case !ok || !tl.Timed():
		return Untimed
	case at.Before(span.From):
		return Before
	case !at.Before(span.To):
		return After
	}
	return During
}

// today is the conference day running at instant at, or during the night
// between two days the coming one.
func (tl *Timeline) today(at time.Time) string {
	for _, date := range tl.days {
		b, ok := tl.DayBounds(date)
		if ok && at.Before(b.To) {
			return date
		}
	}
	return ""
}

// Opening is the tab the browser opens on.
type Opening struct {
	// Now: open the Now view.
	Now bool
	// Day is the conference day to open on when not Now; empty for a
	// schedule without times, which opens as it always has.
	Day string
}

// Opening is where the browser opens at instant at: the Now view while
// the conference is on or its first talk starts within NextWithin, else
// its first day.
func (tl *Timeline) Opening(at time.Time) Opening {
	at = AtConference(tl.s, at)
	switch tl.Phase(at) {
	case Untimed:
		return Opening{}
	case During:
		return Opening{Now: true, Day: tl.today(at)}
	case Before:
		if span, _ := tl.Span(); !span.From.After(at.Add(NextWithin)) {
			return Opening{Now: true, Day: tl.days[0]}
		}
	}
	return Opening{Day: tl.days[0]}
}

// FirstNotOver is where a list of sessions in time order opens at instant
// at while the conference is on: on its first timed session not yet over
// (its end, known or assumed, after at) that comes after every session
// already over. A long session running since the morning (an all-day
// workshop) is passed over, so the list opens among the talks of the
// hour rather than hours back. False before and after the conference,
// and when every session of the list is over.
func (tl *Timeline) FirstNotOver(list []int, at time.Time) (int, bool) {
	at = AtConference(tl.s, at)
	if tl.Phase(at) != During {
		return 0, false
	}
	timed := func(i int) bool { return i >= 0 && i < len(tl.ends) && tl.s.Sessions[i].Timed() }
	from := 0
	for k, i := range list {
		if timed(i) && !tl.ends[i].After(at) {
			from = k + 1
		}
	}
	for k := from; k < len(list); k++ {
		if i := list[k]; timed(i) && tl.ends[i].After(at) {
			return k, true
		}
	}
	return 0, false
}
