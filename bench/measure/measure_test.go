package main

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

func TestPercentile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3} // unsorted on purpose
	for _, c := range []struct{ p, want float64 }{
		{0, 1}, {50, 3}, {100, 5}, {90, 4.6}, {25, 2},
	} {
		if got := percentile(xs, c.p); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("p%v = %v, want %v", c.p, got, c.want)
		}
	}
	if xs[0] != 5 {
		t.Error("percentile sorted its argument")
	}
	if !math.IsNaN(percentile(nil, 50)) {
		t.Error("percentile of nothing should be NaN")
	}
	if got := percentile([]float64{7}, 90); got != 7 {
		t.Errorf("p90 of one sample = %v", got)
	}
	// 30 samples 1…30: p90 lies between the 27th and 28th.
	var thirty []float64
	for i := 1; i <= 30; i++ {
		thirty = append(thirty, float64(i))
	}
	if got := percentile(thirty, 90); math.Abs(got-27.1) > 1e-9 {
		t.Errorf("p90 of 1…30 = %v, want 27.1", got)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 59: "59", 999: "999", 1000: "1,000", 10000: "10,000", 1234567: "1,234,567", -1000: "-1,000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestMillis(t *testing.T) {
	got := millis([]time.Duration{1500 * time.Microsecond, 2 * time.Second})
	if got[0] != 1.5 || got[1] != 2000 {
		t.Errorf("millis = %v", got)
	}
}

func TestTable(t *testing.T) {
	ms := []measure{
		{name: "First frame", summit: []float64{10, 12, 11}, ref: []float64{10, 10, 10}, refName: "Glamour ref",
			budget: budget{relative: true, factor: 1.3}},
		{name: "Key", summit: []float64{20, 30}, ref: []float64{10, 10}, refName: "minimal",
			budget: budget{relative: true, factor: 1.5, onP90: true}},
		{name: "Large frame", summit: []float64{20, 20, 40}, ref: []float64{10, 10, 10}, refName: "minimal",
			budget: budget{relative: true, factor: 3, alsoP90: true}},
		{name: "Large filter", summit: []float64{30, 40, 60}, budget: budget{limit: 50, onP90: true}},
		{name: "RSS", unit: unitMB, summit: []float64{30, 41.5}, peak: true, budget: budget{limit: 40}},
		{name: "Parse", unit: unitMicros, summit: []float64{0.5}, budget: budget{limit: 1, strict: true}},
		{name: "Idle", unit: unitPercent, summit: []float64{0.25}, ref: []float64{0.5}, refName: "minimal"},
		{name: "Empty", summit: nil, ref: []float64{1}, refName: "minimal", budget: budget{relative: true, factor: 2}},
	}
	got := table(ms)
	want := `| Measure | summit-tui median | summit-tui p90 | reference | reference median | reference p90 | n | Budget | Ratio | Result |
|---|---:|---:|---|---:|---:|---:|---|---:|---|
| First frame | 11.0 ms | 11.8 ms | Glamour ref | 10.0 ms | 10.0 ms | 3 | median ≤ 1.3× Glamour ref | 1.10× | **pass** |
| Key | 25.0 ms | 29.0 ms | minimal | 10.0 ms | 10.0 ms | 2 | p90 ≤ 1.5× minimal | 2.90× | **FAIL** |
| Large frame | 20.0 ms | 36.0 ms | minimal | 10.0 ms | 10.0 ms | 3 | median and p90 ≤ 3× minimal | 2.00× / 3.60× | **FAIL** |
| Large filter | 40.0 ms | 56.0 ms | — | — | — | 3 | p90 ≤ 50.0 ms | 1.12 of limit | **FAIL** |
| RSS | 41.5 MB | — | — | — | — | 2 | peak ≤ 40.0 MB | 1.04 of limit | **FAIL** |
| Parse | 500 µs | 500 µs | — | — | — | 1 | median < 1000 µs | 0.50 of limit | **pass** |
| Idle | 0.25 % | 0.25 % | minimal | 0.50 % | 0.50 % | 1 | — |  | info |
| Empty | — | — | minimal | 1.00 ms | 1.00 ms | 0 | median ≤ 2× minimal | — | n/a |
`
	if got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}

