package model

import (
	"slices"
	"strings"
	"time"
)

// TimeOrder returns the one order of a schedule's sessions that every
// view keeps: the day lists, the grid, the Now view, the agenda, the
// exports, and the order a schedule is left in once read. Timed sessions
// come before untimed ones; then by start; then by room; then by end, an
// unknown end last. Untimed sessions compare equal, so a stable sort keeps
// them in programme order.
//
// Rooms come in the order the schedule lists them (Schedule.Rooms). Rooms
// it does not list follow in the order the programme first uses them: by
// their first start, rooms used only by untimed sessions last, and rooms
// first used at the same time as the sessions name them. Sessions without
// a room come last. Sorting by this order and then listing the rooms the
// sorted programme meets gives the same order of rooms, so a schedule
// whose reader lists its rooms that way keeps it.
func TimeOrder(s *Schedule) func(a, b *Session) int {
	return newRoomOrder(s).sessions
}

// SortByTime sorts the schedule's sessions stably in TimeOrder, in place.
func SortByTime(s *Schedule) {
	order := TimeOrder(s)
	slices.SortStableFunc(s.Sessions, func(a, b Session) int { return order(&a, &b) })
}

// ByTime returns the schedule with its sessions (a new slice) sorted
// stably in TimeOrder.
func (s Schedule) ByTime() Schedule {
	s.Sessions = slices.Clone(s.Sessions)
	SortByTime(&s)
	return s
}

// roomOrder ranks a schedule's rooms as TimeOrder describes.
type roomOrder struct {
	rank map[string]int
}

func newRoomOrder(s *Schedule) roomOrder {
	rank := make(map[string]int, len(s.Rooms))
	for _, r := range s.Rooms {
		if _, ok := rank[r]; !ok && r != "" {
			rank[r] = len(rank)
		}
	}
	// A schedule once read lists every room it uses, and this finds none.
	type firstUse struct {
		name  string
		start time.Time // zero for a room only untimed sessions use
	}
	var unlisted []firstUse
	var at map[string]int
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		if _, listed := rank[sess.Room]; listed || sess.Room == "" {
			continue
		}
		if at == nil {
			at = map[string]int{}
		}
		k, seen := at[sess.Room]
		if !seen {
			k = len(unlisted)
			at[sess.Room] = k
			unlisted = append(unlisted, firstUse{name: sess.Room})
		}
		if u := &unlisted[k]; sess.Timed() && (u.start.IsZero() || sess.Start.Before(u.start)) {
			u.start = sess.Start
		}
	}
	slices.SortStableFunc(unlisted, func(a, b firstUse) int {
		if a.start.IsZero() || b.start.IsZero() {
			return boolOrder(a.start.IsZero(), b.start.IsZero())
		}
		return a.start.Compare(b.start)
	})
	for _, u := range unlisted {
		rank[u.name] = len(rank)
	}
	return roomOrder{rank: rank}
}

// rooms compares two rooms. A name no session of the schedule uses comes
// after those that are used, by name.
func (o roomOrder) rooms(a, b string) int {
	if a == b {
		return 0
	}
	if a == "" || b == "" {
		return boolOrder(a == "", b == "")
	}
	ra, aok := o.rank[a]
	rb, bok := o.rank[b]
	switch {
	case aok && bok:
		return ra - rb
	case aok != bok:
		return boolOrder(!aok, !bok)
	}
	return strings.Compare(a, b)
}

// sessions is TimeOrder.
func (o roomOrder) sessions(a, b *Session) int {
	if at, bt := a.Timed(), b.Timed(); at != bt || !at {
		return boolOrder(!at, !bt)
	}
	if c := a.Start.Compare(b.Start); c != 0 {
		return c
	}
	if c := o.rooms(a.Room, b.Room); c != 0 {
		return c
	}
	if a.End.IsZero() || b.End.IsZero() {
		return boolOrder(a.End.IsZero(), b.End.IsZero())
	}
	return a.End.Compare(b.End)
}

// boolOrder puts false before true.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// InListOrder puts a search's matches back in the order of the list they
// were found in, list: a list in time order stays in time order when
// filtered. Matches of sessions the list does not hold come last, in the
// order they had.
func InListOrder(matches []SessionMatch, list []int) []SessionMatch {
	at := make(map[int]int, len(matches))
	for _, m := range matches {
		at[m.Session] = len(list)
	}
	for k, i := range list {
		if _, ok := at[i]; ok && at[i] == len(list) {
			at[i] = k
		}
	}
	out := slices.Clone(matches)
	slices.SortStableFunc(out, func(a, b SessionMatch) int { return at[a.Session] - at[b.Session] })
	return out
}
