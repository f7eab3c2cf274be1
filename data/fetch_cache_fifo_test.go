//go:build unix

package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// replaceWithFIFO puts a FIFO where path was. Should the program open it
// all the same, the test's cleanup opens it for writing, so no goroutine
// stays blocked.
func replaceWithFIFO(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	t.Cleanup(func() {
		if f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
}

// within runs f and fails the test when it takes longer than d.
func within(t *testing.T, d time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s: still blocked after %s", what, d)
	}
}

// TestFetchCacheNotRegular: a FIFO, a link or a directory in place of a
// cache file (the copy, or either file of the earlier layout) never
// blocks a fetch: it is ignored, the caller is told which file and why,
// and the download is kept in its place.
func TestFetchCacheNotRegular(t *testing.T) {
	for _, tt := range []struct {
		name  string
		setup func(t *testing.T, c fetchCache)
		file  func(c fetchCache) string
		why   string
	}{
		{"copy is a FIFO", func(t *testing.T, c fetchCache) {
			if err := c.write(cacheMeta{URL: c.url, Size: 2, SHA256: sha256Hex([]byte("v0"))}, []byte("v0")); err != nil {
				t.Fatal(err)
			}
			replaceWithFIFO(t, c.copyPath())
		}, fetchCache.copyPath, "not a regular file"},
		{"earlier body is a FIFO", func(t *testing.T, c fetchCache) {
			keepEarlierCopy(t, c.dir, c.url, []byte("v0"))
			replaceWithFIFO(t, c.bodyPath())
		}, fetchCache.bodyPath, "not a regular file"},
		{"earlier metadata is a FIFO", func(t *testing.T, c fetchCache) {
			keepEarlierCopy(t, c.dir, c.url, []byte("v0"))
			replaceWithFIFO(t, c.metaPath())
		}, fetchCache.metaPath, "not a regular file"},
		{"copy is a link", func(t *testing.T, c fetchCache) {
			other := filepath.Join(t.TempDir(), "elsewhere")
			if err := (fetchCache{dir: filepath.Dir(other), url: c.url}).write(cacheMeta{URL: c.url, Size: 2, SHA256: sha256Hex([]byte("v0"))}, []byte("v0")); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(c.dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink((fetchCache{dir: filepath.Dir(other), url: c.url}).copyPath(), c.copyPath()); err != nil {
				t.Fatal(err)
			}
		}, fetchCache.copyPath, "a symbolic link"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := newScheduleServer(t, "v1")
			opt := fetchOptions(t, newClock())
			c := fetchCache{dir: opt.CacheDir, url: srv.URL}
			tt.setup(t, c)
			var got Fetched
			var err error
			within(t, 5*time.Second, "fetch", func() { got, err = Fetch(context.Background(), srv.URL, opt) })
			if err != nil || got.FromCache || string(got.Body) != "v1" {
				t.Fatalf("fetch = %q (from cache %v), %v; want the download", got.Body, got.FromCache, err)
			}
			if want := tt.file(c) + ": " + tt.why; got.CacheIgnored == nil || got.CacheIgnored.Error() != want {
				t.Errorf("CacheIgnored = %v, want %q", got.CacheIgnored, want)
			}
			if n := fetchNotice(got, time.Now()); n != "Offline copy ignored: "+tt.why {
				t.Errorf("notice = %q", n)
			}
			// The download is the copy now, whatever was in the way.
			opt.Refresh = false
			again, err := Fetch(context.Background(), srv.URL, opt)
			if err != nil || !again.FromCache || string(again.Body) != "v1" || again.CacheIgnored != nil {
				t.Errorf("next fetch = %q (from cache %v, ignored %v), %v; want the kept copy", again.Body, again.FromCache, again.CacheIgnored, err)
			}
		})
	}
}

// TestOfflineCacheNotRegular: without the network, a FIFO in place of
// the copy is no copy, and the error says why; nothing blocks.
func TestOfflineCacheNotRegular(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "summit-tui")
	url := "https://schedule.example/fifo.xml"
	c := keepEarlierCopy(t, dir, url, []byte("v0"))
	replaceWithFIFO(t, c.bodyPath())
	opts := OpenOptions{CacheDir: dir}
	within(t, 5*time.Second, "OpenOffline", func() {
		_, err := OpenOffline(context.Background(), url, opts)
		if !errors.Is(err, ErrNoOfflineCopy) || !strings.Contains(err.Error(), c.bodyPath()+": not a regular file") {
			t.Errorf("OpenOffline: %v", err)
		}
	})
	replaceWithFIFO(t, c.metaPath())
	within(t, 5*time.Second, "SourceID", func() {
		if _, _, err := SourceID(url, opts); !errors.Is(err, ErrNoOfflineCopy) || !strings.Contains(err.Error(), c.metaPath()+": not a regular file") {
			t.Errorf("SourceID: %v", err)
		}
	})
}