func TestParseProc(t *testing.T) {
	mb, err := parseStatusMB([]byte("Name:\tx\nVmPeak:\t  9 kB\nVmHWM:\t   20480 kB\nVmRSS:\t 1 kB\n"), "VmHWM")
	if err != nil || mb != 20 {
		t.Errorf("parseStatusMB(VmHWM) = %v, %v", mb, err)
	}
	if _, err := parseStatusMB([]byte("Name:\tx\n"), "VmHWM"); err == nil {
		t.Error("no VmHWM line should be an error")
	}
	stat := "1234 (summit tui) S 1 2 3 4 5 6 7 8 9 10 25 7 0 0 20 0 1 0"
	d, err := parseStatCPU([]byte(stat))
	if err != nil || d != 320*time.Millisecond {
		t.Errorf("parseStatCPU = %v, %v", d, err)
	}
}

func TestExpectations(t *testing.T) {
	if got := titlePrefix("Is Kafka a Database?"); got != "Is Kafka a Database?" {
		t.Errorf("short title cut: %q", got)
	}
	if got := titlePrefix("Running Kafka® in Kubernetes: A Practical Guide"); got != "Running Kafka® in" {
		t.Errorf("titlePrefix = %q", got)
	}
	screen := "top\n  rest\n12/59 · Saved\n\n"
	if !statusIs(screen, 12, 59) || statusIs(screen, 1, 59) || statusIs(screen, 12, 5) {
		t.Error("statusIs misreads the status line")
	}
	sched := &model.Schedule{Sessions: []model.Session{
		{Title: "In this talk", Abstract: "In this talk we show, with “quotes”, how."},
		{Title: "Other", Abstract: ""},
		{Title: "Lists", Abstract: "- Exactly-once delivery\n- Other"},
	}}
	if got := abstractSnippet(&sched.Sessions[0], sched); got != "In this talk we" {
		t.Errorf("snippet = %q", got)
	}
	if got := abstractSnippet(&sched.Sessions[1], sched); got != "No abstract." {
		t.Errorf("snippet of no abstract = %q", got)
	}
	if got := abstractSnippet(&sched.Sessions[2], sched); got != "Exactly-once delivery" && !strings.Contains(sched.Sessions[2].Abstract, got) {
		t.Errorf("snippet of a list = %q", got)
	}
}

func TestFilterSteps(t *testing.T) {
	sched := &model.Schedule{Sessions: []model.Session{
		{ID: "a", Title: "Alpha streams"},
		{ID: "b", Title: "Beta"},
		{ID: "c", Title: "Streaming gamma"},
	}}
	steps := filterSteps(sched, "stream")
	if len(steps) != 6 {
		t.Fatalf("%d steps", len(steps))
	}
	if last := steps[5]; last.typed != "stream" || last.letter != "m" || last.matches != 2 {
		t.Errorf("last step = %+v", last)
	}
}

func TestFilterShown(t *testing.T) {
	const screen = "Conf\n│ / stream                2/3 │ detail\n│ Alpha streams │\n\n1/2 · note            ★ 0\n\n"
	if n, ok := filterShown(screen, "stream", 3); !ok || n != 2 {
		t.Errorf("filterShown = %d, %v", n, ok)
	}
	for name, s := range map[string]string{
		"pending":        strings.Replace(screen, "2/3", "…", 1),
		"stale status":   strings.Replace(screen, "1/2 ·", "1/3 ·", 1),
		"other query":    strings.Replace(screen, "/ stream", "/ strea", 1),
		"no status line": strings.Replace(screen, "1/2 · note", "", 1),
	} {
		if _, ok := filterShown(s, "stream", 3); ok {
			t.Errorf("%s: counted as shown", name)
		}
	}
	none := "│ / zzz       0/3 │\n│ No matches. │\n\n          ★ 0"
	if n, ok := filterShown(none, "zzz", 3); !ok || n != 0 {
		t.Errorf("no matches: %d, %v", n, ok)
	}
	named := strings.Replace(none, "No matches.", "No talk matches “zzz”.", 1)
	if n, ok := filterShown(named, "zzz", 3); !ok || n != 0 {
		t.Errorf("no matches, in the wording naming the query: %d, %v", n, ok)
	}
}

