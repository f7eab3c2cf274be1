package main

import (
	"errors"
	"time"

	"github.com/gen2brain/beeep"
)

// defaultRemind is how long before a bookmarked talk the browser reminds
// of it unless --remind says otherwise.
const defaultRemind = 10 * time.Minute

// desktopNotifier shows a reminder through the desktop's own notifier
// (D-Bus or notify-send, the Notification Center, toasts), for a terminal
// that cannot be asked for a notification itself. The browser calls it
// only where there is a desktop session, and never waits for it.
func desktopNotifier() func(title, body string) error {
	beeep.AppName = "summit-tui"
	return func(title, body string) error { return beeep.Notify(title, body, "") }
}

// parseRemind reads --remind: a duration as 10m or 1h30m, 0 for never.
func parseRemind(v string) (time.Duration, error) {
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, errors.New("give how long before a talk to remind of it, as 10m, or 0 for never")
	}
	return d, nil
}
