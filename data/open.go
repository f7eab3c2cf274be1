package data

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// Format names a kind of input, as --format-in spells it.
type Format string

// The formats Open reads.
const (
	FormatPage       Format = "page"       // the text of a conference's sessions page
	FormatFrabXML    Format = "frab-xml"   // frab/Pentabarf schedule.xml (FOSDEM, CCC, pretalx)
	FormatFrabJSON   Format = "frab-json"  // frab's and pretalx's schedule.json, C3 schedule 2.0
	FormatSessionize Format = "sessionize" // Sessionize's API views All, Sessions and GridSmart
	FormatICal       Format = "ics"        // iCalendar
)

// Formats lists every format, in the order help shows them.
func Formats() []Format {
	return []Format{FormatPage, FormatFrabXML, FormatFrabJSON, FormatSessionize, FormatICal}
}

// ParseFormat reads a --format-in value.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats() {
		if strings.EqualFold(name, string(f)) {
			return f, nil
		}
	}
	names := make([]string, len(Formats()))
	for i, f := range Formats() {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown input format %q: use %s", name, strings.Join(names, ", "))
}

// OpenOptions are the choices the command line makes about reading.
type OpenOptions struct {
	// Format overrides sniffing; empty sniffs.
	Format Format
	// Location is the zone (--tz) for sources that name none: Sessionize,
	// and floating or UTC iCalendar times. Nil keeps such times as the
	// conference's local times (Schedule.FloatingTimes).
	Location *time.Location
	// Refresh asks for a URL to be fetched again even when a cached copy
	// is fresh (--refresh).
	Refresh bool
	// Stdin is read for the reference "-"; nil means os.Stdin.
	Stdin io.Reader
	// CacheDir keeps fetched schedules for offline use (DefaultCacheDir);
	// empty keeps nothing.
	CacheDir string
	// Now is the clock that dates fetches and offline copies; nil means
	// the system's.
	Now func() time.Time
	// Title, when set, is what the schedule is called (--title), instead
	// of what it calls itself; its bookmarks stay where they are.
	Title string
	// Progress, when set, is told how a URL's download goes
	// (FetchOptions.Progress).
	Progress func(FetchProgress)
	// Waiting, when set, is called once, from another goroutine, when a
	// schedule read from a FIFO has given no data for WaitAfter: its
	// writer has not started, or is slow. Ending Open's context ends the
	// wait.
	Waiting func(name string)
	// WaitAfter is how long that is; zero means DefaultWaitAfter.
	WaitAfter time.Duration
}

// Opened is a schedule ready to browse.
type Opened struct {
	Schedule model.Schedule
	// Name is what messages call the input: its path, URL or
	// "standard input".
	Name   string
	Format Format
	// Notice is one line for the status bar when something about the
	// input needs saying (times without a zone, a cached copy's age);
	// empty otherwise.
	Notice string
	// Full, when not nil, reads and parses the whole input: Schedule is
	// then a preview of a large page's first talks.
	Full func() (model.Schedule, error)
	// Refresh, when not nil, means Schedule came from an offline copy: it
	// asks the server whether the schedule changed and, if it did, returns
	// it read anew (changed true). On an error the copy stands.
	Refresh func(ctx context.Context) (fresh Opened, changed bool, err error)
	// Checked is when the server last confirmed a fetched schedule; zero
	// for other inputs.
	Checked time.Time
	// CacheIgnored is why something in the cache in place of a URL's
	// offline copy was ignored (not a regular file, damaged), naming the
	// file; commands say it on standard error. Nil otherwise.
	CacheIgnored error

	// raw is the input's bytes, for a Reopener to tell the next version
	// from this one; nil for a preview.
	raw []byte
}

// stdinName is what messages call standard input.
const stdinName = "standard input"

// Open reads the schedule that ref names: a path, "-" for standard input
// or an http(s):// URL. The format is sniffed from the input's start
// unless opts.Format names it. Errors are *PageError, one line naming the
// input.
func Open(ctx context.Context, ref string, opts OpenOptions) (Opened, error) {
	switch {
	case isURL(ref):
		return openURL(ctx, ref, opts)
	case ref == "-":
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		raw, err := readCapped(stdinName, in)
		if err != nil {
			return Opened{}, err
		}
		return OpenBytes(stdinName, raw, opts)
	case ref == "":
		return Opened{}, &PageError{Path: ref, Why: "no file named"}
	}
	return openFile(ctx, ref, opts)
}

