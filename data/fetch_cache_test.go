package data

import (
	"context"
	"encoding/json"
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

// keepEarlierCopy writes body as the offline copy of url the way earlier
// versions did: NAME.body and NAME.json.
func keepEarlierCopy(t *testing.T, dir, url string, body []byte) fetchCache {
	t.Helper()
	c := fetchCache{dir: dir, url: url}
	meta, err := json.Marshal(cacheMeta{URL: url, Size: int64(len(body)), SHA256: sha256Hex(body),
		Downloaded: time.Date(2026, 1, 29, 8, 0, 0, 0, time.UTC), Checked: time.Date(2026, 1, 29, 8, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c.bodyPath(), body, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c.metaPath(), meta, 0o600); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestFetchCacheEarlierLayout: a copy kept by an earlier version, in two
// files, is still the offline copy; the next copy kept replaces it with
// one file.
func TestFetchCacheEarlierLayout(t *testing.T) {
	srv := newScheduleServer(t, "v1")
	srv.validators = false
	opt := fetchOptions(t, newClock())
	c := keepEarlierCopy(t, opt.CacheDir, srv.URL, []byte("v0"))
	got, err := Fetch(context.Background(), srv.URL, opt)
	if err != nil || !got.FromCache || string(got.Body) != "v0" {
		t.Fatalf("fetch = %q (from cache %v), %v; want the earlier copy", got.Body, got.FromCache, err)
	}
	if _, _, err := got.Revalidate(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{c.bodyPath(), c.metaPath()} {
		if _, err := os.Lstat(gone); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s stays beside the new copy: %v", filepath.Base(gone), err)
		}
	}
	if again, err := Fetch(context.Background(), srv.URL, opt); err != nil || string(again.Body) != "v1" || !again.FromCache {
		t.Errorf("next fetch = %q (from cache %v), %v; want the new copy", again.Body, again.FromCache, err)
	}
}

// TestFetchParallelRefreshes: fetches racing each other for a schedule
// that changes with every request leave one whole copy, which an offline
// start then reads.
func TestFetchParallelRefreshes(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := n.Add(1)
		// Sizes differ too, and the body is large enough that writes overlap.
		fmt.Fprintf(w, "version %d\n%s", i, strings.Repeat(fmt.Sprintf("line of version %d\n", i), 20000+int(i)*100))
	}))
	defer srv.Close()
	opt := fetchOptions(t, newClock())
	opt.Refresh = true
	for round := range 5 {
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				if _, err := Fetch(context.Background(), srv.URL, opt); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		cached, ignored := fetchCache{dir: opt.CacheDir, url: srv.URL}.read()
		if cached == nil {
			t.Fatalf("round %d: no whole copy after parallel refreshes (%v)", round, ignored)
		}
	}
}
