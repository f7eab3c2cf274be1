package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
)

// importCommand adds the talks SOURCE names to REF's bookmarks, and says
// how many it added, how many were bookmarked already and each it could
// not find. A Giggity link names its schedule, which then needs no REF.
func importCommand(opts options, stdout, stderr io.Writer) error {
	imp, err := readImportSource(opts.source)
	if err != nil {
		return err
	}
	if opts.ref == "" && imp.ScheduleURL != "" {
		opts.ref = imp.ScheduleURL
	}
	if opts.ref != "" && imp.ScheduleURL != "" && opts.ref != imp.ScheduleURL {
		fmt.Fprintf(stderr, "summit-tui: bookmarks import: the link is for %s; matching it with %s\n",
			model.CleanLine(imp.ScheduleURL), model.CleanLine(opts.ref))
	}
	schedule, err := openForImport(opts, stderr)
	if err != nil {
		return err
	}
	match := data.MatchImport(&schedule, imp)
	file, err := bookmarkStore(opts.bookmarks)
	if err != nil {
		return err
	}
	key := schedule.BookmarkKey()
	had, err := file.Read(key)
	if err != nil {
		return err
	}
	marked := model.NewBookmarkSet(had)
	var ops []store.BookmarkOp
	for _, id := range match.IDs {
		if !marked.Has(id) {
			ops = append(ops, store.BookmarkOp{ID: id, Add: true})
		}
	}
	if len(ops) > 0 {
		if _, err := file.Apply(key, had, ops); err != nil && !errors.As(err, new(*store.CorruptError)) {
			return fmt.Errorf("bookmarks: %w", err)
		} else if err != nil {
			fmt.Fprintf(stderr, "summit-tui: %s\n", bookmarksNotice(err))
		}
	}
	fmt.Fprintf(stdout, "%s: %d added, %d already bookmarked, %d not found\n",
		imp.Kind, len(ops), len(match.IDs)-len(ops), len(match.Missing))
	for _, w := range match.Missing {
		fmt.Fprintf(stdout, "not found: %s\n", describeWanted(w, &schedule))
	}
	return nil
}

// readImportSource reads SOURCE: a Giggity link as given, standard input
// for -, else a file.
func readImportSource(source string) (data.Imported, error) {
	var raw []byte
	var err error
	switch {
	case data.IsGiggityLink(source):
		raw = []byte(source)
	case data.IsURL(source):
		return data.Imported{}, fmt.Errorf("bookmarks import: %s: a link to import is a Giggity link with see=; save a calendar to a file to import it", model.CleanLine(source))
	case source == "-":
		raw, err = io.ReadAll(io.LimitReader(os.Stdin, 64<<20))
	default:
		raw, err = os.ReadFile(source)
	}
	if err != nil {
		return data.Imported{}, fmt.Errorf("bookmarks import: %w", err)
	}
	imp, err := data.ReadImport(raw)
	if err != nil {
		name := source
		if source == "-" {
			name = "standard input"
		}
		return data.Imported{}, fmt.Errorf("bookmarks import: %s: %w", name, err)
	}
	return imp, nil
}

// openForImport opens REF whole, as a command does.
func openForImport(opts options, stderr io.Writer) (model.Schedule, error) {
	opened, err := openRef(opts)
	if err != nil {
		return model.Schedule{}, err
	}
	if opened.CacheIgnored != nil {
		fmt.Fprintf(stderr, "summit-tui: offline copy ignored: %s\n", oneLine(opened.CacheIgnored.Error()))
	}
	schedule := opened.Schedule
	if opened.Full != nil {
		return parseWithoutGC(opened.Full)
	}
	return schedule, nil
}

// describeWanted says what a talk not found was: its title and time, or
// for an id alone the id.
func describeWanted(w data.Wanted, s *model.Schedule) string {
	var parts []string
	if w.Title != "" {
		parts = append(parts, w.Title)
	}
	if !w.Start.IsZero() {
		parts = append(parts, wantedTime(w, s))
	}
	if len(parts) == 0 {
		id := firstOf(w.ID, w.Code, w.Key)
		return "talk " + id
	}
	s2 := strings.Join(parts, " · ")
	if w.Year != "" && w.ID != "" {
		s2 += fmt.Sprintf(" (FOSDEM %s, id %s)", w.Year, w.ID)
	}
	return s2
}

// wantedTime is when an event not found was, in the schedule's zone when
// it has one, else as the event gave it.
func wantedTime(w data.Wanted, s *model.Schedule) string {
	t := w.Start
	if !w.Floating && s.Location != nil && !s.FloatingTimes {
		t = t.In(s.Location)
	}
	if w.Floating {
		return t.Format("Mon 2006-01-02 15:04")
	}
	return t.Format("Mon 2006-01-02 15:04 MST")
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
