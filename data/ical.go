package data

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/summit-tui/summit-tui/model"
)

// maxICalDepth bounds component nesting: the decoder recurses once per
// BEGIN, and a calendar needs three levels (VCALENDAR, VEVENT, VALARM).
const maxICalDepth = 16

// readICal reads an iCalendar file: each VEVENT is a session. Real
// calendars break the RFC (no DTSTAMP, no DTEND, properties after the
// events), which the decoder takes in its stride. A floating time is read
// in X-WR-TIMEZONE, else in the --tz zone, else kept as the conference's
// local time; a TZID is looked up in the tz database.
func readICal(name string, raw []byte, opts OpenOptions) (s model.Schedule, notice string, err error) {
	if depth := icalDepth(raw); depth > maxICalDepth {
		return model.Schedule{}, "", &PageError{Path: name, Why: fmt.Sprintf("an iCalendar file nested %d components deep", depth)}
	}
	defer func() {
		// The decoder is not ours; whatever it does with broken input
		// must end as an error, not a crash.
		if r := recover(); r != nil {
			s, notice, err = model.Schedule{}, "", &PageError{Path: name, Why: cleanInline(fmt.Sprintf("broken iCalendar (%v)", r))}
		}
	}()
	cal, err := ical.NewDecoder(bytes.NewReader(bytes.TrimPrefix(raw, bomUTF8))).Decode()
	if err != nil {
		return model.Schedule{}, "", &PageError{Path: name, Why: "broken iCalendar: " + cleanInline(strings.TrimPrefix(err.Error(), "ical: ")), Err: err}
	}
	events := cal.Events()
	if len(events) == 0 {
		return model.Schedule{}, "", &PageError{Path: name, Why: "an iCalendar file with no events"}
	}
	z := pickZone(propText(cal.Props, "X-WR-TIMEZONE"), opts)
	named := firstNonEmpty(propText(cal.Props, "X-WR-CALNAME"), propText(cal.Props, "NAME"))
	conference := firstNonEmpty(named, nameFromPath(name))
	s = model.Schedule{Conference: conference, Key: conference}
	uids := stableUIDs(events)
	starts := make([]string, len(events))
	slots := make([]string, len(events))
	for i, ev := range events {
		sess := icalSession(ev, &z)
		sess.Key = uids[i]
		if p := ev.Props.Get(ical.PropDateTimeStart); p != nil && sess.Timed() {
			starts[i] = strings.ToUpper(strings.TrimSpace(p.Value))
		}
		slots[i] = firstNonEmpty(sess.Key, model.SlotKey(sess.Title, starts[i], sess.Room))
		s.Sessions = append(s.Sessions, sess)
	}
	if named == "" && name == stdinName {
		// Every calendar piped in without a name would share one key.
		s.Key = "ics-" + digestOf(slots)
	}
	if z.loc == nil && !z.floating {
		// Every time was an instant (UTC or a TZID): show them in the
		// first event's zone, UTC for "…Z" times.
		for _, sess := range s.Sessions {
			if sess.Timed() {
				z.loc, z.name = sess.Start.Location(), sess.Start.Location().String()
				break
			}
		}
		for i := range s.Sessions {
			s.Sessions[i].Start, s.Sessions[i].End = z.in(s.Sessions[i].Start), z.in(s.Sessions[i].End)
		}
	}
	notice = settleTimes(&s, &z)
	s.UTCOnly = z.loc == time.UTC && opts.Location == nil && propText(cal.Props, "X-WR-TIMEZONE") == ""
	finishScheduleAt(&s, starts)
	return s, notice, nil
}

func icalSession(ev ical.Event, z *zone) model.Session {
	title, kind, speakers := splitSummary(propText(ev.Props, ical.PropSummary))
	sess := model.Session{
		Title:    title,
		Type:     kind,
		Room:     propText(ev.Props, ical.PropLocation),
		Speakers: speakers,
	}
	if cats := ev.Props.Get(ical.PropCategories); cats != nil {
		if list, err := cats.TextList(); err == nil && len(list) > 0 {
			sess.Track = list[0]
		}
	}
	url := propText(ev.Props, ical.PropURL)
	description := propText(ev.Props, ical.PropDescription)
	if isBareURL(description) {
		// PyCon UK's calendar gives only the talk's address here.
		url = firstNonEmpty(url, description)
		description = ""
	}
	sess.Abstract = plainText(description)
	var links linkList
	links.add("Event page", url)
	sess.Links = links

	sess.Start = icalTime(ev.Props.Get(ical.PropDateTimeStart), z)
	if !sess.Start.IsZero() {
		if end := icalTime(ev.Props.Get(ical.PropDateTimeEnd), z); end.After(sess.Start) {
			sess.End = end
		} else if p := ev.Props.Get(ical.PropDuration); p != nil {
			switch d, err := p.Duration(); {
			case err != nil || d < 0:
				z.badDurations++ // no length: the end is unknown
			case d > 0:
				sess.End = sess.Start.Add(d)
			}
		}
	}
	return sess
}

