package ui

// A schedule that gives its times in UTC and names no zone (an iCalendar
// file of "…Z" times) is shown in UTC, which is not the conference's
// clock: a talk at 08:00 in Coventry reads 07:00. The header says so, and
// how to see the event's own times, rather than "Event time (UTC)".

// utcOnlyLabel is the header's note on such a schedule.
const utcOnlyLabel = "Times in UTC: --tz ZONE shows them in the event's zone"

// utcOnlyInfos are the header's right-hand texts for it, longest first.
func utcOnlyInfos(g Glyphs, counts string) []string {
	return []string{utcOnlyLabel + g.Dot + counts, utcOnlyLabel, "Times in UTC (see --tz)", "Times in UTC"}
}
