package data

import (
	"context"
	"errors"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"
)

// DefaultCacheDir returns summit-tui's directory under $XDG_CACHE_HOME,
// where fetched schedules are kept for offline use. It reads the
// environment as it is now; call it once, at start.
func DefaultCacheDir() (string, error) {
	xdg.Reload()
	if xdg.CacheHome == "" {
		return "", errors.New("cache: no cache directory (neither XDG_CACHE_HOME nor a home directory is set)")
	}
	return filepath.Join(xdg.CacheHome, "summit-tui"), nil
}

// openURL fetches a schedule, or takes its offline copy, and reads it.
// When the copy stands in for the server, Opened.Refresh asks the server
// whether it changed.
func openURL(ctx context.Context, url string, opts OpenOptions) (Opened, error) {
	got, err := Fetch(ctx, url, FetchOptions{CacheDir: opts.CacheDir, Refresh: opts.Refresh, Now: opts.Now, Progress: opts.Progress})
	if err != nil {
		return Opened{}, err
	}
	o, err := OpenBytes(url, got.Body, opts)
	if err != nil {
		return Opened{}, err
	}
	o.Notice = joinNotices(fetchNotice(got, opts.clock()), o.Notice)
	o.Checked = got.Checked
	o.CacheIgnored = got.CacheIgnored
	if got.Revalidate != nil {
		o.Refresh = func(ctx context.Context) (Opened, bool, error) {
			fresh, changed, err := got.Revalidate(ctx)
			if err != nil || !changed {
				return Opened{}, false, err
			}
			o, err := OpenBytes(url, fresh.Body, opts)
			return o, err == nil, err
		}
	}
	return o, nil
}

// WillFetch reports whether opening ref goes to the network before there
// is anything to show: a URL without an offline copy, or with Refresh.
func WillFetch(ref string, opts OpenOptions) bool {
	if !isURL(ref) {
		return false
	}
	if _, err := newFetcher(ref, FetchOptions{}); err != nil {
		return false // not a URL to fetch: opening says why at once
	}
	if opts.Refresh {
		return true
	}
	_, err := offlineMeta(ref, opts)
	return err != nil
}

// fetchNotice says where a fetched schedule came from when that is news:
// an offline copy standing in for a server that could not be had, or one
// the cache could not keep.
func fetchNotice(f Fetched, now time.Time) string {
	var notice string
	if f.FetchErr != nil {
		notice = "Offline copy from " + FormatAge(f.Age(now)) + " ago (" + shortCause(f.FetchErr) + ")"
		if f.Age(now) < time.Minute {
			notice = "Offline copy (" + shortCause(f.FetchErr) + ")"
		}
	}
	if f.CacheErr != nil {
		notice = joinNotices(notice, "not kept for offline use: "+shortCause(f.CacheErr))
	}
	notice = joinNotices(describeIgnored(f.CacheIgnored), notice)
	return notice
}

// shortCause is an error's reason without the URL or path it names.
func shortCause(err error) string {
	var pe *PageError
	if errors.As(err, &pe) {
		return pe.Why
	}
	return err.Error()
}

func joinNotices(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

func (o OpenOptions) clock() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}
