package model

import "slices"

// Room is a room of the schedule with its talks.
type Room struct {
	Name string
	// Sessions are indexes into Schedule.Sessions, in TimeOrder.
	Sessions []int
}

// Rooms lists the rooms that hold a talk, in the schedule's order of
// rooms, then any others in the order their first talk comes.
func (x *Index) Rooms() []Room { return x.rooms() }

// RoomIndex returns the position in Rooms of the room of that name.
func (x *Index) RoomIndex(name string) (int, bool) {
	for i, r := range x.Rooms() {
		if r.Name == name {
			return i, true
		}
	}
	return 0, false
}

func (x *Index) buildRooms() []Room {
	at := map[string]int{}
	var rooms []Room
	add := func(name string) int {
		i, ok := at[name]
		if !ok {
			i = len(rooms)
			at[name] = i
			rooms = append(rooms, Room{Name: name})
		}
		return i
	}
	for _, name := range x.schedule.Rooms {
		if name != "" {
			add(name)
		}
	}
	s := x.schedule
	sessions := make([]int, len(s.Sessions))
	for i := range sessions {
		sessions[i] = i
	}
	order := TimeOrder(s)
	slices.SortStableFunc(sessions, func(a, b int) int { return order(&s.Sessions[a], &s.Sessions[b]) })
	for _, i := range sessions {
		if name := s.Sessions[i].Room; name != "" {
			r := add(name)
			rooms[r].Sessions = append(rooms[r].Sessions, i)
		}
	}
	out := rooms[:0]
	for _, r := range rooms {
		if len(r.Sessions) > 0 {
			out = append(out, r)
		}
	}
	return out
}
