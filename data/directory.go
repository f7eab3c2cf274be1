package data

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// DefaultDirectoryURL is Giggity's menu of conferences, the directory a
// REF that is neither a path nor a URL is looked up in.
const DefaultDirectoryURL = "https://ggt.gaa.st/menu.json"

// directoryFresh is how long a directory's offline copy is used without
// asking the server again: conferences are added to it over weeks.
const directoryFresh = 24 * time.Hour

// DirectoryEntry is one conference of the directory.
type DirectoryEntry struct {
	ID    string
	Title string
	URL   string
	// Start and End are the conference's first and last days, as dates
	// (midnight UTC); zero when the menu gives none that can be read.
	Start, End time.Time
	Timezone   string
	// Refresh is how often the schedule is worth fetching again
	// (refresh_interval, in seconds in Giggity's menu); zero when not given.
	Refresh time.Duration
}

// Dates is the entry's days as "2026-01-31 – 2026-02-01", one date when
// it lasts a day, "" when unknown.
func (e DirectoryEntry) Dates() string {
	switch {
	case e.Start.IsZero():
		return ""
	case e.End.IsZero() || e.End.Equal(e.Start):
		return e.Start.Format(time.DateOnly)
	}
	return e.Start.Format(time.DateOnly) + " – " + e.End.Format(time.DateOnly)
}

// ParseDirectory reads Giggity's menu.json. It is lenient, as real menus
// do not all keep to their own format: a number may come as a string, a
// date with a time, and an entry without a URL, or that is not an object,
// is skipped rather than failing the whole. Only a document that is not a
// JSON object with a "schedules" list is an error. Every string is
// sanitised and bounded.
func ParseDirectory(raw []byte) ([]DirectoryEntry, error) {
	var menu struct {
		Schedules []json.RawMessage `json:"schedules"`
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if err := json.Unmarshal(raw, &menu); err != nil {
		return nil, errors.New("not a conference directory (menu.json): " + menuReason(err))
	}
	if menu.Schedules == nil {
		return nil, errors.New("not a conference directory (menu.json): no \"schedules\" list")
	}
	var entries []DirectoryEntry
	for _, item := range menu.Schedules {
		if e, ok := parseDirectoryEntry(item); ok {
			entries = append(entries, e)
		}
	}
	return entries, nil
}

func menuReason(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return "not JSON"
	case errors.As(err, &typ):
		return "not an object with a \"schedules\" list"
	}
	return "not JSON"
}

func parseDirectoryEntry(item json.RawMessage) (DirectoryEntry, bool) {
	var fields map[string]json.RawMessage
	if json.Unmarshal(item, &fields) != nil {
		return DirectoryEntry{}, false
	}
	text := func(name string) string {
		s, _ := cleanField(looseString(fields[name]))
		return s
	}
	url, ok := cleanURL(looseString(fields["url"]))
	if !ok || !isURL(url) {
		return DirectoryEntry{}, false
	}
	e := DirectoryEntry{
		ID:       text("id"),
		Title:    text("title"),
		URL:      url,
		Start:    looseDate(looseString(fields["start"])),
		End:      looseDate(looseString(fields["end"])),
		Timezone: text("timezone"),
	}
	if secs, err := strconv.ParseFloat(looseString(fields["refresh_interval"]), 64); err == nil && secs >= 1 && secs < 366*24*3600 {
		e.Refresh = time.Duration(secs) * time.Second
	}
	if e.Title == "" {
		e.Title = e.ID
	}
	if e.ID == "" && e.Title == "" {
		return DirectoryEntry{}, false
	}
	return e, true
}

// looseString is a JSON string or number as text; "" for anything else.
func looseString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// looseDate reads the date at the start of s: "2026-01-31", with or
// without a time after it.
func looseDate(s string) time.Time {
	if len(s) < len(time.DateOnly) {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s[:len(time.DateOnly)])
	if err != nil {
		return time.Time{}
	}
	return t
}

