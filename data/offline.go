package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrNoOfflineCopy: a URL opened offline has no copy in the cache.
var ErrNoOfflineCopy = errors.New("no offline copy yet: open it once with summit-tui to keep one")

// SourceID names the version of the schedule ref names without reading
// it, so that something derived from it can be kept and known stale: a
// file by its absolute path, size and modification time; a URL by its
// offline copy's validators and hash. The reading options that change what
// is read (the format, the zone) are part of it. Standard input has no
// such name (ok false). A URL without an offline copy is an error
// (wrapping ErrNoOfflineCopy).
func SourceID(ref string, opts OpenOptions) (id string, ok bool, err error) {
	var parts []string
	switch {
	case ref == "-" || ref == "":
		return "", false, nil
	case isURL(ref):
		meta, err := offlineMeta(ref, opts)
		if err != nil {
			return "", false, err
		}
		parts = []string{"url", meta.URL, meta.SHA256, strconv.FormatInt(meta.Size, 10), meta.ETag, meta.LastModified}
	default:
		path, err := filepath.Abs(ref)
		if err != nil {
			return "", false, pathError(ref, err)
		}
		info, err := os.Stat(path)
		if err != nil {
			return "", false, pathError(ref, err)
		}
		if !info.Mode().IsRegular() {
			return "", false, nil
		}
		parts = []string{"file", path, strconv.FormatInt(info.Size(), 10), strconv.FormatInt(info.ModTime().UnixNano(), 10)}
	}
	zone := ""
	if opts.Location != nil {
		zone = opts.Location.String()
	}
	parts = append(parts, string(opts.Format), zone)
	return strings.Join(parts, "\x00"), true, nil
}

// offlineMeta reads what the cache knows of a URL's offline copy, without
// its body.
func offlineMeta(ref string, opts OpenOptions) (cacheMeta, error) {
	f, err := newFetcher(ref, FetchOptions{CacheDir: opts.CacheDir})
	if err != nil {
		return cacheMeta{}, err
	}
	meta, err := f.cache.readMeta()
	if err != nil {
		return cacheMeta{}, noOfflineCopy(f.shown, err)
	}
	return meta, nil
}

// OpenOffline is Open without the network: a URL is read from its
// offline copy, or is an error (wrapping ErrNoOfflineCopy) when there is
// none. A large page is read whole.
func OpenOffline(ctx context.Context, ref string, opts OpenOptions) (Opened, error) {
	if !isURL(ref) {
		o, err := Open(ctx, ref, opts)
		if err == nil && o.Full != nil {
			o.Schedule, err = o.Full()
			o.Full = nil
		}
		return o, err
	}
	f, err := newFetcher(ref, FetchOptions{CacheDir: opts.CacheDir})
	if err != nil {
		return Opened{}, err
	}
	cached, ignored := f.cache.read()
	if cached == nil {
		return Opened{}, noOfflineCopy(f.shown, ignored)
	}
	return OpenBytes(ref, cached.body, opts)
}

// noOfflineCopy is the error for a URL without a usable offline copy,
// saying why one found was ignored.
func noOfflineCopy(shown string, ignored error) error {
	why := ErrNoOfflineCopy.Error()
	var pe *PageError
	if errors.As(ignored, &pe) {
		why += " (offline copy ignored: " + pe.Error() + ")"
	}
	return &PageError{Path: shown, Why: why, Err: ErrNoOfflineCopy}
}
