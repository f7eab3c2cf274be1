package main

import "github.com/summit-tui/summit-tui/model"

// tzNotice says that --tz was not used because the schedule names its own
// zone, which wins: the user asked for one zone and sees another, and
// silence would leave them to guess why. "" when --tz was used or not
// given. Commands say it on standard error, the browser on its status
// line.
func tzNotice(opts options, s *model.Schedule) string {
	asked := opts.open.Location
	if asked == nil || s.TimeZone == "" || s.TimeZone == asked.String() {
		return ""
	}
	return "--tz " + asked.String() + " not used: times are in the schedule's own zone, " + s.TimeZone
}

// withNotice joins a notice to the one the status line already has.
func withNotice(notice, more string) string {
	switch {
	case notice == "":
		return more
	case more == "":
		return notice
	}
	return notice + "; " + more
}
