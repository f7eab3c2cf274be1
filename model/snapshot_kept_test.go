package model

import (
	"encoding/json"
	"slices"
	"testing"
)

// TestKeepSeenAfterTheChangeIsSeen: once the change that took a
// bookmarked talk away has been seen, the version seen keeps the talk
// (Kept), so the next version, in this run or the next, keeps it too,
// still cancelled, until the bookmark goes.
func TestKeepSeenAfterTheChangeIsSeen(t *testing.T) {
	v1 := Schedule{Sessions: []Session{
		{ID: "a", Key: "a", Title: "A", Start: at(30, 10, 0), Day: "2026-01-30", Room: "R1"},
		{ID: "c", Key: "c", Title: "C", Start: at(30, 12, 0), Day: "2026-01-30", Room: "R1"},
	}}
	v2 := Schedule{Sessions: []Session{v1.Sessions[1]}}
	KeepGone(&v2, Compare(SnapshotOf(&v1), SnapshotOf(&v2)), func(id string) bool { return id == "a" })

	// Everything is marked seen: the version shown is the one seen, kept
	// across runs as JSON.
	raw, err := json.Marshal(SnapshotOf(&v2))
	if err != nil {
		t.Fatal(err)
	}
	var seenV2 Snapshot
	if err := json.Unmarshal(raw, &seenV2); err != nil {
		t.Fatal(err)
	}
	if len(seenV2.Sessions) != 1 || len(seenV2.Kept) != 1 || seenV2.Kept[0].ID != "a" {
		t.Fatalf("seen snapshot = %+v, want c in the programme and a kept", seenV2)
	}

	v3 := Schedule{Sessions: []Session{v1.Sessions[1]}}
	if c := Compare(seenV2, SnapshotOf(&v3)); !c.Empty() {
		t.Errorf("Compare(seen, v3) = %v, want no change: a was seen gone", describe(c))
	}
	for _, tt := range []struct {
		name       string
		bookmarked bool
		want       []string
	}{
		{"still bookmarked: kept, cancelled", true, []string{"a", "c"}},
		{"bookmark removed: gone", false, []string{"c"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := Schedule{Sessions: slices.Clone(v3.Sessions)}
			KeepSeen(&s, seenV2, func(id string) bool { return tt.bookmarked && id == "a" })
			var got []string
			for i := range s.Sessions {
				got = append(got, s.Sessions[i].ID)
				if s.Sessions[i].ID == "a" && !s.Sessions[i].Cancelled() {
					t.Errorf("the kept talk does not read as cancelled")
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sessions = %q, want %q", got, tt.want)
			}
		})
	}
}
