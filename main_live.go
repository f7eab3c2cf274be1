package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// refreshFlag is --refresh-every: how often the browser reads its
// schedule again. Unset, a URL follows the conference's days and a file
// is read again when it changes; 0 turns the timer off.
type refreshFlag struct {
	every time.Duration
	set   bool
}

func (f *refreshFlag) String() string {
	if !f.set {
		return ""
	}
	return f.every.String()
}

func (f *refreshFlag) Set(text string) error {
	d, err := time.ParseDuration(text)
	if err != nil || d < 0 {
		return fmt.Errorf("not a duration such as 90s or 10m")
	}
	f.every, f.set = d, true
	return nil
}

// wireLive keeps the browser's schedule current: a URL is fetched again
// with a conditional request, on the conference's timetable or
// --refresh-every; a file is read again when it is replaced or rewritten.
// The version last seen is kept in the state directory, per schedule. The
// built-in page and standard input do not change.
func wireLive(ctx context.Context, opts options, opened data.Opened, cfg *ui.Config) {
	if opts.ref == "" || opts.ref == "-" {
		return
	}
	wireSeen(cfg)
	url := strings.HasPrefix(opened.Name, "http://") || strings.HasPrefix(opened.Name, "https://")
	if fi, err := os.Stat(opts.ref); !url && (err != nil || !fi.Mode().IsRegular()) {
		// A FIFO (<(curl …)) or a device gives its data once: reading it
		// again would wait for a writer that never comes.
		return
	}
	open := opts.open
	if open.CacheDir == "" {
		open.CacheDir, _ = data.DefaultCacheDir()
	}
	reopener := data.NewReopener(opts.ref, opened, open)
	cfg.Live.Refresh = func() (ui.Version, error) {
		got, err := reopener.Reopen(ctx)
		if err != nil {
			return ui.Version{}, errors.New(refreshReason(err))
		}
		return ui.Version{Changed: got.Changed, Schedule: got.Schedule, At: got.At}, nil
	}
	cfg.Live.Since = opened.Checked
	switch {
	case opts.refreshEvery.set && opts.refreshEvery.every == 0:
		cfg.Live.Every = ui.RefreshOff
	case opts.refreshEvery.set:
		cfg.Live.Every = opts.refreshEvery.every
	case url:
		cfg.Live.Every = ui.RefreshByPolicy
	default:
		cfg.Live.Every = ui.RefreshOff // its changes are watched for
	}
	if !url {
		// Without a watch, R and --refresh-every still read it again.
		cfg.Live.Changed, _ = data.WatchFile(ctx, opts.ref)
	}
}

// wireSeen hands the browser the version of this schedule last seen, kept
// as the JSON of its snapshot under the schedule's bookmarks key.
func wireSeen(cfg *ui.Config) {
	dir, err := store.DefaultSeenDir()
	if err != nil {
		return // nothing is compared across runs
	}
	key := cfg.Schedule.BookmarkKey()
	cfg.Live.ReadSeen = func() (*model.Snapshot, error) { return readSeen(dir, key) }
	cfg.Live.SaveSeen = func(s model.Snapshot) error {
		return store.WriteSeenFrom(dir, key, s.WriteJSON)
	}
}

// readSeen reads the version of the schedule kept under key last seen;
// nil when none was.
func readSeen(dir, key string) (*model.Snapshot, error) {
	text, err := store.ReadSeen(dir, key)
	if err != nil || text == "" {
		return nil, err
	}
	s, err := model.ReadSnapshotJSON(strings.NewReader(text))
	if err != nil {
		return nil, unreadableSeen{err}
	}
	return &s, nil
}

// unreadableSeen: the version last seen is kept but cannot be decoded.
type unreadableSeen struct{ err error }

func (u unreadableSeen) Error() string {
	return "the version last seen cannot be read: " + u.err.Error()
}
func (u unreadableSeen) Unwrap() error { return u.err }

// refreshReason is why a refresh failed, short enough for the status
// line: without the URL or path, which the user knows.
func refreshReason(err error) string {
	var pe *data.PageError
	if errors.As(err, &pe) && pe.Why != "" {
		return pe.Why
	}
	return err.Error()
}
