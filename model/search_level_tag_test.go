package model_test

import (
	"slices"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

// TestLevelAndTagFilters: level: and tag: (or tags:) select by the
// audience level and the tags a source such as Sessionize gives; a talk
// without them matches neither.
func TestLevelAndTagFilters(t *testing.T) {
	s := &model.Schedule{Conference: "Tagged", Sessions: []model.Session{
		{ID: "intro", Title: "Kilns for beginners", Level: "Introductory", Tags: []string{"Kilns", "Getting Started"}},
		{ID: "deep", Title: "Glaze chemistry", Level: "Advanced", Tags: []string{"Chemistry", "Security"}},
		{ID: "plain", Title: "Lunch"},
	}}
	x := model.NewIndex(s)
	tests := []struct {
		query string
		want  []string
	}{
		{"level:introductory", []string{"intro"}},
		{"level:adv", []string{"deep"}},
		{"level:expert", nil},
		{"tag:kilns", []string{"intro"}},
		{"tag:security", []string{"deep"}},
		{"tags:chem", []string{"deep"}},
		{`tag:"getting started"`, []string{"intro"}},
		{"tag:started", []string{"intro"}},
		{"tag:kilns level:advanced", nil},
		{"glaze tag:chemistry", []string{"deep"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := matchIDs(x, x.SearchSessions(all(s), model.ParseQuery(tt.query)))
			if !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 {
				t.Errorf("SearchSessions(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}
