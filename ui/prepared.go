package ui

import (
	"sync"

	"github.com/summit-tui/summit-tui/model"
)

// Prepared is a schedule made ready to browse once, for many browsers in
// one process (one per SSH session): indexed, its search built, its times
// laid out and its snapshot taken. Nothing in it depends on a session
// (the zone, the bookmarks, what is hidden), and once made it is only
// read, so any number of Models on any goroutines may share it.
type Prepared struct {
	idx  *model.Index
	tl   *model.Timeline
	snap func() model.Snapshot
}

// Prepare indexes s for sharing. s must not change afterwards.
func Prepare(s model.Schedule) *Prepared {
	idx := model.NewIndex(&s)
	// Everything the Index would otherwise build on first use is built
	// now, so no session pays for it or waits on another that does.
	idx.Prepare()
	idx.People()
	idx.Companies()
	idx.Rooms()
	return &Prepared{
		idx:  idx,
		tl:   model.NewTimeline(idx.Schedule()),
		snap: sync.OnceValue(func() model.Snapshot { return model.SnapshotOf(idx.Schedule()) }),
	}
}

// Schedule is the schedule prepared. It must not be changed.
func (p *Prepared) Schedule() *model.Schedule { return p.idx.Schedule() }

// index is the schedule to show for cfg: the prepared one, shared, or
// cfg.Schedule indexed for this browser alone.
func (m *Model) index(cfg Config) (*model.Index, *model.Timeline) {
	m.live.prepared = cfg.Prepared
	if cfg.Prepared != nil {
		return cfg.Prepared.idx, cfg.Prepared.tl
	}
	sched := cfg.Schedule
	return model.NewIndex(&sched), nil
}
