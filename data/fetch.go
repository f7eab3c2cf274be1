package data

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// maxRedirects is how many redirects a fetch follows.
const maxRedirects = 10

// FetchOptions tune Fetch.
type FetchOptions struct {
	// CacheDir keeps the offline copies ($XDG_CACHE_HOME/summit-tui). Empty:
	// nothing is kept or read.
	CacheDir string
	// Refresh asks the server first even when an offline copy exists; the
	// copy is used only if the server cannot be had.
	Refresh bool
	// Timeout, when set, bounds each request, body included; zero sets
	// no bound on the whole (ConnectTimeout and IdleTimeout still hold).
	Timeout time.Duration
	// ConnectTimeout bounds finding the server and connecting to it;
	// zero means DefaultConnectTimeout.
	ConnectTimeout time.Duration
	// IdleTimeout is how long the server may send nothing before the
	// fetch gives up; zero means DefaultIdleTimeout.
	IdleTimeout time.Duration
	// Progress, when set, is told how each download goes: from a
	// goroutine of the fetch, every progressEvery, never after the
	// download has returned.
	Progress func(FetchProgress)
	// Now is the clock that dates downloads; nil means the system's.
	Now func() time.Time
	// UserAgent names the program to servers; empty means "summit-tui".
	UserAgent string

	// maxBytes caps a body; zero means MaxPageBytes. Tests lower it so as
	// not to stream 64 MiB.
	maxBytes int64
	// dial connects; nil is net.Dialer's. Tests stand in a network that
	// never answers.
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// Fetched is a schedule's bytes got from a URL or from its offline copy.
type Fetched struct {
	// URL is the schedule's URL, as asked for.
	URL string
	// Body is the schedule's bytes. It is never changed afterwards.
	Body []byte
	// FromCache reports that Body is the offline copy, which the server
	// has not confirmed in this run.
	FromCache bool
	// Downloaded is when Body came from the server; Checked is when the
	// server last said it was current (a later "304 Not Modified").
	Downloaded, Checked time.Time
	// FetchErr is why the server's copy could not be had when the offline
	// copy stands in for it (offline, a timeout, "404 Not Found"); nil
	// otherwise.
	FetchErr error
	// CacheErr is why Body could not be kept as the offline copy; nil when
	// it was, or when there is no cache.
	CacheErr error
	// CacheIgnored is why something found in the cache in place of the
	// offline copy was not used (not a regular file, damaged): a
	// *PageError naming the file. Nil when there was nothing, or a copy.
	CacheIgnored error
	// Revalidate asks the server whether the offline copy is still
	// current, with a conditional request, and keeps what it sends. It
	// returns the schedule as it now stands and whether its bytes
	// changed; on an error (one line, like Fetch's) the offline copy
	// stays. It is nil when Body came from the server in this run. It is
	// safe to call from another goroutine, once.
	Revalidate func(ctx context.Context) (Fetched, bool, error)
}

// Age is how long ago the server last confirmed Body.
func (f Fetched) Age(now time.Time) time.Duration { return now.Sub(f.Checked) }

// Fetch gets the schedule at an http or https URL. With an offline copy
// in opt.CacheDir it returns the copy at once, without the network, and
// Revalidate to refresh it (in the background, typically). Otherwise, or
// with opt.Refresh, it downloads the schedule, conditionally when there
// is a copy, and keeps it; when the download fails and there is a copy,
// the copy is returned with FetchErr saying why.
//
// Downloads give up when the server cannot be reached within
// opt.ConnectTimeout or sends nothing for opt.IdleTimeout, are bounded by
// opt.Timeout when set and by MaxPageBytes, follow at
// most ten redirects and only to http and https, and never from https
// to http. Errors are *PageError, "<url>: <why>" on one line, such as
// "https://example.org/schedule.xml: 404 Not Found".
func Fetch(ctx context.Context, rawURL string, opt FetchOptions) (Fetched, error) {
	f, err := newFetcher(rawURL, opt)
	if err != nil {
		return Fetched{}, err
	}
	cached, ignored := f.cache.read()
	if cached != nil && !opt.Refresh {
		return f.fromCache(cached, nil), nil
	}
	got, _, err := f.download(ctx, cached)
	if err != nil {
		if cached != nil {
			return f.fromCache(cached, err), nil
		}
		return Fetched{}, withIgnored(err, ignored)
	}
	got.CacheIgnored = ignored
	return got, nil
}

// fetcher fetches one URL.
type fetcher struct {
	url    string // as asked for
	shown  string // for messages: without a password
	target *url.URL
	opt    FetchOptions
	client *http.Client
	cache  fetchCache
}

func newFetcher(rawURL string, opt FetchOptions) (*fetcher, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, &PageError{Path: rawURL, Why: "not a URL", Err: err}
	}
	shown := u.Redacted()
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &PageError{Path: shown, Why: "only http and https URLs can be opened"}
	}
	if u.Host == "" {
		return nil, &PageError{Path: shown, Why: "the URL names no host"}
	}
	if opt.ConnectTimeout <= 0 {
		opt.ConnectTimeout = DefaultConnectTimeout
	}
	if opt.IdleTimeout <= 0 {
		opt.IdleTimeout = DefaultIdleTimeout
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "summit-tui"
	}
	if opt.maxBytes <= 0 {
		opt.maxBytes = MaxPageBytes
	}
	u.Fragment, u.RawFragment = "", "" // never sent to the server
	f := &fetcher{url: rawURL, shown: shown, target: u, opt: opt}
	f.client = &http.Client{Timeout: opt.Timeout, CheckRedirect: checkRedirect, Transport: f.transport()}
	f.cache = fetchCache{dir: opt.CacheDir, url: u.String()}
	return f, nil
}

