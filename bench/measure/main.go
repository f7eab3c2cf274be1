// Command measure proves summit-tui's speed budgets (DESIGN.md "Speed")
// against two reference programs: bench/minimal, a minimal Bubble Tea v2
// program, and bench/glamourref, the same linking Glamour at summit-tui's
// frame rate. All run on the same pseudo-terminal with a terminal
// emulator (bench/vtterm) at 120×40. From the repository's root:
//
//	go run ./bench/measure                # the whole report, about two minutes
//	go run ./bench/measure -runs 10 -presses 40 -idle 10s
//
// It builds summit-tui and the reference programs, writes generated pages
// of 10,000 and 45,000 talks (bench/pagegen; the larger is about the
// largest under the 64 MiB page cap), and measures, interleaving the
// programs so a busy machine slows them alike:
//
//   - first complete frame: from process start to the first frame with
//     the conference name, the first talk's title and the status line
//     (the references: "count: 0"), against the Glamour reference, whose
//     first frame carries the package init no program on this stack
//     avoids, and against the minimal program;
//   - key press to updated frame: `j` pressed -presses times per run, at
//     irregular gaps (Bubble Tea flushes frames on a ticker, so even
//     gaps would lock onto one phase of it), each timed from the write to
//     the output after which the newly selected talk's position and
//     abstract are on screen (minimal: "count: N+1");
//   - the timetable grid of a FOSDEM-size day (30 rooms, 450 talks, from
//     bench/frabgen): -presses moves (l, then j and k) per run, each timed
//     to the frame whose status line shows the new selection (grid.go);
//   - keys while the schedule refreshes: FOSDEM 2026 served from a local
//     server, a new version on every request, read again every second;
//     j and k pressed -presses times or more, until a few refreshes have
//     been served meanwhile, each timed to the frame with the new
//     position and abstract, and the same keys without refresh
//     (refresh.go; skipped, with a note, when the samples are not in
//     -samples);
//   - each generated page: first frame, and each keystroke of -query
//     typed after `/`, until its match count, position and selected talk
//     are shown;
//   - peak RSS (VmHWM read just before quitting) on the seed and on the
//     generated pages, and from them the memory per 1,000 talks;
//   - parse time of the seed and the 10,000-talk page, in process
//     (data.ParsePage);
//   - idle CPU: CPU time used over -idle after start with no input;
//   - summit-tui serve on the seed, loaded by SSH clients in this process
//     (serve.go): the first frame over SSH against the local one, the
//     memory per session at each of -serve-sessions, key presses of a
//     lone session and of -serve-typers typing at once among them, the
//     same beside a client that stops reading, and SIGTERM (skipped, with
//     a note, when the binary has no serve command).
//
// It prints a Markdown table: medians, p90s, the budgets, the ratios and
// pass or fail, then the machine it ran on. Progress goes to standard
// error. -bin, -minimal and -glamour measure prebuilt binaries instead
// (variants, e.g. another frame rate), -parts a subset. What the programs'
// screens must show is in expect.go.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
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
	large    int
	query    string
	idle     time.Duration
	parseN   int
	gapMin   time.Duration
	gapMax   time.Duration
	timeout  time.Duration
	bin      string
	minimal  string
	glamour  string
	parts    map[string]bool
	verbose  bool
	keepTemp bool
	samples  string
	// the serve part
	serveSessions []int
	serveTypers   int
	serveConc     int
	serveFrom     int
}

// allParts are the measures -parts can choose. Peak RSS comes with the
// runs: the seed's with frame or keys, the generated pages' with 10k and
// large; the memory per 1,000 talks needs large and frame or keys.
var allParts = []string{"frame", "keys", "grid", "refresh", "10k", "large", "parse", "idle", "serve"}

