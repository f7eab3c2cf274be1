package model

import "slices"

// Room is a room of the schedule with its talks.
type Room struct {
	Name string
	// Sessions are indexes into Schedule.Sessions, in TimeOrder.
	Sessions []int
}

// Rooms lists the rooms that hold a talk, in the rooms' order
// (TimeOrder).
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
	s := x.schedule
	order := newRoomOrder(s)
	sessions := make([]int, len(s.Sessions))
	for i := range sessions {
		sessions[i] = i
	}
	slices.SortStableFunc(sessions, func(a, b int) int { return order.sessions(&s.Sessions[a], &s.Sessions[b]) })
	at := map[string]int{}
	var rooms []Room
	for _, i := range sessions {
		name := s.Sessions[i].Room
		if name == "" {
			continue
		}
		k, ok := at[name]
		if !ok {
			k = len(rooms)
			at[name] = k
			rooms = append(rooms, Room{Name: name})
		}
		rooms[k].Sessions = append(rooms[k].Sessions, i)
	}
	slices.SortFunc(rooms, func(a, b Room) int { return order.rooms(a.Name, b.Name) })
	return rooms
}
