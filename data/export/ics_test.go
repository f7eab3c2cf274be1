package export

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"
	ical "github.com/emersion/go-ical"

	"github.com/summit-tui/summit-tui/model"
)

func writeICS(t *testing.T, s model.Schedule, opt ICSOptions) ([]byte, int) {
	t.Helper()
	if opt.Stamp.IsZero() {
		opt.Stamp = calendarStamp
	}
	var b bytes.Buffer
	untimed, err := WriteICS(&b, s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), untimed
}

// TestWriteICSGolden: the calendars of a conference across a change to
// summer time and of one in a zone without it, as reviewed. Refresh with
// `go test ./data/export -update` and review the diff like code.
func TestWriteICSGolden(t *testing.T) {
	for _, tt := range []struct {
		file string
		s    model.Schedule
	}{
		{"good_calendar_dst.ics", dstSchedule(t)},
		{"good_calendar_nodst.ics", noDSTSchedule(t)},
	} {
		t.Run(tt.file, func(t *testing.T) {
			out, _ := writeICS(t, tt.s, ICSOptions{Name: "Bookmarks — " + tt.s.Conference})
			golden.RequireEqual(t, out)
		})
	}
}

// icsTimezones reads the VTIMEZONEs of a calendar, by TZID.
type icsObservance struct {
	onset    time.Time // the local wall clock, read as UTC
	from, to int
}

func icsTimezones(t *testing.T, cal *ical.Calendar) map[string][]icsObservance {
	t.Helper()
	zones := map[string][]icsObservance{}
	for _, c := range cal.Children {
		if c.Name != ical.CompTimezone {
			continue
		}
		id, _ := c.Props.Text(ical.PropTimezoneID)
		for _, o := range c.Children {
			onset, err := time.Parse(icsLocalTime, o.Props.Get(ical.PropDateTimeStart).Value)
			if err != nil {
				t.Fatalf("%s onset: %v", id, err)
			}
			zones[id] = append(zones[id], icsObservance{
				onset: onset,
				from:  parseICSOffset(t, o.Props.Get(ical.PropTimezoneOffsetFrom).Value),
				to:    parseICSOffset(t, o.Props.Get(ical.PropTimezoneOffsetTo).Value),
			})
		}
	}
	return zones
}

