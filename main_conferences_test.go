package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data"
)

// A conference opened from the directory is refreshed as often as its
// refresh_interval (seconds) says, unless --refresh-every says otherwise.
func TestDirectoryRefreshInterval(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"version": 1, "schedules": [
			{"id": "often", "url": "`+srv.URL+`/often.xml", "title": "Often", "refresh_interval": 900},
			{"id": "unsaid", "url": "`+srv.URL+`/unsaid.xml", "title": "Unsaid"}]}`)
	}))
	defer srv.Close()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Chdir(t.TempDir())

	tests := []struct {
		args    []string
		wantRef string
		want    refreshFlag
	}{
		{[]string{"often"}, srv.URL + "/often.xml", refreshFlag{every: 15 * time.Minute, set: true}},
		{[]string{"often", "--refresh-every", "2m"}, srv.URL + "/often.xml", refreshFlag{every: 2 * time.Minute, set: true}},
		{[]string{"often", "--refresh-every", "0"}, srv.URL + "/often.xml", refreshFlag{set: true}},
		{[]string{"unsaid"}, srv.URL + "/unsaid.xml", refreshFlag{}},
	}
	for _, tt := range tests {
		opts, err := parseArgs(append(tt.args, "--directory", srv.URL+"/menu.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := lookUpDirectory(&opts, io.Discard, io.Discard); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if opts.ref != tt.wantRef || opts.refreshEvery != tt.want {
			t.Errorf("%v: ref %q, refresh %+v; want %q, %+v", tt.args, opts.ref, opts.refreshEvery, tt.wantRef, tt.want)
		}
	}

	// What was fetched is the offline copy the recent schedules' chooser lists.
	cacheDir, _ := data.DefaultCacheDir()
	entries, err := data.CachedDirectory(srv.URL+"/menu.json", cacheDir)
	if err != nil || len(entries) != 2 {
		t.Errorf("CachedDirectory: %d entries, %v; want 2", len(entries), err)
	}
	if _, err := data.CachedDirectory(srv.URL+"/other.json", cacheDir); err == nil {
		t.Error("CachedDirectory of a directory never fetched: no error")
	}
}