func TestRefreshVersions(t *testing.T) {
	raw := []byte(`<schedule><conference><title>Conf</title></conference><day><room name="A">` +
		`<event id="1"><room>A</room><title>First</title></event>` +
		`<event id="2"><room>A</room><title>Last</title></event></room></day></schedule>`)
	vs, err := refreshVersions(raw)
	if err != nil {
		t.Fatal(err)
	}
	if string(vs[0]) != string(raw) {
		t.Error("the first version is not the schedule as published")
	}
	want := strings.Replace(string(raw), `<room>A</room><title>Last</title>`, `<room>A (moved)</room><title>Last (updated)</title>`, 1)
	if string(vs[1]) != want {
		t.Errorf("second version:\n%s\nwant:\n%s", vs[1], want)
	}
	if _, err := refreshVersions([]byte("<schedule/>")); err == nil {
		t.Error("a schedule without talks should be an error")
	}
}

func TestChangingServer(t *testing.T) {
	cs := newChangingServer([2][]byte{[]byte("one"), []byte("two")})
	defer cs.close()
	var bodies, etags []string
	for range 3 {
		resp, err := http.Get(cs.url())
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		bodies, etags = append(bodies, string(b)), append(etags, resp.Header.Get("ETag"))
	}
	if strings.Join(bodies, " ") != "two one two" || etags[0] == etags[1] || etags[1] == etags[2] || etags[0] == etags[2] {
		t.Errorf("bodies %q, ETags %q: want the versions in turn, each with a new ETag", bodies, etags)
	}
	if n := cs.served.Load(); n != 3 {
		t.Errorf("served %d, want 3", n)
	}
}

func TestNextPosition(t *testing.T) {
	for _, c := range []struct {
		pos, total int
		down       bool
		key        string
		to         int
		stillDown  bool
	}{
		{1, 5, true, "j", 2, true},
		{5, 5, true, "k", 4, false},
		{3, 5, false, "k", 2, false},
		{1, 5, false, "j", 2, true},
	} {
		key, to, down := nextPosition(c.pos, c.total, c.down)
		if key != c.key || to != c.to || down != c.stillDown {
			t.Errorf("nextPosition(%d, %d, %v) = %s, %d, %v", c.pos, c.total, c.down, key, to, down)
		}
	}
}

func TestRefreshScreens(t *testing.T) {
	const screen = `FOSDEM 2026 › Sat 31
╭──────────╮╭──────────╮
│ ▌  Talk  ││ Talk     │
│    Other │╰──────────╯
│    Third │╭──────────╮
│    Fourth││ %s│
│    Fifth ││          │
╰──────────╯╰──────────╯
4/484 · %s                ★ 0
`
	filled := fmt.Sprintf(screen, "In Sept  ", "Schedule updated: 1 moved")
	if pos, total, ok := positionOf(filled); !ok || pos != 4 || total != 484 {
		t.Errorf("positionOf = %d, %d, %v", pos, total, ok)
	}
	if !abstractShown(filled) || !scheduleUpdated(filled) {
		t.Error("the abstract or the update not seen")
	}
	empty := fmt.Sprintf(screen, "         ", "")
	if abstractShown(empty) || scheduleUpdated(empty) {
		t.Error("an empty abstract pane or a plain status line read as filled")
	}
	if _, _, ok := positionOf("loading\n\nReading…\n"); ok {
		t.Error("a status line without a position read as one")
	}
}
