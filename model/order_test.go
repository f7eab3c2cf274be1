package model

import (
	"slices"
	"testing"
	"time"
)

// TestTimeOrder: timed before untimed; by start, whatever day a session
// is listed under; then room, then end, an unknown end last; untimed
// talks keep programme order.
func TestTimeOrder(t *testing.T) {
	loc := tlZone(t, "Europe/Brussels")
	at := func(day, h, m int) time.Time { return time.Date(2026, 1, day, h, m, 0, 0, loc) }
	s := Schedule{
		Location: loc,
		Rooms:    []string{"Janson", "Aula"},
		Sessions: []Session{
			{ID: "untimed-1"},
			{ID: "sat-9", Day: "2026-01-31", Room: "Aula", Start: at(31, 9, 0)},
			{ID: "fri-night", Day: "2026-01-30", Room: "Aula", Start: at(31, 0, 30)},
			{ID: "fri-10-noroom", Day: "2026-01-30", Start: at(30, 10, 0)},
			{ID: "fri-10-zebra", Day: "2026-01-30", Room: "Zebra", Start: at(30, 10, 0)},
			{ID: "fri-10-annex", Day: "2026-01-30", Room: "Annex", Start: at(30, 10, 0)},
			{ID: "fri-10-aula", Day: "2026-01-30", Room: "Aula", Start: at(30, 10, 0)},
			{ID: "fri-10-janson-noend", Day: "2026-01-30", Room: "Janson", Start: at(30, 10, 0)},
			{ID: "fri-10-janson-long", Day: "2026-01-30", Room: "Janson", Start: at(30, 10, 0), End: at(30, 11, 0)},
			{ID: "fri-10-janson-short", Day: "2026-01-30", Room: "Janson", Start: at(30, 10, 0), End: at(30, 10, 30)},
			{ID: "untimed-2"},
			{ID: "no-day", Room: "Aula", Start: at(30, 12, 0)},
			{ID: "sat-listed-fri", Day: "2026-01-31", Room: "Aula", Start: at(30, 12, 30)},
		},
	}
	got := s.ByTime()
	var order []string
	for _, sess := range got.Sessions {
		order = append(order, sess.ID)
	}
	want := []string{"fri-10-janson-short", "fri-10-janson-long", "fri-10-janson-noend", "fri-10-aula", "fri-10-zebra", "fri-10-annex",
		"fri-10-noroom", "no-day", "sat-listed-fri", "fri-night", "sat-9", "untimed-1", "untimed-2"}
	if !slices.Equal(order, want) {
		t.Errorf("order\n %q\nwant\n %q", order, want)
	}
	if s.Sessions[0].ID != "untimed-1" {
		t.Error("ByTime reordered the original schedule")
	}
}

// TestRoomOrder: the rooms the schedule lists in its order, then those it
// does not list by their first start (rooms first used at the same time
// as the sessions name them, rooms of untimed sessions only after), and
// no room last. Every view that orders rooms agrees: TimeOrder, the rooms
// index, a day's rooms and the Now view.
func TestRoomOrder(t *testing.T) {
	// Every talk starts within the hour after 09:00, so the Now view at
	// 09:00 shows them all.
	at := func(m int) time.Time { return time.Date(2026, 1, 31, 9, m, 0, 0, time.UTC) }
	const day = "2026-01-31"
	talk := func(room string, minute int) Session {
		sess := Session{Room: room, Day: day}
		if minute >= 0 {
			sess.Start, sess.End = at(minute), at(minute+5)
		}
		return sess
	}
	tests := []struct {
		name     string
		listed   []string
		sessions []Session
		want     []string // the rooms in order; "" for sessions without one
	}{
		{"the schedule's order, not the names'", []string{"B", "A"},
			[]Session{talk("A", 9), talk("B", 10)}, []string{"B", "A"}},
		{"listed before unlisted, however early", []string{"B"},
			[]Session{talk("Z", 9), talk("B", 10)}, []string{"B", "Z"}},
		{"unlisted by first start, not as named", nil,
			[]Session{talk("X", 10), talk("Y", 9)}, []string{"Y", "X"}},
		{"an unlisted room's first start is its earliest", nil,
			[]Session{talk("X", 10), talk("Y", 9), talk("X", 8)}, []string{"X", "Y"}},
		{"unlisted first used at one time: as named", nil,
			[]Session{talk("Zebra", 10), talk("Annex", 10)}, []string{"Zebra", "Annex"}},
		{"unlisted used only untimed: after the timed ones, as named", []string{"A"},
			[]Session{talk("Poster wall", -1), talk("Foyer", -1), talk("Side", 12), talk("A", 9)}, []string{"A", "Side", "Poster wall", "Foyer"}},
		{"no room last", []string{"A"},
			[]Session{talk("", 8), talk("Z", 9), talk("A", 10)}, []string{"A", "Z", ""}},
		{"a listed room no session uses is left out", []string{"Empty", "A"},
			[]Session{talk("A", 9)}, []string{"A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Schedule{Rooms: tt.listed, Sessions: tt.sessions}
			var timedRooms []string // the rooms of the timed sessions, as the Now view and a day see them
			for _, r := range tt.want {
				for _, sess := range tt.sessions {
					if sess.Room == r && sess.Timed() {
						timedRooms = append(timedRooms, r)
						break
					}
				}
			}
			var indexed []string
			for _, r := range NewIndex(s).Rooms() {
				indexed = append(indexed, r.Name)
			}
			if want := slices.DeleteFunc(slices.Clone(tt.want), func(r string) bool { return r == "" }); !slices.Equal(indexed, want) {
				t.Errorf("Index.Rooms: %q, want %q", indexed, want)
			}
			tl := NewTimeline(s)
			if got := tl.Rooms(day); !slices.Equal(got, timedRooms) {
				t.Errorf("Timeline.Rooms: %q, want %q", got, timedRooms)
			}
			var now []string
			for _, r := range tl.NowNext(at(0)).Rooms {
				now = append(now, r.Room)
			}
			if !slices.Equal(now, timedRooms) {
				t.Errorf("NowNext rooms: %q, want %q", now, timedRooms)
			}
			if got := roomsListed(s.ByTime()); !slices.Equal(got, indexed) {
				t.Errorf("rooms listed as reading a schedule lists them: %q, want %q", got, indexed)
			}
		})
	}
}

