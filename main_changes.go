package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/summit-tui/summit-tui/data/export"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
)

// changesCommand prints what changed between two versions of a
// programme: OLD and NEW as named, or REF and the version of it last
// seen in the browser. It only reads: marking a version seen is the
// browser's to do. Nothing changed is not an error.
func changesCommand(opts options, stdout, stderr io.Writer) error {
	latest, err := readSchedule(opts, opts.ref, stderr)
	if err != nil {
		return err
	}
	var before model.Snapshot
	if opts.older != "" {
		old, err := readSchedule(opts, opts.older, stderr)
		if err != nil {
			return err
		}
		before = model.SnapshotOf(&old)
	} else {
		seen, ok, err := lastSeen(&latest)
		if err != nil {
			return err
		}
		if !ok {
			fmt.Fprintf(stderr, "summit-tui: changes: no version of %s seen yet: the browser keeps the one it shows, to compare later ones with\n",
				oneLine(latest.Conference))
			return nil
		}
		before = seen
	}
	changes := model.Compare(before, model.SnapshotOf(&latest))
	eo := export.ChangesOptions{Conference: latest.Conference, Floating: latest.FloatingTimes}
	if opts.format == "json" {
		return writeOut(export.WriteChangesJSON(stdout, changes, eo))
	}
	return writeOut(export.WriteChangesText(stdout, changes, eo))
}

// lastSeen reads the version of the schedule last seen in the browser;
// false when none was.
func lastSeen(s *model.Schedule) (model.Snapshot, bool, error) {
	dir, err := store.DefaultSeenDir()
	if err != nil {
		return model.Snapshot{}, false, err
	}
	snap, err := readSeen(dir, s.BookmarkKey())
	var unreadable unreadableSeen
	if errors.As(err, &unreadable) {
		return model.Snapshot{}, false, fmt.Errorf("changes: the version of %s last seen cannot be read: %v", s.Conference, unreadable.err)
	}
	if err != nil || snap == nil {
		return model.Snapshot{}, false, err
	}
	return *snap, true, nil
}

// readSchedule reads a schedule as the other commands do: a URL's offline
// copy is checked with the server first, and a large page read whole.
func readSchedule(opts options, ref string, stderr io.Writer) (model.Schedule, error) {
	opts.ref = ref
	opened, err := openRef(opts)
	if err != nil {
		return model.Schedule{}, err
	}
	if opened.Refresh != nil {
		fresh, changed, err := opened.Refresh(context.Background())
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "summit-tui: %s; using the offline copy\n", oneLine(err.Error()))
		case changed:
			opened = fresh
		}
	}
	if opened.Full != nil {
		return parseWithoutGC(opened.Full)
	}
	return opened.Schedule, nil
}
