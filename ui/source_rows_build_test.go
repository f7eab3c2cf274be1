package ui

import "testing"

func TestGroupedSourceBuildsOncePerVersion(t *testing.T) {
	// Every frame asks the Bookmarks tab for its count: its rows are found
	// again only when the bookmarks change, even when there are none.
	for _, tt := range []struct {
		name string
		rows []entry
	}{
		{"no rows", nil},
		{"some rows", []entry{{kind: rowHeading, session: -1, group: -1, key: "day", title: "Sat"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			builds, version := 0, 0
			s := newGroupedSource(nil, placeRef{Kind: kindBookmarks}, "Bookmarks",
				func() []entry { builds++; return tt.rows }, func() int { return version })
			s.items()
			s.items()
			if builds != 1 {
				t.Errorf("built %d times for one version, want 1", builds)
			}
			version++
			s.items()
			if builds != 2 {
				t.Errorf("built %d times after the version moved on, want 2", builds)
			}
		})
	}
}
