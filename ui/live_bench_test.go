package ui

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// fosdemSample is FOSDEM 2026's published schedule, beside the project.
const fosdemSample = "../../shared/samples/fosdem-2026.schedule.xml"

// BenchmarkLiveRefreshFOSDEM is the refresh of FOSDEM 2026 as the browser
// runs it, each time a new version: fetched from a local server (the
// version shown in the offline copy, so the request is conditional),
// parsed and sanitised (fetch), then snapshotted, compared with the
// version seen and indexed (compare), all in the refresh's tea.Cmd; and
// the swap on the UI goroutine and the frame after it, the only part a
// key can wait for (swap+frame).
func BenchmarkLiveRefreshFOSDEM(b *testing.B) {
	v1, err := os.ReadFile(fosdemSample)
	if err != nil {
		b.Skip("FOSDEM 2026 sample not here:", err)
	}
	// The second version: fifty abstracts changed.
	v2 := bytes.Replace(v1, []byte("</abstract>"), []byte(" (updated)</abstract>"), 50)
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := v1
		if n.Add(1)%2 == 0 {
			body = v2
		}
		w.Header().Set("ETag", `"`+time.Now().String()+`"`)
		w.Write(body)
	}))
	defer srv.Close()
	opts := data.OpenOptions{CacheDir: b.TempDir()}
	opened, err := data.Open(context.Background(), srv.URL, opts)
	if err != nil {
		b.Fatal(err)
	}
	seen := model.SnapshotOf(&opened.Schedule)
	keep := model.NewBookmarkSet(nil)

	b.Run("fetch", func(b *testing.B) {
		r := data.NewReopener(srv.URL, opened, opts)
		b.SetBytes(int64(len(v1)))
		for b.Loop() {
			if _, err := r.Reopen(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
	fresh, err := data.OpenBytes("v2", v2, data.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			msg := newVersion(Version{Changed: true, Schedule: fresh.Schedule}, &seen, 0, keep)
			if len(msg.changes.List) != 50 {
				b.Fatalf("%d changes, want 50", len(msg.changes.List))
			}
		}
	})
	b.Run("swap+frame", func(b *testing.B) {
		m, _ := New(Config{Schedule: opened.Schedule, Theme: ThemeDark, Live: Live{
			Refresh: func() (Version, error) { return Version{}, nil },
		}})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m.live.started, m.live.seen, m.live.shown = true, &seen, &seen
		msgs := [2]liveRefreshedMsg{
			newVersion(Version{Changed: true, Schedule: fresh.Schedule}, &seen, 0, keep),
			newVersion(Version{Changed: true, Schedule: opened.Schedule}, &seen, 0, keep),
		}
		i := 0
		for b.Loop() {
			m.liveRefreshed(msgs[i%2])
			m.View()
			i++
		}
	})
}
