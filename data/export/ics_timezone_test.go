package export

import (
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// TestZoneObservancesPastTheTable: a calendar of talks past the zone's
// table of changes (2037 on) is written, one observance a change of
// offset. Before, a span over the last day of a leap year there (31
// December 2040) never ended: Go's rules end that stretch before the time
// asked about, and the loop asked again.
func TestZoneObservancesPastTheTable(t *testing.T) {
	amsterdam := loadZone(t, "Europe/Amsterdam")
	span := model.Window{From: time.Date(2040, 12, 31, 12, 0, 0, 0, amsterdam), To: time.Date(2041, 4, 2, 10, 0, 0, 0, amsterdam)}
	got := zoneObservances(amsterdam, span)
	want := []observance{
		{onset: time.Date(2040, 10, 28, 1, 0, 0, 0, time.UTC), from: 7200, to: 3600, name: "CET"},
		{onset: time.Date(2041, 3, 31, 1, 0, 0, 0, time.UTC), from: 3600, to: 7200, name: "CEST", dst: true},
	}
	if len(got) != len(want) {
		t.Fatalf("%d observances %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if !got[i].onset.Equal(want[i].onset) || got[i].from != want[i].from || got[i].to != want[i].to || got[i].name != want[i].name || got[i].dst != want[i].dst {
			t.Errorf("observance %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	// Two centuries: two changes a year, each a change of offset.
	long := zoneObservances(amsterdam, model.Window{From: time.Date(2027, 2, 6, 11, 0, 0, 0, amsterdam), To: time.Date(2200, 12, 31, 9, 0, 0, 0, amsterdam)})
	if n := len(long); n < 2*(2200-2027) || n > 2*(2200-2027+1)+1 {
		t.Errorf("%d observances from 2027 to 2200, want two a year", n)
	}
	for i := 1; i < len(long); i++ {
		if long[i].to == long[i-1].to || !long[i].onset.After(long[i-1].onset) {
			t.Fatalf("observance %d %+v follows %+v: no change, or not later", i, long[i], long[i-1])
		}
	}
}
