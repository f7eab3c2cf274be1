package ui

import (
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// times is what the browser knows of the schedule's days, rooms and
// times, and the zone it shows them in. For a schedule without times
// (a sessions page) timed is false and every time view hides itself.
type times struct {
	tl    *model.Timeline
	timed bool
	// event is the conference's zone; local the machine's, when its
	// times can be converted (not floating).
	event, local model.TimeFrame
	localErr     error
	useLocal     bool // z: show local time
}

func newTimes(idx *model.Index, tl *model.Timeline, zone *time.Location) times {
	sched := idx.Schedule()
	if tl == nil {
		tl = model.NewTimeline(sched)
	}
	t := times{tl: tl, timed: sched.Timed(), event: model.EventTime(sched)}
	t.local, t.localErr = model.LocalTime(sched, zone)
	return t
}

// frame is the zone times are shown in now.
func (t times) frame() model.TimeFrame {
	if t.useLocal && t.localErr == nil {
		return t.local
	}
	return t.event
}

// setSchedule makes idx (and its timeline, when built already) the
// schedule every component reads, keeping the choice of zone.
func (c *common) setSchedule(idx *model.Index, tl *model.Timeline, zone *time.Location) {
	useLocal := c.times.useLocal
	idx, tl = c.deriveShown(idx, tl)
	c.idx = idx
	c.times = newTimes(idx, tl, zone)
	c.times.useLocal = useLocal
}
