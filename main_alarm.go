package main

import (
	"fmt"
	"time"
)

// validateAlarm reads --alarm, which only a calendar can carry: each
// event then reminds that long before the talk.
func validateAlarm(opts *options) error {
	if opts.alarm == "" {
		return nil
	}
	if opts.command != "bookmarks" || opts.format != "ics" {
		return usageError{"--alarm applies to bookmarks --format ics only"}
	}
	d, err := time.ParseDuration(opts.alarm)
	if err != nil || d <= 0 {
		return usageError{fmt.Sprintf("--alarm: %q is not a time before the talk: try 15m, 1h or 90s", opts.alarm)}
	}
	opts.alarmBefore = d
	return nil
}
