package export

import (
	"bytes"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	ical "github.com/emersion/go-ical"
)

// TestWriteICSAlarmGolden: with an alarm, every event carries a VALARM
// that a calendar app shows a quarter of an hour before the talk, as
// reviewed. Refresh with `go test ./data/export -update`.
func TestWriteICSAlarmGolden(t *testing.T) {
	s := noDSTSchedule(t)
	out, _ := writeICS(t, s, ICSOptions{Name: "Bookmarks — " + s.Conference, Alarm: 15 * time.Minute})
	golden.RequireEqual(t, out)
}

// TestWriteICSAlarmReadBack: read back with go-ical, each event has one
// display alarm whose trigger is the duration asked for, before the
// start; without an alarm asked for, none.
func TestWriteICSAlarmReadBack(t *testing.T) {
	for _, alarm := range []time.Duration{0, 15 * time.Minute, 90 * time.Minute} {
		out, _ := writeICS(t, dstSchedule(t), ICSOptions{Alarm: alarm})
		cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
		if err != nil {
			t.Fatal(err)
		}
		events := cal.Events()
		if len(events) == 0 {
			t.Fatal("no events")
		}
		for _, ev := range events {
			var alarms []*ical.Component
			for _, c := range ev.Children {
				if c.Name == ical.CompAlarm {
					alarms = append(alarms, c)
				}
			}
			if alarm == 0 {
				if len(alarms) != 0 {
					t.Fatalf("alarm 0: %d alarms, want none", len(alarms))
				}
				continue
			}
			if len(alarms) != 1 {
				t.Fatalf("alarm %v: %d alarms, want 1", alarm, len(alarms))
			}
			a := alarms[0]
			if action, _ := a.Props.Text(ical.PropAction); action != "DISPLAY" {
				t.Errorf("ACTION %q, want DISPLAY", action)
			}
			if d, _ := a.Props.Text(ical.PropDescription); d == "" {
				t.Error("no DESCRIPTION: a display alarm must have one")
			}
			got, err := a.Props.Get(ical.PropTrigger).Duration()
			if err != nil || got != -alarm {
				t.Errorf("TRIGGER %v (%v), want %v", got, err, -alarm)
			}
		}
	}
}

func TestICSDuration(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{15 * time.Minute, "PT15M"},
		{90 * time.Minute, "PT1H30M"},
		{time.Hour, "PT1H"},
		{30 * time.Second, "PT30S"},
		{24 * time.Hour, "P1D"},
		{25 * time.Hour, "PT25H"},
		{time.Millisecond, "PT1S"},
	} {
		if got := icsDuration(tt.d); got != tt.want {
			t.Errorf("icsDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
