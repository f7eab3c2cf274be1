package model

import (
	"slices"
	"testing"
)

func TestQueryOccurrences(t *testing.T) {
	tests := []struct {
		query, text string
		want        [][2]int
	}{
		{"don't", "Don’t Panic", [][2]int{{0, 5}}},
		{"you've", "What You’ve Heard", [][2]int{{5, 11}}},
		{"jurgen", "Jürgen Schmidt", [][2]int{{0, 6}}},
		{"kafka", "Apache Kafka® and kafka", [][2]int{{7, 12}, {18, 23}}},
		{"kafka", "Apache Kafka®", [][2]int{{7, 12}}},
		{"read", "already readiness", [][2]int{{8, 12}}}, // word starts only
		{"event driven", "Event-Driven Design", [][2]int{{0, 5}, {6, 12}}},
		{"stream", "streams of streaming", [][2]int{{0, 6}, {11, 17}}},
		{"café", "CAFE Cafè", [][2]int{{0, 4}, {5, 9}}},
		{"x-ray", "X–Ray", [][2]int{{0, 5}}},
		{"", "anything", nil},
		{"zzz", "nothing here", nil},
	}
	for _, tt := range tests {
		got := ParseQuery(tt.query).Occurrences(tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q in %q: %v, want %v", tt.query, tt.text, got, tt.want)
		}
	}
}
