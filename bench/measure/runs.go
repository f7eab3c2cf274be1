package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/summit-tui/summit-tui/bench/vtterm"
	gossh "golang.org/x/crypto/ssh"
)

// runner starts the programs and takes their measures.
type runner struct {
	cfg  config
	tmp  string
	logf func(string, ...any)
	rnd  *jitter
	n    int // processes started, for fresh bookmark files

	serveKeys []gossh.Signer // the serve part's clients' keys
}

// jitter draws the pauses between presses, uniformly between two bounds,
// the same sequence on every run of the program.
type jitter struct {
	r        *rand.Rand
	min, max time.Duration
}

func newJitter(lo, hi time.Duration) *jitter {
	return &jitter{r: rand.New(rand.NewPCG(5, 2019)), min: lo, max: hi}
}

func (j *jitter) pause() {
	d := j.min
	if j.max > j.min {
		d += time.Duration(j.r.Int64N(int64(j.max - j.min)))
	}
	time.Sleep(d)
}

// proc is one program on the emulated terminal.
type proc struct {
	cmd  *exec.Cmd
	term *vtterm.Term
}

// env is the environment both programs get: ours without the settings
// that change colours or where bookmarks and the remembered place live,
// TERM=xterm-256color, and a fresh XDG_DATA_HOME and XDG_STATE_HOME (each
// run starts on the first tab and leaves the user's place alone).
func (r *runner) env(dataHome string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TERM", "COLORTERM", "NO_COLOR", "XDG_DATA_HOME", "XDG_STATE_HOME", "CLICOLOR_FORCE":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "TERM=xterm-256color", "XDG_DATA_HOME="+dataHome, "XDG_STATE_HOME="+filepath.Join(dataHome, "state"))
}

// start runs a program on a fresh 120×40 terminal.
func (r *runner) start(bin string, args ...string) (*proc, error) {
	return r.startEnv(bin, nil, args...)
}