func parseICSOffset(t *testing.T, s string) int {
	t.Helper()
	if len(s) != 5 && len(s) != 7 || s[0] != '+' && s[0] != '-' {
		t.Fatalf("offset %q", s)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	secs := n(s[1:3])*3600 + n(s[3:5])*60
	if len(s) == 7 {
		secs += n(s[5:7])
	}
	if s[0] == '-' {
		secs = -secs
	}
	return secs
}

// resolveICSTime reads a DTSTART or DTEND as a calendar app would: UTC,
// floating (returned as its wall clock in UTC, with floating true) or
// local to a VTIMEZONE of the file, whose observance with the latest
// onset not after the wall clock gives the offset.
func resolveICSTime(t *testing.T, p *ical.Prop, zones map[string][]icsObservance) (at time.Time, floating bool) {
	t.Helper()
	if strings.HasSuffix(p.Value, "Z") {
		v, err := time.Parse(icsLocalTime+"Z", p.Value)
		if err != nil {
			t.Fatal(err)
		}
		return v, false
	}
	wall, err := time.Parse(icsLocalTime, p.Value)
	if err != nil {
		t.Fatal(err)
	}
	tzid := p.Params.Get(ical.PropTimezoneID)
	if tzid == "" {
		return wall, true
	}
	obs, ok := zones[tzid]
	if !ok {
		t.Fatalf("TZID %q has no VTIMEZONE", tzid)
	}
	var best *icsObservance
	for i := range obs {
		if !obs[i].onset.After(wall) && (best == nil || obs[i].onset.After(best.onset)) {
			best = &obs[i]
		}
	}
	if best == nil {
		t.Fatalf("%s %s is before every observance of %s", p.Name, p.Value, tzid)
	}
	return wall.Add(-time.Duration(best.to) * time.Second), false
}

// TestWriteICSReadBack: read back with go-ical, every event carries its
// session field for field, and its times resolve through the file's own
// VTIMEZONE to the session's instants.
func TestWriteICSReadBack(t *testing.T) {
	utc := noDSTSchedule(t)
	utc.Location, utc.TimeZone = time.UTC, "UTC"
	for i := range utc.Sessions {
		utc.Sessions[i].Start = utc.Sessions[i].Start.UTC()
		utc.Sessions[i].End = utc.Sessions[i].End.UTC()
	}
	floating := noDSTSchedule(t)
	floating.FloatingTimes = true
	tests := []struct {
		name     string
		s        model.Schedule
		tzid     string
		floating bool
	}{
		{"summer time", dstSchedule(t), "Europe/Brussels", false},
		{"no summer time", noDSTSchedule(t), "Asia/Kolkata", false},
		{"UTC", utc, "", false},
		{"floating", floating, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, untimed := writeICS(t, tt.s, ICSOptions{})
			if want := len(tt.s.Sessions) - timedCount(tt.s); untimed != want {
				t.Errorf("untimed %d, want %d", untimed, want)
			}
			cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
			if err != nil {
				t.Fatalf("reading the calendar back: %v", err)
			}
			if v, _ := cal.Props.Text(ical.PropVersion); v != "2.0" {
				t.Errorf("VERSION %q", v)
			}
			if p, _ := cal.Props.Text(ical.PropProductID); p != icsProductID {
				t.Errorf("PRODID %q", p)
			}
			if n, _ := cal.Props.Text("X-WR-CALNAME"); n != tt.s.Conference {
				t.Errorf("X-WR-CALNAME %q", n)
			}
			zones := icsTimezones(t, cal)
			if tt.tzid == "" && len(zones) != 0 {
				t.Errorf("VTIMEZONE written for %s times", tt.name)
			}
			if tt.tzid != "" && len(zones[tt.tzid]) == 0 {
				t.Errorf("no VTIMEZONE %q", tt.tzid)
			}
			events := cal.Events()
			var want []model.Session
			for _, sess := range tt.s.ByTime().Sessions {
				if sess.Timed() {
					want = append(want, sess)
				}
			}
			if len(events) != len(want) {
				t.Fatalf("%d events, want %d", len(events), len(want))
			}
			for k, ev := range events {
				checkEvent(t, &tt.s, &want[k], &ev, zones, tt.tzid, tt.floating)
			}
		})
	}
}

func checkEvent(t *testing.T, s *model.Schedule, sess *model.Session, ev *ical.Event, zones map[string][]icsObservance, tzid string, floating bool) {
	t.Helper()
	text := func(name string) string {
		v, err := ev.Props.Text(name)
		if err != nil {
			t.Errorf("%s %s: %v", sess.ID, name, err)
		}
		return v
	}
	if got, want := text(ical.PropUID), sess.ID+"@"+s.Key; got != want {
		t.Errorf("UID %q, want %q", got, want)
	}
	if stamp, err := ev.Props.DateTime(ical.PropDateTimeStamp, nil); err != nil || !stamp.Equal(calendarStamp) {
		t.Errorf("%s DTSTAMP %v %v", sess.ID, stamp, err)
	}
	if got := text(ical.PropSummary); got != exportLine(sess.Title) {
		t.Errorf("%s SUMMARY %q", sess.ID, got)
	}
	if got := text(ical.PropLocation); got != sess.Room {
		t.Errorf("%s LOCATION %q", sess.ID, got)
	}
	if cats, err := ev.Props.Get(ical.PropCategories).TextList(); err != nil || len(cats) != 1 || cats[0] != sess.Track {
		t.Errorf("%s CATEGORIES %q %v", sess.ID, cats, err)
	}
	if got, want := text(ical.PropDescription), icsDescription(sess); got != want {
		t.Errorf("%s DESCRIPTION %q, want %q", sess.ID, got, want)
	}
	wantURL := ""
	if u := firstWebLink(sess.Links); u != nil {
		wantURL = u.String()
	}
	if p := ev.Props.Get(ical.PropURL); (p == nil) != (wantURL == "") || p != nil && p.Value != wantURL {
		t.Errorf("%s URL %v, want %q", sess.ID, p, wantURL)
	}
	for _, tm := range []struct {
		name string
		want time.Time
	}{{ical.PropDateTimeStart, sess.Start}, {ical.PropDateTimeEnd, icsEnd(sess)}} {
		p := ev.Props.Get(tm.name)
		if tm.want.IsZero() {
			if p != nil {
				t.Errorf("%s has %s %s but no end is known", sess.ID, tm.name, p.Value)
			}
			continue
		}
		if p == nil {
			t.Errorf("%s has no %s", sess.ID, tm.name)
			continue
		}
		if got := p.Params.Get(ical.PropTimezoneID); got != tzid {
			t.Errorf("%s %s TZID %q, want %q", sess.ID, tm.name, got, tzid)
		}
		at, isFloating := resolveICSTime(t, p, zones)
		if isFloating != floating {
			t.Errorf("%s %s floating %v", sess.ID, tm.name, isFloating)
		}
		if floating {
			wall := tm.want.Format(icsLocalTime)
			if at.Format(icsLocalTime) != wall {
				t.Errorf("%s %s %s, want the wall clock %s", sess.ID, tm.name, p.Value, wall)
			}
		} else if !at.Equal(tm.want) {
			t.Errorf("%s %s %s resolves to %v, want %v", sess.ID, tm.name, p.Value, at, tm.want.UTC())
		}
		// go-ical's own reading, through the tz database, agrees.
		if !floating {
			if got, err := p.DateTime(nil); err != nil || !got.Equal(tm.want) {
				t.Errorf("%s %s read by go-ical as %v %v", sess.ID, tm.name, got, err)
			}
		}
	}
}

