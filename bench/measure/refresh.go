package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/summit-tui/summit-tui/data"
)

// Keys while the schedule refreshes: FOSDEM 2026's published schedule,
// served from a local HTTP server whose body changes on every request (the
// published version and one with a talk retitled and another moved, in
// turn, each response with its own ETag), so that every refresh of
// --refresh-every 1s fetches, parses, compares and swaps a new version.
// Each run presses j (k at the list's end) -presses times or more, until
// refreshes enough have been served meanwhile, each press timed to the
// frame whose status line shows the new position and whose abstract pane
// is filled, as the seed's keys are. The same keys on the same list
// opened with --refresh-every 0 tell what the refresh adds.

// refreshEvery is the browser's refresh interval in this measure.
const refreshEvery = "1s"

// refreshesWanted is how many refreshes a run's presses must span: a run
// presses on, up to refreshPressCap times -presses, until that many have
// been served since its first press.
const (
	refreshesWanted = 3
	refreshPressCap = 10
)

// fosdemSampleName is the published schedule's file among the samples.
const fosdemSampleName = "fosdem-2026.schedule.xml"

// defaultSamples is where the published schedules are kept, beside the
// repository.
func defaultSamples() string {
	root, err := moduleRoot()
	if err != nil {
		return filepath.Join("..", "shared", "samples")
	}
	return filepath.Join(root, "..", "shared", "samples")
}

// refreshSource is the schedule served and what the browser shows of it.
type refreshSource struct {
	label      string
	conference string
	versions   [2][]byte
	size       int
}

// refreshVersions reads the published schedule and makes its second
// version: the last talk retitled and the one before it in another room.
// Both stay on their day, so the list browsed keeps its length.
func refreshVersions(raw []byte) ([2][]byte, error) {
	titleAt := bytes.LastIndex(raw, []byte("</title>"))
	roomAt := bytes.LastIndex(raw[:max(titleAt, 0)], []byte("</room>"))
	if titleAt < 0 || roomAt < 0 {
		return [2][]byte{}, fmt.Errorf("no talk's title and room to change")
	}
	v2 := make([]byte, 0, len(raw)+32)
	v2 = append(v2, raw[:roomAt]...)
	v2 = append(v2, " (moved)"...)
	v2 = append(v2, raw[roomAt:titleAt]...)
	v2 = append(v2, " (updated)"...)
	v2 = append(v2, raw[titleAt:]...)
	return [2][]byte{raw, v2}, nil
}

// refreshSample reads FOSDEM 2026 from dir; ok is false, with why, when
// it is not there.
func refreshSample(dir string) (src refreshSource, why string, err error) {
	path := filepath.Join(dir, fosdemSampleName)
	raw, err := os.ReadFile(path)
	if err != nil {
		return refreshSource{}, fmt.Sprintf("Refresh: not measured, FOSDEM 2026's schedule (%s) is not in %s (-samples).", fosdemSampleName, dir), nil
	}
	vs, err := refreshVersions(raw)
	if err != nil {
		return refreshSource{}, "", fmt.Errorf("%s: %w", fosdemSampleName, err)
	}
	for i, v := range vs {
		if _, err := data.OpenBytes(fosdemSampleName, v, data.OpenOptions{}); err != nil {
			return refreshSource{}, "", fmt.Errorf("version %d of %s: %w", i+1, fosdemSampleName, err)
		}
	}
	o, _ := data.OpenBytes(fosdemSampleName, raw, data.OpenOptions{})
	return refreshSource{label: "FOSDEM 2026", conference: o.Schedule.Conference, versions: vs, size: len(raw)}, "", nil
}

// changingServer serves the versions in turn, a new ETag each time, and
// counts the responses it finished.
type changingServer struct {
	srv    *httptest.Server
	served atomic.Int64
}

func newChangingServer(versions [2][]byte) *changingServer {
	cs := &changingServer{}
	var mu sync.Mutex
	n := 0
	cs.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		i := n
		mu.Unlock()
		w.Header().Set("Content-Type", "application/xml")
		w.Header().Set("ETag", strconv.Quote(fmt.Sprintf("v%d", i)))
		w.Header().Set("Last-Modified", time.Now().UTC().Format(http.TimeFormat))
		w.Write(versions[i%2])
		cs.served.Add(1)
	}))
	return cs
}

func (cs *changingServer) url() string { return cs.srv.URL + "/schedule.xml" }
func (cs *changingServer) close()      { cs.srv.Close() }

