package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// The hub is what every session of a server shares: the schedule, opened,
// indexed and refreshed once and handed read-only to each; the rendered
// abstracts; the bookmarks database, and word of its changes from any
// instance sharing it. Nothing in it ever waits for a session: news goes
// out by sends that are dropped when one is already waiting.

// keyedStore is the bookmarks database of a server: each key's bookmarks
// and the counts across keys (store.KeyedStore).
type keyedStore interface {
	Bookmarks(ctx context.Context, conference, key string) ([]string, error)
	Apply(ctx context.Context, conference, key string, ops []store.BookmarkOp) ([]string, error)
	Going(ctx context.Context, conference string) (map[string]int, error)
	Generation(ctx context.Context, conference string) (int64, error)
	ChangedKeys(ctx context.Context, conference string, since int64) (keys []string, gen int64, all bool, err error)
	Seen(ctx context.Context, conference, key string) (data, digest string, err error)
	SaveSeen(ctx context.Context, conference, key, data string) error
	Kind() string
	Close() error
}

// generationPoll is how often the hub asks the database whether any
// bookmark changed, from this instance or another sharing it: a toggle
// shows in the other sessions of its key well within a second.
const generationPoll = 250 * time.Millisecond

// storeTimeout bounds one call to the database from a session.
const storeTimeout = 5 * time.Second

// hubVersion is one version of the schedule, as every session gets it.
type hubVersion struct {
	seq      int64
	schedule model.Schedule
	prepared *ui.Prepared
	at       time.Time
}

type serveHub struct {
	db         keyedStore
	conference string // the schedule's bookmarks key, kept across versions
	renders    *ui.RenderCache
	log        io.Writer
	now        func() time.Time
	notice     string // for every session's status line at start (a zone or cut the schedule had)

	// startGeneration is the database's generation when the server
	// started (startKnown: it could be read): changes from then on are
	// news.
	startGeneration int64
	startKnown      bool

	mu       sync.Mutex
	version  hubVersion
	checked  time.Time // when the schedule was last found current
	sessions map[*serveSession]struct{}
	left     chan struct{} // closed and replaced when a session leaves
	// news counts the polls that told the sessions of changed
	// bookmarks: a session that read its own before it joined them
	// compares it, so that a change told meanwhile is not missed.
	news int64

	counts goingCounts
	seen   seenSnapshots
	// seenSaves are the saves of what sessions saw still under way: the
	// server waits for them before it closes the database.
	seenSaves underWay
}

func newServeHub(db keyedStore, opened data.Opened, schedule model.Schedule, log io.Writer, now func() time.Time) *serveHub {
	h := &serveHub{
		db:         db,
		conference: schedule.BookmarkKey(),
		renders:    ui.NewRenderCache(renderCacheBytes),
		log:        log,
		now:        now,
		sessions:   map[*serveSession]struct{}{},
		left:       make(chan struct{}),
	}
	h.version = hubVersion{seq: 1, schedule: schedule, prepared: ui.Prepare(schedule), at: opened.Checked}
	h.checked = opened.Checked
	cctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	gen, err := db.Generation(cctx, h.conference)
	h.startGeneration, h.startKnown = gen, err == nil
	return h
}

// renderCacheBytes bounds the abstracts rendered for every session.
const renderCacheBytes = 32 << 20

func (h *serveHub) latest() hubVersion {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.version
}

// add and remove keep the sessions the hub tells of news. A session
// added read its bookmarks when news was since (newsSince): if the hub
// told the sessions of changes meanwhile, the new one reads them again.
func (h *serveHub) add(s *serveSession, since int64) {
	h.mu.Lock()
	h.sessions[s] = struct{}{}
	if h.news != since {
		poke(s.marksChanged)
	}
	h.mu.Unlock()
}

// newsSince is the count of polls that found changes, for add.
func (h *serveHub) newsSince() int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.news
}

func (h *serveHub) remove(s *serveSession) {
	h.mu.Lock()
	delete(h.sessions, s)
	close(h.left)
	h.left = make(chan struct{})
	h.mu.Unlock()
}

