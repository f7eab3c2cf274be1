package model

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

var changesZone = time.FixedZone("CET", 3600)

func at(day int, hour, minute int) time.Time {
	return time.Date(2026, 1, day, hour, minute, 0, 0, changesZone)
}

func seen(key, title string, start time.Time, room string) SeenSession {
	return SeenSession{ID: key, Key: key, Title: title, Day: start.Format(time.DateOnly), Start: start, End: start.Add(30 * time.Minute), Room: room}
}

// describe reads a comparison as a person would: one line a change.
func describe(c Changes) []string {
	var out []string
	for _, ch := range c.List {
		line := ch.Kind().String() + " " + ch.ID
		if ch.Moved {
			line += " " + ch.From.Label() + " → " + ch.To.Label()
		}
		if len(ch.Fields) > 0 {
			line += " [" + strings.Join(ch.Fields, ",") + "]"
		}
		out = append(out, line)
	}
	return out
}

func TestCompare(t *testing.T) {
	base := []SeenSession{
		seen("a", "Rust on tiny boards", at(30, 10, 30), "Aurora Hall"),
		seen("b", "Kafka at scale", at(30, 11, 0), "Polar Room"),
		seen("c", "Streams", at(31, 9, 0), "Aurora Hall"),
	}
	with := func(edit func(s []SeenSession) []SeenSession) Snapshot {
		return Snapshot{Sessions: edit(slices.Clone(base))}
	}
	tests := []struct {
		name string
		old  Snapshot
		new  Snapshot
		want []string
	}{
		{"nothing changed", Snapshot{Sessions: base}, Snapshot{Sessions: base}, nil},
		{"new", Snapshot{Sessions: base}, with(func(s []SeenSession) []SeenSession {
			return append(s, seen("d", "Lightning talks", at(31, 17, 0), "Aurora Hall"))
		}), []string{"new d"}},
		{"gone from the programme", Snapshot{Sessions: base}, with(func(s []SeenSession) []SeenSession {
			return s[1:]
		}), []string{"cancelled a"}},
		{"cancelled by its title", Snapshot{Sessions: base}, with(func(s []SeenSession) []SeenSession {
			s[1].Title, s[1].Cancelled = "CANCELLED: Kafka at scale", true
			return s
		}), []string{"cancelled b"}},
		{"still cancelled says nothing", with(func(s []SeenSession) []SeenSession {
			s[1].Cancelled = true
			return s
		}), with(func(s []SeenSession) []SeenSession {
			s[1].Cancelled = true
			return s
		}), nil},
		{"moved to another hour and room", Snapshot{Sessions: base}, with(func(s []SeenSession) []SeenSession {
			s[0] = seen("a", "Rust on tiny boards", at(30, 11, 30), "Polar Room")
			return s
		}), []string{"moved a Fri 10:30 · Aurora Hall → Fri 11:30 · Polar Room"}},
		{"retitled", Snapshot{Sessions: base}, with(func(s []SeenSession) []SeenSession {
			s[2].Title = "Kafka Streams in practice"
			return s
		}), []string{"changed c [title]"}},
		{"moved and changed", Snapshot{Sessions: base}, with(func(s []SeenSession) []SeenSession {
			s[2].Start = at(31, 10, 0)
			s[2].End = at(31, 10, 30)
			s[2].Speakers = []string{"Ada"}
			s[2].Abstract = "new"
			return s
		}), []string{"moved c Sat 09:00 · Aurora Hall → Sat 10:00 · Aurora Hall [speakers,abstract]"}},
		{"reinstated", with(func(s []SeenSession) []SeenSession {
			s[1].Title, s[1].Cancelled = "CANCELLED: Kafka at scale", true
			return s
		}), Snapshot{Sessions: base}, []string{"changed b [title,status]"}},
		{"a key that repeats is paired by slot, not order", Snapshot{Sessions: []SeenSession{
			seen("x", "Opening", at(30, 9, 0), "Hall 1"),
			seen("x", "Closing", at(31, 18, 0), "Hall 1"),
		}}, Snapshot{Sessions: []SeenSession{
			seen("x", "Closing", at(31, 18, 0), "Hall 1"),
			seen("x", "Opening", at(30, 9, 0), "Hall 1"),
		}}, nil},
		{"a repeated key that moves", Snapshot{Sessions: []SeenSession{
			seen("x", "Opening", at(30, 9, 0), "Hall 1"),
			seen("x", "Closing", at(31, 18, 0), "Hall 1"),
		}}, Snapshot{Sessions: []SeenSession{
			seen("x", "Opening", at(30, 9, 0), "Hall 1"),
			seen("x", "Closing", at(31, 17, 0), "Hall 1"),
		}}, []string{"moved x Sat 18:00 · Hall 1 → Sat 17:00 · Hall 1"}},
		{"a page without times matches by title and track", Snapshot{Sessions: []SeenSession{
			{ID: "streams", Key: "streams", Title: "Streams", Track: "Core"},
			{ID: "streams-2", Key: "streams", Title: "Streams", Track: "Ops"},
		}}, Snapshot{Sessions: []SeenSession{
			{ID: "streams", Key: "streams", Title: "Streams", Track: "Ops"},
			{ID: "streams-2", Key: "streams", Title: "Streams", Track: "Security"},
		}}, []string{"cancelled streams", "new streams-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(Compare(tt.old, tt.new))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Compare:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestChangesSummary(t *testing.T) {
	old := Snapshot{Sessions: []SeenSession{
		seen("a", "A", at(30, 10, 0), "R1"),
		seen("b", "B", at(30, 11, 0), "R1"),
		seen("c", "C", at(30, 12, 0), "R1"),
	}}
	new := Snapshot{Sessions: []SeenSession{
		seen("a", "A", at(30, 10, 30), "R1"),
		seen("c", "C2", at(30, 12, 0), "R1"),
		seen("d", "D", at(30, 13, 0), "R1"),
	}}
	c := Compare(old, new)
	if got, want := c.Summary(NewBookmarkSet([]string{"a", "b", "z"})), "1 new · 1 moved · 1 cancelled · 1 changed · 2 of your bookmarks"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
	if got := (Changes{}).Summary(BookmarkSet{}); got != "" {
		t.Errorf("Summary of no change = %q, want empty", got)
	}
	if got := c.Marks()["a"]; got != MovedKind {
		t.Errorf("mark of a moved talk = %v, want moved", got)
	}
}

func TestKeepGoneKeepsBookmarkedTalks(t *testing.T) {
	oldS := Schedule{Sessions: []Session{
		{ID: "a", Key: "a", Title: "A", Start: at(30, 10, 0), Day: "2026-01-30", Room: "R1", Abstract: "x"},
		{ID: "b", Key: "b", Title: "B", Start: at(30, 11, 0), Day: "2026-01-30", Room: "R1"},
		{ID: "c", Key: "c", Title: "C", Start: at(30, 12, 0), Day: "2026-01-30", Room: "R1"},
	}}
	newS := Schedule{Sessions: []Session{oldS.Sessions[2]}}
	c := Compare(SnapshotOf(&oldS), SnapshotOf(&newS))
	KeepGone(&newS, c, func(id string) bool { return id == "a" })
	var got []string
	for _, s := range newS.Sessions {
		got = append(got, s.ID)
		if s.ID == "a" && !s.Cancelled() {
			t.Errorf("a bookmarked talk gone from the programme does not read as cancelled")
		}
	}
	if want := []string{"a", "c"}; !slices.Equal(got, want) {
		t.Errorf("sessions after KeepGone = %q, want %q (the bookmarked gone talk kept, the other not)", got, want)
	}
	if snap := SnapshotOf(&newS); len(snap.Sessions) != 1 {
		t.Errorf("snapshot holds %d sessions, want 1: a kept-for-bookmark talk is not part of the programme", len(snap.Sessions))
	}
}

func TestSnapshotWriteJSONReadsBackAsMarshalled(t *testing.T) {
	s := Snapshot{Sessions: []SeenSession{
		seen("a", "Rust on tiny boards", at(30, 10, 30), "Aurora Hall"),
		{ID: "b", Key: "b", Title: "Untimed \"quoted\" <talk>", Speakers: []string{"Ada", "Bo"}, Cancelled: true},
	}}
	var b strings.Builder
	if err := s.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var got Snapshot
	if err := json.Unmarshal([]byte(b.String()), &got); err != nil {
		t.Fatalf("the written snapshot is not JSON: %v\n%s", err, b.String())
	}
	streamed, err := ReadSnapshotJSON(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("ReadSnapshotJSON: %v", err)
	}
	if c := Compare(s, streamed); !c.Empty() || len(streamed.Sessions) != len(s.Sessions) {
		t.Errorf("a snapshot read a session at a time differs from the one written: %v", describe(c))
	}
	for _, bad := range []string{"", "[]", `{"sessions":{}}`, `{"sessions":[1]}`, `{"sessions":[`} {
		if _, err := ReadSnapshotJSON(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadSnapshotJSON(%q): no error", bad)
		}
	}
	if c := Compare(s, got); !c.Empty() {
		t.Errorf("a snapshot read back differs from the one written: %v", describe(c))
	}
	want, _ := json.Marshal(s)
	if strings.TrimSpace(b.String()) != string(want) {
		t.Errorf("WriteJSON = %s\nwant what json.Marshal writes: %s", b.String(), want)
	}
}
