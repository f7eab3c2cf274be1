package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// afterUntil is the browser's timer: msg after d, unless done closes
// first. A program that ends leaves its timers waiting (a reminder may be
// hours away); a host that runs many browsers in one process closes done
// so none outlives its browser.
func afterUntil(done <-chan struct{}) func(time.Duration, tea.Msg) tea.Cmd {
	return func(d time.Duration, msg tea.Msg) tea.Cmd {
		if done == nil {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		}
		t := time.NewTimer(d)
		return func() tea.Msg {
			select {
			case <-t.C:
				return msg
			case <-done:
				t.Stop()
				return nil
			}
		}
	}
}
