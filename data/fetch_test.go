package data

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testClock is a settable clock for FetchOptions.Now.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *testClock { return &testClock{now: time.Date(2026, 1, 30, 8, 0, 0, 0, time.UTC)} }

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *testClock) advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

// scheduleServer serves a schedule that a test can change, with an ETag
// and a Last-Modified date, answering conditional requests with 304. It
// counts the requests and records the conditional headers of the last.
type scheduleServer struct {
	*httptest.Server
	mu           sync.Mutex
	body         string
	version      int
	validators   bool
	requests     atomic.Int32
	ifNoneMatch  string
	ifModSince   string
	lastModified string
}

func newScheduleServer(t *testing.T, body string) *scheduleServer {
	s := &scheduleServer{body: body, version: 1, validators: true, lastModified: "Thu, 29 Jan 2026 10:00:00 GMT"}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		s.mu.Lock()
		defer s.mu.Unlock()
		s.ifNoneMatch, s.ifModSince = r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		etag := fmt.Sprintf(`"v%d"`, s.version)
		if s.validators {
			w.Header().Set("ETag", etag)
			w.Header().Set("Last-Modified", s.lastModified)
			if s.ifNoneMatch == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		fmt.Fprint(w, s.body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *scheduleServer) set(body string) {
	s.mu.Lock()
	s.body, s.version = body, s.version+1
	s.mu.Unlock()
}

func (s *scheduleServer) conditions() (string, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ifNoneMatch, s.ifModSince
}

func fetchOptions(t *testing.T, c *testClock) FetchOptions {
	return FetchOptions{CacheDir: filepath.Join(t.TempDir(), "summit-tui"), Now: c.Now, Timeout: 5 * time.Second}
}

// TestFetchDownloadsAndKeepsACopy: a 200 gives the body and keeps it; the
// next start opens the copy at once, without asking the server.
func TestFetchDownloadsAndKeepsACopy(t *testing.T) {
	srv := newScheduleServer(t, "<schedule>v1</schedule>")
	c := newClock()
	opt := fetchOptions(t, c)
	got, err := Fetch(context.Background(), srv.URL+"/schedule.xml", opt)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Body) != "<schedule>v1</schedule>" || got.FromCache || got.Revalidate != nil || got.CacheErr != nil || got.FetchErr != nil {
		t.Fatalf("first fetch = %+v", got)
	}
	if !got.Downloaded.Equal(c.Now()) || !got.Checked.Equal(c.Now()) {
		t.Errorf("dated %v / %v, want the clock's %v", got.Downloaded, got.Checked, c.Now())
	}
	if cond, _ := srv.conditions(); cond != "" {
		t.Errorf("a first fetch sent If-None-Match %q", cond)
	}
	entries, err := os.ReadDir(opt.CacheDir)
	if err != nil || len(entries) != 1 {
		t.Fatalf("cache dir holds %v (%v), want one file: the body with its metadata", entries, err)
	}
	for _, e := range entries {
		info, _ := e.Info()
		if info.Mode().Perm() != cacheFilePerm {
			t.Errorf("%s has mode %v, want %v", e.Name(), info.Mode().Perm(), os.FileMode(cacheFilePerm))
		}
		if !strings.HasPrefix(e.Name(), "127.0.0.1_") {
			t.Errorf("cache file %q is not named after the host", e.Name())
		}
	}

	c.advance(3 * 24 * time.Hour)
	again, err := Fetch(context.Background(), srv.URL+"/schedule.xml", opt)
	if err != nil {
		t.Fatal(err)
	}
	if !again.FromCache || string(again.Body) != "<schedule>v1</schedule>" || again.Revalidate == nil {
		t.Fatalf("second fetch = %+v, want the offline copy with a revalidation", again)
	}
	if n := srv.requests.Load(); n != 1 {
		t.Errorf("the server had %d requests, want 1: a later start opens the copy without asking", n)
	}
	if age := again.Age(c.Now()); age != 3*24*time.Hour || FormatAge(age) != "3 days" {
		t.Errorf("age = %v (%q), want 3 days", age, FormatAge(age))
	}
}

// TestFetchRevalidateNotModified: revalidating sends the copy's ETag and
// Last-Modified; a 304 keeps the copy, unchanged, and dates the check.
func TestFetchRevalidateNotModified(t *testing.T) {
	srv := newScheduleServer(t, "v1")
	c := newClock()
	opt := fetchOptions(t, c)
	if _, err := Fetch(context.Background(), srv.URL, opt); err != nil {
		t.Fatal(err)
	}
	downloaded := c.Now()
	c.advance(time.Hour)
	cached, err := Fetch(context.Background(), srv.URL, opt)
	if err != nil {
		t.Fatal(err)
	}
	got, changed, err := cached.Revalidate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if changed || string(got.Body) != "v1" || got.FromCache {
		t.Errorf("revalidate = %+v, changed %v; want the same bytes, confirmed", got, changed)
	}
	if inm, ims := srv.conditions(); inm != `"v1"` || ims != srv.lastModified {
		t.Errorf("conditional headers If-None-Match %q, If-Modified-Since %q", inm, ims)
	}
	if !got.Checked.Equal(c.Now()) || !got.Downloaded.Equal(downloaded) {
		t.Errorf("checked %v, downloaded %v; want %v, %v", got.Checked, got.Downloaded, c.Now(), downloaded)
	}
	c.advance(time.Hour)
	later, _ := Fetch(context.Background(), srv.URL, opt)
	if later.Age(c.Now()) != time.Hour {
		t.Errorf("after a 304 the copy's age is %v, want 1h: the check is kept", later.Age(c.Now()))
	}
}

// TestFetchRevalidateChanged: a new schedule on the server comes back as
// changed and replaces the copy; the same bytes again are no change.
func TestFetchRevalidateChanged(t *testing.T) {
	srv := newScheduleServer(t, "v1")
	c := newClock()
	opt := fetchOptions(t, c)
	if _, err := Fetch(context.Background(), srv.URL, opt); err != nil {
		t.Fatal(err)
	}
	srv.set("v2, with a new talk")
	cached, _ := Fetch(context.Background(), srv.URL, opt)
	got, changed, err := cached.Revalidate(context.Background())
	if err != nil || !changed || string(got.Body) != "v2, with a new talk" {
		t.Fatalf("revalidate = %q, changed %v, %v; want the new schedule, changed", got.Body, changed, err)
	}
	if next, _ := Fetch(context.Background(), srv.URL, opt); string(next.Body) != "v2, with a new talk" {
		t.Errorf("the copy is %q, want the new schedule", next.Body)
	}

	srv.mu.Lock()
	srv.validators = false // a server that sends the whole body every time
	srv.mu.Unlock()
	cached, _ = Fetch(context.Background(), srv.URL, opt)
	if _, changed, err := cached.Revalidate(context.Background()); err != nil || changed {
		t.Errorf("the same bytes again: changed %v, %v; want unchanged", changed, err)
	}
}

// TestFetchRefresh: --refresh asks the server even with a copy.
func TestFetchRefresh(t *testing.T) {
	srv := newScheduleServer(t, "v1")
	c := newClock()
	opt := fetchOptions(t, c)
	if _, err := Fetch(context.Background(), srv.URL, opt); err != nil {
		t.Fatal(err)
	}
	srv.set("v2")
	opt.Refresh = true
	got, err := Fetch(context.Background(), srv.URL, opt)
	if err != nil || got.FromCache || string(got.Body) != "v2" {
		t.Fatalf("refresh = %q (from cache %v), %v; want v2 from the server", got.Body, got.FromCache, err)
	}
	if n := srv.requests.Load(); n != 2 {
		t.Errorf("%d requests, want 2", n)
	}
}

// streamedCap stands in for MaxPageBytes where a test streams a body past
// the cap: the same code path, without 64 MiB through the race detector.
const streamedCap = 1 << 20

// TestFetchErrors: every failure is one line naming the URL, and nothing
// is kept.
func TestFetchErrors(t *testing.T) {
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(599) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select { // answers only once the client has given up
		case <-r.Context().Done():
		case <-release:
		}
	})
	mux.HandleFunc("/declared-huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(100<<20))
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/streamed-huge", func(w http.ResponseWriter, r *http.Request) {
		w.(http.Flusher).Flush() // chunked: no Content-Length to judge by
		chunk := []byte(strings.Repeat("x", 64<<10))
		for range streamedCap/len(chunk) + 1 {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) })
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) })
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/schedule.xml", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) }) // before Close, which waits for handlers

	tests := []struct {
		url, why string
		timeout  time.Duration // 5s unless set
	}{
		{srv.URL + "/missing", "404 Not Found", 0},
		{srv.URL + "/broken", "HTTP status 599", 0},
		{srv.URL + "/slow", "timed out after 200ms", 200 * time.Millisecond},
		{srv.URL + "/declared-huge", "too large (100.0 MiB; the limit is 64 MiB)", 0},
		{srv.URL + "/streamed-huge", "too large (over the 1 MiB limit)", 0},
		{srv.URL + "/loop-a", "redirect loop", 0},
		{srv.URL + "/hop/0", "more than 10 redirects", 0},
		{srv.URL + "/to-ftp", "redirected to a URL that is not http or https", 0},
		{"ftp://example.org/schedule.xml", "only http and https URLs can be opened", 0},
		{"file:///etc/passwd", "only http and https URLs can be opened", 0},
		{"https:///schedule.xml", "the URL names no host", 0},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			opt := fetchOptions(t, newClock())
			if tt.timeout > 0 {
				opt.Timeout = tt.timeout
			}
			if strings.HasSuffix(tt.url, "/streamed-huge") {
				opt.maxBytes = streamedCap // a body without a length is read to a lower cap
			}
			got, err := Fetch(context.Background(), tt.url, opt)
			if err == nil {
				t.Fatalf("fetched %d bytes, want the error %q", len(got.Body), tt.why)
			}
			if want := tt.url + ": " + tt.why; err.Error() != want {
				t.Errorf("error = %q, want %q", err, want)
			}
			if err := checkErrorMessage(err); err != nil {
				t.Error(err)
			}
			var pe *PageError
			if !errors.As(err, &pe) {
				t.Errorf("error %T is not a *PageError", err)
			}
			if _, err := os.Stat(opt.CacheDir); !os.IsNotExist(err) {
				t.Errorf("a failed fetch left the cache dir (%v)", err)
			}
		})
	}
}

