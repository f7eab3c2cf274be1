package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// The serve part: summit-tui serve on the built-in schedule, loaded by
// SSH clients in this process (serve_clients.go). Each run starts a
// fresh server and takes, in order:
//
//   - a warming session: its first frame (the first on a fresh server),
//     then j down the talks the others will walk, so the abstracts every
//     session shares are rendered once; it closes;
//   - the server's RSS then, the base of the memory per session;
//   - a lone session: its first frame (TCP dial to the complete frame),
//     then `j` pressed -presses times at irregular gaps;
//   - sessions opened up to each of -serve-sessions, at a bounded
//     concurrency, all at their first frame, and the server's RSS at
//     each count;
//   - -serve-typers of them pressing `j` at once, each at its own
//     irregular gaps; then `k` back up while one more client stops
//     reading its channel and keeps the server drawing for it (keys and
//     window changes), and whether and when the server cuts it off;
//   - SIGTERM with every session open: the time to exit, and its code.

// serveStallWait bounds how long the stalled client is watched for the
// server to cut it off, from when it stopped reading.
const serveStallWait = 30 * time.Second

// serveRuns are the serve part's samples.
type serveRuns struct {
	skipped   string    // why the part did not run
	frame     []float64 // the lone session's first frame, ms
	cold      []float64 // the warming session's, the first on a fresh server
	base      []float64 // RSS, MB, warmed
	rss       map[int][]float64
	per       map[int][]float64 // (RSS_N − base) / N, MB
	heap      map[int][]string  // the live heap at the last GC, from gctrace
	opening   map[int][]float64 // seconds to open up to N
	loneKeys  []float64
	loadKeys  []float64
	stallKeys []float64
	loadP90   []float64 // each run's, for the spread
	stallP90  []float64
	cutAfter  []float64 // ms from the stall to the cut
	notCut    int       // runs whose stalled client was still connected
	// the stalled client's output in all when cut off (MiB): what it read
	// before it stalled and what waited in its channel
	stalledBytes []float64
	uncutBytes   []float64 // the same, of a client not cut off, read at the end
	stop         []float64 // SIGTERM to exit, ms (+Inf: a non-zero exit)
	stopCodes    []string
	refused      int       // sessions turned away by the rate limiter, then retried
	idleCPU      []float64 // the server's, every session open, none typing (% of one core)
	loadCPU      []cpuUse  // while the typers type
	stallCPU     []cpuUse  // while they type beside the stalled client
}

// cpuUse is the CPU the server and this process (the clients) used over
// a span, in per cent of one core, and the presses timed in it per
// second.
type cpuUse struct{ server, clients, presses float64 }

// cpuSpan is a span being measured.
type cpuSpan struct {
	pid            int
	t0             time.Time
	server, client time.Duration
}

func startCPU(pid int) cpuSpan {
	s := cpuSpan{pid: pid, t0: time.Now()}
	s.server, _ = cpuTime(pid)
	s.client, _ = cpuTime(os.Getpid())
	return s
}

func (s cpuSpan) stop(presses int) cpuUse {
	server, _ := cpuTime(s.pid)
	client, _ := cpuTime(os.Getpid())
	wall := time.Since(s.t0)
	pct := func(d time.Duration) float64 { return 100 * float64(d) / float64(wall) }
	return cpuUse{server: pct(server - s.server), clients: pct(client - s.client), presses: float64(presses) / wall.Seconds()}
}

// cpuText lists spans: "server 150 %, clients 40 %, 380 presses/s", and
// the server's CPU per press over idle (idle: its % of one core then).
func cpuText(us []cpuUse, idle float64) string {
	parts := make([]string, len(us))
	for i, u := range us {
		parts[i] = fmt.Sprintf("server %.0f %%, clients %.0f %%, %.0f presses/s", u.server, u.clients, u.presses)
		if u.presses > 0 && idle > 0 {
			parts[i] += fmt.Sprintf(" (%.1f ms of the server's CPU a press over idle)", (u.server-idle)*10/u.presses)
		}
	}
	return strings.Join(parts, "; ")
}

