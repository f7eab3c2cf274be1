package model

import "slices"

// Hidden is what the user chose not to see of one schedule: talks by id,
// whole tracks and whole rooms. The schedule shown is derived from the
// whole one and this set (Visible); the whole one is kept, so showing
// something again, a new version of the schedule and the bookmarks all
// work on every talk.
type Hidden struct {
	Talks  []string `json:"talks,omitempty"`
	Tracks []string `json:"tracks,omitempty"`
	Rooms  []string `json:"rooms,omitempty"`
}

// The kinds of thing Hidden holds.
const (
	HideTalk  = "talk"
	HideTrack = "track"
	HideRoom  = "room"
)

// Empty reports that nothing is hidden.
func (h Hidden) Empty() bool { return len(h.Talks)+len(h.Tracks)+len(h.Rooms) == 0 }

// Hides reports whether the session is hidden: itself, its track or its
// room.
func (h Hidden) Hides(s *Session) bool {
	return slices.Contains(h.Talks, s.ID) || slices.Contains(h.Tracks, s.Track) ||
		(s.Room != "" && slices.Contains(h.Rooms, s.Room))
}

// Has reports whether the thing of that kind and name is hidden itself.
func (h Hidden) Has(kind, name string) bool { return slices.Contains(*h.of(kind), name) }

// Toggle hides the thing of that kind and name, or shows it again when it
// is hidden. The receiver is left as it was.
func (h Hidden) Toggle(kind, name string) Hidden {
	out := Hidden{Talks: slices.Clone(h.Talks), Tracks: slices.Clone(h.Tracks), Rooms: slices.Clone(h.Rooms)}
	list := out.of(kind)
	if i := slices.Index(*list, name); i >= 0 {
		*list = slices.Delete(*list, i, i+1)
	} else {
		*list = append(*list, name)
		slices.Sort(*list)
	}
	return out
}

func (h *Hidden) of(kind string) *[]string {
	switch kind {
	case HideTrack:
		return &h.Tracks
	case HideRoom:
		return &h.Rooms
	}
	return &h.Talks
}

// Visible is the schedule without the hidden talks, tracks and rooms: what
// every list, the grid, Now and the counts show. It is s itself when
// nothing is hidden. Bookmarks are not its concern: a hidden bookmarked
// talk is still in s, where the bookmarks and reminders look.
func (s *Schedule) Visible(h Hidden) *Schedule {
	if h.Empty() {
		return s
	}
	out := *s
	out.Sessions = make([]Session, 0, len(s.Sessions))
	for i := range s.Sessions {
		if !h.Hides(&s.Sessions[i]) {
			out.Sessions = append(out.Sessions, s.Sessions[i])
		}
	}
	out.Tracks = slices.DeleteFunc(slices.Clone(s.Tracks), func(t string) bool { return slices.Contains(h.Tracks, t) })
	out.Rooms = slices.DeleteFunc(slices.Clone(s.Rooms), func(r string) bool { return slices.Contains(h.Rooms, r) })
	return &out
}

// HiddenCount is how many of s's talks h hides.
func (s *Schedule) HiddenCount(h Hidden) int {
	if h.Empty() {
		return 0
	}
	n := 0
	for i := range s.Sessions {
		if h.Hides(&s.Sessions[i]) {
			n++
		}
	}
	return n
}
