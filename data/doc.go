// Package data is summit-tui's way in: it turns a reference (a path, "-"
// for standard input, or an http(s) URL) into a finished model.Schedule.
//
// Open reads the reference, fetching a URL through an offline cache (see
// DefaultCacheDir) that can be refreshed while the schedule is shown. It
// sniffs the format unless told it and hands the bytes to one reader per
// format: a conference's sessions page in either of its layouts,
// frab/Pentabarf XML, frab's and pretalx's JSON, Sessionize's JSON and
// iCalendar. Whatever a reader found goes through one sanitising pass over
// every field; the schedule formats also go through one finishing step
// that gives each session its key, its day and a unique id, in time order.
//
// Writing schedules out is package data/export's concern, and what is the
// user's (bookmarks, the state file) is package data/store's. Package data
// imports model and no Charm package.
package data
