package model

import (
	"slices"
	"time"
)

// MinGap is the shortest free time between bookmarked talks that the
// agenda shows as a row of its own.
const MinGap = 30 * time.Minute

// Agenda is the personal agenda: the bookmarked sessions by day and time,
// with their clashes and the free time between them.
type Agenda struct {
	// Days with a bookmarked timed session, in date order.
	Days []AgendaDay
	// Untimed are the bookmarked sessions without a time, in programme
	// order: the agenda lists them after the days.
	Untimed []int
}

// AgendaDay is one conference day of the agenda.
type AgendaDay struct {
	Date string // "2026-01-31"
	// Rows are the day's bookmarked sessions in TimeOrder, with a gap row
	// wherever MinGap or more is free: before the first talk and after
	// the last within the day's bounds (Timeline.DayBounds), and between
	// talks.
	Rows []AgendaRow
}

// AgendaRow is a bookmarked session or a free window.
type AgendaRow struct {
	// Session is an index into Schedule.Sessions; -1 on a gap row.
	Session int
	// Clashes, on a session row, are the other bookmarked sessions it
	// overlaps, in TimeOrder. Talks that meet end to start do not clash.
	Clashes []int
	// Free, on a gap row, is the free window.
	Free Window
	// Talks, on a gap row, is how many sessions are on in Free
	// (Timeline.On opens them).
	Talks int
}

// IsGap reports a free-window row.
func (r AgendaRow) IsGap() bool { return r.Session < 0 }

// Clashes counts the agenda's sessions that clash with another.
func (a Agenda) Clashes() int {
	n := 0
	for _, d := range a.Days {
		for _, r := range d.Rows {
			if len(r.Clashes) > 0 {
				n++
			}
		}
	}
	return n
}

// Agenda builds the personal agenda of the bookmarked sessions. A session
// without an end takes its assumed end (Timeline.End) for clashes and
// gaps. Bookmarks of sessions the schedule does not have are ignored.
func (tl *Timeline) Agenda(marks BookmarkSet) Agenda {
	var a Agenda
	for i := range tl.s.Sessions {
		if marks.Has(tl.s.Sessions[i].ID) && !tl.s.Sessions[i].Timed() {
			a.Untimed = append(a.Untimed, i)
		}
	}
	var picked []int // in TimeOrder, as tl.timed is
	for _, i := range tl.timed {
		if marks.Has(tl.s.Sessions[i].ID) {
			picked = append(picked, i)
		}
	}
	// A cancelled talk takes no time: it clashes with nothing.
	clashes := tl.clashes(slices.DeleteFunc(slices.Clone(picked), func(i int) bool { return tl.s.Sessions[i].Cancelled() }))
	for _, date := range tl.days {
		var day []int
		for _, i := range picked {
			if SessionDay(&tl.s.Sessions[i]) == date {
				day = append(day, i)
			}
		}
		if len(day) > 0 {
			a.Days = append(a.Days, AgendaDay{Date: date, Rows: tl.dayRows(date, day, clashes)})
		}
	}
	return a
}

// clashes maps each of the picked sessions (in TimeOrder) to those it
// overlaps.
func (tl *Timeline) clashes(picked []int) map[int][]int {
	byStart := slices.Clone(picked)
	slices.SortStableFunc(byStart, func(a, b int) int { return tl.s.Sessions[a].Start.Compare(tl.s.Sessions[b].Start) })
	out := map[int][]int{}
	for k, i := range byStart {
		for _, j := range byStart[k+1:] {
			if !tl.s.Sessions[j].Start.Before(tl.ends[i]) {
				break
			}
			if tl.ends[j].After(tl.s.Sessions[i].Start) {
				out[i] = append(out[i], j)
				out[j] = append(out[j], i)
			}
		}
	}
	rank := make(map[int]int, len(picked))
	for k, i := range picked {
		rank[i] = k
	}
	for i := range out {
		slices.SortFunc(out[i], func(a, b int) int { return rank[a] - rank[b] })
	}
	return out
}

// dayRows lays out one day: its picked sessions with gap rows between.
func (tl *Timeline) dayRows(date string, day []int, clashes map[int][]int) []AgendaRow {
	var rows []AgendaRow
	bounds, _ := tl.DayBounds(date)
	gap := func(from, to time.Time) {
		if to.Sub(from) >= MinGap {
			w := Window{from, to}
			rows = append(rows, AgendaRow{Session: -1, Free: w, Talks: tl.takingPlace(tl.On(w))})
		}
	}
	// A cancelled talk keeps its row but takes no time: the free window
	// runs through it, listed before it when it starts later.
	busy := bounds.From
	var cancelled []int
	until := func(to time.Time) {
		k := 0
		for ; k < len(cancelled) && tl.s.Sessions[cancelled[k]].Start.Before(busy); k++ {
			rows = append(rows, AgendaRow{Session: cancelled[k]})
		}
		gap(busy, to)
		for _, c := range cancelled[k:] {
			rows = append(rows, AgendaRow{Session: c})
		}
		cancelled = cancelled[:0]
	}
	for _, i := range day {
		if tl.s.Sessions[i].Cancelled() {
			cancelled = append(cancelled, i)
			continue
		}
		until(tl.s.Sessions[i].Start)
		rows = append(rows, AgendaRow{Session: i, Clashes: clashes[i]})
		if tl.ends[i].After(busy) {
			busy = tl.ends[i]
		}
	}
	until(bounds.To)
	return rows
}

// takingPlace counts the sessions that are not cancelled.
func (tl *Timeline) takingPlace(sessions []int) int {
	n := 0
	for _, i := range sessions {
		if !tl.s.Sessions[i].Cancelled() {
			n++
		}
	}
	return n
}
