package data

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// liveVersions are the two versions of the live test schedule.
func liveVersions(t *testing.T) (v1, v2 []byte) {
	t.Helper()
	v1, err := os.ReadFile(filepath.Join("..", "testdata", "good_live_v1.xml"))
	if err != nil {
		t.Fatal(err)
	}
	v2, err = os.ReadFile(filepath.Join("..", "testdata", "good_live_v2.xml"))
	if err != nil {
		t.Fatal(err)
	}
	return v1, v2
}

// TestReopenURL: a URL is asked for again with the offline copy's ETag;
// "304 Not Modified" and the same bytes again are no new version, other
// bytes are, and a server that cannot be had is an error that changes
// nothing.
func TestReopenURL(t *testing.T) {
	v1, v2 := liveVersions(t)
	var mu sync.Mutex
	body, etag := v1, `"v1"`
	var conditional atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Header.Get("If-None-Match") == etag {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Write(body)
	}))
	defer srv.Close()
	opts := OpenOptions{CacheDir: t.TempDir()}
	ctx := context.Background()
	opened, err := Open(ctx, srv.URL, opts)
	if err != nil {
		t.Fatal(err)
	}
	r := NewReopener(srv.URL, opened, opts)

	got, err := r.Reopen(ctx)
	if err != nil || got.Changed {
		t.Fatalf("Reopen of an unchanged schedule = changed %v, %v; want unchanged", got.Changed, err)
	}
	if conditional.Load() != 1 {
		t.Errorf("the server was asked %d times with If-None-Match, want 1", conditional.Load())
	}

	mu.Lock()
	body, etag = v2, `"v2"`
	mu.Unlock()
	got, err = r.Reopen(ctx)
	if err != nil || !got.Changed {
		t.Fatalf("Reopen of a new version = changed %v, %v; want changed", got.Changed, err)
	}
	if title := got.Schedule.Sessions[len(got.Schedule.Sessions)-1].Title; title != "Sensors in the Snow" {
		t.Errorf("the new version's last talk is %q, want Sensors in the Snow", title)
	}
	if got, err := r.Reopen(ctx); err != nil || got.Changed {
		t.Errorf("Reopen again = changed %v, %v; want unchanged: v2 is the version shown now", got.Changed, err)
	}

	srv.Close()
	if _, err := r.Reopen(ctx); err == nil {
		t.Errorf("Reopen with the server gone: no error")
	}
}

// TestReopenFile: a file replaced by a new version is read again; one
// half-written is an error, and the version shown stays the one to
// compare with.
func TestReopenFile(t *testing.T) {
	v1, v2 := liveVersions(t)
	path := filepath.Join(t.TempDir(), "schedule.xml")
	if err := os.WriteFile(path, v1, 0o600); err != nil {
		t.Fatal(err)
	}
	opened, err := Open(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := NewReopener(path, opened, OpenOptions{})
	if got, err := r.Reopen(context.Background()); err != nil || got.Changed {
		t.Fatalf("Reopen of the same file = changed %v, %v; want unchanged", got.Changed, err)
	}
	if err := os.WriteFile(path, v2[:len(v2)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Reopen(context.Background()); err == nil {
		t.Errorf("Reopen of a half-written file: no error")
	}
	if err := os.WriteFile(path, v1, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := r.Reopen(context.Background()); err != nil || got.Changed {
		t.Errorf("Reopen of v1 again = changed %v, %v; want unchanged", got.Changed, err)
	}
	if err := os.WriteFile(path, v2, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := r.Reopen(context.Background()); err != nil || !got.Changed {
		t.Errorf("Reopen of v2 = changed %v, %v; want changed", got.Changed, err)
	}
}

// TestWatchFile: a file replaced by a rename, as an editor or a download
// into a temporary file does, and one rewritten in place, as curl -o does,
// both signal; another file in the directory does not.
func TestWatchFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "schedule.xml")
	if err := os.WriteFile(path, []byte("v1"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	changed, err := WatchFile(ctx, path)
	if err != nil {
		t.Skip("cannot watch files here:", err)
	}
	wait := func(what string) {
		t.Helper()
		select {
		case <-changed:
		case <-time.After(10 * time.Second):
			t.Fatalf("no signal after %s", what)
		}
	}
	tmp := filepath.Join(dir, ".schedule.tmp")
	if err := os.WriteFile(tmp, []byte("v2"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	wait("a rename over the file")
	if err := os.WriteFile(path, []byte("v3"), 0o600); err != nil {
		t.Fatal(err)
	}
	wait("a write in place")

	if err := os.WriteFile(filepath.Join(dir, "other.txt"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	select {
	case <-changed:
		t.Errorf("a signal for another file")
	case <-time.After(3 * watchQuiet):
	}
	cancel()
	for range changed { // closed once the watch stops
	}
}
