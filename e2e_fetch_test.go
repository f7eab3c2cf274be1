package main

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/summit-tui/summit-tui/seeds"
)

// heldServer sends the start of the built-in page, then holds the rest
// until release is closed (or the client goes), as a slow server does.
func heldServer(t *testing.T) (srv *httptest.Server, host string, release func()) {
	t.Helper()
	held := make(chan struct{})
	const start = 100
	page := seeds.Default
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		w.Write(page[:start])
		w.(http.Flusher).Flush()
		select {
		case <-held:
			w.Write(page[start:])
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(srv.Close)
	var once bool
	release = func() {
		if !once {
			once = true
			close(held)
		}
	}
	t.Cleanup(release) // before Close, which waits for the handler
	return srv, strings.TrimPrefix(srv.URL, "http://"), release
}

// While a URL's first fetch runs, the browser is up at once and shows
// where from, the bytes and the time so far; q gives up on it, and the
// terminal is as it was.
func TestE2EFetchProgressQCancels(t *testing.T) {
	t.Parallel()
	srv, host, _ := heldServer(t)
	home := t.TempDir()
	u := startTUI(t, launch{cols: 100, rows: 30, dataHome: home, args: []string{srv.URL + "/schedule.txt"},
		env: []string{"XDG_CACHE_HOME=" + filepath.Join(home, "cache")}})
	u.waitText("Fetching "+host, "100 bytes of ", "q cancel")
	u.quit()
}

// When the fetch ends, the browser shows the schedule that came.
func TestE2EFetchProgressThenSchedule(t *testing.T) {
	t.Parallel()
	srv, host, release := heldServer(t)
	home := t.TempDir()
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: home, args: []string{srv.URL + "/schedule.txt"},
		env: []string{"XDG_CACHE_HOME=" + filepath.Join(home, "cache")}})
	u.waitText("Fetching " + host)
	release()
	u.waitFirstFrame()
	u.quit()
}

// export shows the same progress on standard error when it is a
// terminal, on one line rewritten in place and cleared before the
// output.
func TestE2EExportFetchProgress(t *testing.T) {
	t.Parallel()
	srv, host, release := heldServer(t)
	home := t.TempDir()
	u := startTUI(t, launch{cols: 100, rows: 30, dataHome: home, args: []string{"export", srv.URL + "/schedule.txt"},
		env: []string{"XDG_CACHE_HOME=" + filepath.Join(home, "cache")}})
	u.waitText("Fetching " + host + " · 100 bytes of ")
	release()
	if code, err := u.term.Wait(e2eTimeout); err != nil || code != 0 {
		t.Fatalf("export: exit %d, %v; screen:\n%s", code, err, u.term.Screen())
	}
	raw := string(u.term.Raw())
	last := strings.LastIndex(raw, "Fetching ")
	cleared := strings.Index(raw[last:], "\r\x1b[K")
	out := strings.Index(raw, `"conference"`)
	if cleared < 0 || out < last+cleared {
		t.Errorf("the progress line was not cleared before the output:\n%q", raw[:min(len(raw), out+40)])
	}
	if strings.Count(raw[:last], "\n") != 0 {
		t.Errorf("the progress took more than one line:\n%q", raw[:last])
	}
}
