package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// The browser remembers each schedule it opens (recent.json in the state
// directory) and O opens one of them in place: OpenSchedule reads it and
// wires it as browserConfig wires the first, and what the schedule shown
// before had started (its file watches, its refresh) stops.

// builtInSuffix marks the built-in page among the recent schedules.
const builtInSuffix = " (built in)"

// scheduleSwitch is the schedule the browser shows now, for the
// bookmarks to settle at quit and the watches to stop at a switch.
type scheduleSwitch struct {
	mu     sync.Mutex
	marks  conferenceBookmarks
	cancel context.CancelFunc // stops what the schedule shown started
}

func (s *scheduleSwitch) current() conferenceBookmarks {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.marks
}

// wireRecent remembers the schedule opened and hands the browser the
// recent schedules and the way to open one in place. What the schedule
// starts stops with stop when another is opened; base outlives them all.
func wireRecent(base context.Context, stop context.CancelFunc, opts options, schedule *model.Schedule, cfg *ui.Config, marks *conferenceBookmarks) {
	path, err := store.DefaultRecentPath()
	if err != nil {
		return
	}
	entry := recentEntry(opts.ref, schedule, time.Now())
	if opts.ref != "-" { // standard input cannot be read again
		cfg.Remember = func() string {
			if err := store.RememberSchedule(path, entry); errors.Is(err, store.ErrRecentCorrupt) {
				return err.Error()
			}
			return ""
		}
	}
	sw := opts.switched
	if sw == nil {
		sw = &scheduleSwitch{}
	}
	marks.switched = sw
	sw.mu.Lock()
	if sw.cancel != nil {
		sw.cancel() // the schedule shown before this one
	}
	sw.marks, sw.cancel = *marks, stop
	sw.mu.Unlock()
	cacheDir := withCacheDir(opts.open).CacheDir
	cfg.Elsewhere = func() []ui.ScheduleChoice {
		return recentChoices(path, entry.Ref, func() []ui.ScheduleChoice {
			return directoryConferences(opts.directory, cacheDir, time.Now())
		})
	}
	cfg.OpenSchedule = func(ref string) (ui.Config, error) {
		o := opts
		o.ref, o.switched = ref, sw
		opened, err := openRefContext(base, o)
		if err != nil {
			return ui.Config{}, err
		}
		next, _, err := browserConfig(base, o, opened)
		return next, err
	}
}

// recentEntry is what the recent list keeps of a schedule: what opens it
// again from any directory, its title and days.
func recentEntry(ref string, s *model.Schedule, at time.Time) store.RecentSchedule {
	e := store.RecentSchedule{Title: s.Conference, Ref: ref, Opened: at.UTC()}
	switch {
	case ref == "":
		e.Title += builtInSuffix
	case !strings.HasPrefix(ref, "http://") && !strings.HasPrefix(ref, "https://"):
		if abs, err := filepath.Abs(ref); err == nil {
			e.Ref = abs
		}
	}
	if n := len(s.Days); n > 0 {
		e.First, e.Last = s.Days[0].Date, s.Days[n-1].Date
	}
	return e
}

// recentChoices are the recent schedules but the one shown (shown is its
// Ref), then what more reports (directoryConferences).
func recentChoices(path, shown string, more func() []ui.ScheduleChoice) []ui.ScheduleChoice {
	list, _ := store.ReadRecent(path) // a list that cannot be read offers nothing
	out := make([]ui.ScheduleChoice, 0, len(list))
	for _, r := range list {
		if r.Ref == shown {
			continue
		}
		c := ui.ScheduleChoice{Title: r.Title, Ref: r.Ref, Dates: recentDates(r.First, r.Last)}
		if r.Ref == "" {
			c.Note = "built in"
			c.Title = strings.TrimSuffix(r.Title, builtInSuffix)
		}
		out = append(out, c)
	}
	if more != nil {
		out = append(out, more()...)
	}
	return out
}

// maxDirectoryChoices bounds what the directory adds to O: the soonest.
const maxDirectoryChoices = 20

// directoryConferences is where the conference directory joins O: the
// conferences of its offline copy that are on or to come, soonest first,
// offered after the recent schedules, each opened by its URL. It never
// asks the network, so O answers at once; without a copy, none.
func directoryConferences(url, cacheDir string, now time.Time) []ui.ScheduleChoice {
	entries, err := data.CachedDirectory(url, cacheDir)
	if err != nil {
		return nil
	}
	data.SortDirectory(entries, now)
	var out []ui.ScheduleChoice
	for _, e := range entries {
		if !e.OnOrToCome(now) || len(out) == maxDirectoryChoices {
			break // sorted: the rest are past or undated
		}
		out = append(out, ui.ScheduleChoice{Title: e.Title, Ref: e.URL, Dates: e.Dates(), Note: "directory"})
	}
	return out
}

// recentDates says a schedule's days: "2026-01-31 – 2026-02-01".
func recentDates(first, last string) string {
	switch {
	case first == "":
		return ""
	case last == "" || last == first:
		return first
	}
	return first + " – " + last
}
