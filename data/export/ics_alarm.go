package export

import (
	"strconv"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/summit-tui/summit-tui/model"
)

// icsAlarm is a reminder before the session starts: a VALARM that
// displays its title and room, TRIGGER:-PT15M for a quarter of an hour.
func icsAlarm(sess *model.Session, before time.Duration) *ical.Component {
	alarm := ical.NewComponent(ical.CompAlarm)
	alarm.Props.SetText(ical.PropAction, "DISPLAY")
	text := exportLine(sess.Title)
	if room := exportLine(sess.Room); room != "" {
		text += " · " + room
	}
	alarm.Props.SetText(ical.PropDescription, text)
	trigger := ical.NewProp(ical.PropTrigger)
	trigger.Value = "-" + icsDuration(before)
	alarm.Props.Set(trigger)
	return alarm
}

// icsDuration writes a positive duration as RFC 5545 does, to the second:
// "PT15M", "PT1H30M", "P1D".
func icsDuration(d time.Duration) string {
	secs := int64((d + time.Second/2) / time.Second)
	if secs <= 0 {
		secs = 1
	}
	var b strings.Builder
	b.WriteString("P")
	if days := secs / 86400; days > 0 && secs%86400 == 0 {
		b.WriteString(strconv.FormatInt(days, 10) + "D")
		return b.String()
	}
	b.WriteString("T")
	for _, u := range []struct {
		n    int64
		unit string
	}{{secs / 3600, "H"}, {secs % 3600 / 60, "M"}, {secs % 60, "S"}} {
		if u.n > 0 {
			b.WriteString(strconv.FormatInt(u.n, 10) + u.unit)
		}
	}
	return b.String()
}