// openFile reads a file, giving a large sessions page a preview of its
// first talks while the rest is read.
func openFile(ctx context.Context, path string, opts OpenOptions) (Opened, error) {
	page, err := openPage(ctx, path, opts)
	if err != nil {
		return Opened{}, err
	}
	head, complete, err := page.Head(PreviewBytes)
	if err != nil {
		return Opened{}, err
	}
	if !complete {
		format := opts.Format
		if format == "" {
			format, err = sniff(path, fromUTF16(head))
		}
		if err == nil && format == FormatPage {
			if preview, err := ParsePreview(path, head); err == nil {
				finishPage(&preview)
				retitle(&preview, opts.Title)
				return Opened{Schedule: preview, Name: path, Format: FormatPage, Full: func() (model.Schedule, error) {
					raw, err := page.ReadAll()
					if err != nil {
						return model.Schedule{}, err
					}
					o, err := OpenBytes(path, raw, opts)
					return o.Schedule, err
				}}, nil
			}
		}
	}
	raw, err := page.ReadAll()
	if err != nil {
		return Opened{}, err
	}
	return OpenBytes(path, raw, opts)
}

// OpenBytes reads a schedule already in memory (the built-in page, a
// fetched body); name is what messages call it.
func OpenBytes(name string, raw []byte, opts OpenOptions) (Opened, error) {
	original := raw
	raw = fromUTF16(raw)
	format := opts.Format
	if format == "" {
		var err error
		if format, err = sniff(name, raw); err != nil {
			return Opened{}, err
		}
	}
	read, ok := readers[format]
	if !ok {
		return Opened{}, &PageError{Path: name, Why: fmt.Sprintf("unknown input format %q", format)}
	}
	s, notice, err := read(name, raw, opts)
	if err != nil {
		return Opened{}, err
	}
	retitle(&s, opts.Title)
	notice = joinNotices(notice, CutsNotice(&s))
	return Opened{Schedule: s, Name: name, Format: format, Notice: notice, raw: original}, nil
}

// reader reads one format into a finished, sanitised schedule, with a
// notice line when something about the input needs saying.
type reader func(name string, raw []byte, opts OpenOptions) (model.Schedule, string, error)

var readers = map[Format]reader{
	FormatPage: func(name string, raw []byte, _ OpenOptions) (model.Schedule, string, error) {
		s, err := ParsePage(name, raw)
		if err == nil {
			finishPage(&s)
		}
		return s, "", err
	},
	FormatFrabXML:    readFrabXML,
	FormatFrabJSON:   readFrabJSON,
	FormatSessionize: readSessionize,
	FormatICal:       readICal,
}

// finishPage runs the sanitising pass over a parsed page and gives its
// sessions their keys, the slugs of their titles; the page parser has
// made the ids already.
func finishPage(s *model.Schedule) {
	sanitizeSchedule(s)
	for i := range s.Sessions {
		if sess := &s.Sessions[i]; sess.Key == "" {
			sess.Key = model.Slug(sess.Title)
		}
	}
}

// retitle calls the schedule title, when one is given, keeping its
// bookmarks under the key they had.
func retitle(s *model.Schedule, title string) {
	if title = cleanInline(title); title != "" {
		s.Key = s.BookmarkKey()
		s.Conference = title
	}
}

// floatingNotice is said when times carry no zone and none was chosen.
const floatingNotice = "Times are the conference's local times: the schedule names no time zone (choose one with --tz)"

// readCapped reads a stream up to the file cap.
func readCapped(name string, r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxPageBytes+1))
	if err != nil {
		return nil, pathError(name, err)
	}
	if len(raw) > MaxPageBytes {
		return nil, tooLarge(name, int64(len(raw)))
	}
	return raw, nil
}

func isURL(ref string) bool {
	lower := strings.ToLower(ref)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}
