// Package export writes a model.Schedule out for other programs: the JSON
// export, Markdown, an iCalendar file for calendar apps and CSV for
// spreadsheets. Every writer makes the schedule's text safe for the file
// it writes, whatever reader the schedule came from.
//
// Of summit-tui's packages it imports model only.
package export
