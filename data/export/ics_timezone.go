package export

import (
	"fmt"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/summit-tui/summit-tui/model"
)

const icsLocalTime = "20060102T150405"

// icsZone is how a calendar writes a schedule's times: floating, in UTC,
// or against a VTIMEZONE of the conference's zone.
type icsZone struct {
	floating bool
	utc      bool
	loc      *time.Location
	tzid     string
}

func newICSZone(s *model.Schedule) icsZone {
	loc := s.Location
	if loc == nil {
		for i := range s.Sessions {
			if s.Sessions[i].Timed() {
				loc = s.Sessions[i].Start.Location()
				break
			}
		}
	}
	switch {
	case s.FloatingTimes:
		return icsZone{floating: true}
	case loc == nil || loc == time.UTC || loc.String() == "UTC":
		return icsZone{utc: true, loc: time.UTC}
	}
	return icsZone{loc: loc, tzid: icsTZID(s, loc)}
}

// icsTZID names the zone: its IANA name, else the schedule's, else its
// offset ("UTC+01:00") for a zone that has neither.
func icsTZID(s *model.Schedule, loc *time.Location) string {
	name := loc.String()
	if name == "" || name == "Local" {
		name = s.TimeZone
	}
	if name == "" {
		_, off := time.Date(2000, 1, 1, 0, 0, 0, 0, loc).Zone()
		name = "UTC" + icsOffset(off)[:3] + ":" + icsOffset(off)[3:5]
	}
	// A parameter value cannot hold a double quote.
	return strings.ReplaceAll(exportLine(name), `"`, "")
}

// dateTime is a DTSTART or DTEND property for t.
func (z icsZone) dateTime(name string, t time.Time) *ical.Prop {
	p := ical.NewProp(name)
	switch {
	case z.floating:
		p.Value = t.Format(icsLocalTime)
	case z.utc:
		p.Value = t.UTC().Format(icsLocalTime) + "Z"
	default:
		p.Params.Set(ical.PropTimezoneID, z.tzid)
		p.Value = t.In(z.loc).Format(icsLocalTime)
	}
	return p
}

// component is the VTIMEZONE for the events within span: one observance
// for the offset in effect when the first event starts, and one for each
// change of offset until the last ends, each with its real onset from the
// zone's rules. Onsets before 1970 are written as 1970, where historical
// zone data differs between tz database versions; the offsets the events
// need are unchanged by it. Nil for floating and UTC times, which need
// none.
func (z icsZone) component(span model.Window) *ical.Component {
	if z.floating || z.utc {
		return nil
	}
	tz := ical.NewComponent(ical.CompTimezone)
	tz.Props.SetText(ical.PropTimezoneID, z.tzid)
	for _, o := range zoneObservances(z.loc, span) {
		tz.Children = append(tz.Children, o.component())
	}
	return tz
}

// observance is one stretch of a zone's time: from its onset on, the
// offset is to; just before, it was from.
type observance struct {
	onset    time.Time
	from, to int // seconds east of UTC
	name     string
	dst      bool
}

// anchor is the earliest onset written: an older one is written as
// midnight on 1 January 1970.
var anchor = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// zoneObservances lists the stretches of loc that cover span, from Go's
// copy of the zone's rules, one for each change of offset or name.
func zoneObservances(loc *time.Location, span model.Window) []observance {
	var out []observance
	t := span.From.In(loc)
	for {
		start, end := t.ZoneBounds()
		name, off := t.Zone()
		o := observance{onset: start, from: off, to: off, name: name, dst: t.IsDST()}
		if !start.IsZero() {
			_, o.from = start.Add(-time.Second).Zone()
		}
		if start.IsZero() || start.Before(anchor) {
			o.onset, o.from = time.Date(1970, 1, 1, 0, 0, 0, 0, time.FixedZone("", off)), off
		}
		// Past the zone's table, Go's rules end a stretch at each new
		// year, where nothing changes: that is no observance.
		if n := len(out); n == 0 || out[n-1].to != o.to || out[n-1].name != o.name || out[n-1].dst != o.dst {
			out = append(out, o)
		}
		if end.IsZero() || end.After(span.To) {
			return out
		}
		if !end.After(t) {
			// There, too, a leap year's stretch can end on its last day,
			// before t itself: step on, or this would never end.
			end = t.Add(24 * time.Hour)
		}
		t = end
	}
}

func (o observance) component() *ical.Component {
	kind := ical.CompTimezoneStandard
	if o.dst {
		kind = ical.CompTimezoneDaylight
	}
	c := ical.NewComponent(kind)
	// The onset is written as the wall clock read it just before: in the
	// offset it changes from.
	start := ical.NewProp(ical.PropDateTimeStart)
	start.Value = o.onset.In(time.FixedZone("", o.from)).Format(icsLocalTime)
	c.Props.Set(start)
	c.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetFrom, Params: ical.Params{}, Value: icsOffset(o.from)})
	c.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetTo, Params: ical.Params{}, Value: icsOffset(o.to)})
	if name := exportLine(o.name); name != "" {
		c.Props.SetText(ical.PropTimezoneName, name)
	}
	return c
}

// icsOffset writes an offset as RFC 5545's UTC-OFFSET: "+0100", "-0330",
// "+053328" when it has seconds; zero is "+0000", never "-0000".
func icsOffset(seconds int) string {
	sign := "+"
	if seconds < 0 {
		sign, seconds = "-", -seconds
	}
	h, m, sec := seconds/3600, seconds%3600/60, seconds%60
	if sec != 0 {
		return fmt.Sprintf("%s%02d%02d%02d", sign, h, m, sec)
	}
	return fmt.Sprintf("%s%02d%02d", sign, h, m)
}
