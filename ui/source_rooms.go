package ui

import (
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// roomsSource is the rooms index: every room, in the schedule's order of
// rooms, with its number of talks; enter lists a room's talks in time
// order.
type roomsSource struct {
	c   *common
	all []int
}

func newRoomsSource(c *common) *roomsSource {
	return &roomsSource{c: c, all: seq(len(c.idx.Rooms()))}
}

func (s *roomsSource) room(item int) model.Room { return s.c.idx.Rooms()[item] }

func (s *roomsSource) ref() placeRef                { return placeRef{Kind: kindRooms} }
func (s *roomsSource) crumb() string                { return "Rooms" }
func (s *roomsSource) version() int                 { return 0 }
func (s *roomsSource) noun() (string, string)       { return "room", "rooms" }
func (s *roomsSource) empty() string                { return "This page names no rooms." }
func (s *roomsSource) placeholder() string          { return "a room's name, or day: after: before:" }
func (s *roomsSource) key(item int) string          { return s.room(item).Name }
func (s *roomsSource) find(name string) (int, bool) { return s.c.idx.RoomIndex(name) }
func (s *roomsSource) items() []int                 { return s.all }

// text is the room and its talks: "Aula", "6 talks · Sat 15, Sun 16".
func (s *roomsSource) text(item int) (title, desc string) {
	r := s.room(item)
	desc = plural(len(r.Sessions), "talk", "talks")
	if days := s.days(r); len(days) > 0 {
		desc += s.c.styles.G.Dot + strings.Join(days, ", ")
	}
	return r.Name, desc
}

// days are the conference days the room is used on, as the tabs name them.
func (s *roomsSource) days(r model.Room) []string {
	var out []string
	for _, i := range r.Sessions {
		if d := model.SessionDay(s.c.idx.Session(i)); d != "" {
			if l := model.DayLabel(d); len(out) == 0 || out[len(out)-1] != l {
				out = append(out, l)
			}
		}
	}
	return out
}

func (s *roomsSource) searcher() searchFunc {
	idx := s.c.idx
	return func(candidates []int, q model.Query) []row {
		return itemRows(idx.SearchRooms(candidates, q), false)
	}
}

func (s *roomsSource) open(item int) (listSource, bool) { return roomTalks(s.c, item), true }

func (s *roomsSource) talk(int) (*model.Session, bool) { return nil, false }

func (s *roomsSource) people(int) []string    { return nil }
func (s *roomsSource) companies(int) []string { return nil }

func (s *roomsSource) offers(int) (people, companies bool) { return false, false }

func (s *roomsSource) detail(item int, width int, q model.Query) string {
	st := s.c.styles
	r := s.room(item)
	wrap := detailWrap(width)
	lines := []string{wrap.Render(highlightQuery(r.Name, q, st.DetailTitle, st.Match))}
	if days := s.days(r); len(days) > 0 {
		lines = append(lines, wrap.Render(st.DetailLabel.Render("Days ")+st.DetailText.Render(strings.Join(days, ", "))))
	}
	lines = append(lines, st.DetailLabel.Render(talksHint(len(r.Sessions))))
	return strings.Join(lines, "\n")
}

func (s *roomsSource) body(item int) itemBody {
	return itemBody{talks: s.room(item).Sessions}
}

// roomTalks lists the talks of Rooms()[i] in time order.
func roomTalks(c *common, i int) *talksSource {
	r := c.idx.Rooms()[i]
	s := newTalksSource(c, placeRef{Kind: kindRoom, Name: r.Name}, r.Name, fixedItems(r.Sessions), true)
	s.none = "No talks in " + r.Name + "."
	s.room = r.Name
	return s
}