// startEnv is start with more environment variables, which win over env's.
func (r *runner) startEnv(bin string, extra []string, args ...string) (*proc, error) {
	r.n++
	dir := filepath.Join(r.tmp, fmt.Sprintf("run-%d", r.n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if bin == r.cfg.bin { // the reference programs take no flags
		args = append([]string{"--bookmarks", filepath.Join(dir, "bookmarks.json")}, args...)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(r.env(dir), extra...)
	term, err := vtterm.Start(cmd, cols, rows)
	if err != nil {
		return nil, err
	}
	return &proc{cmd: cmd, term: term}, nil
}

// firstFrame waits for the first screen on which cond holds and returns
// the time since the process started.
func (p *proc) firstFrame(timeout time.Duration, cond func(string) bool) (time.Duration, error) {
	f, err := p.term.WaitForFrame(timeout, cond)
	if err != nil {
		return 0, err
	}
	return f.At.Sub(p.term.StartedAt()), nil
}

// quit reads the process's peak RSS (VmHWM, in MB), then sends q and
// waits for it to exit. The kernel's maxrss after exit is no use here: a
// child started by fork and exec inherits the high-water mark of the
// parent it was copied from, this program with its parsed pages.
func (p *proc) quit(timeout time.Duration) (float64, error) {
	defer p.term.Close()
	hwm, err := peakRSS(p.term.Pid())
	if err != nil {
		return 0, err
	}
	if err := p.term.Send("q"); err != nil {
		return 0, err
	}
	if code, err := p.term.Wait(timeout); err != nil || code != 0 {
		return 0, fmt.Errorf("exit %d: %v", code, err)
	}
	return hwm, nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// minimalRun: first frame, then j pressed -presses times.
func (r *runner) minimalRun(res *results) error {
	p, err := r.start(r.cfg.minimal)
	if err != nil {
		return err
	}
	defer p.term.Close()
	d, err := p.firstFrame(r.cfg.timeout, referenceCount(0))
	if err != nil {
		return err
	}
	res.minimalFrame = append(res.minimalFrame, ms(d))
	if r.cfg.parts["keys"] || r.cfg.parts["grid"] || r.cfg.parts["10k"] || r.cfg.parts["large"] || r.cfg.parts["refresh"] {
		time.Sleep(200 * time.Millisecond) // let start-up settle, as for summit-tui
		for i := 1; i <= r.cfg.presses; i++ {
			d, err := p.term.SendAndTime("j", referenceCount(i), r.cfg.timeout)
			if err != nil {
				return err
			}
			res.minimalKeys = append(res.minimalKeys, ms(d))
			r.rnd.pause()
		}
	}
	rss, err := p.quit(r.cfg.timeout)
	if err != nil {
		return err
	}
	res.minimalRSS = append(res.minimalRSS, rss)
	return nil
}

// glamourRun: the Glamour reference's first frame.
func (r *runner) glamourRun(res *results) error {
	p, err := r.start(r.cfg.glamour, fmt.Sprintf("-fps=%d", glamourFPS))
	if err != nil {
		return err
	}
	defer p.term.Close()
	d, err := p.firstFrame(r.cfg.timeout, referenceCount(0))
	if err != nil {
		return err
	}
	res.glamourFrame = append(res.glamourFrame, ms(d))
	_, err = p.quit(r.cfg.timeout)
	return err
}

// summitRun: the seed's first frame, then j pressed -presses times from
// the first talk with an abstract, each press waiting for the next talk's
// abstract.
func (r *runner) summitRun(pg page, res *results) error {
	p, err := r.start(r.cfg.bin)
	if err != nil {
		return err
	}
	defer p.term.Close()
	d, err := p.firstFrame(r.cfg.timeout, startFrame(pg))
	if err != nil {
		return err
	}
	res.summitFrame = append(res.summitFrame, ms(d))
	if r.cfg.parts["keys"] {
		sched := &pg.sched
		at := 0
		for at < len(sched.Sessions)-1 && sched.Sessions[at].Abstract == "" {
			at++ // the keynotes have no abstract
		}
		if err := p.term.Send(strings.Repeat("j", at)); err != nil {
			return err
		}
		if _, err := p.term.WaitFor(r.cfg.timeout, talkShown(sched, at)); err != nil {
			return err
		}
		time.Sleep(200 * time.Millisecond) // the neighbours' prefetch
		for range r.cfg.presses {
			at++
			d, err := p.term.SendAndTime("j", talkShown(sched, at), r.cfg.timeout)
			if err != nil {
				return fmt.Errorf("press to talk %d: %w", at+1, err)
			}
			res.summitKeys = append(res.summitKeys, ms(d))
			r.rnd.pause()
		}
	}
	rss, err := p.quit(r.cfg.timeout)
	if err != nil {
		return err
	}
	res.seedRSS = append(res.seedRSS, rss)
	return nil
}

// bigRun: a generated page's first frame, then the query typed letter
// by letter after "/", each keystroke waiting for its matches.
func (r *runner) bigRun(pg page, res *pageResults, notes *results) error {
	p, err := r.start(r.cfg.bin, "--file", pg.path)
	if err != nil {
		return err
	}
	defer p.term.Close()
	d, err := p.firstFrame(r.cfg.timeout, startFrame(pg))
	if err != nil {
		return err
	}
	res.frame = append(res.frame, ms(d))
	d, err = p.firstFrame(r.cfg.timeout, loadedFrame(pg))
	if err != nil {
		return err
	}
	res.loaded = append(res.loaded, ms(d))
	sched := &pg.sched
	n := len(sched.Sessions)
	time.Sleep(200 * time.Millisecond)
	if _, err := p.term.SendAndTime(filterKey, filterOpen(n), r.cfg.timeout); err != nil {
		return err
	}
	r.rnd.pause()
	for _, st := range pg.steps {
		var shown atomic.Int64
		d, err := p.term.SendAndTime(st.letter, func(s string) bool {
			n, ok := filterShown(s, st.typed, len(sched.Sessions))
			if ok {
				shown.Store(int64(n))
			}
			return ok
		}, r.cfg.timeout)
		if err != nil {
			return fmt.Errorf("typing %q: %w", st.typed, err)
		}
		res.filterKeys = append(res.filterKeys, ms(d))
		if got := int(shown.Load()); got != st.matches {
			notes.noteOnce(fmt.Sprintf("%s, filter `%s`: the browser shows %d matches, a search of every talk (model.Index.SearchSessions) finds %d.",
				pg.label, st.typed, got, st.matches))
		}
		r.rnd.pause()
	}
	if err := p.term.Send(filterCloseKey); err != nil { // back to the list, so q quits
		return err
	}
	if _, err := p.term.WaitFor(r.cfg.timeout, filterClosed(r.cfg.query)); err != nil {
		return err
	}
	rss, err := p.quit(r.cfg.timeout)
	if err != nil {
		return err
	}
	res.rss = append(res.rss, rss)
	return nil
}

// idleRun starts both programs on the seed, lets them settle for a
// second, then measures the CPU time each uses over -idle without input.
func (r *runner) idleRun(pg page, res *results) error {
	sp, err := r.start(r.cfg.bin)
	if err != nil {
		return err
	}
	defer sp.term.Close()
	mp, err := r.start(r.cfg.minimal)
	if err != nil {
		return err
	}
	defer mp.term.Close()
	if _, err := sp.firstFrame(r.cfg.timeout, startFrame(pg)); err != nil {
		return err
	}
	if _, err := mp.firstFrame(r.cfg.timeout, referenceCount(0)); err != nil {
		return err
	}
	time.Sleep(time.Second)
	type sample struct{ sched, stat time.Duration }
	read := func(p *proc) (sample, error) {
		a, err := cpuTime(p.term.Pid())
		if err != nil {
			return sample{}, err
		}
		b, _ := statCPU(p.term.Pid())
		return sample{a, b}, nil
	}
	s0, err := read(sp)
	if err != nil {
		return err
	}
	m0, err := read(mp)
	if err != nil {
		return err
	}
	t0 := time.Now()
	time.Sleep(r.cfg.idle)
	s1, err := read(sp)
	if err != nil {
		return err
	}
	m1, err := read(mp)
	if err != nil {
		return err
	}
	el := time.Since(t0)
	pct := func(a, b time.Duration) float64 { return 100 * float64(b-a) / float64(el) }
	res.summitIdle = append(res.summitIdle, pct(s0.sched, s1.sched))
	res.minimalIdle = append(res.minimalIdle, pct(m0.sched, m1.sched))
	res.idleTicks = append(res.idleTicks,
		fmt.Sprintf("summit-tui %v, minimal %v in %v", s1.stat-s0.stat, m1.stat-m0.stat, el.Round(time.Millisecond)))
	if _, err := sp.quit(r.cfg.timeout); err != nil {
		return err
	}
	_, err = mp.quit(r.cfg.timeout)
	return err
}
