package model

import (
	"slices"
	"testing"
)

func onlySchedule() Schedule {
	return Schedule{
		Conference: "Test Summit",
		Tracks:     []string{"Keynotes", "Core", "Streams", "Use Cases"},
		Sessions: []Session{
			{ID: "k1", Title: "Keynote One", Track: "Keynotes"},
			{ID: "c1", Title: "Core One", Track: "Core", Speakers: []Speaker{{Name: "Ann Lee", Company: "Acme"}}, Abstract: "About core."},
			{ID: "c2", Title: "Core Two", Track: "Core"},
			{ID: "s1", Title: "Streams One", Track: "Streams"},
			{ID: "u1", Title: "Use One", Track: "Use Cases"},
		},
	}
}

// TestScheduleOnly: the bookmarked talks, whole, in programme order
// whatever order they were bookmarked in, with only the tracks that still
// hold one, in page order.
func TestScheduleOnly(t *testing.T) {
	tests := []struct {
		name       string
		keep       []string
		wantIDs    []string
		wantTracks []string
	}{
		{"some talks", []string{"u1", "c1", "k1"}, []string{"k1", "c1", "u1"}, []string{"Keynotes", "Core", "Use Cases"}},
		{"one track", []string{"c2", "c1"}, []string{"c1", "c2"}, []string{"Core"}},
		{"ids not on the page are ignored", []string{"gone", "s1"}, []string{"s1"}, []string{"Streams"}},
		{"all", []string{"k1", "c1", "c2", "s1", "u1"}, []string{"k1", "c1", "c2", "s1", "u1"}, []string{"Keynotes", "Core", "Streams", "Use Cases"}},
		{"none", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := onlySchedule()
			got := s.Only(NewBookmarkSet(tt.keep))
			if got.Conference != "Test Summit" {
				t.Errorf("conference = %q", got.Conference)
			}
			var ids []string
			for _, sess := range got.Sessions {
				ids = append(ids, sess.ID)
			}
			if !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("sessions %q, want %q", ids, tt.wantIDs)
			}
			if !slices.Equal(got.Tracks, tt.wantTracks) {
				t.Errorf("tracks %q, want %q", got.Tracks, tt.wantTracks)
			}
			for _, sess := range got.Sessions {
				if sess.ID == "c1" && (sess.Abstract != "About core." || len(sess.Speakers) != 1 || sess.Speakers[0].Company != "Acme") {
					t.Errorf("c1 lost fields: %+v", sess)
				}
			}
			if len(s.Sessions) != 5 || len(s.Tracks) != 4 {
				t.Error("Only changed the schedule it was called on")
			}
		})
	}
}
