// Command measure proves summit-tui's speed budgets (issue 5, DESIGN.md
// "Speed and size") against a minimal Bubble Tea v2 program, both run on
// the same pseudo-terminal with a terminal emulator (bench/vtterm) at
// 120×40. From the repository's root:
//
//	go run ./bench/measure                # the whole report, under a minute
//	go run ./bench/measure -runs 10 -presses 40 -idle 10s
//
// It builds summit-tui and bench/minimal, writes a generated page of
// 10,000 talks (bench/pagegen), and measures, interleaving the two
// programs so a busy machine slows both alike:
//
//   - first complete frame: from process start to the first frame with
//     the conference name, the first talk's title and the status line
//     (minimal: "count: 0");
//   - key press to updated frame: `j` pressed -presses times per run, at
//     irregular gaps (Bubble Tea flushes frames on a 60 Hz ticker, so even
//     gaps would lock onto one phase of it), each timed from the write to
//     the output after which the newly selected talk's position and
//     abstract are on screen (minimal: "count: N+1");
//   - the 10,000-talk page: first frame, and each keystroke of -query
//     typed after `/`, until its match count, position and selected talk
//     are shown;
//   - peak RSS (VmHWM read just before quitting) on the seed and on the
//     10,000-talk page;
//   - parse time of both pages, in process (data.ParsePage);
//   - idle CPU: CPU time used over -idle after start with no input.
//
// It prints a Markdown table: medians, p90s, the budgets, the ratios and
// pass or fail, then the machine it ran on. Progress goes to standard
// error. -bin and -minimal measure prebuilt binaries instead (variants,
// e.g. another frame rate), -parts a subset.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/bench/pagegen"
	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/seeds"
)

// The screen size every measure runs at.
const (
	cols = 120
	rows = 40
)

type config struct {
	runs     int
	presses  int
	talks    int
	query    string
	idle     time.Duration
	parseN   int
	gapMin   time.Duration
	gapMax   time.Duration
	timeout  time.Duration
	bin      string
	minimal  string
	parts    map[string]bool
	verbose  bool
	keepTemp bool
}

// allParts are the measures -parts can choose. Peak RSS comes with the
// runs: the seed's with frame or keys, the generated page's with 10k.
var allParts = []string{"frame", "keys", "10k", "parse", "idle"}