// waitEmpty waits until no session is left, or ctx ends.
func (h *serveHub) waitEmpty(ctx context.Context) {
	for {
		h.mu.Lock()
		n, left := len(h.sessions), h.left
		h.mu.Unlock()
		if n == 0 {
			return
		}
		select {
		case <-left:
		case <-ctx.Done():
			return
		}
	}
}

// each runs f for every session, under the hub's lock: f must not block.
func (h *serveHub) each(f func(*serveSession)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.sessions {
		f(s)
	}
}

// count is how many sessions are open.
func (h *serveHub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.sessions)
}

// publish makes s the version every session gets, and tells them.
func (h *serveHub) publish(s model.Schedule, at time.Time) {
	p := ui.Prepare(s) // outside the lock: indexing takes a while
	h.mu.Lock()
	h.version = hubVersion{seq: h.version.seq + 1, schedule: s, prepared: p, at: at}
	h.checked = at
	for sess := range h.sessions {
		poke(sess.scheduleChanged)
	}
	h.mu.Unlock()
}

// poke sends on a channel of capacity one unless a send already waits.
func poke(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// refreshLoop reads the schedule again as the local browser would: a URL
// on the conference's timetable or every --refresh-every, a file when it
// changes (or every --refresh-every). It stops with ctx.
func (h *serveHub) refreshLoop(ctx context.Context, opts serveOptions, opened data.Opened) {
	if opts.Ref == "" || opts.Ref == "-" {
		return
	}
	url := strings.HasPrefix(opened.Name, "http://") || strings.HasPrefix(opened.Name, "https://")
	var changed <-chan struct{}
	if !url {
		if fi, err := os.Stat(opts.Ref); err != nil || !fi.Mode().IsRegular() {
			return // a FIFO or device gives its data once
		}
		changed, _ = data.WatchFile(ctx, opts.Ref)
	}
	reopener := data.NewReopener(opts.Ref, opened, withCacheDir(opts.Open))
	timer := time.NewTimer(0)
	timer.Stop()
	defer timer.Stop()
	for {
		if d := h.refreshDelay(opts.RefreshEvery, url); d > 0 {
			timer.Reset(d)
		}
		select {
		case <-ctx.Done():
			return
		case <-changed:
		case <-timer.C:
		}
		timer.Stop()
		got, err := reopener.Reopen(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			fmt.Fprintf(h.log, "%s refresh: %s\n", h.now().Format(time.RFC3339), oneLine(refreshReason(err)))
		case got.Changed:
			h.publish(got.Schedule, got.At)
			fmt.Fprintf(h.log, "%s refresh: a new version of the schedule, handed to %d sessions\n", h.now().Format(time.RFC3339), h.count())
		default:
			h.mu.Lock()
			h.checked = got.At
			h.mu.Unlock()
		}
	}
}

// refreshDelay is how long until the next timed refresh; zero: none.
func (h *serveHub) refreshDelay(every refreshFlag, url bool) time.Duration {
	switch {
	case every.set:
		return every.every
	case url:
		s := h.latest().schedule
		return model.RefreshDelay(model.NewTimeline(&s), h.now())
	}
	return 0
}

// pollGenerations tells the sessions when the bookmarks database
// changed, from any instance sharing it, until ctx ends: the sessions of
// the keys whose bookmarks changed read them again, then the counts; all
// others read only the counts, which the hub reads once for them all
// (goingCounts).
func (h *serveHub) pollGenerations(ctx context.Context) {
	tick := time.NewTicker(generationPoll)
	defer tick.Stop()
	last, known := h.startGeneration, h.startKnown
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		cctx, cancel := context.WithTimeout(ctx, storeTimeout)
		if !known {
			// Changes from before the first generation read are news to
			// no session: each read its bookmarks after.
			gen, err := h.db.Generation(cctx, h.conference)
			cancel()
			last, known = gen, err == nil
			continue
		}
		keys, gen, all, err := h.db.ChangedKeys(cctx, h.conference, last)
		cancel()
		if err != nil || gen == last && !all {
			continue
		}
		last = gen
		h.counts.stale()
		changed := make(map[string]bool, len(keys))
		for _, k := range keys {
			changed[k] = true
		}
		h.mu.Lock()
		h.news++
		h.mu.Unlock()
		h.each(func(s *serveSession) {
			if s.key != "" && (all || changed[s.key]) {
				poke(s.marksChanged) // the counts are read after the bookmarks
			} else {
				poke(s.goingChanged)
			}
		})
	}
}