func (s *serveRuns) init() {
	s.rss, s.per, s.heap, s.opening = map[int][]float64{}, map[int][]float64{}, map[int][]string{}, map[int][]float64{}
}

// serveAvailable reports whether bin has the serve command.
func serveAvailable(bin string) bool {
	out, _ := exec.Command(bin, "--help").Output()
	return bytes.Contains(out, []byte("summit-tui serve"))
}

// serveProc is a running summit-tui serve.
type serveProc struct {
	cmd  *exec.Cmd
	addr string
	log  *serveLog
	done chan struct{}
}

// serveLog keeps the server's standard error and counts its lines.
type serveLog struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func (l *serveLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	close(l.changed)
	l.changed = make(chan struct{})
	return len(p), nil
}

// count is how many lines contain s, and a channel closed at the next
// write.
func (l *serveLog) count(s string) (int, chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Count(l.buf.Bytes(), []byte(s)), l.changed
}

// waitCount waits up to timeout for n lines containing s.
func (l *serveLog) waitCount(s string, n int, timeout time.Duration) bool {
	deadline := time.After(timeout)
	for {
		got, changed := l.count(s)
		if got >= n {
			return true
		}
		select {
		case <-changed:
		case <-deadline:
			return false
		}
	}
}

func (l *serveLog) tail() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	lines := strings.Split(strings.TrimSpace(l.buf.String()), "\n")
	return strings.Join(lines[max(0, len(lines)-8):], "\n")
}

// lastHeap is the live heap after the last GC, from the runtime's
// gctrace line ("… 10->11->5 MB, …"): the third figure.
func (l *serveLog) lastHeap() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	lines := strings.Split(l.buf.String(), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if !strings.HasPrefix(lines[i], "gc ") {
			continue
		}
		for _, f := range strings.Fields(lines[i]) {
			if parts := strings.Split(f, "->"); len(parts) == 3 {
				return parts[2] + " MB"
			}
		}
	}
	return "?"
}

