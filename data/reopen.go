package data

import (
	"context"
	"crypto/sha256"
	"sync"
	"time"
)

// Reopener reads a schedule again while the browser shows it: a URL with
// a conditional request (the offline copy's ETag and Last-Modified), its
// answer kept as the offline copy; a file read anew. It tells a new
// version from the one shown by a digest of the bytes, so an unchanged
// schedule is never parsed again. Reopen is safe to call from any
// goroutine, one call at a time.
type Reopener struct {
	ref  string
	opts OpenOptions

	mu   sync.Mutex
	raw  []byte   // the bytes shown, until their digest is taken
	sum  [32]byte // the digest of the bytes shown
	have bool     // sum is known
}

// NewReopener reads ref again as opts read it the first time; opened is
// what that read gave, the version shown.
func NewReopener(ref string, opened Opened, opts OpenOptions) *Reopener {
	opts.Refresh = false
	return &Reopener{ref: ref, opts: opts, raw: opened.raw}
}

// Reopened is the schedule as it stands now.
type Reopened struct {
	Opened
	// Changed reports bytes other than the version shown's: Opened then
	// holds the new version, which is the one shown from now on.
	// Otherwise Opened holds no schedule.
	Changed bool
	// At is when the server, or the file, was last found to hold it.
	At time.Time
}

// Reopen reads the schedule again. An error (the server cannot be had,
// the file is half-written and does not parse) leaves the version shown
// as it is.
func (r *Reopener) Reopen(ctx context.Context) (Reopened, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.have && r.raw != nil {
		r.sum, r.have, r.raw = sha256.Sum256(r.raw), true, nil
	}
	var raw []byte
	var at time.Time
	if isURL(r.ref) {
		f, err := newFetcher(r.ref, FetchOptions{CacheDir: r.opts.CacheDir, Now: r.opts.Now})
		if err != nil {
			return Reopened{}, err
		}
		cached, _ := f.cache.read() // the first read said why one is ignored
		got, _, err := f.download(ctx, cached)
		if err != nil {
			return Reopened{}, err
		}
		raw, at = got.Body, got.Checked
	} else {
		page, err := OpenPageFile(r.ref)
		if err != nil {
			return Reopened{}, err
		}
		if raw, err = page.ReadAll(); err != nil {
			return Reopened{}, err
		}
		at = r.opts.clock()
	}
	sum := sha256.Sum256(raw)
	if r.have && sum == r.sum {
		return Reopened{At: at}, nil
	}
	o, err := OpenBytes(r.ref, raw, r.opts)
	if err != nil {
		return Reopened{}, err
	}
	o.raw = nil
	r.sum, r.have = sum, true
	return Reopened{Opened: o, Changed: true, At: at}, nil
}
