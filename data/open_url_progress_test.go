package data

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/summit-tui/summit-tui/seeds"
)

// TestWillFetch: the browser shows a fetch's progress only when opening
// goes to the network before there is anything to show.
func TestWillFetch(t *testing.T) {
	srv := newScheduleServer(t, string(seeds.Default))
	opts := OpenOptions{CacheDir: filepath.Join(t.TempDir(), "summit-tui")}
	url := srv.URL + "/schedule.txt"
	if WillFetch("schedule.txt", opts) || WillFetch("-", opts) || WillFetch("https:///no-host", opts) {
		t.Error("WillFetch holds for a file, standard input or a URL that cannot be fetched")
	}
	if !WillFetch(url, opts) {
		t.Error("WillFetch does not hold for a URL without an offline copy")
	}
	if _, err := Open(context.Background(), url, opts); err != nil {
		t.Fatal(err)
	}
	if WillFetch(url, opts) {
		t.Error("WillFetch holds for a URL with an offline copy")
	}
	if refresh := opts; !func() bool { refresh.Refresh = true; return WillFetch(url, refresh) }() {
		t.Error("WillFetch does not hold with Refresh")
	}
}