// Errors of the redirect policy, as the error says them.
var (
	errRedirectLoop      = errors.New("redirect loop")
	errTooManyRedirects  = fmt.Errorf("more than %d redirects", maxRedirects)
	errRedirectScheme    = errors.New("redirected to a URL that is not http or https")
	errRedirectDowngrade = errors.New("redirected from https to plain http")
)

func checkRedirect(req *http.Request, via []*http.Request) error {
	switch {
	case req.URL.Scheme != "http" && req.URL.Scheme != "https":
		return errRedirectScheme
	case req.URL.Scheme == "http" && via[len(via)-1].URL.Scheme == "https":
		return errRedirectDowngrade
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return errRedirectLoop
		}
	}
	if len(via) >= maxRedirects {
		return errTooManyRedirects
	}
	return nil
}

// fromCache is the offline copy as a Fetched.
func (f *fetcher) fromCache(c *cachedCopy, fetchErr error) Fetched {
	return Fetched{
		URL:        f.url,
		Body:       c.body,
		FromCache:  true,
		Downloaded: c.meta.Downloaded,
		Checked:    c.meta.Checked,
		FetchErr:   fetchErr,
		Revalidate: func(ctx context.Context) (Fetched, bool, error) {
			got, changed, err := f.download(ctx, c)
			if err != nil {
				return f.fromCache(c, err), false, err
			}
			return got, changed, nil
		},
	}
}