// TestWriteICSTimezoneObservances: the VTIMEZONE of a span across the
// change to summer time has the winter observance since October and the
// summer one from 29 March 02:00, with their offsets and names.
func TestWriteICSTimezoneObservances(t *testing.T) {
	brussels := loadZone(t, "Europe/Brussels")
	span := model.Window{From: time.Date(2026, 3, 28, 10, 0, 0, 0, brussels), To: time.Date(2026, 3, 29, 11, 0, 0, 0, brussels)}
	got := zoneObservances(brussels, span)
	want := []observance{
		{onset: time.Date(2025, 10, 26, 1, 0, 0, 0, time.UTC), from: 7200, to: 3600, name: "CET"},
		{onset: time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC), from: 3600, to: 7200, name: "CEST", dst: true},
	}
	if len(got) != len(want) {
		t.Fatalf("%d observances %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if !got[i].onset.Equal(want[i].onset) || got[i].from != want[i].from || got[i].to != want[i].to || got[i].name != want[i].name || got[i].dst != want[i].dst {
			t.Errorf("observance %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if v := got[1].component().Props.Get(ical.PropDateTimeStart).Value; v != "20260329T020000" {
		t.Errorf("summer onset written %q, want the wall clock before the change", v)
	}
	kolkata := zoneObservances(loadZone(t, "Asia/Kolkata"), model.Window{From: time.Date(2026, 7, 10, 4, 0, 0, 0, time.UTC), To: time.Date(2026, 7, 11, 12, 0, 0, 0, time.UTC)})
	if len(kolkata) != 1 || kolkata[0].to != 19800 || kolkata[0].from != 19800 || kolkata[0].component().Props.Get(ical.PropDateTimeStart).Value != "19700101T000000" || kolkata[0].dst {
		t.Errorf("Kolkata: %+v, want one standard observance at +0530 from 1970", kolkata)
	}
}

// TestICSOffset: RFC 5545's UTC-OFFSET forms.
func TestICSOffset(t *testing.T) {
	for secs, want := range map[int]string{0: "+0000", 3600: "+0100", -18000: "-0500", 19800: "+0530", -12600: "-0330", 4500 + 45: "+011545"} {
		if got := icsOffset(secs); got != want {
			t.Errorf("icsOffset(%d) = %q, want %q", secs, got, want)
		}
	}
}

// TestWriteICSLines: CRLF line ends only, no line over 75 octets, no
// UTF-8 character split by a fold, no control character left.
func TestWriteICSLines(t *testing.T) {
	out, _ := writeICS(t, dstSchedule(t), ICSOptions{})
	if !bytes.HasSuffix(out, []byte("\r\n")) {
		t.Error("the last line has no CRLF")
	}
	folded := false
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line of %d octets: %q", len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("a fold split a character: %q", line)
		}
		if strings.ContainsAny(line, "\r\n\x1b\x00") {
			t.Errorf("control character in %q", line)
		}
		folded = folded || strings.HasPrefix(line, " ")
	}
	if !folded {
		t.Error("no line was folded: the long title should be")
	}
	if !strings.Contains(unfold(string(out)), "SUMMARY:Keynote: Ünïcödé Everywhere — a talk whose title runs well past one calendar line\r\n") {
		t.Error("the long title does not unfold to itself")
	}
}