// SortDirectory orders entries for listing: the conferences on or still
// to come at now first, soonest first; then the past ones, latest first;
// those without dates last.
func SortDirectory(entries []DirectoryEntry, now time.Time) {
	today, _ := time.Parse(time.DateOnly, now.Format(time.DateOnly))
	rank := func(e DirectoryEntry) int {
		switch {
		case e.Start.IsZero():
			return 2
		case !lastDay(e).Before(today):
			return 0
		}
		return 1
	}
	slices.SortStableFunc(entries, func(a, b DirectoryEntry) int {
		ra, rb := rank(a), rank(b)
		switch {
		case ra != rb:
			return ra - rb
		case ra == 0:
			return a.Start.Compare(b.Start)
		case ra == 1:
			return lastDay(b).Compare(lastDay(a))
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// OnOrToCome reports whether the conference has days and its last is
// today or later.
func (e DirectoryEntry) OnOrToCome(now time.Time) bool {
	today, _ := time.Parse(time.DateOnly, now.Format(time.DateOnly))
	return !e.Start.IsZero() && !lastDay(e).Before(today)
}

func lastDay(e DirectoryEntry) time.Time {
	if e.End.Before(e.Start) {
		return e.Start
	}
	return e.End
}

// LookupDirectory finds what name picks: the entry whose id it is
// (letter case aside), else those whose title or id has every word of
// name as a word (`nordlicht`, `fosdem 2026`). Several is for the caller
// to list; none, nil.
func LookupDirectory(entries []DirectoryEntry, name string) []DirectoryEntry {
	var found []DirectoryEntry
	for _, e := range entries {
		if e.ID != "" && strings.EqualFold(e.ID, name) {
			found = append(found, e)
		}
	}
	if len(found) > 0 {
		return found
	}
	want := directoryWords(name)
	if len(want) == 0 {
		return nil
	}
	for _, e := range entries {
		have := append(directoryWords(e.Title), directoryWords(e.ID)...)
		if !slices.ContainsFunc(want, func(w string) bool { return !slices.Contains(have, w) }) {
			found = append(found, e)
		}
	}
	return found
}

// directoryWords are the lower-case words of s: runs of letters and
// digits, so that "fosdem_2026" is "fosdem" and "2026".
func directoryWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// IsDirectoryName reports whether ref is to be looked up in the directory:
// not standard input, not a URL, no path that exists, and nothing that
// makes it read as a path (a slash or a dot), so that a file mistyped is
// still "no such file".
func IsDirectoryName(ref string) bool {
	if ref == "" || ref == "-" || isURL(ref) || strings.ContainsAny(ref, `/\.`) {
		return false
	}
	_, err := os.Stat(ref)
	return err != nil
}

// DirectoryOptions tune FetchDirectory.
type DirectoryOptions struct {
	// CacheDir keeps the directory's offline copy, as FetchOptions'.
	CacheDir string
	// Refresh asks the server even when the copy is recent.
	Refresh bool
	// Offline reads only the offline copy.
	Offline bool
	// Now is the clock; nil means the system's.
	Now func() time.Time
}

// FetchDirectory gets the directory at url and reads it. An offline copy
// younger than a day is used as it is; an older one is checked with the
// server, and stands in when the server cannot be had (FetchErr in the
// result's Fetched says why). Errors are one line naming the URL.
func FetchDirectory(ctx context.Context, url string, opt DirectoryOptions) ([]DirectoryEntry, Fetched, error) {
	fopt := FetchOptions{CacheDir: opt.CacheDir, Refresh: opt.Refresh, Now: opt.Now}
	var got Fetched
	var err error
	if opt.Offline {
		got, err = offlineFetched(url, fopt)
	} else {
		got, err = Fetch(ctx, url, fopt)
	}
	if err != nil {
		return nil, Fetched{}, err
	}
	now := time.Now
	if opt.Now != nil {
		now = opt.Now
	}
	if got.Revalidate != nil && !opt.Offline && got.Age(now()) >= directoryFresh {
		fresh, _, rerr := got.Revalidate(ctx)
		if rerr != nil {
			got.FetchErr = rerr
		} else {
			got = fresh
		}
	}
	entries, err := ParseDirectory(got.Body)
	if err != nil {
		return nil, got, &PageError{Path: printableURL(url), Why: err.Error()}
	}
	return entries, got, nil
}

// CachedDirectory is the directory's conferences from its offline copy
// alone, without the network; an error (wrapping ErrNoOfflineCopy) when
// none is kept.
func CachedDirectory(url, cacheDir string) ([]DirectoryEntry, error) {
	entries, _, err := FetchDirectory(context.Background(), url, DirectoryOptions{CacheDir: cacheDir, Offline: true})
	return entries, err
}

func offlineFetched(url string, opt FetchOptions) (Fetched, error) {
	f, err := newFetcher(url, opt)
	if err != nil {
		return Fetched{}, err
	}
	cached, ignored := f.cache.read()
	if cached == nil {
		return Fetched{}, noOfflineCopy(f.shown, ignored)
	}
	return Fetched{URL: url, Body: cached.body, FromCache: true, Downloaded: cached.meta.Downloaded, Checked: cached.meta.Checked}, nil
}

// printableURL is url as messages show it: without a password.
func printableURL(url string) string {
	f, err := newFetcher(url, FetchOptions{})
	if err != nil {
		return url
	}
	return f.shown
}
