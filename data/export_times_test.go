package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/summit-tui/summit-tui/data/export"
	"github.com/summit-tui/summit-tui/model"
)

var (
	// rfc3339Stamp is RFC 3339's date-time, to the second, as the JSON
	// export writes it.
	rfc3339Stamp = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$`)
	// floatingStamp is the same without an offset, for times published
	// without a zone.
	floatingStamp = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$`)
	// icsStamp is RFC 5545's DATE-TIME.
	icsStamp = regexp.MustCompile(`^\d{8}T\d{6}Z?$`)
	// markdownDay is the Markdown export's heading of a day.
	markdownDay = regexp.MustCompile(`(?m)^## \S+ \d{1,2} \S+ (\S+)$`)
)

// checkYear reports a time outside the years a schedule's times keep to.
func checkYear(what string, t time.Time) error {
	if y := t.Year(); y < firstYear || y > lastYear {
		return fmt.Errorf("%s: %v is in the year %d", what, t, y)
	}
	return nil
}

// checkExportTimes writes s in every export format and reads back every
// time each writes: JSON's are RFC 3339 naming the very instant of the
// schedule (floating ones RFC 3339 without an offset), the calendar's
// RFC 5545 date-times, CSV's and Markdown's dates in the years.
func checkExportTimes(s model.Schedule) error {
	var errs []error
	fail := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}

	var out bytes.Buffer
	if err := export.WriteJSON(&out, s); err != nil {
		return err
	}
	var doc struct {
		Days     []struct{ Start, End string }
		Sessions []struct{ Start, End string }
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		return err
	}
	readJSON := func(what, v string, want time.Time) {
		switch {
		case v == "" && want.IsZero():
			return
		case v == "":
			fail(fmt.Errorf("json %s: not written, want %v", what, want))
			return
		case s.FloatingTimes:
			t, err := time.Parse("2006-01-02T15:04:05", v)
			if err != nil || !floatingStamp.MatchString(v) {
				fail(fmt.Errorf("json %s: %q is not a local RFC 3339 time", what, v))
				return
			}
			if !t.Equal(wallClock(want, time.UTC)) {
				fail(fmt.Errorf("json %s: %q, want %v", what, v, want))
			}
			fail(checkYear("json "+what, t))
			return
		}
		t, err := time.Parse(time.RFC3339, v)
		if err != nil || !rfc3339Stamp.MatchString(v) {
			fail(fmt.Errorf("json %s: %q is not RFC 3339", what, v))
			return
		}
		if !t.Equal(want) {
			fail(fmt.Errorf("json %s: %q names %v, want %v", what, v, t.UTC(), want.UTC()))
		}
		fail(checkYear("json "+what, want))
	}
	for i, d := range doc.Days {
		readJSON(fmt.Sprintf("day %d start", i), d.Start, s.Days[i].Start)
		readJSON(fmt.Sprintf("day %d end", i), d.End, s.Days[i].End)
	}
	for i, sess := range doc.Sessions {
		readJSON(fmt.Sprintf("session %d start", i), sess.Start, s.Sessions[i].Start)
		readJSON(fmt.Sprintf("session %d end", i), sess.End, s.Sessions[i].End)
	}

	out.Reset()
	stamp := time.Date(2026, 1, 31, 14, 5, 0, 0, time.UTC)
	if _, err := export.WriteICS(&out, s, export.ICSOptions{Stamp: stamp}); err != nil && !errors.Is(err, export.ErrNoTimes) {
		return err
	} else if err == nil {
		cal, err := ical.NewDecoder(&out).Decode()
		if err != nil {
			return fmt.Errorf("calendar: %v", err)
		}
		for i, ev := range cal.Events() {
			for _, name := range []string{ical.PropDateTimeStart, ical.PropDateTimeEnd, ical.PropDateTimeStamp} {
				p := ev.Props.Get(name)
				if p == nil {
					continue
				}
				what := fmt.Sprintf("calendar event %d %s", i, name)
				t, err := p.DateTime(time.UTC)
				if err != nil && p.Params.Get(ical.PropTimezoneID) != "" {
					// A zone the calendar defines by its VTIMEZONE alone
					// ("UTC+01:00"): the date-time is read as written.
					q := *p
					q.Params = ical.Params{}
					t, err = q.DateTime(time.UTC)
				}
				if err != nil || !icsStamp.MatchString(p.Value) {
					fail(fmt.Errorf("%s: %q is not a date-time: %v", what, p.Value, err))
					continue
				}
				fail(checkYear(what, t))
			}
		}
	}

	out.Reset()
	if err := export.WriteCSV(&out, s); err != nil {
		return err
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		return fmt.Errorf("csv: %v", err)
	}
	for i, row := range rows[1:] {
		for _, col := range []int{1, 2} {
			if row[col] == "" {
				continue
			}
			t, err := time.Parse("2006-01-02 15:04", row[col])
			if err != nil {
				fail(fmt.Errorf("csv row %d: %q is not a time: %v", i+1, row[col], err))
				continue
			}
			fail(checkYear(fmt.Sprintf("csv row %d", i+1), t))
		}
	}

	out.Reset()
	if err := export.WriteMarkdown(&out, s, export.MarkdownOptions{}); err != nil {
		return err
	}
	for _, m := range markdownDay.FindAllSubmatch(out.Bytes(), -1) {
		if y, err := strconv.Atoi(string(m[1])); err == nil && (y < firstYear || y > lastYear) {
			fail(fmt.Errorf("markdown heading %q is in the year %d", m[0], y))
		}
	}
	return errors.Join(errs...)
}