// TestFoldICSLines: folding at 75 octets, then 74 after the leading
// space, moving a multibyte character whole to the next line.
func TestFoldICSLines(t *testing.T) {
	long := strings.Repeat("a", 74) + "é" + strings.Repeat("b", 80)
	got := string(foldICSLines([]byte("SHORT:x\r\n" + long + "\r\n")))
	want := "SHORT:x\r\n" + strings.Repeat("a", 74) + "\r\n é" + strings.Repeat("b", 72) + "\r\n " + strings.Repeat("b", 8) + "\r\n"
	if got != want {
		t.Errorf("folded\n%q\nwant\n%q", got, want)
	}
	if unfold(got) != "SHORT:x\r\n"+long+"\r\n" {
		t.Error("folding lost text")
	}
}

// TestWriteICSStableUIDs: a later export, at another time and with a
// title corrected, gives the same UIDs, so a calendar updates its events
// instead of doubling them; another conference's talk of the same key
// does not collide.
func TestWriteICSStableUIDs(t *testing.T) {
	uids := func(s model.Schedule, stamp time.Time) []string {
		out, _ := writeICS(t, s, ICSOptions{Stamp: stamp})
		cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, ev := range cal.Events() {
			id, _ := ev.Props.Text(ical.PropUID)
			ids = append(ids, id)
		}
		return ids
	}
	first := uids(dstSchedule(t), calendarStamp)
	later := dstSchedule(t)
	later.Sessions[0].Title = "Opening (updated)"
	second := uids(later, calendarStamp.Add(48*time.Hour))
	if strings.Join(first, " ") != strings.Join(second, " ") {
		t.Errorf("UIDs changed between exports:\n%q\n%q", first, second)
	}
	other := dstSchedule(t)
	other.Key = "autumn26"
	for i, id := range uids(other, calendarStamp) {
		if id == first[i] {
			t.Errorf("two conferences share UID %q", id)
		}
	}
	odd := dstSchedule(t)
	odd.Key = "Spring Summit; 2026"
	odd.Sessions[0].ID = "talk/1 ü"
	if got := uids(odd, calendarStamp)[0]; got != "talk%2F1%20%C3%BC@Spring%20Summit%3B%202026" {
		t.Errorf("UID %q", got)
	}
}

// TestWriteICSNoTimes: with no timed talk there is no calendar to write:
// the error says so and nothing is written.
func TestWriteICSNoTimes(t *testing.T) {
	for _, s := range []model.Schedule{
		{Conference: "Empty"},
		{Conference: "Page", Sessions: []model.Session{{ID: "a", Title: "A"}, {ID: "b", Title: "B"}}},
	} {
		var b bytes.Buffer
		untimed, err := WriteICS(&b, s, ICSOptions{Stamp: calendarStamp})
		if !errors.Is(err, ErrNoTimes) || untimed != len(s.Sessions) || b.Len() != 0 {
			t.Errorf("%s: untimed %d, err %v, wrote %d bytes", s.Conference, untimed, err, b.Len())
		}
	}
	if _, err := WriteICS(&bytes.Buffer{}, dstSchedule(t), ICSOptions{}); err == nil {
		t.Error("a calendar without a time stamp was written")
	}
}

// icsEnd is the DTEND a session should have: its end when after its start.
func icsEnd(sess *model.Session) time.Time {
	if sess.End.After(sess.Start) {
		return sess.End
	}
	return time.Time{}
}
