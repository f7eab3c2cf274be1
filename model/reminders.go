package model

import (
	"cmp"
	"slices"
	"time"
)

// Reminders decides when to remind of bookmarked talks: Lead before each
// starts. It remembers only what it has told, never the programme: each
// call is handed the schedule and the bookmarks as they are now, so a
// talk that moved reminds at its new time and a cancelled one not at all.
type Reminders struct {
	// Lead is how long before a talk starts it is reminded of; zero or
	// less turns reminders off.
	Lead time.Duration
	told map[reminderKey]struct{}
}

// reminderKey is a talk at one start time: a talk reminds once per run at
// each time it is set for, so one moved after its reminder reminds again
// at its new time, where the user must now be.
type reminderKey struct {
	id    string
	start int64 // Unix seconds: time.Time compares its zone as a map key
}

// Reminder is what to tell at an instant.
type Reminder struct {
	// Sessions are the bookmarked talks to remind of now, the soonest
	// first (then by room and title); empty when there are none. Talks
	// starting together share one reminder.
	Sessions []int
	// Minutes is the time until the soonest of them starts, rounded up.
	Minutes int
	// Next is how long until the next reminder falls due; zero when none
	// is left.
	Next time.Duration
}

// NewReminders reminds lead before each talk.
func NewReminders(lead time.Duration) *Reminders {
	return &Reminders{Lead: lead, told: map[reminderKey]struct{}{}}
}

// Due tells which of the bookmarked sessions (indexes into s.Sessions) to
// remind of at the instant at, and counts them as told. A talk is due from
// Lead before its start until it starts; one without a time, cancelled
// (Session.Cancelled) or already told of at its start is not.
func (r *Reminders) Due(s *Schedule, bookmarked []int, at time.Time) Reminder {
	var out Reminder
	if r.Lead <= 0 {
		return out
	}
	at = AtConference(s, at)
	var next time.Time
	for _, i := range bookmarked {
		sess := &s.Sessions[i]
		if sess.Start.IsZero() || sess.Cancelled() || !at.Before(sess.Start) {
			continue
		}
		if _, told := r.told[keyOf(sess)]; told {
			continue
		}
		due := sess.Start.Add(-r.Lead)
		if !at.Before(due) {
			out.Sessions = append(out.Sessions, i)
			continue
		}
		if next.IsZero() || due.Before(next) {
			next = due
		}
	}
	slices.SortFunc(out.Sessions, func(a, b int) int {
		x, y := &s.Sessions[a], &s.Sessions[b]
		return cmp.Or(x.Start.Compare(y.Start), cmp.Compare(x.Room, y.Room), cmp.Compare(x.Title, y.Title), cmp.Compare(a, b))
	})
	for _, i := range out.Sessions {
		r.told[keyOf(&s.Sessions[i])] = struct{}{}
	}
	if len(out.Sessions) > 0 {
		out.Minutes = minutesUntil(at, s.Sessions[out.Sessions[0]].Start)
	}
	if !next.IsZero() {
		out.Next = next.Sub(at)
	}
	return out
}

func keyOf(sess *Session) reminderKey {
	return reminderKey{id: sess.ID, start: sess.Start.Unix()}
}
