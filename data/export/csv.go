package export

import (
	"encoding/csv"
	"io"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"day", "start", "end", "room", "title", "speakers", "track", "url", "time_zone"}

// csvTime is how a cell writes a time: the wall clock in the conference's
// zone, which spreadsheets read as a date and time.
const csvTime = "2006-01-02 15:04"

// WriteCSV writes the schedule's sessions as RFC 4180 CSV (CRLF line
// ends, quotes where needed), a header row then one row a session in time
// order: day is the conference day ("2026-01-31"), start and end are
// "2026-01-31 14:05" in the conference's zone (a talk after midnight
// shows the next date beside its day), speakers are "Name (Company)"
// joined by "; ", url is the first web link, and time_zone names the zone
// start and end are in ("Europe/Brussels", "UTC"; empty for times
// published without one). A session without a time keeps its row, with
// those cells empty, after the timed ones. Every cell
// is one line of text; a cell that a spreadsheet would run as a formula
// (starting with =, +, - or @) is prefixed with an apostrophe.
func WriteCSV(w io.Writer, s model.Schedule) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	s = s.ByTime()
	loc := s.Location
	if s.FloatingTimes {
		loc = nil // as published: nothing converts floating times
	}
	zone := zoneName(&s)
	for i := range s.Sessions {
		if err := cw.Write(csvRow(&s.Sessions[i], loc, zone)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvRow is one session's cells, its times in loc (as stored when nil),
// which zone names.
func csvRow(sess *model.Session, loc *time.Location, zone string) []string {
	format := func(t time.Time) string {
		if loc != nil {
			t = t.In(loc)
		}
		return t.Format(csvTime)
	}
	var start, end, in string
	if sess.Timed() {
		start, in = format(sess.Start), zone
		if _, ok := model.SessionLength(sess); ok {
			end = format(sess.End)
		}
	}
	var link string
	if u := firstWebLink(sess.Links); u != nil {
		link = u.String()
	}
	row := []string{model.SessionDay(sess), start, end, sess.Room, sess.Title, speakerList(sess.Speakers, "; "), sess.Track, link, in}
	for i, cell := range row {
		row[i] = csvCell(cell)
	}
	return row
}

// csvCell makes a cell one safe line, defusing formulas.
func csvCell(s string) string {
	s = exportLine(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
