package data

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// The directory's offline copy is used as it is for a day, then checked
// with the server; offline, it is used however old.
func TestFetchDirectoryKeepsACopyADay(t *testing.T) {
	menu := func(id string) string {
		return `{"schedules": [{"id": "` + id + `", "url": "https://example.org/s.xml", "title": "T"}]}`
	}
	srv := newScheduleServer(t, menu("first"))
	clock := newClock()
	opt := DirectoryOptions{CacheDir: filepath.Join(t.TempDir(), "summit-tui"), Now: clock.Now}
	ctx := context.Background()
	id := func(o DirectoryOptions) string {
		t.Helper()
		entries, _, err := FetchDirectory(ctx, srv.URL, o)
		if err != nil {
			t.Fatal(err)
		}
		return entries[0].ID
	}
	if got := id(opt); got != "first" {
		t.Fatalf("first fetch: %s", got)
	}
	srv.set(menu("second"))
	clock.advance(23 * time.Hour)
	if got := id(opt); got != "first" || srv.requests.Load() != 1 {
		t.Errorf("within the day: %s after %d requests, want the copy without asking", got, srv.requests.Load())
	}
	clock.advance(2 * time.Hour)
	if got := id(DirectoryOptions{CacheDir: opt.CacheDir, Now: clock.Now, Offline: true}); got != "first" || srv.requests.Load() != 1 {
		t.Errorf("offline: %s after %d requests, want the copy without asking", got, srv.requests.Load())
	}
	if got := id(opt); got != "second" {
		t.Errorf("after a day: %s, want the server's new menu", got)
	}
	srv.Close()
	clock.advance(48 * time.Hour)
	entries, got, err := FetchDirectory(ctx, srv.URL, opt)
	if err != nil || len(entries) != 1 || entries[0].ID != "second" || got.FetchErr == nil {
		t.Errorf("server gone: %v, %v, FetchErr %v; want the copy and why", entries, err, got.FetchErr)
	}
	if entries, err := CachedDirectory(srv.URL, opt.CacheDir); err != nil || entries[0].ID != "second" {
		t.Errorf("CachedDirectory: %v, %v", entries, err)
	}
}
