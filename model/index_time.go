package model

import (
	"cmp"
	"slices"
)

// DaySessions is one conference day with its sessions.
type DaySessions struct {
	Date string
	// Sessions are indexes into Schedule.Sessions, in time order.
	Sessions []int
}

// timeIndex holds the sessions by day and by room.
type timeIndex struct {
	days    []DaySessions
	dayAt   map[string]int
	rooms   []Room
	roomAt  map[string]int
	dayRoom map[string][]Room
}

// Days lists the conference days in date order, each with its sessions in
// time order. A schedule without days has none.
func (x *Index) Days() []DaySessions { return x.times().days }

// Day lists the sessions of one day ("2026-01-31") in time order.
func (x *Index) Day(date string) []int {
	t := x.times()
	if i, ok := t.dayAt[date]; ok {
		return t.days[i].Sessions
	}
	return nil
}

// Room lists the sessions in one room in time order.
func (x *Index) Room(name string) []int {
	t := x.times()
	if i, ok := t.roomAt[name]; ok {
		return t.rooms[i].Sessions
	}
	return nil
}

// DayRooms lists the rooms in use on one day, in the schedule's room
// order, each with that day's sessions in time order: the columns of the
// day's timetable.
func (x *Index) DayRooms(date string) []Room { return x.times().dayRoom[date] }

func (x *Index) buildTimes() timeIndex {
	s := x.schedule
	order := make([]int, len(s.Sessions))
	for i := range order {
		order[i] = i
	}
	// Time order: timed sessions by start, then the rest as listed.
	slices.SortStableFunc(order, func(a, b int) int {
		sa, sb := &s.Sessions[a], &s.Sessions[b]
		switch {
		case sa.Timed() && sb.Timed():
			return sa.Start.Compare(sb.Start)
		case sa.Timed():
			return -1
		case sb.Timed():
			return 1
		}
		return 0
	})

	t := timeIndex{dayAt: map[string]int{}, roomAt: map[string]int{}, dayRoom: map[string][]Room{}}
	for _, d := range s.Days {
		if _, ok := t.dayAt[d.Date]; !ok && d.Date != "" {
			t.dayAt[d.Date] = len(t.days)
			t.days = append(t.days, DaySessions{Date: d.Date})
		}
	}
	rank := map[string]int{}
	for i, r := range s.Rooms {
		if _, ok := rank[r]; !ok {
			rank[r] = i
		}
	}
	for _, i := range order {
		sess := &s.Sessions[i]
		if sess.Day != "" {
			k, ok := t.dayAt[sess.Day]
			if !ok {
				k = len(t.days)
				t.dayAt[sess.Day] = k
				t.days = append(t.days, DaySessions{Date: sess.Day})
			}
			t.days[k].Sessions = append(t.days[k].Sessions, i)
		}
		if sess.Room != "" {
			k, ok := t.roomAt[sess.Room]
			if !ok {
				k = len(t.rooms)
				t.roomAt[sess.Room] = k
				t.rooms = append(t.rooms, Room{Name: sess.Room})
				if _, listed := rank[sess.Room]; !listed {
					rank[sess.Room] = len(s.Rooms) + k
				}
			}
			t.rooms[k].Sessions = append(t.rooms[k].Sessions, i)
		}
	}
	slices.SortStableFunc(t.days, func(a, b DaySessions) int { return cmp.Compare(a.Date, b.Date) })
	slices.SortStableFunc(t.rooms, func(a, b Room) int { return cmp.Compare(rank[a.Name], rank[b.Name]) })
	for i, d := range t.days {
		t.dayAt[d.Date] = i
	}
	for i, r := range t.rooms {
		t.roomAt[r.Name] = i
	}
	for _, r := range t.rooms {
		for _, i := range r.Sessions {
			day := s.Sessions[i].Day
			if day == "" {
				continue
			}
			cols := t.dayRoom[day]
			if len(cols) == 0 || cols[len(cols)-1].Name != r.Name {
				cols = append(cols, Room{Name: r.Name})
			}
			cols[len(cols)-1].Sessions = append(cols[len(cols)-1].Sessions, i)
			t.dayRoom[day] = cols
		}
	}
	return t
}