func main() {
	var cfg config
	var parts string
	flag.IntVar(&cfg.runs, "runs", 5, "program runs per measure (first frame, key presses, 10,000 talks)")
	flag.IntVar(&cfg.presses, "presses", 30, "key presses per run")
	flag.IntVar(&cfg.talks, "talks", 10000, "talks on the generated page")
	flag.IntVar(&cfg.large, "large", 45000, "talks on the large generated page")
	flag.StringVar(&cfg.query, "query", "streaming", "filter typed letter by letter on the generated page")
	flag.DurationVar(&cfg.idle, "idle", 5*time.Second, "idling time for the idle CPU measure")
	flag.IntVar(&cfg.parseN, "parse", 200, "parses of the seed (a tenth as many of the generated page)")
	flag.DurationVar(&cfg.gapMin, "gap-min", 20*time.Millisecond, "shortest pause between presses")
	flag.DurationVar(&cfg.gapMax, "gap-max", 70*time.Millisecond, "longest pause between presses")
	flag.DurationVar(&cfg.timeout, "timeout", 10*time.Second, "longest wait for any one frame")
	flag.StringVar(&cfg.bin, "bin", "", "measure this summit-tui binary instead of building one")
	flag.StringVar(&cfg.minimal, "minimal", "", "measure this minimal program instead of building bench/minimal")
	flag.StringVar(&cfg.glamour, "glamour", "", "measure this Glamour reference instead of building bench/glamourref")
	flag.StringVar(&parts, "parts", strings.Join(allParts, ","), "measures to take: "+strings.Join(allParts, ","))
	flag.BoolVar(&cfg.verbose, "v", false, "print every sample to standard error")
	flag.StringVar(&cfg.samples, "samples", defaultSamples(), "the published schedules (refresh reads "+fosdemSampleName+" there)")
	var serveSessions string
	flag.StringVar(&serveSessions, "serve-sessions", "40,200", "serve: the session counts memory is read at, rising; typing runs at the last")
	flag.IntVar(&cfg.serveTypers, "serve-typers", 20, "serve: sessions typing at once")
	flag.IntVar(&cfg.serveConc, "serve-conc", 4, "serve: sessions opened at once")
	flag.IntVar(&cfg.serveFrom, "serve-from", 8, "serve: loopback source addresses (127.0.0.1 to 127.0.0.N) the sessions spread over")
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
	for f := range strings.SplitSeq(serveSessions, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || len(cfg.serveSessions) > 0 && n <= cfg.serveSessions[len(cfg.serveSessions)-1] {
			fmt.Fprintln(os.Stderr, "measure: -serve-sessions: give rising positive counts, such as 40,200")
			os.Exit(2)
		}
		cfg.serveSessions = append(cfg.serveSessions, n)
	}
	if cfg.serveTypers < 1 || cfg.serveTypers > cfg.serveSessions[len(cfg.serveSessions)-1] || cfg.serveConc < 1 || cfg.serveFrom < 1 || cfg.serveFrom > 254 {
		fmt.Fprintln(os.Stderr, "measure: -serve-typers from 1 to the last -serve-sessions, -serve-conc ≥ 1, -serve-from from 1 to 254")
		os.Exit(2)
	}
	if cfg.runs < 1 || cfg.presses < 1 || cfg.gapMax < cfg.gapMin || cfg.talks < 10 || cfg.large < 10 {
		fmt.Fprintln(os.Stderr, "measure: -runs and -presses must be positive, -gap-max ≥ -gap-min, -talks and -large ≥ 10")
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

// page is a programme measured, parsed in process so the waits know what
// the screen must show.
type page struct {
	label string
	path  string // the file given to --file; "" for the built-in seed
	size  int    // bytes
	sched model.Schedule
	steps []filterStep // typing -query on it
}

// generatedPage writes a generated page of n talks to dir and parses it.
func generatedPage(dir string, n int, query string) (page, []byte, error) {
	raw := pagegen.Generate(n)
	path := filepath.Join(dir, fmt.Sprintf("generated-%d.txt", n))
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		return page{}, nil, err
	}
	sched, err := data.ParsePage(path, raw)
	if err != nil {
		return page{}, nil, fmt.Errorf("parse the generated page of %d talks: %w", n, err)
	}
	pg := page{label: thousands(n) + " talks", path: path, size: len(raw), sched: sched}
	pg.steps = filterSteps(&pg.sched, query)
	return pg, raw, nil
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

	for _, b := range []struct {
		path *string
		name string
		pkg  string
	}{{&cfg.bin, "summit-tui", "."}, {&cfg.minimal, "minimal", "./bench/minimal"}, {&cfg.glamour, "glamourref", "./bench/glamourref"}} {
		if *b.path != "" {
			continue
		}
		*b.path = filepath.Join(tmp, b.name)
		logf("building %s…", b.pkg)
		if err := goBuild(*b.path, b.pkg); err != nil {
			return err
		}
	}

	seedSched, err := data.ParsePage(seeds.DefaultName, seeds.Default)
	if err != nil {
		return fmt.Errorf("parse the seed: %w", err)
	}
	seed := page{label: "seed", size: len(seeds.Default), sched: seedSched}
	if cfg.presses > len(seed.sched.Sessions)-4 {
		return fmt.Errorf("-presses %d: the seed has room for %d presses down its list", cfg.presses, len(seed.sched.Sessions)-4)
	}
	var gen, large page
	var genRaw []byte
	if cfg.parts["10k"] || cfg.parts["parse"] {
		logf("generating %d talks…", cfg.talks)
		if gen, genRaw, err = generatedPage(tmp, cfg.talks, cfg.query); err != nil {
			return err
		}
	}
	if cfg.parts["large"] {
		logf("generating %d talks…", cfg.large)
		if large, _, err = generatedPage(tmp, cfg.large, cfg.query); err != nil {
			return err
		}
	}

	var grid page
	if cfg.parts["grid"] {
		if grid, err = gridPage(tmp); err != nil {
			return err
		}
	}
	var res results
	var fosdem refreshSource
	if cfg.parts["refresh"] {
		var why string
		if fosdem, why, err = refreshSample(cfg.samples); err != nil {
			return err
		}
		if why != "" {
			logf("%s", why)
			res.refresh.skipped = why
			delete(cfg.parts, "refresh")
		}
	}
	if cfg.parts["serve"] && !serveAvailable(cfg.bin) {
		res.serve.skipped = "Serve: skipped, " + cfg.bin + " has no serve command (its --help names none)."
		logf("%s", res.serve.skipped)
		delete(cfg.parts, "serve")
	}
	r := &runner{cfg: cfg, tmp: tmp, logf: logf, rnd: newJitter(cfg.gapMin, cfg.gapMax)}
	if cfg.parts["serve"] {
		res.serve.init()
		if r.serveKeys, err = clientKeys(serveKeyCount); err != nil {
			return err
		}
	}
	for i := range cfg.runs {
		logf("run %d/%d", i+1, cfg.runs)
		if cfg.parts["frame"] || cfg.parts["keys"] || cfg.parts["grid"] || cfg.parts["refresh"] || cfg.parts["10k"] || cfg.parts["large"] {
			// The reference for every ratio but the first frame's.
			if err := r.minimalRun(&res); err != nil {
				return fmt.Errorf("minimal, run %d: %w", i+1, err)
			}
		}
		if cfg.parts["frame"] {
			if err := r.glamourRun(&res); err != nil {
				return fmt.Errorf("glamourref, run %d: %w", i+1, err)
			}
		}
		if cfg.parts["frame"] || cfg.parts["keys"] {
			if err := r.summitRun(seed, &res); err != nil {
				return fmt.Errorf("summit-tui on the seed, run %d: %w", i+1, err)
			}
		}
		if cfg.parts["serve"] {
			if !cfg.parts["frame"] && !cfg.parts["keys"] {
				// The local first frame, beside which the SSH one is judged.
				if err := r.summitRun(seed, &res); err != nil {
					return fmt.Errorf("summit-tui on the seed, run %d: %w", i+1, err)
				}
			}
			if err := r.serveRun(seed, &res.serve); err != nil {
				return fmt.Errorf("summit-tui serve, run %d: %w", i+1, err)
			}
		}
		if cfg.parts["grid"] {
			if err := r.gridRun(grid, &res); err != nil {
				return fmt.Errorf("summit-tui's grid on %s, run %d: %w", grid.label, i+1, err)
			}
		}
		if cfg.parts["refresh"] {
			if err := r.refreshRun(fosdem, &res, true); err != nil {
				return fmt.Errorf("summit-tui refreshing %s, run %d: %w", fosdem.label, i+1, err)
			}
			if err := r.refreshRun(fosdem, &res, false); err != nil {
				return fmt.Errorf("summit-tui on %s without refresh, run %d: %w", fosdem.label, i+1, err)
			}
		}
		if cfg.parts["10k"] {
			if err := r.bigRun(gen, &res.big, &res); err != nil {
				return fmt.Errorf("summit-tui on %s, run %d: %w", gen.label, i+1, err)
			}
		}
		if cfg.parts["large"] {
			if err := r.bigRun(large, &res.large, &res); err != nil {
				return fmt.Errorf("summit-tui on %s, run %d: %w", large.label, i+1, err)
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
		res.parseGen = parseTimes(gen.path, genRaw, max(cfg.parseN/10, 3))
	}
	if cfg.verbose {
		res.dump(logw)
	}

	pages := pageSet{seed: seed, gen: gen, large: large, fosdem: fosdem}
	fmt.Fprintf(out, "### summit-tui performance at %d×%d\n\n", cols, rows)
	fmt.Fprint(out, table(res.measures(cfg, pages)))
	fmt.Fprintln(out)
	for _, n := range res.notes(cfg, pages) {
		fmt.Fprintln(out, "- "+n)
	}
	fmt.Fprintf(out, "- Machine: %s; load average %s before, %s after.\n", machine(), loadBefore, loadAverage())
	fmt.Fprintf(out, "- Command: `go run ./bench/measure %s`\n", strings.Join(os.Args[1:], " "))
	return nil
}

// pageSet is the pages of a report.
type pageSet struct {
	seed, gen, large page
	fosdem           refreshSource
}

// moduleRoot is the directory of this module's go.mod.
func moduleRoot() (string, error) {
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	return filepath.Dir(strings.TrimSpace(string(gomod))), nil
}

// goBuild builds a package of this module (pkg relative to its root) into
// out.
func goBuild(out, pkg string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
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
	minimalFrame, glamourFrame, summitFrame []float64
	minimalKeys, summitKeys                 []float64
	gridKeys                                []float64 // moves in the FOSDEM-size grid
	refreshKeys                             []float64 // j and k while FOSDEM 2026 refreshes
	steadyKeys                              []float64 // the same without refresh
	refresh                                 refreshRuns
	minimalRSS, seedRSS                     []float64
	big, large                              pageResults // the generated pages
	minimalIdle, summitIdle                 []float64   // per cent of one core
	idleTicks                               []string    // utime+stime cross-check
	parseSeed, parseGen                     []float64
	seen                                    map[string]bool
	anomalies                               []string // what the screens showed that the page did not predict
	serve                                   serveRuns
}

// pageResults are the samples of one generated page.
type pageResults struct {
	frame      []float64
	loaded     []float64 // the whole page in, when it opened on a preview
	filterKeys []float64
	rss        []float64
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

const (
	refMinimal = "minimal"
	refGlamour = "Glamour ref"
)

func (r *results) measures(cfg config, pages pageSet) []measure {
	var ms []measure
	if cfg.parts["frame"] {
		ms = append(ms,
			measure{name: "First complete frame (seed), vs the Glamour reference", summit: r.summitFrame,
				ref: r.glamourFrame, refName: refGlamour, budget: budget{relative: true, factor: 1.1}},
			measure{name: "First complete frame (seed), vs minimal", summit: r.summitFrame,
				ref: r.minimalFrame, refName: refMinimal},
		)
	}
	if cfg.parts["keys"] {
		ms = append(ms,
			measure{name: fmt.Sprintf("Key `j` → updated frame, new abstract (seed; %d runs × %d presses)", cfg.runs, cfg.presses),
				summit: r.summitKeys, ref: r.minimalKeys, refName: refMinimal, budget: budget{relative: true, factor: 1.5, onP90: true}},
		)
	}
	if cfg.parts["grid"] {
		ms = append(ms,
			measure{name: fmt.Sprintf("Grid move → updated frame (30 rooms, 450 talks a day; %d runs × %d presses)", cfg.runs, cfg.presses),
				summit: r.gridKeys, ref: r.minimalKeys, refName: refMinimal, budget: budget{relative: true, factor: 1.5, onP90: true}},
		)
	}
	if cfg.parts["refresh"] {
		ms = append(ms,
			measure{name: fmt.Sprintf("Key `j`/`k` → updated frame during refreshes (%s, a new version every %s; %d runs, %d presses)",
				pages.fosdem.label, refreshEvery, cfg.runs, len(r.refreshKeys)),
				summit: r.refreshKeys, ref: r.minimalKeys, refName: refMinimal, budget: budget{relative: true, factor: 1.5, onP90: true}},
			measure{name: fmt.Sprintf("Key `j`/`k` → updated frame, the same without refresh (%s)", pages.fosdem.label),
				summit: r.steadyKeys, ref: r.minimalKeys, refName: refMinimal},
		)
	}
	if cfg.parts["10k"] {
		ms = append(ms, pageMeasures(cfg, pages.gen, r.big, r,
			budget{relative: true, factor: 3},
			budget{relative: true, factor: 1.5, onP90: true}, "vs minimal key",
			budget{limit: 150})...)
	}
	if cfg.parts["large"] {
		ms = append(ms, pageMeasures(cfg, pages.large, r.large, r,
			budget{relative: true, factor: 3, alsoP90: true},
			budget{limit: 50, onP90: true}, "",
			budget{})...) // its memory is judged per 1,000 talks
	}
	if cfg.parts["frame"] || cfg.parts["keys"] {
		ms = append(ms, measure{name: "Seed: peak RSS", unit: unitMB, summit: r.seedRSS, ref: r.minimalRSS, refName: refMinimal, peak: true,
			budget: budget{limit: 40}})
	}
	if (cfg.parts["frame"] || cfg.parts["keys"]) && (cfg.parts["10k"] || cfg.parts["large"]) {
		// Per 1,000 talks: the largest page's peak over the seed's.
		pg, res := pages.gen, r.big
		if cfg.parts["large"] {
			pg, res = pages.large, r.large
		}
		if len(res.rss) > 0 && len(r.seedRSS) > 0 {
			talks := float64(len(pg.sched.Sessions)-len(pages.seed.sched.Sessions)) / 1000
			per := (slices.Max(res.rss) - slices.Max(r.seedRSS)) / talks
			ms = append(ms, measure{name: fmt.Sprintf("Memory per 1,000 talks (%s over the seed, peak RSS)", pg.label), unit: unitMB,
				summit: []float64{per}, budget: budget{limit: 5}})
		}
	}
	if cfg.parts["parse"] {
		ms = append(ms,
			measure{name: "Seed: parse (in process)", unit: unitMicros, summit: r.parseSeed, budget: budget{limit: 1, strict: true}},
			measure{name: pages.gen.label + ": parse (in process)", summit: r.parseGen},
		)
	}
	if cfg.parts["idle"] {
		ms = append(ms, measure{name: fmt.Sprintf("Idle CPU over %v (%% of one core)", cfg.idle), unit: unitPercent,
			summit: r.summitIdle, ref: r.minimalIdle, refName: refMinimal})
	}
	if cfg.parts["serve"] {
		ms = append(ms, r.serve.measures(cfg, r)...)
	}
	return ms
}

// pageMeasures are the rows of a generated page: its first frame, the
// whole page loaded, the filter keystroke (against the minimal program's
// key if filterRef says so) and peak RSS.
func pageMeasures(cfg config, pg page, res pageResults, r *results, frame, filter budget, filterRef string, rss budget) []measure {
	filterName := fmt.Sprintf("%s: filter keystroke (`/%s`)", pg.label, cfg.query)
	var filterRefs []float64
	if filterRef != "" {
		filterName += ", " + filterRef
		filterRefs = r.minimalKeys
	}
	return []measure{
		{name: pg.label + ": first complete frame", summit: res.frame, ref: r.minimalFrame, refName: refMinimal, budget: frame},
		{name: pg.label + ": whole page loaded (all talks counted)", summit: res.loaded, ref: r.minimalFrame, refName: refMinimal},
		{name: filterName, summit: res.filterKeys, ref: filterRefs, refName: refMinimal, budget: filter},
		{name: pg.label + ": peak RSS", unit: unitMB, summit: res.rss, ref: r.minimalRSS, refName: refMinimal, peak: true,
			budget: rss},
	}
}

func (r *results) notes(cfg config, pages pageSet) []string {
	var out []string
	out = append(out, "Times are from the write to the pty (or the process start) to the arrival of the output after which the "+
		"expected screen holds, read by a terminal emulator; p90s interpolate between ranks. First frames compare medians, keys p90s.",
		"A first complete frame shows the conference name and the first talk. A large page opens on its first talks while "+
			"the rest is parsed; \"whole page loaded\" is when the status line counts every talk.",
		fmt.Sprintf("The Glamour reference (bench/glamourref) runs at %d frames a second, summit-tui's rate; the minimal program at Bubble Tea's default.", glamourFPS))
	for _, pg := range []page{pages.gen, pages.large} {
		if pg.path != "" {
			out = append(out, fmt.Sprintf("%s: a page of %.1f MiB; typing `%s` finds %s matches.", pg.label, float64(pg.size)/(1<<20), cfg.query, stepCounts(pg.steps)))
		}
	}
	if len(r.parseSeed) > 0 {
		out = append(out, fmt.Sprintf("Parse, best of %d: seed %s; %s, best of %d: %s.",
			len(r.parseSeed), unitMicros.format(slices.Min(r.parseSeed)), pages.gen.label, len(r.parseGen), unitMillis.format(slices.Min(r.parseGen))))
	}
	if n := r.refresh.note(pages.fosdem); n != "" {
		out = append(out, n)
	}
	if cfg.parts["serve"] || r.serve.skipped != "" {
		out = append(out, r.serve.notes(cfg)...)
	}
	out = append(out, r.anomalies...)
	if len(r.idleTicks) > 0 {
		out = append(out, "Idle CPU from the threads' schedstat run times; utime+stime (10 ms ticks): "+strings.Join(r.idleTicks, ", ")+".")
	}
	return out
}

// glamourFPS is bench/glamourref's default frame rate.
const glamourFPS = 120

// stepCounts lists the match counts of typing a query: "9,120 → … → 208".
func stepCounts(steps []filterStep) string {
	parts := make([]string, len(steps))
	for i, st := range steps {
		parts[i] = thousands(st.matches)
	}
	return strings.Join(parts, " → ")
}

func (r *results) dump(w io.Writer) {
	for _, s := range []struct {
		name string
		xs   []float64
	}{
		{"minimal first frame ms", r.minimalFrame}, {"glamourref first frame ms", r.glamourFrame}, {"summit first frame ms", r.summitFrame},
		{"10k first frame ms", r.big.frame}, {"10k loaded ms", r.big.loaded}, {"10k filter keys ms", r.big.filterKeys},
		{"large first frame ms", r.large.frame}, {"large loaded ms", r.large.loaded}, {"large filter keys ms", r.large.filterKeys},
		{"minimal keys ms", r.minimalKeys}, {"summit keys ms", r.summitKeys}, {"grid moves ms", r.gridKeys}, {"refresh keys ms", r.refreshKeys}, {"no-refresh keys ms", r.steadyKeys},
		{"minimal RSS MB", r.minimalRSS}, {"seed RSS MB", r.seedRSS}, {"10k RSS MB", r.big.rss}, {"large RSS MB", r.large.rss},
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