// TestFetchRedirectFollowed: a moved schedule is fetched where it went,
// and kept under the URL asked for.
func TestFetchRedirectFollowed(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/new", http.StatusMovedPermanently) })
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "moved") })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	opt := fetchOptions(t, newClock())
	got, err := Fetch(context.Background(), srv.URL+"/old", opt)
	if err != nil || string(got.Body) != "moved" {
		t.Fatalf("fetch = %q, %v", got.Body, err)
	}
	if again, _ := Fetch(context.Background(), srv.URL+"/old", opt); !again.FromCache {
		t.Error("the copy is not found under the URL asked for")
	}
}

// TestFetchOffline: when the server has gone away, the copy opens, with
// why the server could not be had and how old the copy is.
func TestFetchOffline(t *testing.T) {
	srv := newScheduleServer(t, "v1")
	c := newClock()
	opt := fetchOptions(t, c)
	url := srv.URL + "/schedule.json"
	if _, err := Fetch(context.Background(), url, opt); err != nil {
		t.Fatal(err)
	}
	srv.Close()
	c.advance(5 * time.Hour)

	cached, err := Fetch(context.Background(), url, opt)
	if err != nil || !cached.FromCache || string(cached.Body) != "v1" {
		t.Fatalf("offline start = %+v, %v; want the copy", cached, err)
	}
	_, changed, err := cached.Revalidate(context.Background())
	if err == nil || changed {
		t.Fatalf("revalidating against a closed server: changed %v, error %v", changed, err)
	}
	if want := url + ": connection refused (is the server down or are you offline?)"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}

	opt.Refresh = true
	got, err := Fetch(context.Background(), url, opt)
	if err != nil {
		t.Fatalf("refresh while offline: %v, want the copy", err)
	}
	if !got.FromCache || string(got.Body) != "v1" || got.FetchErr == nil || got.Revalidate == nil {
		t.Fatalf("refresh while offline = %+v, want the copy, why, and a revalidation", got)
	}
	if got.Age(c.Now()) != 5*time.Hour || FormatAge(got.Age(c.Now())) != "5 hours" {
		t.Errorf("age = %v", got.Age(c.Now()))
	}

	opt.CacheDir = filepath.Join(t.TempDir(), "empty")
	if _, err := Fetch(context.Background(), url, opt); err == nil {
		t.Error("offline without a copy: no error")
	}
}

