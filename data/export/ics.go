package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/summit-tui/summit-tui/model"
)

// icsProductID names the program that wrote a calendar (PRODID).
const icsProductID = "-//summit-tui//summit-tui//EN"

// ErrNoTimes is why a calendar cannot be written: none of the sessions has
// a time, and a calendar without events is no calendar.
var ErrNoTimes = errors.New("no talk has a time")

// ICSOptions shape a calendar.
type ICSOptions struct {
	// Name is the calendar's name in calendar apps (X-WR-CALNAME); the
	// conference's name when empty.
	Name string
	// Stamp is when the calendar is written, every event's DTSTAMP: the
	// caller's clock, so tests and --now pin it. It must be set.
	Stamp time.Time
	// Alarm, when positive, gives every event a reminder that long
	// before it starts (a VALARM that displays the talk's title), so the
	// calendar on a phone reminds of it.
	Alarm time.Duration
}

// WriteICS writes the schedule's timed sessions as an RFC 5545 calendar,
// in time order, one VEVENT each:
//   - UID is the session's id and the conference's key, so importing a
//     later export updates the events instead of adding copies;
//   - DTSTART and DTEND carry the conference's TZID, defined by a
//     VTIMEZONE made from the zone's rules over the conference's span;
//     times in UTC are written as UTC, and floating times (Schedule.
//     FloatingTimes) as floating local times with no zone;
//   - a session without an end (or one no later than its start) has no
//     DTEND: calendars show it at its start, rather than with an end the
//     source never gave;
//   - SUMMARY is the title, DESCRIPTION the speakers and the abstract,
//     LOCATION the room, URL the first link that is a web address, and
//     CATEGORIES the track.
//
// Sessions without a time cannot be calendar events: they are left out
// and counted in untimed, for the caller to report. When no session has
// a time, nothing is written and the error is ErrNoTimes.
func WriteICS(w io.Writer, s model.Schedule, opt ICSOptions) (untimed int, err error) {
	if opt.Stamp.IsZero() {
		return 0, errors.New("calendar: no time stamp")
	}
	s = s.ByTime()
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropProductID, icsProductID)
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	name := opt.Name
	if name == "" {
		name = s.Conference
	}
	if name = exportLine(name); name != "" {
		// The name calendar apps show on import; TEXT is its type, so no
		// VALUE parameter is written.
		p := ical.NewProp("X-WR-CALNAME")
		p.SetText(name)
		p.Params.Del(ical.ParamValue)
		cal.Props.Set(p)
	}

	zone := newICSZone(&s)
	var events []*ical.Component
	var span model.Window
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		if !sess.Timed() {
			untimed++
			continue
		}
		ev := icsEvent(&s, sess, zone, opt.Stamp)
		if opt.Alarm > 0 {
			ev.Children = append(ev.Children, icsAlarm(sess, opt.Alarm))
		}
		events = append(events, ev)
		if span.From.IsZero() || sess.Start.Before(span.From) {
			span.From = sess.Start
		}
		if end := sess.End; end.After(span.To) && end.After(sess.Start) {
			span.To = end
		}
	}
	if len(events) == 0 {
		return untimed, ErrNoTimes
	}
	if span.To.Before(span.From) {
		span.To = span.From
	}
	if tz := zone.component(span); tz != nil {
		cal.Children = append(cal.Children, tz)
	}
	cal.Children = append(cal.Children, events...)

	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return untimed, fmt.Errorf("calendar: %w", err)
	}
	_, err = w.Write(foldICSLines(buf.Bytes()))
	return untimed, err
}

func icsEvent(s *model.Schedule, sess *model.Session, zone icsZone, stamp time.Time) *ical.Component {
	ev := ical.NewEvent()
	ev.Props.SetText(ical.PropUID, icsUID(s, sess))
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp.UTC())
	ev.Props.Set(zone.dateTime(ical.PropDateTimeStart, sess.Start))
	// RFC 5545 wants DTEND after DTSTART: a talk of no length has none.
	if sess.End.After(sess.Start) {
		ev.Props.Set(zone.dateTime(ical.PropDateTimeEnd, sess.End))
	}
	ev.Props.SetText(ical.PropSummary, exportLine(sess.Title))
	if d := icsDescription(sess); d != "" {
		ev.Props.SetText(ical.PropDescription, d)
	}
	if room := exportLine(sess.Room); room != "" {
		ev.Props.SetText(ical.PropLocation, room)
	}
	if u := firstWebLink(sess.Links); u != nil {
		ev.Props.SetURI(ical.PropURL, u)
	}
	if track := exportLine(sess.Track); track != "" {
		p := ical.NewProp(ical.PropCategories)
		p.SetTextList([]string{track})
		ev.Props.Set(p)
	}
	return ev.Component
}

// icsUID is "session-id@conference-key", with every character outside
// the URL-safe ones percent-encoded so that no calendar trips on it.
func icsUID(s *model.Schedule, sess *model.Session) string {
	id := sess.ID
	if id == "" {
		id = sess.Key
	}
	return uidPart(id) + "@" + uidPart(s.BookmarkKey())
}

func uidPart(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// icsDescription is the speakers ("Ann Lee (Acme), Bo Chen") and the
// abstract, a blank line between.
func icsDescription(sess *model.Session) string {
	var parts []string
	if sp := speakerList(sess.Speakers, ", "); sp != "" {
		parts = append(parts, sp)
	}
	if a := strings.TrimSpace(exportText(sess.Abstract)); a != "" {
		parts = append(parts, a)
	}
	return strings.Join(parts, "\n\n")
}

// speakerList names the speakers with their companies: "Ann Lee (Acme)".
func speakerList(speakers []model.Speaker, sep string) string {
	var names []string
	for _, sp := range speakers {
		name := exportLine(sp.Name)
		if name == "" {
			continue
		}
		if c := exportLine(sp.Company); c != "" {
			name += " (" + c + ")"
		}
		names = append(names, name)
	}
	return strings.Join(names, sep)
}

// firstWebLink is the first link that is an absolute http(s) address.
func firstWebLink(links []model.Link) *url.URL {
	for _, l := range links {
		u, err := url.Parse(strings.TrimSpace(exportLine(l.URL)))
		if err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
			return u
		}
	}
	return nil
}

// foldICSLines folds content lines longer than 75 octets, as RFC 5545
// asks: the rest continues on lines that start with a space, and no
// UTF-8 character is split.
func foldICSLines(raw []byte) []byte {
	const limit = 75
	var out bytes.Buffer
	out.Grow(len(raw) + len(raw)/limit*3)
	for len(raw) > 0 {
		line := raw
		next := []byte(nil)
		if i := bytes.Index(raw, []byte("\r\n")); i >= 0 {
			line, next = raw[:i], raw[i+2:]
		}
		room := limit
		for len(line) > room {
			cut := room
			for cut > 0 && line[cut]&0xc0 == 0x80 {
				cut--
			}
			out.Write(line[:cut])
			out.WriteString("\r\n ")
			line = line[cut:]
			room = limit - 1
		}
		out.Write(line)
		out.WriteString("\r\n")
		raw = next
	}
	return out.Bytes()
}