// refreshRuns are a refresh run's counts for the notes.
type refreshRuns struct {
	presses   []int           // per run
	refreshes []int           // served while the run pressed keys
	spans     []time.Duration // from the first press to the last frame
	updated   int             // runs whose screen said "Schedule updated"
	skipped   string          // why the measure was not taken
}

// nextPosition is where a key moves the cursor from pos on a list of
// total, going down (j) until the end, then up (k) until the start.
func nextPosition(pos, total int, down bool) (key string, to int, stillDown bool) {
	if down && pos >= total {
		down = false
	}
	if !down && pos <= 1 {
		down = true
	}
	if down {
		return "j", pos + 1, true
	}
	return "k", pos - 1, false
}

// refreshRun opens the served schedule with --refresh-every 1s and presses
// keys while it refreshes; with refreshing false, it opens it with
// --refresh-every 0 and presses -presses keys, the same keys on the same
// list without a refresh.
func (r *runner) refreshRun(src refreshSource, res *results, refreshing bool) error {
	cs := newChangingServer(src.versions)
	defer cs.close()
	home := filepath.Join(r.tmp, fmt.Sprintf("home-%d", r.n+1))
	p, err := r.startEnv(r.cfg.bin, []string{
		"HOME=" + home, "XDG_CACHE_HOME=" + filepath.Join(home, "cache"), "XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
	}, "--refresh-every", every(refreshing), cs.url())
	if err != nil {
		return err
	}
	defer p.term.Close()
	screen, err := p.term.WaitFor(r.cfg.timeout, func(s string) bool {
		_, _, ok := positionOf(s)
		return ok && strings.Contains(s, src.conference)
	})
	if err != nil {
		return err
	}
	pos, total, _ := positionOf(screen)
	if total < 2 {
		return fmt.Errorf("the list opened on %d talk", total)
	}
	time.Sleep(200 * time.Millisecond)
	var updated atomic.Bool
	down := true
	before := cs.served.Load()
	t0 := time.Now()
	presses := 0
	for presses < r.cfg.presses || refreshing && cs.served.Load()-before < refreshesWanted && presses < refreshPressCap*r.cfg.presses {
		var key string
		var to int
		key, to, down = nextPosition(pos, total, down)
		d, err := p.term.SendAndTime(key, func(s string) bool {
			if scheduleUpdated(s) {
				updated.Store(true)
			}
			return statusIs(s, to, total) && abstractShown(s)
		}, r.cfg.timeout)
		if err != nil {
			return fmt.Errorf("press %d (%s to %d/%d): %w", presses+1, key, to, total, err)
		}
		pos = to
		presses++
		if refreshing {
			res.refreshKeys = append(res.refreshKeys, ms(d))
		} else {
			res.steadyKeys = append(res.steadyKeys, ms(d))
		}
		r.rnd.pause()
		if scheduleUpdated(p.term.Screen()) { // a swap between presses
			updated.Store(true)
		}
	}
	if !refreshing {
		if n := cs.served.Load() - before; n != 0 {
			res.noteOnce(fmt.Sprintf("Refresh: with --refresh-every 0 the schedule was fetched %d times during the presses.", n))
		}
		_, err = p.quit(r.cfg.timeout)
		return err
	}
	rr := &res.refresh
	rr.presses = append(rr.presses, presses)
	rr.refreshes = append(rr.refreshes, int(cs.served.Load()-before))
	rr.spans = append(rr.spans, time.Since(t0))
	if updated.Load() {
		rr.updated++
	}
	_, err = p.quit(r.cfg.timeout)
	return err
}

// every is the --refresh-every of a run.
func every(refreshing bool) string {
	if refreshing {
		return refreshEvery
	}
	return "0"
}

// refreshNote says how many refreshes the presses met.
func (rr refreshRuns) note(src refreshSource) string {
	if rr.skipped != "" {
		return rr.skipped
	}
	if len(rr.presses) == 0 {
		return ""
	}
	counts := make([]string, len(rr.presses))
	for i := range rr.presses {
		counts[i] = fmt.Sprintf("%d presses over %.1f s met %d refreshes", rr.presses[i], rr.spans[i].Seconds(), rr.refreshes[i])
	}
	return fmt.Sprintf("Refresh: %s (%.1f MiB) served from 127.0.0.1, a new version (a talk retitled or moved, a new ETag) on every request, "+
		"read again every %s; each run pressed j/k until %d refreshes had been served: %s. \"Schedule updated\" was seen on the status line in %d of %d runs. "+
		"The row without refresh presses the same keys on the same list, opened with --refresh-every 0.",
		src.label, float64(src.size)/(1<<20), refreshEvery, refreshesWanted, strings.Join(counts, "; "), rr.updated, len(rr.presses))
}
