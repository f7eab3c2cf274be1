package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// End-to-end tests of summit-tui serve: a server in this process (one
// test runs the real binary, for its signals), clients of x/crypto/ssh,
// screens read by the terminal emulator.

// timedSchedule is a schedule with times, a zone of its own
// (Europe/Lisbon) and links.
const timedSchedule = "ui/testdata/good_two_rooms.xml"

// TestServeFirstFrame: a client with a key sees the whole first frame of
// the browser at its own size; one without a key sees it too, and is told
// its bookmarks last for the session only.
func TestServeFirstFrame(t *testing.T) {
	t.Parallel()
	srv := startServe(t, "", "")
	u := openSession(t, srv.Addr(), session{name: "key", key: newKey(t), cols: 120, rows: 40})
	s := u.waitFirstFrame()
	if got := len(s.lines()); got != 40 {
		t.Errorf("the screen has %d rows, want 40", got)
	}
	keyless := openSession(t, srv.Addr(), session{name: "keyless", cols: 120, rows: 40})
	keyless.waitFirstFrame()
	keyless.waitText("bookmarks last for this session only")

	// y copies through the client's terminal (OSC 52), not the server's
	// clipboard.
	u.press("y")
	u.waitText("Copied")
	// The clipboard's sequence is written when its command is done,
	// which may come after the frame that says so.
	u.waitFor("an OSC 52 sequence", func(screen) bool {
		u.mu.Lock()
		defer u.mu.Unlock()
		return strings.Contains(string(u.raw), "\x1b]52;")
	})
	u.press("q")
	if code := u.wait(); code != 0 {
		t.Errorf("q: exit status %d, want 0", code)
	}
}

// TestServeBookmarksPerKey: a bookmark is the key's: it survives a
// reconnect and a restart of the server on the same database, another key
// does not see it, and a second key bookmarking the talk makes "2 going".
// A toggle shows in another session of the same key within a second.
func TestServeBookmarksPerKey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	alice, bob := newKey(t), newKey(t)
	srv := startServe(t, "", dir)

	a := openSession(t, srv.Addr(), session{name: "alice", key: alice, cols: 120, rows: 40})
	a.waitFirstFrame()
	a2 := openSession(t, srv.Addr(), session{name: "alice again", key: alice, cols: 120, rows: 40})
	a2.waitFirstFrame()
	a.press("b")
	a.waitText("★ Bookmarked", "★ Bookmarks 1")
	a2.waitText("★ Bookmarks 1") // the other session of the key

	b := openSession(t, srv.Addr(), session{name: "bob", key: bob, cols: 120, rows: 40})
	s := b.waitFirstFrame()
	if !s.has("★ Bookmarks 0") {
		t.Errorf("bob sees alice's bookmark:\n%s", s)
	}
	keyless := openSession(t, srv.Addr(), session{name: "keyless", cols: 120, rows: 40})
	keyless.waitFirstFrame()
	keyless.waitText("1 going")
	b.press("b")
	b.waitText("★ Bookmarks 1")
	a.waitText("2 going")
	keyless.waitText("2 going") // the counts are everyone's

	// A reconnect, then a restart on the same database.
	a.press("q")
	a.wait()
	again := openSession(t, srv.Addr(), session{name: "alice reconnected", key: alice, cols: 120, rows: 40})
	again.waitText("★ Bookmarks 1")
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	srv = startServe(t, "", dir)
	restarted := openSession(t, srv.Addr(), session{name: "alice after a restart", key: alice, cols: 120, rows: 40})
	restarted.waitFirstFrame()
	restarted.waitText("★ Bookmarks 1", "2 going")
}