func main() {
	var cfg config
	var parts string
	flag.IntVar(&cfg.runs, "runs", 5, "program runs per measure (first frame, key presses, 10,000 talks)")
	flag.IntVar(&cfg.presses, "presses", 30, "key presses per run")
	flag.IntVar(&cfg.talks, "talks", 10000, "talks on the generated page")
	flag.StringVar(&cfg.query, "query", "streaming", "filter typed letter by letter on the generated page")
	flag.DurationVar(&cfg.idle, "idle", 5*time.Second, "idling time for the idle CPU measure")
	flag.IntVar(&cfg.parseN, "parse", 200, "parses of the seed (a tenth as many of the generated page)")
	flag.DurationVar(&cfg.gapMin, "gap-min", 20*time.Millisecond, "shortest pause between presses")
	flag.DurationVar(&cfg.gapMax, "gap-max", 70*time.Millisecond, "longest pause between presses")
	flag.DurationVar(&cfg.timeout, "timeout", 10*time.Second, "longest wait for any one frame")
	flag.StringVar(&cfg.bin, "bin", "", "measure this summit-tui binary instead of building one")
	flag.StringVar(&cfg.minimal, "minimal", "", "measure this minimal program instead of building bench/minimal")
	flag.StringVar(&parts, "parts", strings.Join(allParts, ","), "measures to take: "+strings.Join(allParts, ","))
	flag.BoolVar(&cfg.verbose, "v", false, "print every sample to standard error")
	flag.BoolVar(&cfg.keepTemp, "keep", false, "keep the temporary directory (binaries, page)")
	flag.Parse()
	cfg.parts = map[string]bool{}
	for p := range strings.SplitSeq(parts, ",") {
		if p = strings.TrimSpace(p); p != "" {
			if !slices.Contains(allParts, p) {
				fmt.Fprintf(os.Stderr, "measure: unknown part %q (want %s)\n", p, strings.Join(allParts, ","))
				os.Exit(2)
			}
			cfg.parts[p] = true
		}
	}
	if cfg.runs < 1 || cfg.presses < 1 || cfg.gapMax < cfg.gapMin || cfg.talks < 10 {
		fmt.Fprintln(os.Stderr, "measure: -runs and -presses must be positive, -gap-max ≥ -gap-min, -talks ≥ 10")
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

// pages are the two programmes measured, parsed in process so the waits
// know what the screen must show.
type page struct {
	label string
	path  string // the file given to --file; "" for the built-in seed
	sched model.Schedule
}

func run(cfg config, out, logw io.Writer) error {
	logf := func(format string, args ...any) { fmt.Fprintf(logw, format+"\n", args...) }
	loadBefore := loadAverage()
	tmp, err := os.MkdirTemp("", "summit-tui-measure")
	if err != nil {
		return err
	}
	if cfg.keepTemp {
		logf("temporary files in %s", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	if cfg.bin == "" {
		cfg.bin = filepath.Join(tmp, "summit-tui")
		logf("building summit-tui…")
		if err := goBuild(cfg.bin, "."); err != nil {
			return err
		}
	}
	if cfg.minimal == "" {
		cfg.minimal = filepath.Join(tmp, "minimal")
		logf("building bench/minimal…")
		if err := goBuild(cfg.minimal, "./bench/minimal"); err != nil {
			return err
		}
	}

	seedSched, err := data.ParsePage(seeds.DefaultName, seeds.Default)
	if err != nil {
		return fmt.Errorf("parse the seed: %w", err)
	}
	genRaw := pagegen.Generate(cfg.talks)
	genPath := filepath.Join(tmp, fmt.Sprintf("generated-%d.txt", cfg.talks))
	if err := os.WriteFile(genPath, genRaw, 0o644); err != nil {
		return err
	}
	genSched, err := data.ParsePage(genPath, genRaw)
	if err != nil {
		return fmt.Errorf("parse the generated page: %w", err)
	}
	seed := page{label: "seed", sched: seedSched}
	gen := page{label: thousands(cfg.talks) + " talks", path: genPath, sched: genSched}
	if cfg.presses > len(seed.sched.Sessions)-4 {
		return fmt.Errorf("-presses %d: the seed has room for %d presses down its list", cfg.presses, len(seed.sched.Sessions)-4)
	}

	r := &runner{cfg: cfg, tmp: tmp, logf: logf, rnd: newJitter(cfg.gapMin, cfg.gapMax)}
	var res results
	for i := range cfg.runs {
		logf("run %d/%d", i+1, cfg.runs)
		if cfg.parts["frame"] || cfg.parts["keys"] || cfg.parts["10k"] {
			// The reference for every ratio, 10k's included.
			if err := r.minimalRun(&res); err != nil {
				return fmt.Errorf("minimal, run %d: %w", i+1, err)
			}
		}
		if cfg.parts["frame"] || cfg.parts["keys"] {
			if err := r.summitRun(seed, &res); err != nil {
				return fmt.Errorf("summit-tui on the seed, run %d: %w", i+1, err)
			}
		}
		if cfg.parts["10k"] {
			if err := r.bigRun(gen, &res); err != nil {
				return fmt.Errorf("summit-tui on %s, run %d: %w", gen.label, i+1, err)
			}
		}
	}
	if cfg.parts["idle"] {
		logf("idling %v…", cfg.idle)
		if err := r.idleRun(seed, &res); err != nil {
			return fmt.Errorf("idle: %w", err)
		}
	}
	if cfg.parts["parse"] {
		logf("parsing…")
		res.parseSeed = parseTimes(seeds.DefaultName, seeds.Default, cfg.parseN)
		res.parseGen = parseTimes(genPath, genRaw, max(cfg.parseN/10, 3))
	}
	if cfg.verbose {
		res.dump(logw)
	}

	fmt.Fprintf(out, "### summit-tui performance at %d×%d\n\n", cols, rows)
	fmt.Fprint(out, table(res.measures(cfg)))
	fmt.Fprintln(out)
	for _, n := range res.notes(cfg) {
		fmt.Fprintln(out, "- "+n)
	}
	fmt.Fprintf(out, "- Machine: %s; load average %s before, %s after.\n", machine(), loadBefore, loadAverage())
	fmt.Fprintf(out, "- Command: `go run ./bench/measure %s`\n", strings.Join(os.Args[1:], " "))
	return nil
}

// goBuild builds a package of this module (pkg relative to its root) into
// out.
func goBuild(out, pkg string) error {
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return fmt.Errorf("go env GOMOD: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = root
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s in %s: %w", pkg, root, err)
	}
	return nil
}

// results gathers every sample, in milliseconds or megabytes.
type results struct {
	minimalFrame, summitFrame, bigFrame []float64
	bigLoaded                           []float64 // the whole page in, when it opened on a preview
	minimalKeys, summitKeys, filterKeys []float64
	minimalRSS, seedRSS, bigRSS         []float64
	minimalIdle, summitIdle             []float64 // per cent of one core
	idleTicks                           []string  // utime+stime cross-check
	parseSeed, parseGen                 []float64
	seen                                map[string]bool
	anomalies                           []string // what the screens showed that the page did not predict
}

// noteOnce records an anomaly for the report, once.
func (r *results) noteOnce(s string) {
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	if !r.seen[s] {
		r.seen[s] = true
		r.anomalies = append(r.anomalies, s)
	}
}

func (r *results) measures(cfg config) []measure {
	var ms []measure
	if cfg.parts["frame"] || cfg.parts["keys"] {
		ms = append(ms,
			measure{name: "First complete frame (seed)", summit: r.summitFrame, minimal: r.minimalFrame,
				budget: budget{relative: true, factor: 1.3}},
			measure{name: fmt.Sprintf("Key `j` → updated frame, new abstract (seed; %d runs × %d presses)", cfg.runs, cfg.presses),
				summit: r.summitKeys, minimal: r.minimalKeys, budget: budget{relative: true, factor: 1.5, onP90: true}},
		)
	}
	if cfg.parts["10k"] {
		ms = append(ms,
			measure{name: thousands(cfg.talks) + " talks: first complete frame", summit: r.bigFrame, minimal: r.minimalFrame,
				budget: budget{relative: true, factor: 3}},
			measure{name: thousands(cfg.talks) + " talks: whole page loaded (all talks counted)", summit: r.bigLoaded, minimal: r.minimalFrame},
			measure{name: fmt.Sprintf("%s talks: filter keystroke (`/%s`), vs minimal key", thousands(cfg.talks), cfg.query),
				summit: r.filterKeys, minimal: r.minimalKeys, budget: budget{relative: true, factor: 2.5, onP90: true}},
			measure{name: thousands(cfg.talks) + " talks: peak RSS", unit: unitMB, summit: r.bigRSS, minimal: r.minimalRSS, peak: true,
				budget: budget{limit: 150}},
		)
	}
	if cfg.parts["frame"] || cfg.parts["keys"] {
		ms = append(ms, measure{name: "Seed: peak RSS", unit: unitMB, summit: r.seedRSS, minimal: r.minimalRSS, peak: true,
			budget: budget{limit: 40}})
	}
	if cfg.parts["parse"] {
		ms = append(ms,
			measure{name: "Seed: parse (in process)", unit: unitMicros, summit: r.parseSeed, budget: budget{limit: 1, strict: true}},
			measure{name: thousands(cfg.talks) + " talks: parse (in process)", summit: r.parseGen},
		)
	}
	if cfg.parts["idle"] {
		ms = append(ms, measure{name: fmt.Sprintf("Idle CPU over %v (%% of one core)", cfg.idle), unit: unitPercent,
			summit: r.summitIdle, minimal: r.minimalIdle})
	}
	return ms
}

func (r *results) notes(cfg config) []string {
	var out []string
	out = append(out, "Times are from the write to the pty (or the process start) to the arrival of the output after which the "+
		"expected screen holds, read by a terminal emulator; p90s interpolate between ranks. First frames compare medians, keys p90s.",
		"A first complete frame shows the conference name and the first talk. A large page opens on its first talks while "+
			"the rest is parsed; \"whole page loaded\" is when the status line counts every talk.")
	if len(r.parseSeed) > 0 {
		out = append(out, fmt.Sprintf("Parse, best of %d: seed %s; %s talks, best of %d: %s.",
			len(r.parseSeed), unitMicros.format(slices.Min(r.parseSeed)), thousands(cfg.talks), len(r.parseGen), unitMillis.format(slices.Min(r.parseGen))))
	}
	out = append(out, r.anomalies...)
	if len(r.idleTicks) > 0 {
		out = append(out, "Idle CPU from the threads' schedstat run times; utime+stime (10 ms ticks): "+strings.Join(r.idleTicks, ", ")+".")
	}
	return out
}

func (r *results) dump(w io.Writer) {
	for _, s := range []struct {
		name string
		xs   []float64
	}{
		{"minimal first frame ms", r.minimalFrame}, {"summit first frame ms", r.summitFrame}, {"10k first frame ms", r.bigFrame}, {"10k loaded ms", r.bigLoaded},
		{"minimal keys ms", r.minimalKeys}, {"summit keys ms", r.summitKeys}, {"filter keys ms", r.filterKeys},
		{"minimal RSS MB", r.minimalRSS}, {"seed RSS MB", r.seedRSS}, {"10k RSS MB", r.bigRSS},
		{"idle minimal %", r.minimalIdle}, {"idle summit %", r.summitIdle},
	} {
		parts := make([]string, len(s.xs))
		for i, x := range s.xs {
			parts[i] = fmt.Sprintf("%.2f", x)
		}
		fmt.Fprintf(w, "%s: %s\n", s.name, strings.Join(parts, " "))
	}
}

// parseTimes times data.ParsePage n times.
func parseTimes(name string, raw []byte, n int) []float64 {
	out := make([]float64, 0, n)
	for range n {
		t0 := time.Now()
		if _, err := data.ParsePage(name, raw); err != nil {
			panic(err) // parsed once already
		}
		out = append(out, float64(time.Since(t0))/float64(time.Millisecond))
	}
	return out
}