// TestRoomOrderKeptOnceListed: sorting in TimeOrder and then listing the
// rooms as the sorted programme meets them (as reading a schedule does)
// lists them in the order the sort used, so the sorted programme stays
// in TimeOrder however the rooms were first given.
func TestRoomOrderKeptOnceListed(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, time.UTC) }
	s := Schedule{
		Rooms: []string{"Main"},
		Sessions: []Session{
			{ID: "x-10", Room: "X", Start: at(10, 0)},
			{ID: "y-9", Room: "Y", Start: at(9, 0)},
			{ID: "y-10", Room: "Y", Start: at(10, 0)},
			{ID: "main-10", Room: "Main", Start: at(10, 0)},
			{ID: "w-untimed", Room: "W"},
			{ID: "v-10", Room: "V", Start: at(10, 0)},
			{ID: "none-9", Start: at(9, 0)},
		},
	}
	SortByTime(&s)
	rooms := roomsListed(s)
	if want := []string{"Main", "Y", "X", "V", "W"}; !slices.Equal(rooms, want) {
		t.Errorf("rooms met %q, want %q", rooms, want)
	}
	listed := s
	listed.Rooms = rooms
	order := TimeOrder(&listed)
	if !slices.IsSortedFunc(s.Sessions, func(a, b Session) int { return order(&a, &b) }) {
		t.Errorf("once its rooms are listed, the sorted programme is out of TimeOrder: %q", tlIDs(&s, seq(len(s.Sessions))))
	}
}

// roomsListed lists the rooms a sorted schedule uses as reading a
// schedule does: those it lists, in its order, then the others as the
// programme meets them.
func roomsListed(s Schedule) []string {
	used := map[string]bool{}
	for _, sess := range s.Sessions {
		used[sess.Room] = true
	}
	var out []string
	for _, r := range s.Rooms {
		if used[r] && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	for _, sess := range s.Sessions {
		if sess.Room != "" && !slices.Contains(out, sess.Room) {
			out = append(out, sess.Room)
		}
	}
	return out
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// TestInListOrder: matches found best first go back to the order of the
// list searched; those the list lacks come last as they were.
func TestInListOrder(t *testing.T) {
	ms := func(sessions ...int) []SessionMatch {
		var out []SessionMatch
		for k, i := range sessions {
			out = append(out, SessionMatch{Session: i, Score: 100 - k})
		}
		return out
	}
	ids := func(m []SessionMatch) []int {
		var out []int
		for _, x := range m {
			out = append(out, x.Session)
		}
		return out
	}
	for _, tt := range []struct {
		name    string
		matches []int
		list    []int
		want    []int
	}{
		{"ranked back to time order", []int{7, 3, 5}, []int{3, 4, 5, 6, 7}, []int{3, 5, 7}},
		{"a list not in index order", []int{1, 2, 3}, []int{3, 1, 2}, []int{3, 1, 2}},
		{"none", nil, []int{1, 2}, nil},
		{"a match the list lacks comes last", []int{9, 2, 1}, []int{1, 2}, []int{1, 2, 9}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(InListOrder(ms(tt.matches...), tt.list))
			if !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
}
