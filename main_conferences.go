package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/data"
)

// conferencesCommand lists the directory: id, title and dates, one a
// line, the conferences on or to come first.
func conferencesCommand(opts options, stdout, stderr io.Writer) error {
	entries, err := directoryEntries(opts, stderr)
	if err != nil {
		return fmt.Errorf("conference directory: %w", err)
	}
	data.SortDirectory(entries, time.Now())
	return writeOut(writeDirectory(stdout, entries))
}

// writeDirectory writes entries one a line, their ids in a column.
func writeDirectory(w io.Writer, entries []data.DirectoryEntry) error {
	idWidth, titleWidth := 0, 0
	for _, e := range entries {
		idWidth = max(idWidth, ansi.StringWidth(e.ID))
		titleWidth = min(max(titleWidth, ansi.StringWidth(e.Title)), maxTitleColumn)
	}
	for _, e := range entries {
		line := pad(e.ID, idWidth) + "  " + e.Title
		if d := e.Dates(); d != "" {
			line = pad(line, idWidth+2+titleWidth) + "  " + d
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}

// maxTitleColumn is as wide as the titles' column grows: a longer title
// pushes its own dates along, not everyone's.
const maxTitleColumn = 48

// pad fills s with spaces to width columns.
func pad(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

// directoryEntries fetches the directory --directory names, or reads its
// offline copy; a copy standing in for the server is said on stderr.
func directoryEntries(opts options, stderr io.Writer) ([]data.DirectoryEntry, error) {
	cacheDir, _ := data.DefaultCacheDir()
	entries, got, err := data.FetchDirectory(context.Background(), opts.directory, data.DirectoryOptions{
		CacheDir: cacheDir,
		Refresh:  opts.refresh && opts.command == "conferences",
		Offline:  opts.command == "next", // next never fetches
	})
	if err != nil {
		return nil, err
	}
	if got.FetchErr != nil {
		fmt.Fprintf(stderr, "summit-tui: conference directory: %s; using the offline copy\n", oneLine(got.FetchErr.Error()))
	}
	return entries, nil
}

// lookUpDirectory replaces a REF that is a conference's id or name with
// its schedule's URL, and takes the conference's refresh interval unless
// --refresh-every gives one. Several conferences named are listed on
// stdout, and are a usage error; none is an error.
func lookUpDirectory(opts *options, stdout, stderr io.Writer) error {
	for _, ref := range []*string{&opts.older, &opts.ref} {
		if !data.IsDirectoryName(*ref) {
			continue
		}
		entries, err := directoryEntries(*opts, stderr)
		if err != nil {
			// Say first what the user most likely meant: a file.
			return fmt.Errorf("%s: no such file, and no conference directory to look it up in: %w", *ref, err)
		}
		found := data.LookupDirectory(entries, *ref)
		switch len(found) {
		case 0:
			return fmt.Errorf("%s: no such file, and no conference of that name in the directory (see summit-tui conferences)", *ref)
		case 1:
		default:
			data.SortDirectory(found, time.Now())
			if err := writeDirectory(stdout, found); err != nil {
				return writeOut(err)
			}
			return usageError{fmt.Sprintf("%s: %d conferences match: give one's id", *ref, len(found))}
		}
		*ref = found[0].URL
		if ref == &opts.ref && found[0].Refresh > 0 && !opts.refreshEvery.set {
			opts.refreshEvery = refreshFlag{every: found[0].Refresh, set: true}
		}
	}
	return nil
}