// TestFetchCopyDamaged: a copy whose bytes do not match what was kept of
// them is no copy: the schedule is downloaded again.
func TestFetchCopyDamaged(t *testing.T) {
	srv := newScheduleServer(t, "the whole schedule")
	opt := fetchOptions(t, newClock())
	if _, err := Fetch(context.Background(), srv.URL, opt); err != nil {
		t.Fatal(err)
	}
	copies, _ := filepath.Glob(filepath.Join(opt.CacheDir, "*.cache"))
	if len(copies) != 1 {
		t.Fatalf("copies %q", copies)
	}
	kept, err := os.ReadFile(copies[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copies[0], kept[:len(kept)-5], 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Fetch(context.Background(), srv.URL, opt)
	if err != nil || got.FromCache || string(got.Body) != "the whole schedule" {
		t.Fatalf("fetch = %q (from cache %v), %v; want a fresh download", got.Body, got.FromCache, err)
	}
}

// TestFetchCacheUnwritable: a cache that cannot be written does not stop
// the schedule from opening; the caller is told why there is no copy.
func TestFetchCacheUnwritable(t *testing.T) {
	srv := newScheduleServer(t, "v1")
	opt := fetchOptions(t, newClock())
	if err := os.WriteFile(opt.CacheDir, []byte("a file, not a directory"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Fetch(context.Background(), srv.URL, opt)
	if err != nil || string(got.Body) != "v1" {
		t.Fatalf("fetch = %q, %v", got.Body, err)
	}
	if got.CacheErr == nil || !strings.Contains(got.CacheErr.Error(), "cannot keep the offline copy") {
		t.Errorf("CacheErr = %v", got.CacheErr)
	}
}

// TestFetchCacheNames: cache files are named from the URL safely: inside
// the directory, one name per URL, no password, a bounded length.
func TestFetchCacheNames(t *testing.T) {
	urls := []string{
		"https://fosdem.org/2026/schedule/xml",
		"https://fosdem.org/2026/schedule/xml?lang=en",
		"https://user:secret@example.org/s.json",
		"https://../../etc/passwd",
		"http://[::1]:8080/a",
		"https://" + strings.Repeat("very-long-host.", 20) + "org/x",
		"https://ÉVÉNEMENTS.example/x",
	}
	seen := map[string]string{}
	for _, u := range urls {
		c := fetchCache{dir: "/cache", url: u}
		name := c.name()
		if prev, dup := seen[name]; dup {
			t.Errorf("%q and %q share the name %q", prev, u, name)
		}
		seen[name] = u
		if strings.ContainsAny(name, "/\\:@") || strings.HasPrefix(name, ".") || strings.Contains(name, "secret") || len(name) > maxHostInName+33 {
			t.Errorf("name %q for %q is not a safe file name", name, u)
		}
		if filepath.Dir(c.copyPath()) != "/cache" || filepath.Dir(c.bodyPath()) != "/cache" || filepath.Dir(c.metaPath()) != "/cache" {
			t.Errorf("%q is kept outside the directory: %s", u, c.bodyPath())
		}
		if (fetchCache{dir: "/cache", url: u}).name() != name {
			t.Errorf("%q has no stable name", u)
		}
	}
}

// TestFetchErrorHidesPassword: a URL's password never reaches a message.
func TestFetchErrorHidesPassword(t *testing.T) {
	_, err := Fetch(context.Background(), "ftp://ann:hunter2@example.org/s.xml", FetchOptions{})
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("error = %v", err)
	}
}

func TestFormatAge(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "just now", 59 * time.Second: "just now", time.Minute: "1 minute", 90 * time.Minute: "1 hour",
		47 * time.Hour: "47 hours", 48 * time.Hour: "2 days", 400 * 24 * time.Hour: "400 days",
	} {
		if got := FormatAge(d); got != want {
			t.Errorf("FormatAge(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestCheckRedirect: the redirect policy, hop by hop.
func TestCheckRedirect(t *testing.T) {
	req := func(u string) *http.Request {
		r, err := http.NewRequest(http.MethodGet, u, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	hops := func(urls ...string) []*http.Request {
		var out []*http.Request
		for _, u := range urls {
			out = append(out, req(u))
		}
		return out
	}
	many := make([]string, maxRedirects)
	for i := range many {
		many[i] = fmt.Sprintf("https://a.example/%d", i)
	}
	tests := []struct {
		name string
		next string
		via  []*http.Request
		want error
	}{
		{"http to https", "https://a.example/s", hops("http://a.example/s"), nil},
		{"to another host", "https://b.example/s", hops("https://a.example/s"), nil},
		{"https to http", "http://a.example/s", hops("https://a.example/s"), errRedirectDowngrade},
		{"to ftp", "ftp://a.example/s", hops("https://a.example/s"), errRedirectScheme},
		{"back to the start", "https://a.example/1", hops("https://a.example/1", "https://a.example/2"), errRedirectLoop},
		{"one hop too many", "https://a.example/last", hops(many...), errTooManyRedirects},
	}
	for _, tt := range tests {
		if got := checkRedirect(req(tt.next), tt.via); !errors.Is(got, tt.want) {
			t.Errorf("%s: checkRedirect = %v, want %v", tt.name, got, tt.want)
		}
	}
}
