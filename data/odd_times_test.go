package data

import (
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"00:30", 30 * time.Minute, true},
		{"1:30:00", 90 * time.Minute, true},
		{"PT1H30M", 90 * time.Minute, true},
		{"45", 45 * time.Minute, true},
		{"00:00", 0, true},
		{"-00:30", 0, false},
		{"-0:30", 0, false},
		{"+00:30", 0, false},
		{"00:-30", 0, false},
		{"-30", 0, false},
		{"PT-30M", 0, false},
		{"-PT30M", 0, false},
		{"00:75", 0, false},
		{"half an hour", 0, false},
	} {
		got, ok := parseDuration(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("parseDuration(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// frabXMLWith is a frab schedule.xml of two talks in Brussels: "Odd talk"
// on the given day, at the given date, start and duration, and a plain one.
func frabXMLWith(day, date, start, duration string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><acronym>odd</acronym><title>Odd</title><time_zone_name>Europe/Brussels</time_zone_name></conference>
<day date="` + day + `"><room name="Hall">
<event guid="g-odd"><date>` + date + `</date><start>` + start + `</start><duration>` + duration + `</duration><title>Odd talk</title></event>
<event guid="g-plain"><date>2027-02-06T11:00:00+01:00</date><start>11:00</start><duration>00:30</duration><title>Plain talk</title></event>
</room></day></schedule>`
}

// frabJSONWith is frabXMLWith as a schedule.json.
func frabJSONWith(date, duration string) string {
	return `{"schedule": {"conference": {"acronym": "odd", "title": "Odd", "time_zone_name": "Europe/Brussels",
 "days": [{"date": "2027-02-06", "rooms": {"Hall": [
  {"guid": "g-odd", "date": "` + date + `", "start": "10:00", "duration": "` + duration + `", "title": "Odd talk"},
  {"guid": "g-plain", "date": "2027-02-06T11:00:00+01:00", "start": "11:00", "duration": "00:30", "title": "Plain talk"}]}}]}}}`
}

// icalWith is a calendar of an odd event and a plain one; odd holds the
// odd event's time properties.
func icalWith(odd string) string {
	return strings.ReplaceAll(`BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
X-WR-CALNAME:Odd
BEGIN:VEVENT
UID:odd@example.org
SUMMARY:Odd talk
`+odd+`
END:VEVENT
BEGIN:VEVENT
UID:plain@example.org
SUMMARY:Plain talk
DTSTART:20270206T100000Z
DTEND:20270206T103000Z
END:VEVENT
END:VCALENDAR
`, "\n", "\r\n")
}

// sessionizeWith is a Sessionize export whose odd session starts and ends
// at the given wall-clock times.
func sessionizeWith(start, end string) string {
	return `[{"groupId": null, "groupName": "All", "sessions": [
 {"id": "1", "title": "Odd talk", "startsAt": "` + start + `", "endsAt": "` + end + `", "speakers": [], "categories": [], "room": "Hall"},
 {"id": "2", "title": "Plain talk", "startsAt": "2027-02-06T11:00:00", "endsAt": "2027-02-06T11:30:00", "speakers": [], "categories": [], "room": "Hall"}]}]`
}

// TestNegativeDuration: a duration of "-00:30" is no length: the talk keeps
// its start, its end is unknown, and the notice counts it. Before, the sign
// was read past and the talk ended 30 minutes after it started.
func TestNegativeDuration(t *testing.T) {
	for _, tt := range []struct{ name, raw string }{
		{"odd.xml", frabXMLWith("2027-02-06", "2027-02-06T10:00:00+01:00", "10:00", "-00:30")},
		{"odd-clock.xml", frabXMLWith("2027-02-06", "", "10:00", "-00:30")},
		{"odd.json", frabJSONWith("2027-02-06T10:00:00+01:00", "-00:30")},
		{"odd.ics", icalWith("DTSTART:20270206T090000Z\nDURATION:-PT30M")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o, err := OpenBytes(tt.name, []byte(tt.raw), OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if err := checkOpened(o.Schedule); err != nil {
				t.Fatal(err)
			}
			odd, plain := session(t, o.Schedule, "Odd talk"), session(t, o.Schedule, "Plain talk")
			if !odd.Timed() || !odd.End.IsZero() {
				t.Errorf("odd talk %v–%v, want its start and no end", odd.Start, odd.End)
			}
			if plain.End.Sub(plain.Start) != 30*time.Minute {
				t.Errorf("plain talk %v–%v, want 30 minutes", plain.Start, plain.End)
			}
			if want := "1 talk has a duration that cannot be read"; !strings.Contains(o.Notice, want) {
				t.Errorf("notice %q, want %q", o.Notice, want)
			}
		})
	}
	// Good durations say nothing.
	o, err := OpenBytes("good.xml", []byte(frabXMLWith("2027-02-06", "2027-02-06T10:00:00+01:00", "10:00", "00:30")), OpenOptions{})
	if err != nil || o.Notice != "" {
		t.Errorf("good durations: %v, notice %q", err, o.Notice)
	}
}

// TestYearsOutOfRange: a time before 1900 or after 2200 is a slip, not a
// date (year 1 for "no date", 9999 for "never"): the talk is kept without
// a time and the notice counts it. Before, year 1 was written with a cut
// local-mean-time offset and year 9999 as the year 10000, neither of them
// RFC 3339.
func TestYearsOutOfRange(t *testing.T) {
	const notice = "1 talk is dated before 1900 or after 2200"
	for _, tt := range []struct {
		stamp string // RFC 3339, as a frab date
		timed bool
	}{
		{"0001-01-01T00:00:00Z", false},
		{"0001-01-01T10:00:00+01:00", false},
		{"1899-12-31T10:00:00+01:00", false},
		{"1900-01-01T10:00:00+01:00", true},
		{"2026-05-04T10:00:00+02:00", true},
		{"2200-12-31T10:00:00+01:00", true},
		{"2201-01-01T10:00:00+01:00", false},
		{"9999-12-31T23:00:00Z", false},
		{"9999-12-31T23:59:59+01:00", false},
	} {
		wall := tt.stamp[:19]
		stamp, _ := time.Parse(time.RFC3339, tt.stamp)
		ics := "DTSTART:" + stamp.UTC().Format("20060102T150405Z") + "\nDURATION:PT1H30M"
		if stamp.UTC().Year() > 9999 || stamp.UTC().Year() < 1 {
			ics = "DTSTART:" + strings.NewReplacer("-", "", ":", "").Replace(wall) + "\nDURATION:PT1H30M"
		}
		for _, in := range []struct{ name, raw string }{
			{"frab.xml", frabXMLWith(wall[:10], tt.stamp, wall[11:16], "01:30")},
			{"frab-clock.xml", frabXMLWith(wall[:10], "", wall[11:16], "01:30")},
			{"frab.json", frabJSONWith(tt.stamp, "01:30")},
			{"sessionize.json", sessionizeWith(wall, wall[:11]+"23:59:59")},
			{"cal.ics", icalWith(ics)},
		} {
			t.Run(tt.stamp+"/"+in.name, func(t *testing.T) {
				o, err := OpenBytes(in.name, []byte(in.raw), OpenOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if err := checkOpened(o.Schedule); err != nil {
					t.Fatal(err)
				}
				odd, plain := session(t, o.Schedule, "Odd talk"), session(t, o.Schedule, "Plain talk")
				if !plain.Timed() {
					t.Error("the plain talk lost its time")
				}
				if tt.timed {
					if !odd.Timed() || odd.Start.Year() != stamp.In(odd.Start.Location()).Year() {
						t.Errorf("start %v, want %s", odd.Start, tt.stamp)
					}
					if strings.Contains(o.Notice, "1900") {
						t.Errorf("notice %q for a time in range", o.Notice)
					}
					return
				}
				if odd.Timed() || !odd.End.IsZero() || odd.Day != "" && !dateInYears(odd.Day) {
					t.Errorf("odd talk %v–%v on %q, want no time and no day out of range", odd.Start, odd.End, odd.Day)
				}
				if !strings.Contains(o.Notice, notice) {
					t.Errorf("notice %q, want %q", o.Notice, notice)
				}
				for _, d := range o.Schedule.Days {
					if !d.Start.IsZero() && (d.Start.Year() < 1900 || d.End.Year() > 2200) || d.Date < "1900" || d.Date > "2201" {
						t.Errorf("day %+v is out of range", d)
					}
				}
			})
		}
	}
	// A start in range whose end is not keeps its start.
	raw := frabXMLWith("2200-12-31", "2200-12-31T10:00:00+01:00", "10:00", "9000:00")
	o, err := OpenBytes("late-end.xml", []byte(raw), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if odd := session(t, o.Schedule, "Odd talk"); !odd.Timed() || !odd.End.IsZero() || !strings.Contains(o.Notice, notice) {
		t.Errorf("a late end: %v–%v, notice %q; want the start, no end and the notice", odd.Start, odd.End, o.Notice)
	}
}

// TestTimeNoticeCounts: the notice counts every talk, in words that agree
// with the number.
func TestTimeNoticeCounts(t *testing.T) {
	for _, tt := range []struct {
		durations, outside int
		want               string
	}{
		{0, 0, ""},
		{1, 0, "1 talk has a duration that cannot be read: its end is unknown"},
		{3, 0, "3 talks have a duration that cannot be read: their ends are unknown"},
		{0, 1, "1 talk is dated before 1900 or after 2200: shown without that time"},
		{2, 5, "2 talks have a duration that cannot be read: their ends are unknown; 5 talks are dated before 1900 or after 2200: shown without those times"},
	} {
		if got := timeNotice(tt.durations, tt.outside); got != tt.want {
			t.Errorf("timeNotice(%d, %d) = %q, want %q", tt.durations, tt.outside, got, tt.want)
		}
	}
}