// live is a session's Config.Live: the hub's versions, handed over as
// they come.
func (h *serveHub) live(s *serveSession) ui.Live {
	return ui.Live{
		Refresh: func() (ui.Version, error) {
			v := h.latest()
			if v.seq == s.seenVersion.Load() {
				h.mu.Lock()
				at := h.checked
				h.mu.Unlock()
				return ui.Version{At: at}, nil
			}
			s.seenVersion.Store(v.seq)
			return ui.Version{Changed: true, Prepared: v.prepared, At: v.at}, nil
		},
		Every:   ui.RefreshOff,
		Changed: s.scheduleChanged,
		Since:   h.latest().at,
	}
}

// bookmarks wires a session's bookmarks to the database under its key;
// without a key they last for the session. Reads end with the session
// (ctx); a save goes on when the client goes, until the server stops
// (lasting), so a toggle made just before is not lost.
func (h *serveHub) bookmarks(ctx, lasting context.Context, key string, cfg *ui.Config, s *serveSession) {
	// Without a key, only the counts of who is going are read again.
	cfg.GoingChanged = s.goingChanged
	s.key = key
	if key == "" {
		cfg.Notice = keylessNotice
		return
	}
	cfg.BookmarksChanged = s.marksChanged
	cctx, cancel := context.WithTimeout(ctx, storeTimeout)
	ids, err := h.db.Bookmarks(cctx, h.conference, key)
	cancel()
	cfg.Bookmarks = ids
	if err != nil {
		cfg.Notice = "bookmarks could not be read: " + forClient(err)
	}
	cfg.SaveBookmarks = func(_ []string, ops []ui.BookmarkOp) ([]string, string, error) {
		s.saves.begin()
		defer s.saves.end()
		cctx, cancel := context.WithTimeout(lasting, storeTimeout)
		defer cancel()
		ids, err := h.db.Apply(cctx, h.conference, key, bookmarkOps(ops))
		if err != nil {
			return ids, "", errors.New(forClient(err))
		}
		return ids, "", nil
	}
	cfg.ReadBookmarks = func() ([]string, error) {
		cctx, cancel := context.WithTimeout(ctx, storeTimeout)
		defer cancel()
		ids, err := h.db.Bookmarks(cctx, h.conference, key)
		if err != nil {
			return ids, errors.New(forClient(err))
		}
		return ids, nil
	}
}

// going is a session's Config.Going: the counts of how many keys
// bookmarked each talk, as the hub last read them for every session; the
// wait for them ends with the session (ctx).
func (h *serveHub) going(ctx context.Context) func() (map[string]int, error) {
	return func() (map[string]int, error) {
		return h.counts.get(ctx, h.read)
	}
}

// read reads the counts from the database, for every session waiting.
func (h *serveHub) read() (map[string]int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	return h.db.Going(ctx, h.conference)
}

// keylessNotice is the status line of a session without a key.
const keylessNotice = "bookmarks last for this session only: connect with an SSH key to keep them"

// forClient words a database error for a client: why, without the
// database's path or address, which are the organiser's business (the log
// has them).
func forClient(err error) string {
	var db *store.DatabaseError
	if errors.As(err, &db) {
		return "the bookmarks database: " + oneLine(db.Why)
	}
	return oneLine(err.Error())
}

// forClientError is forClient as an error; nil stays nil.
func forClientError(err error) error {
	if err == nil {
		return nil
	}
	return errors.New(forClient(err))
}