// TestServeOpenNeverRunsAnything: o on the server shows the link to the
// client and runs nothing, whatever $BROWSER and PATH say there.
func TestServeOpenNeverRunsAnything(t *testing.T) {
	// Not parallel: it sets the process's environment, the server's.
	dir := t.TempDir()
	ran := filepath.Join(dir, "opener-ran")
	opener := filepath.Join(dir, "xdg-open")
	writeFile(t, opener, "#!/bin/sh\necho \"$@\" > "+ran+"\n")
	if err := os.Chmod(opener, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BROWSER", opener)
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("DISPLAY", ":0")

	srv := startServe(t, timedSchedule, "")
	u := openSession(t, srv.Addr(), session{key: newKey(t), cols: 120, rows: 40})
	u.waitText("Harbour Days 2031")
	u.press("/", "Tides", keyEnter)
	u.waitText("Tides in the data centre")
	u.press("o")
	u.waitFor("the link on the status line", func(s screen) bool {
		return strings.Contains(s.status(), "link printed") && strings.Contains(s.status(), "harbour.example.org")
	})
	if _, err := os.Stat(ran); err == nil {
		t.Error("o ran the server's opener")
	}
	u.mu.Lock()
	raw := string(u.raw)
	u.mu.Unlock()
	if !strings.Contains(raw, "\x1b]8;") {
		i := strings.LastIndex(raw, "slides.pdf")
		t.Errorf("the link is not an OSC 8 hyperlink: %q", raw[max(0, i-300):min(len(raw), i+100)])
	}
}

// TestServeZoneFromClient: z shows the zone the client sent as TZ, and
// says when it sent none.
func TestServeZoneFromClient(t *testing.T) {
	t.Parallel()
	srv := startServe(t, timedSchedule, "")
	tokyo := openSession(t, srv.Addr(), session{name: "tokyo", key: newKey(t), cols: 120, rows: 40, env: []string{"TZ=Asia/Tokyo"}})
	tokyo.waitText("Harbour Days 2031")
	tokyo.press("z")
	tokyo.waitText("Asia/Tokyo")

	none := openSession(t, srv.Addr(), session{name: "no TZ", key: newKey(t), cols: 120, rows: 40})
	none.waitText("Harbour Days 2031")
	none.press("z")
	none.waitText("sent no TZ")
}

// TestServeResize: the browser follows the client's window.
func TestServeResize(t *testing.T) {
	t.Parallel()
	srv := startServe(t, "", "")
	u := openSession(t, srv.Addr(), session{key: newKey(t), cols: 120, rows: 40})
	u.waitFirstFrame()
	u.resize(80, 24)
	u.waitFor("the frame at 80×24", func(s screen) bool {
		lines := s.lines()
		return len(lines) == 24 && strings.HasPrefix(lines[23], "1/59") && strings.Contains(s.crumb(), "Kafka Summit")
	})
}

// TestServeCommands: bookmarks, export and next run over SSH on the key's
// bookmarks, printing what the local command prints; any other command is
// refused with one line and a non-zero status.
func TestServeCommands(t *testing.T) {
	t.Parallel()
	key := newKey(t)
	srv := startServe(t, "", "")
	u := openSession(t, srv.Addr(), session{key: key, cols: 120, rows: 40})
	u.waitFirstFrame()
	u.press("b")
	u.waitText("★ Bookmarks 1")
	waitBookmarksKept(t, srv, key, 1) // the screen shows a toggle before its save

	got, stderr, code := runOver(t, srv.Addr(), key, "bookmarks --format json")
	if code != 0 || stderr != "" {
		t.Fatalf("bookmarks over SSH: status %d, stderr %q", code, stderr)
	}
	// The local command, on a bookmarks file holding the same talk.
	file := filepath.Join(t.TempDir(), "bookmarks.json")
	marks, _ := json.Marshal(map[string]any{"version": 1, "conferences": map[string][]string{
		srv.hub.conference: {"event-streaming-lessons-from-our-cloud-native-journey"}}})
	writeFile(t, file, string(marks))
	var want, werr bytes.Buffer
	if code := run([]string{"bookmarks", "--format", "json", "--bookmarks", file}, &want, &werr, false); code != 0 {
		t.Fatalf("local bookmarks: %d %s", code, werr.String())
	}
	if got != want.String() {
		t.Errorf("bookmarks over SSH:\n%s\nwant, as locally:\n%s", got, want.String())
	}

	for _, cmd := range []string{"export --format json", "next"} {
		if _, stderr, code := runOver(t, srv.Addr(), key, cmd); code != 0 {
			t.Errorf("%s over SSH: status %d, stderr %q", cmd, code, stderr)
		}
	}
	for _, cmd := range []string{"sh -c id", "serve", "bookmarks import /etc/passwd"} {
		out, stderr, code := runOver(t, srv.Addr(), key, cmd)
		if code == 0 || out != "" || strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "summit-tui: ") {
			t.Errorf("%s over SSH: status %d, stdout %q, stderr %q; want one line and a non-zero status", cmd, code, out, stderr)
		}
	}
}

// TestServeRefuses: a shell without a terminal gets one line; sftp, port
// forwarding both ways, agent forwarding and X11 are refused.
func TestServeRefuses(t *testing.T) {
	t.Parallel()
	srv := startServe(t, "", "")
	key := newKey(t)

	c := dialServe(t, srv.Addr(), key)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	if code := exitStatus(t, sess.Wait()); code == 0 || strings.Count(errOut.String(), "\n") != 1 {
		t.Errorf("a shell without a terminal: status %d, stderr %q; want one line and a non-zero status", code, errOut.String())
	}

	sess, err = c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was accepted")
	}
	sess.Close()

	if conn, err := c.Dial("tcp", srv.Addr()); err == nil {
		conn.Close()
		t.Error("direct-tcpip (ssh -L) was accepted")
	}
	if l, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		l.Close()
		t.Error("tcpip-forward (ssh -R) was accepted")
	}

	sess, err = c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := agent.RequestAgentForwarding(sess); err == nil {
		t.Error("agent forwarding was accepted")
	}
	x11 := gossh.Marshal(struct {
		Single   bool
		Protocol string
		Cookie   string
		Screen   uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})
	if ok, err := sess.SendRequest("x11-req", true, x11); ok && err == nil {
		t.Error("X11 forwarding was accepted")
	}
}