// freePort is a port on 127.0.0.1 nobody listens on just now.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// startServe starts summit-tui serve on a free port with its host key and
// database in dir and waits until it listens.
func (r *runner) startServe(dir string) (*serveProc, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	cmd := exec.Command(r.cfg.bin, "serve", "--listen", addr,
		"--host-key", filepath.Join(dir, "key"), "--db", filepath.Join(dir, "bookmarks.db"))
	// gctrace: the live heap, read from the log beside the RSS.
	cmd.Env = append(r.env(dir), "GODEBUG=gctrace=1")
	log := &serveLog{changed: make(chan struct{})}
	logFile, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		return nil, err
	}
	cmd.Stderr = io.MultiWriter(log, logFile)
	cmd.Stdout = cmd.Stderr
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, err
	}
	p := &serveProc{cmd: cmd, addr: addr, log: log, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); logFile.Close(); close(p.done) }()
	deadline := time.Now().Add(r.cfg.timeout)
	for {
		select {
		case <-p.done:
			return nil, fmt.Errorf("summit-tui serve exited at start: %s", log.tail())
		default:
		}
		if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			conn.Close()
			return p, nil
		}
		if time.Now().After(deadline) {
			p.kill()
			return nil, fmt.Errorf("summit-tui serve did not listen on %s within %v: %s", addr, r.cfg.timeout, log.tail())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// kill stops the server if it still runs.
func (p *serveProc) kill() {
	select {
	case <-p.done:
	default:
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

// terminate sends SIGTERM and waits for the exit: its time and code.
func (p *serveProc) terminate(timeout time.Duration) (time.Duration, int, error) {
	t0 := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return 0, -1, err
	}
	select {
	case <-p.done:
		return time.Since(t0), p.cmd.ProcessState.ExitCode(), nil
	case <-time.After(timeout):
		p.kill()
		return 0, -1, fmt.Errorf("still running %v after SIGTERM", timeout)
	}
}

// serveDialer opens the sessions of one run, spreading them over
// loopback source addresses and the keys in turn, and retrying those the
// rate limiter turns away.
type serveDialer struct {
	r       *runner
	addr    string
	keys    []gossh.Signer
	mu      sync.Mutex
	n       int
	refused int
}

// source is the loopback address of the i-th session: 127.0.0.1 to
// 127.0.0.(-serve-from).
func (d *serveDialer) source(i int) net.IP {
	return net.IPv4(127, 0, 0, byte(1+i%d.r.cfg.serveFrom))
}

// open opens a session and returns it at its first frame.
func (d *serveDialer) open(first func(string) bool, timeout time.Duration) (*sshClient, time.Duration, error) {
	d.mu.Lock()
	i := d.n
	d.n++
	d.mu.Unlock()
	deadline := time.Now().Add(5 * time.Minute)
	for {
		c, dt, err := dialSSH(d.addr, d.source(i), d.keys[i%len(d.keys)], first, timeout)
		if !errors.Is(err, errRateLimited) || time.Now().After(deadline) {
			if err != nil {
				err = fmt.Errorf("session %d: %w", i+1, err)
			}
			return c, dt, err
		}
		d.mu.Lock()
		d.refused++
		d.mu.Unlock()
		time.Sleep(500 * time.Millisecond)
	}
}

// firstAbstract is the first talk with an abstract, where every walk
// starts (the keynotes have none).
func firstAbstract(pg page) int {
	at := 0
	for at < len(pg.sched.Sessions)-1 && pg.sched.Sessions[at].Abstract == "" {
		at++
	}
	return at
}

// walkTo moves a session's cursor from the first talk to talk at.
func walkTo(c *sshClient, pg page, at int, timeout time.Duration) error {
	if at > 0 {
		if err := c.send(strings.Repeat("j", at)); err != nil {
			return err
		}
	}
	return c.waitFor(timeout, talkShown(&pg.sched, at), fmt.Sprintf("talk %d", at+1))
}

// revisit walks a session from talk at n talks down and back, untimed,
// so that the presses timed after it find every abstract rendered: all
// the timed presses, alone, among typers and beside the stalled client
// (which go back and forth), then revisit talks alike.
func revisit(c *sshClient, pg page, at, n int, timeout time.Duration) error {
	if _, err := press(c, pg, at, "j", n, &jitter{}, timeout); err != nil {
		return err
	}
	_, err := press(c, pg, at+n, "k", n, &jitter{}, timeout)
	return err
}

// press presses key n times from talk at (j down, k up), at the gaps j
// draws, and returns each press's time in ms.
func press(c *sshClient, pg page, at int, key string, n int, gaps *jitter, timeout time.Duration) ([]float64, error) {
	step := 1
	if key == "k" {
		step = -1
	}
	out := make([]float64, 0, n)
	for range n {
		at += step
		d, err := c.sendAndTime(key, talkShown(&pg.sched, at), timeout)
		if err != nil {
			return out, fmt.Errorf("%s to talk %d: %w", key, at+1, err)
		}
		out = append(out, ms(d))
		gaps.pause()
	}
	return out, nil
}

// serveRun is one run of the serve part.
func (r *runner) serveRun(pg page, res *serveRuns) error {
	r.n++
	dir := filepath.Join(r.tmp, fmt.Sprintf("serve-%d", r.n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	srv, err := r.startServe(dir)
	if err != nil {
		return err
	}
	defer srv.kill()
	pid := srv.cmd.Process.Pid
	d := &serveDialer{r: r, addr: srv.addr, keys: r.serveKeys}
	var open []*sshClient
	defer func() {
		for _, c := range open {
			c.Close()
		}
	}()
	fail := func(what string, err error) error {
		return fmt.Errorf("%s: %w\nthe server's last lines:\n%s", what, err, srv.log.tail())
	}
	first := startFrame(pg)
	start := firstAbstract(pg)
	end := start + r.cfg.presses
	timeout := r.cfg.timeout

	// Warm: the first session on a fresh server, walking the talks.
	warm, dt, err := d.open(first, timeout)
	if err != nil {
		return fail("the warming session", err)
	}
	res.cold = append(res.cold, ms(dt))
	err = walkTo(warm, pg, start, timeout)
	if err == nil {
		_, err = press(warm, pg, start, "j", r.cfg.presses, &jitter{}, timeout)
	}
	if err != nil {
		warm.Close()
		return fail("the warming session", err)
	}
	warm.Close()
	srv.log.waitCount("disconnect", 1, timeout)
	time.Sleep(300 * time.Millisecond)
	base, err := residentMB(pid)
	if err != nil {
		return err
	}
	res.base = append(res.base, base)

	// A lone session: its first frame and its keys.
	lone, dt, err := d.open(first, timeout)
	if err != nil {
		return fail("the lone session", err)
	}
	res.frame = append(res.frame, ms(dt))
	if err := walkTo(lone, pg, start, timeout); err != nil {
		lone.Close()
		return fail("the lone session", err)
	}
	if err := revisit(lone, pg, start, r.cfg.presses, timeout); err != nil {
		lone.Close()
		return fail("the lone session", err)
	}
	time.Sleep(200 * time.Millisecond)
	keys, err := press(lone, pg, start, "j", r.cfg.presses, r.rnd, timeout)
	lone.Close()
	if err != nil {
		return fail("the lone session", err)
	}
	res.loneKeys = append(res.loneKeys, keys...)
	srv.log.waitCount("disconnect", 2, timeout)

	// Sessions up to each count; the first -serve-typers keep their screens.
	for _, n := range r.cfg.serveSessions {
		t0 := time.Now()
		if err := r.openUpTo(d, &open, n, first); err != nil {
			return fail(fmt.Sprintf("opening %d sessions", n), err)
		}
		took := time.Since(t0).Seconds()
		res.opening[n] = append(res.opening[n], took)
		time.Sleep(500 * time.Millisecond)
		rss, err := residentMB(pid)
		if err != nil {
			return err
		}
		res.rss[n] = append(res.rss[n], rss)
		res.per[n] = append(res.per[n], (rss-base)/float64(n))
		res.heap[n] = append(res.heap[n], srv.log.lastHeap())
		r.logf("  serve: %d sessions open in %.1f s, RSS %.1f MB (warmed %.1f MB)", n, took, rss, base)
	}
	typers := open[:min(r.cfg.serveTypers, len(open))]
	walkErrs := make([]error, len(typers))
	var walking sync.WaitGroup
	for i, c := range typers {
		walking.Add(1)
		go func() {
			defer walking.Done()
			walkErrs[i] = walkTo(c, pg, start, 3*timeout)
			if walkErrs[i] == nil {
				walkErrs[i] = revisit(c, pg, start, r.cfg.presses, 3*timeout)
			}
		}()
	}
	walking.Wait()
	if err := errors.Join(walkErrs...); err != nil {
		return fail("a typer", err)
	}
	time.Sleep(200 * time.Millisecond)
	// The server's CPU with every session open and none typing.
	idle := startCPU(pid)
	time.Sleep(2 * time.Second)
	res.idleCPU = append(res.idleCPU, idle.stop(0).server)

	// Typing: j down, every typer at once.
	span := startCPU(pid)
	samples, err := typeAll(typers, pg, start, "j", r.cfg, r.n, nil)
	if err != nil {
		return fail("typing", err)
	}
	res.loadKeys = append(res.loadKeys, samples...)
	res.loadP90 = append(res.loadP90, p90(samples))
	res.loadCPU = append(res.loadCPU, span.stop(len(samples)))
	r.logf("  serve: %d typing: p90 %.1f ms; %s", len(typers), p90(samples), cpuText(res.loadCPU[len(res.loadCPU)-1:], res.idleCPU[len(res.idleCPU)-1]))

	// k back up while one more client stops reading.
	stalled, _, err := d.open(first, 3*timeout)
	if err != nil {
		return fail("the stalled client", err)
	}
	open = append(open, stalled)
	stalled.drain()
	stalled.stall()
	stalledAt := time.Now()
	stopPush := make(chan struct{})
	pushed := make(chan struct{})
	go func() { defer close(pushed); pushStalled(stalled, stopPush) }()
	// Typing lasts until the server cuts the client off (or the watch
	// ends): while its window fills, while the server's writes to it
	// wait, and as it is cut off.
	watch := time.NewTimer(serveStallWait)
	defer watch.Stop()
	until := make(chan struct{})
	go func() {
		select {
		case <-stalled.ended:
		case <-watch.C:
		}
		close(until)
	}()
	span = startCPU(pid)
	samples, err = typeAll(typers, pg, end, "k", r.cfg, r.n+1000, until)
	res.stallCPU = append(res.stallCPU, span.stop(len(samples)))
	if err != nil {
		close(stopPush)
		<-pushed
		return fail("typing beside a stalled client", err)
	}
	res.stallKeys = append(res.stallKeys, samples...)
	res.stallP90 = append(res.stallP90, p90(samples))
	<-until
	close(stopPush)
	<-pushed
	if at, ok := stalled.endedAfter(); ok {
		res.cutAfter = append(res.cutAfter, ms(at.Sub(stalledAt)))
		res.stalledBytes = append(res.stalledBytes, float64(stalled.resume(timeout))/(1<<20))
	} else {
		res.notCut++
		// What waits in its window, read now.
		res.uncutBytes = append(res.uncutBytes, float64(stalled.resume(time.Second))/(1<<20))
	}

	// SIGTERM with every session open.
	took, code, err := srv.terminate(10 * time.Second)
	if err != nil {
		return fail("SIGTERM", err)
	}
	if code != 0 {
		res.stop = append(res.stop, math.Inf(1))
		res.stopCodes = append(res.stopCodes, fmt.Sprintf("exit %d: %s", code, oneLineText(srv.log.tail())))
	} else {
		res.stop = append(res.stop, ms(took))
	}
	res.refused += d.refused
	return nil
}

// openUpTo opens sessions until *open holds n, -serve-conc at a time.
// All but the first -serve-typers drop their screens after the first
// frame and only drain.
func (r *runner) openUpTo(d *serveDialer, open *[]*sshClient, n int, first func(string) bool) error {
	have := len(*open)
	if have >= n {
		return nil
	}
	out := make([]*sshClient, n-have)
	errs := make([]error, n-have)
	sem := make(chan struct{}, r.cfg.serveConc)
	var wg sync.WaitGroup
	for i := range out {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			c, _, err := d.open(first, 3*r.cfg.timeout)
			if err != nil {
				errs[i] = err
				return
			}
			if have+i >= r.cfg.serveTypers {
				c.drain()
			}
			out[i] = c
		}()
	}
	wg.Wait()
	for _, c := range out {
		if c != nil {
			*open = append(*open, c)
		}
	}
	return errors.Join(errs...)
}

// typeAll has every typer press key -presses times from talk at, each at
// its own irregular gaps, at once, and returns every press's time. With
// until, they go on, back and forth over the same talks, until it is
// closed.
func typeAll(typers []*sshClient, pg page, at int, key string, cfg config, seed int, until chan struct{}) ([]float64, error) {
	var mu sync.Mutex
	var all []float64
	errs := make([]error, len(typers))
	var wg sync.WaitGroup
	for i, c := range typers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			gaps := &jitter{r: rand.New(rand.NewPCG(uint64(seed), uint64(i))), min: cfg.gapMin, max: cfg.gapMax}
			gaps.pause() // not all in step
			pos, k := at, key
			for {
				xs, err := press(c, pg, pos, k, cfg.presses, gaps, 3*cfg.timeout)
				mu.Lock()
				all = append(all, xs...)
				mu.Unlock()
				if err != nil {
					errs[i] = err
					return
				}
				if until == nil {
					return
				}
				select {
				case <-until:
					return
				default:
				}
				if k == "k" {
					pos, k = pos-cfg.presses, "j"
				} else {
					pos, k = pos+cfg.presses, "k"
				}
			}
		}()
	}
	wg.Wait()
	return all, errors.Join(errs...)
}

// pushStalled keeps the server drawing for a client that no longer
// reads: a window change every tick, alternating two widths (a whole
// redraw each), and j or k every fourth, until stop or the session ends.
func pushStalled(c *sshClient, stop chan struct{}) {
	tick := time.NewTicker(stallTick)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		case <-c.ended:
			return
		case <-tick.C:
		}
		err := c.resize(cols-i%2, rows)
		switch {
		case err != nil:
		case i%8 == 3:
			err = c.send("j")
		case i%8 == 7:
			err = c.send("k")
		}
		if err != nil {
			return
		}
	}
}