// download asks the server for the schedule, conditionally when there is
// an offline copy, and keeps what it sends. changed reports that the bytes
// differ from the copy's.
func (f *fetcher) download(ctx context.Context, cached *cachedCopy) (Fetched, bool, error) {
	meter := startProgress(f.opt.Progress, f.target.Host)
	defer meter.end()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.target.String(), nil)
	if err != nil {
		return Fetched{}, false, f.fail(err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	if cached != nil {
		if cached.meta.ETag != "" {
			req.Header.Set("If-None-Match", cached.meta.ETag)
		}
		if cached.meta.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.meta.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return Fetched{}, false, f.fail(err)
	}
	defer resp.Body.Close()
	now := f.opt.Now()
	switch {
	case resp.StatusCode == http.StatusNotModified && cached != nil:
		meta := cached.meta
		meta.Checked = now
		return Fetched{
			URL: f.url, Body: cached.body, Downloaded: meta.Downloaded, Checked: now,
			CacheErr: f.cache.write(meta, cached.body),
		}, false, nil
	case resp.StatusCode != http.StatusOK:
		return Fetched{}, false, &PageError{Path: f.shown, Why: statusText(resp)}
	}
	meter.total.Store(resp.ContentLength)
	body, err := f.readBody(resp, meter)
	if err != nil {
		return Fetched{}, false, err
	}
	meta := cacheMeta{
		URL:          f.cache.url,
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Downloaded:   now,
		Checked:      now,
		Size:         int64(len(body)),
		SHA256:       sha256Hex(body),
	}
	changed := cached == nil || cached.meta.SHA256 != meta.SHA256
	got := Fetched{URL: f.url, Body: body, Downloaded: now, Checked: now}
	if !changed {
		// The same bytes again: keep the copy's body, and its date.
		got.Body, got.Downloaded, meta.Downloaded = cached.body, cached.meta.Downloaded, cached.meta.Downloaded
		got.CacheErr = f.cache.write(meta, cached.body)
	} else {
		got.CacheErr = f.cache.write(meta, body)
	}
	return got, changed && cached != nil, nil
}

// readBody reads the response's body, refusing more than the file cap,
// MaxPageBytes: judged by the declared length first, else by reading one
// byte past the cap at most.
func (f *fetcher) readBody(resp *http.Response, meter *progressMeter) ([]byte, error) {
	limit := f.opt.maxBytes
	if resp.ContentLength > limit {
		return nil, &PageError{Path: f.shown, Why: fmt.Sprintf("too large (%s; the limit is %s)", humanBytes(resp.ContentLength), mebibytes(limit))}
	}
	var buf bytes.Buffer
	if resp.ContentLength > 0 {
		buf.Grow(int(resp.ContentLength) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(meter.counting(resp.Body), limit+1)); err != nil {
		return nil, f.fail(err)
	}
	if int64(buf.Len()) > limit {
		return nil, &PageError{Path: f.shown, Why: fmt.Sprintf("too large (over the %s limit)", mebibytes(limit))}
	}
	return buf.Bytes(), nil
}

// mebibytes says a cap as the file cap is said: "64 MiB".
func mebibytes(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return humanBytes(n)
}

// fail words a failed request as "<url>: <why>".
func (f *fetcher) fail(err error) error {
	return &PageError{Path: f.shown, Why: f.reason(err), Err: err}
}

// reason says briefly why a request failed, without the Go wording
// around it ("Get \"https://…\": dial tcp 127.0.0.1:80: connect: …").
func (f *fetcher) reason(err error) string {
	var dns *net.DNSError
	var netErr net.Error
	switch {
	case errors.Is(err, errRedirectLoop), errors.Is(err, errTooManyRedirects),
		errors.Is(err, errRedirectScheme), errors.Is(err, errRedirectDowngrade):
		var ue *url.Error
		if errors.As(err, &ue) {
			return ue.Err.Error()
		}
		return err.Error()
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.As(err, new(connectTimeoutError)):
		return fmt.Sprintf("could not connect within %s (is the server down or are you offline?)", f.opt.ConnectTimeout)
	case errors.As(err, new(idleTimeoutError)):
		return fmt.Sprintf("the server sent nothing for %s", f.opt.IdleTimeout)
	case f.opt.Timeout > 0 && (errors.Is(err, context.DeadlineExceeded) || errors.As(err, &netErr) && netErr.Timeout()):
		return fmt.Sprintf("timed out after %s", f.opt.Timeout)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return "timed out"
	case errors.As(err, &dns):
		return "cannot find the host " + dns.Name
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused (is the server down or are you offline?)"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "the server closed the connection"
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return "network unreachable (are you offline?)"
	}
	// The innermost cause reads best.
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// statusText gives "404 Not Found".
func statusText(resp *http.Response) string {
	if text := http.StatusText(resp.StatusCode); text != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, text)
	}
	return fmt.Sprintf("HTTP status %d", resp.StatusCode)
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return fmt.Sprintf("%x", sum)
}

// FormatAge says how old an offline copy is, for a status line: "just
// now", "5 minutes", "3 hours", "2 days".
func FormatAge(d time.Duration) string {
	plural := func(n int, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return fmt.Sprintf("%d %ss", n, unit)
	}
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d/time.Minute), "minute")
	case d < 48*time.Hour:
		return plural(int(d/time.Hour), "hour")
	}
	return plural(int(d/(24*time.Hour)), "day")
}