// exportTimeOptions are the ways each input is read for the check: as it
// says, and in zones whose old offsets have seconds (Monrovia kept one
// until 1972), which RFC 3339 cannot write.
func exportTimeOptions(tb testing.TB) []OpenOptions {
	return []OpenOptions{{}, {Location: mustZone(tb, "Africa/Monrovia")}, {Location: mustZone(tb, "Europe/Amsterdam")}}
}

// oddTimeInputs are schedules whose times are odd but read: years at and
// beyond the bounds, and dates when their zone's offset had seconds.
func oddTimeInputs() map[string]string {
	inputs := map[string]string{
		"negative.xml":    frabXMLWith("2027-02-06", "2027-02-06T10:00:00+01:00", "10:00", "-00:30"),
		"year1.json":      frabJSONWith("0001-01-01T00:00:00Z", "00:30"),
		"year9999.json":   frabJSONWith("9999-12-31T23:00:00Z", "02:30"),
		"late-end.xml":    frabXMLWith("2200-12-31", "2200-12-31T10:00:00+01:00", "10:00", "9000:00"),
		"year1.ics":       icalWith("DTSTART:00010101T000000\nDURATION:PT1H"),
		"year9999.ics":    icalWith("DTSTART:99991231T233000Z\nDURATION:PT1H"),
		"sessionize.json": sessionizeWith("1900-01-01T00:10:00", "1900-01-01T01:00:00"),
	}
	// Local mean time, when Monrovia, Amsterdam and Dublin kept
	// offsets to the second.
	for _, z := range []struct{ zone, stamp string }{
		{"Africa/Monrovia", "1960-05-04T10:00:00"},
		{"Europe/Amsterdam", "1920-05-04T10:00:00"},
		{"Europe/Dublin", "1900-01-01T10:00:00"},
	} {
		inputs[z.zone+".xml"] = `<schedule><conference><title>LMT</title><time_zone_name>` + z.zone + `</time_zone_name></conference>
<day date="` + z.stamp[:10] + `"><room name="Hall"><event guid="g"><date>` + z.stamp + `</date><start>10:00</start><duration>00:45</duration><title>Old talk</title></event></room></day></schedule>`
	}
	return inputs
}

// TestExportTimesRFC3339: every time any export writes, of every test
// schedule and of odd ones, reads back: JSON's as RFC 3339 naming the
// instant the schedule holds. Before, year 1 was written with a cut
// local-mean-time offset ("0000-12-31T23:53:15-00:36"), the year 9999 as
// "10000-01-01T01:30:00Z", and an offset with seconds was cut to the
// minute, naming another instant.
func TestExportTimesRFC3339(t *testing.T) {
	inputs := oddTimeInputs()
	files, err := filepath.Glob(filepath.Join(schedulesDir, "good_*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(file)] = string(raw)
	}
	for name, raw := range inputs {
		for _, opts := range exportTimeOptions(t) {
			o, err := OpenBytes(name, []byte(raw), opts)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if err := checkExportTimes(o.Schedule); err != nil {
				t.Errorf("%s in %v:\n%v", name, opts.Location, err)
			}
		}
	}
}

// FuzzExportTimes: whatever a reader accepts, every export writes times
// that read back.
func FuzzExportTimes(f *testing.F) {
	for _, raw := range oddTimeInputs() {
		f.Add([]byte(raw))
	}
	for _, pattern := range []string{"good_frab_devroom.xml", "good_pretalx.json", "good_sessionize.json", "good_ical_floating.ics"} {
		raw, err := os.ReadFile(filepath.Join(schedulesDir, pattern))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	options := exportTimeOptions(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, opts := range options {
			o, err := OpenBytes("fuzz.input", raw, opts)
			if err != nil {
				continue
			}
			if err := checkExportTimes(o.Schedule); err != nil {
				t.Fatalf("input %q in %v:\n%v", raw, opts.Location, err)
			}
		}
	})
}
