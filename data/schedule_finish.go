package data

import (
	"cmp"
	"slices"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// earlyMorning is the hour before which a talk with no day of its own
// belongs to the evening before, when that evening is a conference day.
const earlyMorning = 3

// finishSchedule turns what a reader found into the schedule the program
// shows: it runs the sanitising pass, gives each session its key and its
// conference day, puts the sessions in model.TimeOrder, gives each a
// unique id in that order (model.UniqueIDs) and lists the tracks, rooms
// and days that are in use. Readers leave the sessions in source order,
// Tracks and Rooms in the order the source declares them (possibly empty)
// and Days as the source declares them.
func finishSchedule(s *model.Schedule) { finishScheduleAt(s, nil) }

// finishScheduleAt is finishSchedule for a reader that knows how its
// source writes each session's start (starts[i] for the i-th session in
// source order): a session without a key of its own is keyed by that, so
// the key does not change with the zone the times are shown in. Without
// it, a start is written in UTC.
func finishScheduleAt(s *model.Schedule, starts []string) {
	sanitizeSchedule(s)
	if s.Location == nil && s.Timed() {
		s.Location = time.UTC
	}
	// One zone for every time, whatever offsets the source mixed.
	for i := 0; s.Location != nil && i < len(s.Sessions); i++ {
		sess := &s.Sessions[i]
		if sess.Timed() {
			sess.Start = sess.Start.In(s.Location)
		}
		if !sess.End.IsZero() {
			sess.End = sess.End.In(s.Location)
		}
	}
	for i := 0; s.Location != nil && i < len(s.Days); i++ {
		if d := &s.Days[i]; !d.Start.IsZero() && !d.End.IsZero() {
			d.Start, d.End = d.Start.In(s.Location), d.End.In(s.Location)
		}
	}
	if s.Key == "" {
		s.Key = s.Conference
	}
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		// ID holds, until the ids are made, the key earlier versions gave.
		sess.ID = sess.Key
		if sess.Key != "" {
			continue
		}
		sess.ID = model.Slug(sess.Title)
		when := ""
		if i < len(starts) {
			when = starts[i]
		} else if sess.Timed() {
			when = sess.Start.UTC().Format(utcStamp)
		}
		sess.Key = model.SlotKey(sess.Title, when, sess.Room)
	}
	assignDays(s)
	model.SortByTime(s)
	keys := make([]string, len(s.Sessions))
	former := make([]string, len(s.Sessions))
	for i := range s.Sessions {
		keys[i], former[i] = s.Sessions[i].Key, s.Sessions[i].ID
	}
	formerIDs := model.UniqueIDs(former)
	s.FormerIDs = nil
	for i, id := range model.UniqueIDs(keys) {
		s.Sessions[i].ID = id
		if formerIDs[i] != id {
			if s.FormerIDs == nil {
				s.FormerIDs = map[string]string{}
			}
			s.FormerIDs[formerIDs[i]] = id
		}
	}
	s.Tracks = inUse(s.Tracks, s.Sessions, func(sess *model.Session) string { return sess.Track })
	s.Rooms = inUse(s.Rooms, s.Sessions, func(sess *model.Session) string { return sess.Room })
	s.Days = daysInUse(s.Days, s.Sessions)
}

// utcStamp writes an instant as iCalendar writes one in UTC.
const utcStamp = "20060102T150405Z"

// assignDays gives each timed session without a day the conference day
// it belongs to: the declared day whose bounds hold its start, else its
// date, except that a talk before earlyMorning belongs to the evening
// before when that is a conference day.
func assignDays(s *model.Schedule) {
	known := map[string]bool{}
	for _, d := range s.Days {
		known[d.Date] = true
	}
	for _, sess := range s.Sessions {
		if sess.Day != "" {
			known[sess.Day] = true
		} else if sess.Timed() && sess.Start.Hour() >= earlyMorning {
			known[sess.Start.Format(time.DateOnly)] = true
		}
	}
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		if sess.Day != "" || !sess.Timed() {
			continue
		}
		if d, ok := dayHolding(s.Days, sess.Start); ok {
			sess.Day = d
			continue
		}
		date := sess.Start.Format(time.DateOnly)
		if sess.Start.Hour() < earlyMorning {
			if before := sess.Start.AddDate(0, 0, -1).Format(time.DateOnly); known[before] {
				date = before
			}
		}
		sess.Day = date
	}
}

// dayHolding finds the declared day whose bounds hold t.
func dayHolding(days []model.Day, t time.Time) (string, bool) {
	for _, d := range days {
		if !d.Start.IsZero() && !d.End.IsZero() && !t.Before(d.Start) && t.Before(d.End) {
			return d.Date, true
		}
	}
	return "", false
}

// inUse lists the names that some session has: first those declared, in
// their order, then the others as the programme meets them. For rooms,
// after model.SortByTime, that is the order of rooms the sort used.
func inUse(declared []string, sessions []model.Session, name func(*model.Session) string) []string {
	used := map[string]bool{}
	var order []string
	for i := range sessions {
		if n := name(&sessions[i]); n != "" && !used[n] {
			used[n] = true
			order = append(order, n)
		}
	}
	var out []string
	listed := map[string]bool{}
	for _, n := range declared {
		if used[n] && !listed[n] {
			listed[n] = true
			out = append(out, n)
		}
	}
	for _, n := range order {
		if !listed[n] {
			out = append(out, n)
		}
	}
	return out
}

// daysInUse keeps the declared days and adds the dates of sessions on no
// declared day, in date order.
func daysInUse(declared []model.Day, sessions []model.Session) []model.Day {
	out := make([]model.Day, 0, len(declared))
	seen := map[string]bool{}
	for _, d := range declared {
		if d.Date != "" && !seen[d.Date] {
			seen[d.Date] = true
			out = append(out, d)
		}
	}
	for _, sess := range sessions {
		if sess.Day != "" && !seen[sess.Day] {
			seen[sess.Day] = true
			out = append(out, model.Day{Date: sess.Day})
		}
	}
	slices.SortStableFunc(out, func(a, b model.Day) int { return cmp.Compare(a.Date, b.Date) })
	if len(out) == 0 {
		return nil
	}
	return out
}