// stallTick is the stalled client's pace.
const stallTick = 20 * time.Millisecond

// measures are the serve part's rows.
func (s *serveRuns) measures(cfg config, r *results) []measure {
	if s.skipped != "" {
		return nil
	}
	largest := cfg.serveSessions[len(cfg.serveSessions)-1]
	ms := []measure{
		{name: "First frame over SSH (seed; TCP dial → complete frame, a warmed server), vs the local first frame",
			summit: s.frame, ref: r.summitFrame, refName: "local", budget: budget{relative: true, factor: 2, alsoP90: true}},
		{name: "First frame over SSH, the first session on a fresh server",
			summit: s.cold, ref: r.summitFrame, refName: "local"},
		{name: "Server RSS, warmed (one session closed)", unit: unitMB, summit: s.base},
	}
	for _, n := range cfg.serveSessions {
		ms = append(ms,
			measure{name: fmt.Sprintf("Server RSS, %d sessions at their first frame", n), unit: unitMB, summit: s.rss[n]},
			measure{name: fmt.Sprintf("Memory per session at %d sessions ((RSS − warmed) / %d)", n, n), unit: unitMB,
				summit: s.per[n], budget: budget{limit: 3, onP90: true}},
		)
	}
	var localKeys []float64
	if cfg.parts["keys"] {
		localKeys = r.summitKeys
	}
	ms = append(ms,
		measure{name: fmt.Sprintf("Key `j` → updated frame, a lone session over SSH (%d runs × %d presses)", cfg.runs, cfg.presses),
			summit: s.loneKeys, ref: localKeys, refName: "local"},
		measure{name: fmt.Sprintf("Key `j` → updated frame, %d sessions open and %d typing at once", largest, cfg.serveTypers),
			summit: s.loadKeys, ref: s.loneKeys, refName: "lone session", budget: budget{relative: true, factor: 2, onP90: true}},
		measure{name: "Key `k`/`j` → updated frame, the same beside a client that stopped reading, until it is cut off",
			summit: s.stallKeys, ref: s.loneKeys, refName: "lone session", budget: budget{relative: true, factor: 2, onP90: true}},
		measure{name: "Stalled client: cut off, after it stopped reading", summit: s.cutAfter},
		measure{name: fmt.Sprintf("SIGTERM with %d sessions open → exit 0", largest+1), summit: s.stop, peak: true,
			budget: budget{limit: 5000}},
	)
	return ms
}

