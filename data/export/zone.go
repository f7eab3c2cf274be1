package export

import "github.com/summit-tui/summit-tui/model"

// The CSV and Markdown exports write times as wall-clock readings; a
// reading without its zone misleads as soon as the file leaves the
// browser (a calendar of UTC times printed 07:00 for a talk at 08:00 in
// Coventry). Each names the zone it writes.

// zoneName names the zone a schedule's times are written in: its IANA
// name ("Europe/Brussels"), else its abbreviation and offset; "" when
// the times float (the source named no zone) or there are none.
func zoneName(s *model.Schedule) string {
	if !s.Timed() || s.FloatingTimes {
		return ""
	}
	return model.EventTime(s).ZoneName()
}

// zoneSentence is the Markdown export's line under its title saying what
// the times are.
func zoneSentence(s *model.Schedule) string {
	switch name := zoneName(s); {
	case s.FloatingTimes:
		return "Times are as published: the schedule names no time zone."
	case s.UTCOnly:
		return "Times are in UTC: the schedule names no time zone of its own."
	default:
		return "Times are in " + model.EscapeMarkdown(name) + "."
	}
}
