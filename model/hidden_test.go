package model

import (
	"slices"
	"testing"
)

func hiddenFixture() *Schedule {
	return &Schedule{
		Conference: "Conf",
		Tracks:     []string{"Go", "Rust"},
		Rooms:      []string{"Aula", "Dock"},
		Sessions: []Session{
			{ID: "a", Title: "A", Track: "Go", Room: "Aula"},
			{ID: "b", Title: "B", Track: "Go", Room: "Dock"},
			{ID: "c", Title: "C", Track: "Rust", Room: "Aula"},
			{ID: "d", Title: "D", Track: "Rust", Room: "Dock"},
		},
	}
}

func TestScheduleVisible(t *testing.T) {
	bookmarks := NewBookmarkSet([]string{"b"})
	tests := []struct {
		name    string
		hidden  Hidden
		talks   []string // the visible talks
		tracks  []string
		rooms   []string
		hiddenN int
		starred []string // the ★ tab: the whole schedule's bookmarked talks
	}{
		{"nothing", Hidden{}, []string{"a", "b", "c", "d"}, []string{"Go", "Rust"}, []string{"Aula", "Dock"}, 0, []string{"b"}},
		{"a talk", Hidden{Talks: []string{"c"}}, []string{"a", "b", "d"}, []string{"Go", "Rust"}, []string{"Aula", "Dock"}, 1, []string{"b"}},
		{"a track", Hidden{Tracks: []string{"Rust"}}, []string{"a", "b"}, []string{"Go"}, []string{"Aula", "Dock"}, 2, []string{"b"}},
		{"a room", Hidden{Rooms: []string{"Aula"}}, []string{"b", "d"}, []string{"Go", "Rust"}, []string{"Dock"}, 2, []string{"b"}},
		{"a bookmarked talk stays in ★", Hidden{Talks: []string{"b"}}, []string{"a", "c", "d"}, []string{"Go", "Rust"}, []string{"Aula", "Dock"}, 1, []string{"b"}},
		{"overlapping", Hidden{Talks: []string{"a"}, Tracks: []string{"Go"}, Rooms: []string{"Dock"}}, []string{"c"}, []string{"Rust"}, []string{"Aula"}, 3, []string{"b"}},
		{"a name the schedule lacks", Hidden{Talks: []string{"zz"}, Tracks: []string{"Zig"}}, []string{"a", "b", "c", "d"}, []string{"Go", "Rust"}, []string{"Aula", "Dock"}, 0, []string{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full := hiddenFixture()
			v := full.Visible(tt.hidden)
			var ids []string
			for _, s := range v.Sessions {
				ids = append(ids, s.ID)
			}
			if !slices.Equal(ids, tt.talks) || !slices.Equal(v.Tracks, tt.tracks) || !slices.Equal(v.Rooms, tt.rooms) {
				t.Errorf("Visible = talks %v tracks %v rooms %v, want %v %v %v", ids, v.Tracks, v.Rooms, tt.talks, tt.tracks, tt.rooms)
			}
			if n := full.HiddenCount(tt.hidden); n != tt.hiddenN {
				t.Errorf("HiddenCount = %d, want %d", n, tt.hiddenN)
			}
			if len(full.Sessions) != 4 {
				t.Errorf("Visible changed the whole schedule: %d talks", len(full.Sessions))
			}
			var starred []string
			x := NewIndex(full)
			for _, i := range x.Bookmarked(bookmarks) {
				starred = append(starred, x.Session(i).ID)
			}
			if !slices.Equal(starred, tt.starred) {
				t.Errorf("★ = %v, want %v", starred, tt.starred)
			}
			if v.BookmarkKey() != full.BookmarkKey() {
				t.Errorf("BookmarkKey = %q, want %q", v.BookmarkKey(), full.BookmarkKey())
			}
		})
	}
}

func TestHiddenToggle(t *testing.T) {
	h := Hidden{}.Toggle(HideTalk, "b").Toggle(HideTalk, "a").Toggle(HideTrack, "Go")
	if !slices.Equal(h.Talks, []string{"a", "b"}) || !h.Has(HideTrack, "Go") || h.Has(HideRoom, "Go") {
		t.Fatalf("after hiding: %+v", h)
	}
	back := h.Toggle(HideTalk, "a")
	if !slices.Equal(back.Talks, []string{"b"}) || !slices.Equal(h.Talks, []string{"a", "b"}) {
		t.Errorf("showing again: %+v (was %+v)", back, h)
	}
	if !h.Toggle(HideTalk, "a").Toggle(HideTalk, "b").Toggle(HideTrack, "Go").Empty() {
		t.Error("showing everything again leaves something hidden")
	}
}