// TestServeStalledClient: a client that stops reading is cut off, and
// holds no other session back.
func TestServeStalledClient(t *testing.T) {
	t.Parallel()
	srv := startServe(t, "", "", func(o *serveOptions) {
		o.OutputCap = 16 << 10
		o.WriteDeadline = time.Second
	})
	stalled := dialServe(t, srv.Addr(), newKey(t))
	sess, err := stalled.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	in, _ := sess.StdinPipe()
	if _, err := sess.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil { // its output is never read
		t.Fatal(err)
	}
	other := openSession(t, srv.Addr(), session{name: "reading", key: newKey(t), cols: 120, rows: 40})
	other.waitFirstFrame()
	ended := make(chan error, 1)
	go func() { ended <- sess.Wait() }()
	for i := 0; ; i++ {
		// Each new size makes a whole frame the stalled client never
		// reads, until the channel's window and the server's queue fill.
		if err := sess.WindowChange(40, 120+i%2); err != nil {
			break
		}
		select {
		case <-ended:
		case <-time.After(10 * time.Millisecond):
			if i < 3000 {
				continue
			}
			t.Fatal("the stalled client was never cut off")
		}
		break
	}
	_ = in
	other.press("j")
	other.waitFor("the reading session to move on", func(s screen) bool { return s.position() == "2/59" })
	if log := srv.opts.Log.(*testLog).String(); !strings.Contains(log, "cut off: the client stopped reading") {
		t.Errorf("no log line says the client was cut off:\n%s", log)
	}
}

// TestServeSIGTERM: the real binary, stopped by SIGTERM with a session
// open: the client is told the server is stopping, and the server exits 0
// within 5 s.
func TestServeSIGTERM(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	cmd := exec.Command(bin, "serve", "--listen", "127.0.0.1:0")
	cmd.Env = e2eEnv(dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var exitErr error
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
		close(lines)
		exitErr = cmd.Wait()
		close(exited)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
	})
	var addr string
	for addr == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the server ended before listening")
			}
			if _, a, ok := strings.Cut(l, "listening on "); ok {
				addr, _, _ = strings.Cut(a, " ")
			}
		case <-time.After(e2eTimeout):
			t.Fatal("the server never said where it listens")
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "summit-tui", "serve", "ssh_host_ed25519_key")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the host key made on the first start: %v, %v; want mode 0600", fi, err)
	}
	u := openSession(t, addr, session{key: newKey(t), cols: 100, rows: 30})
	u.waitFirstFrame()
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The line comes on stderr once the browser has left the alternate
	// screen, so it is what stays in the client's terminal. The client
	// library hands stdout and stderr over separately, so the emulator
	// cannot order them: the line is read from the bytes received.
	u.wait()
	u.mu.Lock()
	raw := string(u.raw)
	u.mu.Unlock()
	if !strings.Contains(raw, "summit-tui: the server is stopping\r\n") {
		t.Errorf("the client was not told the server is stopping: %q", raw[max(0, len(raw)-300):])
	}
	select {
	case <-exited:
		if exitErr != nil {
			t.Errorf("after SIGTERM: %v, want exit status 0", exitErr)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("the server took %v to stop, want within 5 s", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not exit within 5 s of SIGTERM")
	}
}

// TestServeRefreshReachesEverySession: the schedule's file is read again
// once, by the server, when it changes, and every session shows the new
// version.
func TestServeRefreshReachesEverySession(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ref := filepath.Join(dir, "schedule.xml")
	writeFile(t, ref, string(liveVersion(t, "1")))
	srv := startServe(t, ref, "")
	var sessions []*sshTUI
	for _, name := range []string{"first", "second"} {
		u := openSession(t, srv.Addr(), session{name: name, key: newKey(t), cols: 120, rows: 40})
		u.waitText("Rust on Tiny Boards")
		sessions = append(sessions, u)
	}
	writeFile(t, ref+".new", string(liveVersion(t, "2")))
	if err := os.Rename(ref+".new", ref); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("server log:\n%s", srv.opts.Log.(*testLog))
		}
	})
	for _, u := range sessions {
		u.waitText("Sensors in the Snow")
	}
}

// TestServeInstancesShareBookmarks: two servers on one database, as behind
// a load balancer: a toggle through one shows in the same key's session on
// the other. SQLite always; PostgreSQL too when SUMMIT_TUI_TEST_POSTGRES
// names a database.
func TestServeInstancesShareBookmarks(t *testing.T) {
	t.Parallel()
	backends := map[string]string{"sqlite": filepath.Join(t.TempDir(), "bookmarks.db")}
	if pg := os.Getenv("SUMMIT_TUI_TEST_POSTGRES"); pg != "" {
		backends["postgres"] = pg
	}
	for name, dsn := range backends {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			useDB := func(o *serveOptions) { o.DB = dsn }
			one, two := startServe(t, "", dir, useDB), startServe(t, "", dir, useDB)
			key := newKey(t)
			a := openSession(t, one.Addr(), session{name: "through one", key: key, cols: 120, rows: 40})
			b := openSession(t, two.Addr(), session{name: "through two", key: key, cols: 120, rows: 40})
			a.waitFirstFrame()
			b.waitFirstFrame()
			a.press("b")
			a.waitText("★ Bookmarks 1")
			b.waitText("★ Bookmarks 1")
		})
	}
}
