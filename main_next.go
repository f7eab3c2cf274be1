package main

import (
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/export"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/seeds"
)

// nextCommand prints the running or next bookmarked talk on one line, or
// nothing when none is left. A shell prompt may run it every few
// seconds, so it never fetches, and reads the bookmarked talks' times
// from a small file kept in the cache (see bookmarkedTimes) rather than
// parse the programme each time.
func nextCommand(opts options, stdout io.Writer) error {
	cacheDir := opts.open.CacheDir
	if cacheDir == "" {
		cacheDir, _ = data.DefaultCacheDir()
	}
	opts.open.CacheDir = cacheDir
	up, err := bookmarkedTimes(opts, cacheDir)
	if err != nil {
		return err
	}
	return writeNext(up, func(frame *model.Schedule) (time.Time, error) {
		if opts.now == "" {
			return time.Now(), nil
		}
		now, err := model.ParseNow(opts.now, frame)
		if err != nil {
			return time.Time{}, usageError{"--now: " + err.Error()}
		}
		return now, nil
	}, opts.format, stdout)
}

// writeNext prints the talk of up running or next at the time now gives
// (read against the conference's zone and days, frame), or nothing when
// none is left.
func writeNext(up model.Upcoming, now func(frame *model.Schedule) (time.Time, error), format string, stdout io.Writer) error {
	frame, err := up.Frame()
	if err != nil {
		return err
	}
	at, err := now(&frame)
	if err != nil {
		return err
	}
	n, ok := up.At(model.AtConference(&frame, at))
	if !ok {
		return nil
	}
	return writeOut(export.WriteNext(stdout, n, export.NextOptions{JSON: format == "json", Floating: frame.FloatingTimes}))
}

// nextFormat names the form of the kept file; a new form is a new name,
// so a file an older summit-tui kept is never read as this one.
const nextFormat = "next 1"

// bookmarkedTimes is what next needs of the schedule and the bookmarks
// (model.Upcoming). It is kept under the cache directory, keyed by the
// schedule named and the bookmarks file, and trusted only while both are
// as they were when it was made: the schedule file's path, size and
// modification time, or the offline copy's validators and hash
// (data.SourceID); the bookmarks file's content (Fingerprint). Otherwise
// the schedule is read (never fetched) and the file made again. Standard
// input and the built-in page are read each time.
func bookmarkedTimes(opts options, cacheDir string) (model.Upcoming, error) {
	marks, err := bookmarkStore(opts.bookmarks)
	if err != nil {
		return model.Upcoming{}, err
	}
	source, keep, err := data.SourceID(opts.ref, opts.open)
	if err != nil {
		return model.Upcoming{}, err
	}
	var name, identity string
	dir := filepath.Join(cacheDir, "next")
	if keep && cacheDir != "" {
		fingerprint, err := marks.Fingerprint()
		if err != nil {
			return model.Upcoming{}, err
		}
		ref := opts.ref
		if abs, err := filepath.Abs(ref); err == nil && !strings.Contains(ref, "://") {
			ref = abs
		}
		name = nextFormat + "\x00" + ref + "\x00" + marks.Path()
		identity = strings.Join([]string{nextFormat, source, marks.Path(), fingerprint}, "\x00")
		if raw, ok := store.ReadDerived(dir, name, identity); ok {
			var up model.Upcoming
			if json.Unmarshal(raw, &up) == nil {
				return up, nil
			}
		}
	}

	var schedule model.Schedule
	if opts.ref == "" {
		opened, err := data.OpenBytes(seeds.DefaultName, seeds.Default, opts.open)
		if err != nil {
			return model.Upcoming{}, err
		}
		schedule = opened.Schedule
	} else {
		schedule, err = parseWithoutGC(func() (model.Schedule, error) {
			opened, err := data.OpenOffline(context.Background(), opts.ref, opts.open)
			return opened.Schedule, err
		})
		if err != nil {
			return model.Upcoming{}, err
		}
	}
	// Bookmarks an earlier version kept by other ids move as the browser
	// moves them; a notice of that is the browser's and the bookmarks
	// command's to give.
	_ = migrateBookmarks(marks, &schedule)
	ids, err := marks.Read(schedule.BookmarkKey())
	if err != nil {
		return model.Upcoming{}, err
	}
	up := model.UpcomingOf(&schedule, model.NewBookmarkSet(ids))
	if name != "" {
		// Only a cache: failing to keep it costs the next run time.
		if raw, err := json.Marshal(up); err == nil {
			_ = store.WriteDerived(dir, name, identity, raw)
		}
	}
	return up, nil
}
