package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The live end-to-end tests browse the two versions of a small frab
// schedule (testdata/good_live_v1.xml and _v2.xml) with two of its talks
// bookmarked: the second version moves one, drops the other, retitles a
// third and adds a fourth.

// liveBookmarks writes a bookmarks file with the two talks bookmarked.
func liveBookmarks(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bookmarks.json")
	raw := `{"version": 1, "conferences": {"live30": ["live-lightning", "live-rust"]}}` + "\n"
	if err := os.WriteFile(path, []byte(raw), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func liveVersion(t *testing.T, n string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "good_live_v"+n+".xml"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// checkLiveChanges waits, without a key, for the status line to say what
// changed and the rows to say it; then C lists the changes and the
// cancelled bookmark stays in ★, marked cancelled.
func checkLiveChanges(t *testing.T, u *tui) {
	t.Helper()
	u.waitText("Schedule updated: 1 new · 1 moved · 1 cancelled · 1 changed · 2 of your bookmarks")
	u.waitText("Sensors in the Snow", "Kafka at Planet Scale", "moved · Fri 11:30 · Polar Room")
	u.press("C")
	u.waitText("Your bookmarks (2 changes)", "moved · Fri 10:30 · Aurora Hall → Fri 11:30", "Other talks (2 changes)")
	u.press("0")
	u.waitText("★ Bookmarks", "Lightning Talks", "cancelled · Fri 10:30 · Polar Room", "Rust on Tiny Boards")
}

// TestE2ELiveURL: a schedule served over HTTP is fetched again every
// second (--refresh-every 1s) with a conditional request; when the server
// has a new version, the browser shows what changed without a key. When
// the server goes away, the copy shown stays and the status line says so.
func TestE2ELiveURL(t *testing.T) {
	t.Parallel()
	v1, v2 := liveVersion(t, "1"), liveVersion(t, "2")
	var version atomic.Int32
	version.Store(1)
	var answered304 sync.Once
	notModified := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, etag := v1, `"v1"`
		if version.Load() == 2 {
			body, etag = v2, `"v2"`
		}
		if r.Header.Get("If-None-Match") == etag {
			answered304.Do(func() { close(notModified) })
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Write(body)
	}))
	defer srv.Close()

	home := t.TempDir()
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: home, env: []string{"TZ=UTC", "XDG_CACHE_HOME=" + filepath.Join(home, "cache")},
		args: []string{srv.URL + "/schedule.xml", "--refresh-every", "1s", "--bookmarks", liveBookmarks(t)}})
	u.waitText("Live Test Conference", "Rust on Tiny Boards", "Lightning Talks")
	// The first refreshes find the version shown: the server says so.
	select {
	case <-notModified:
	case <-time.After(e2eTimeout):
		t.Fatal("no conditional request answered 304")
	}
	version.Store(2)
	checkLiveChanges(t, u)

	srv.CloseClientConnections()
	srv.Close()
	u.waitText("offline: showing the copy from")
	u.waitText("Lightning Talks", "Rust on Tiny Boards")
	u.quit()
}

// TestE2ELiveFile: a schedule file replaced on disk, as a download into a
// temporary file renamed over it does, is read again without a key.
func TestE2ELiveFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "schedule.xml")
	if err := os.WriteFile(path, liveVersion(t, "1"), 0o600); err != nil {
		t.Fatal(err)
	}
	u := startTUI(t, launch{cols: 120, rows: 40, env: []string{"TZ=UTC"},
		args: []string{path, "--bookmarks", liveBookmarks(t)}})
	u.waitText("Live Test Conference", "Rust on Tiny Boards", "Lightning Talks")
	tmp := filepath.Join(dir, ".schedule.xml.part")
	if err := os.WriteFile(tmp, liveVersion(t, "2"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	checkLiveChanges(t, u)
	u.quit()
	// The version seen is kept for the next run, one file a schedule.
	if entries, err := os.ReadDir(filepath.Join(u.dataHome, "state", "summit-tui", "seen")); err != nil || len(entries) != 1 {
		t.Errorf("seen versions kept: %v, %v; want one file", entries, err)
	}
}