// notes say how the serve part's load was arranged, and what it saw.
func (s *serveRuns) notes(cfg config) []string {
	if s.skipped != "" {
		return []string{s.skipped}
	}
	largest := cfg.serveSessions[len(cfg.serveSessions)-1]
	out := []string{
		fmt.Sprintf("Serve: `summit-tui serve` on the built-in schedule, a fresh server and database each run, 127.0.0.1; "+
			"clients of golang.org/x/crypto/ssh in this process, %d ed25519 keys in turn, each a pty-req of %d×%d with "+
			"TERM=xterm-256color and a shell, from %s (the server's rate limiter counts per address). "+
			"Each run: a warming session walks the talks the others walk (warming what the server shares between sessions) and closes; "+
			"a lone session's first frame and keys; every timed session first walks its talks down and back untimed, so that "+
			"all timed presses revisit talks whose abstracts it has rendered; sessions opened %d at a time up to %s; %d of them type at once "+
			"(irregular gaps of their own); then they type again while one more client stops reading and keeps the "+
			"server drawing for it (a window change every %v, j or k every fourth), the others typing on until the server cuts it off; then SIGTERM.",
			serveKeyCount, cols, rows, sourceText(cfg.serveFrom), cfg.serveConc, joinInts(cfg.serveSessions), cfg.serveTypers, stallTick),
		fmt.Sprintf("Client load: one goroutine reads each session; only the %d typers (and each session until its first frame) "+
			"feed a terminal emulator, the other sessions discard their bytes.", cfg.serveTypers),
	}
	out = append(out, fmt.Sprintf("Serve: each typer waits %v to %v between presses (-gap-min, -gap-max), each its own sequence; "+
		"beside the stalled client the typers' p90 is %.2f× their p90 without it.",
		cfg.gapMin, cfg.gapMax, p90(s.stallKeys)/p90(s.loadKeys)),
		fmt.Sprintf("Serve, each run's key p90 in ms: a lone session %s; %d typing %s; beside the stalled client %s.",
			joinFloats(runP90s(s.loneKeys, cfg.runs), "%.1f"), cfg.serveTypers, joinFloats(s.loadP90, "%.1f"), joinFloats(s.stallP90, "%.1f")))
	for _, n := range cfg.serveSessions {
		out = append(out, fmt.Sprintf("Serve, %d sessions: opened in %s s per run; the server's live heap at its last GC %s (gctrace).",
			n, joinFloats(s.opening[n], "%.1f"), strings.Join(s.heap[n], ", ")))
	}
	out = append(out, fmt.Sprintf("Serve, CPU in per cent of one core (%d cores in all): the server idle with %d sessions open: %s; "+
		"while %d type: %s; beside the stalled client: %s.",
		runtime.NumCPU(), largest, joinFloats(s.idleCPU, "%.1f"), cfg.serveTypers, cpuText(s.loadCPU, median(s.idleCPU)), cpuText(s.stallCPU, median(s.idleCPU))))
	if s.refused > 0 {
		out = append(out, fmt.Sprintf("Serve: the rate limiter turned away %d session openings; each was retried after 0.5 s "+
			"(the opening times above include the waits).", s.refused))
	}
	cut := fmt.Sprintf("Serve: the stalled client was cut off in %d of %d runs", len(s.cutAfter), len(s.cutAfter)+s.notCut)
	if len(s.cutAfter) > 0 {
		cut += fmt.Sprintf(", %s s after it stopped reading, the server having sent it %s MiB in all (what its window took)",
			joinFloats(scale(s.cutAfter, 1e-3), "%.1f"), joinFloats(s.stalledBytes, "%.2f"))
	}
	if s.notCut > 0 {
		cut += fmt.Sprintf("; still connected after %v in the others, the server having sent it %s MiB", serveStallWait, joinFloats(s.uncutBytes, "%.2f"))
	}
	out = append(out, cut+".")
	for _, c := range s.stopCodes {
		out = append(out, "Serve: SIGTERM with "+strconv.Itoa(largest+1)+" sessions open: "+c)
	}
	return out
}

// serveKeyCount is how many distinct keys the clients use.
const serveKeyCount = 4

// runP90s is the p90 of each run's share of xs, n runs of equal shares.
func runP90s(xs []float64, n int) []float64 {
	if n < 1 || len(xs)%n != 0 {
		return nil
	}
	per := len(xs) / n
	out := make([]float64, n)
	for i := range out {
		out[i] = p90(xs[i*per : (i+1)*per])
	}
	return out
}

// sourceText names the clients' source addresses.
func sourceText(n int) string {
	if n == 1 {
		return "127.0.0.1 alone"
	}
	return fmt.Sprintf("127.0.0.1 to 127.0.0.%d in turn", n)
}

func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, " and ")
}

func joinFloats(xs []float64, format string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf(format, x)
	}
	return strings.Join(parts, ", ")
}

func scale(xs []float64, f float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = x * f
	}
	return out
}