// icalTime reads a DTSTART or DTEND: a UTC time or one with a TZID is an
// instant; a floating time is a wall-clock time in the zone.
func icalTime(p *ical.Prop, z *zone) time.Time {
	if p == nil {
		return time.Time{}
	}
	value := strings.TrimSpace(p.Value)
	floating := !strings.HasSuffix(value, "Z") && p.Params.Get(ical.PropTimezoneID) == ""
	if floating {
		t, err := p.DateTime(time.UTC)
		if err != nil {
			return time.Time{}
		}
		return stated(wallClock(t, z.wallLoc()))
	}
	t, err := p.DateTime(time.UTC)
	if err != nil {
		// A TZID the tz database does not know (a Windows zone name):
		// read the clock as floating rather than lose the talk's time.
		q := *p
		q.Params = ical.Params{}
		if t, err = q.DateTime(time.UTC); err != nil {
			return time.Time{}
		}
		return stated(wallClock(t, z.wallLoc()))
	}
	return z.in(stated(t))
}

// summaryBy finds "… (talk by Ann Lee and Bo Chen)" at a summary's end.
var summaryBy = regexp.MustCompile(`^(.*\S)\s*\(\s*([\p{L}][\p{L} -]{0,30}?)\s+by\s+([^()]+)\)\s*$`)

// splitSummary separates a summary's title from the kind and speakers it
// names at its end, the only place some calendars put speakers.
func splitSummary(summary string) (title, kind string, speakers []model.Speaker) {
	m := summaryBy.FindStringSubmatch(summary)
	if m == nil {
		return summary, "", nil
	}
	for _, name := range splitNames(m[3]) {
		speakers = append(speakers, model.Speaker{Name: name})
	}
	if len(speakers) == 0 {
		return summary, "", nil
	}
	return m[1], strings.TrimSpace(m[2]), speakers
}

// splitNames splits "Ann Lee, Bo Chen & Cy Dee and Di Eve".
func splitNames(s string) []string {
	s = strings.NewReplacer(" & ", ",", " and ", ",").Replace(s)
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// generatedUID recognises UIDs made afresh each time a calendar is built:
// they start with the time of the build ("20160417T070217Z-32078@host",
// as Python's vobject and icalendar make them), not with anything of the
// event's.
var generatedUID = regexp.MustCompile(`^\d{8}T\d{6}Z?[-@.]`)

// stableUIDs gives each event its UID as its key where the UID can key a
// bookmark: present, not made afresh with each build, and the event's
// alone (a UID on two events names neither). The others get "", and
// finishSchedule keys them by title, start and room.
func stableUIDs(events []ical.Event) []string {
	uids := make([]string, len(events))
	count := make(map[string]int, len(events))
	for i, ev := range events {
		uids[i] = propText(ev.Props, ical.PropUID)
		count[uids[i]]++
	}
	for i, uid := range uids {
		if uid == "" || count[uid] > 1 || generatedUID.MatchString(uid) {
			uids[i] = ""
		}
	}
	return uids
}

func isBareURL(s string) bool {
	s = strings.TrimSpace(s)
	_, ok := cleanURL(s)
	return ok && !strings.ContainsAny(s, " \n")
}

func propText(props ical.Props, name string) string {
	p := props.Get(name)
	if p == nil {
		return ""
	}
	if t, err := p.Text(); err == nil {
		return strings.TrimSpace(t)
	}
	return strings.TrimSpace(p.Value)
}

// icalDepth measures how deeply components nest, from the BEGIN and END
// lines, before the recursive decoder sees them.
func icalDepth(raw []byte) int {
	depth, deepest := 0, 0
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		switch {
		case len(line) >= 6 && bytes.EqualFold(line[:6], []byte("BEGIN:")):
			depth++
			deepest = max(deepest, depth)
		case len(line) >= 4 && bytes.EqualFold(line[:4], []byte("END:")):
			depth--
		}
	}
	return deepest
}
