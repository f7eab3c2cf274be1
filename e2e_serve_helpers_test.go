package main

// Helpers of the end-to-end tests of summit-tui serve: a server started in
// this process on 127.0.0.1, and clients of golang.org/x/crypto/ssh whose
// screens are kept by the terminal emulator the other end-to-end tests
// read (charmbracelet/x/vt, as in bench/vtterm), which also answers the
// browser's questions to the terminal.

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"github.com/summit-tui/summit-tui/data"
)

// startServe starts a server on 127.0.0.1:0 with the schedule ref ("" the
// built-in page), its host key and database in dir (a fresh directory
// when empty), and stops it when the test ends. change adjusts the
// options before the start.
func startServe(t testing.TB, ref, dir string, change ...func(*serveOptions)) *serveServer {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	if dir == "" {
		dir = t.TempDir()
	}
	opts := serveOptions{
		Ref:         ref,
		Listen:      "127.0.0.1:0",
		HostKey:     filepath.Join(dir, "ssh_host_ed25519_key"),
		DB:          filepath.Join(dir, "bookmarks.db"),
		MaxSessions: defaultMaxSessions,
		IdleTimeout: defaultIdleTimeout,
		Theme:       "auto",
		Log:         &testLog{t: t},
		// A cache of its own: the default is read from the process's
		// environment, which servers started side by side would race on.
		Open: data.OpenOptions{CacheDir: filepath.Join(dir, "cache")},
	}
	for _, c := range change {
		c(&opts)
	}
	srv, err := startServer(context.Background(), opts)
	if err != nil {
		t.Fatalf("serve: %v", err)
	}
	t.Cleanup(func() { _ = srv.Stop() })
	return srv
}

// testLog is a server's log, kept for failure messages.
type testLog struct {
	t   testing.TB
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *testLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *testLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// newKey is a fresh ed25519 key for a client.
func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dialServe connects to addr with key, or keyless (keyboard-interactive,
// no questions) when key is nil.
func dialServe(t testing.TB, addr string, key gossh.Signer) *gossh.Client {
	t.Helper()
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) {
		return nil, nil
	})}
	if key != nil {
		auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            "attendee",
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         e2eTimeout,
	})
	if err != nil {
		t.Fatalf("ssh %s: %v", addr, err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// sshTUI is the browser of one SSH session, on an emulated terminal.
type sshTUI struct {
	t       testing.TB
	name    string
	client  *gossh.Client
	sess    *gossh.Session
	stdin   io.WriteCloser
	replies *io.PipeWriter

	mu      sync.Mutex
	emu     *vt.Emulator
	raw     []byte
	changed chan struct{} // closed and replaced at each output
	ended   chan struct{} // closed when the session ends
	exitErr error
}

// session is one SSH session: a client of its own, a pty of cols×rows
// with TERM=xterm-256color, env sent before, and the shell, which is the
// browser.
type session struct {
	name       string
	key        gossh.Signer // nil: keyless
	cols, rows int
	env        []string // NAME=value, as ssh -o SendEnv sends them
}

func openSession(t testing.TB, addr string, o session) *sshTUI {
	t.Helper()
	if o.name == "" {
		o.name = "ssh"
	}
	c := dialServe(t, addr, o.key)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("%s: session: %v", o.name, err)
	}
	for _, kv := range o.env {
		name, value, _ := strings.Cut(kv, "=")
		if err := sess.Setenv(name, value); err != nil {
			t.Fatalf("%s: setenv %s: %v", o.name, name, err)
		}
	}
	emu := vt.NewEmulator(o.cols, o.rows)
	u := &sshTUI{t: t, name: o.name, client: c, sess: sess, emu: emu,
		changed: make(chan struct{}), ended: make(chan struct{})}
	u.replies, _ = emu.InputPipe().(*io.PipeWriter)
	if u.stdin, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := sess.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", o.rows, o.cols, gossh.TerminalModes{}); err != nil {
		t.Fatalf("%s: pty: %v", o.name, err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatalf("%s: shell: %v", o.name, err)
	}
	var copying sync.WaitGroup
	copying.Add(2)
	go func() { defer copying.Done(); u.copyOut(stdout) }()
	go func() { defer copying.Done(); u.copyOut(stderr) }()
	go u.forwardReplies()
	go func() {
		err := sess.Wait()
		copying.Wait()
		u.mu.Lock()
		u.exitErr = err
		u.mu.Unlock()
		close(u.ended)
	}()
	t.Cleanup(u.close)
	return u
}

// copyOut feeds the session's output to the emulator.
func (u *sshTUI) copyOut(r io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			u.mu.Lock()
			u.raw = append(u.raw, buf[:n]...)
			_, _ = u.emu.Write(buf[:n])
			close(u.changed)
			u.changed = make(chan struct{})
			u.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// forwardReplies sends the emulator's answers (background colour, device
// attributes) back to the browser, as a terminal does.
func (u *sshTUI) forwardReplies() {
	buf := make([]byte, 4096)
	for {
		n, err := u.emu.Read(buf)
		if n > 0 {
			_, _ = u.stdin.Write(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

func (u *sshTUI) close() {
	_ = u.sess.Close()
	_ = u.client.Close()
	select {
	case <-u.ended:
	case <-time.After(e2eTimeout):
		u.t.Errorf("%s: the session did not end after closing", u.name)
	}
	_ = u.replies.CloseWithError(io.EOF)
}

func (u *sshTUI) screen() screen {
	u.mu.Lock()
	defer u.mu.Unlock()
	return screen(u.emu.String())
}

// waitFor waits until cond holds on the screen and returns that screen.
func (u *sshTUI) waitFor(what string, cond func(s screen) bool) screen {
	u.t.Helper()
	deadline := time.NewTimer(e2eTimeout)
	defer deadline.Stop()
	for {
		u.mu.Lock()
		s, changed := screen(u.emu.String()), u.changed
		u.mu.Unlock()
		if cond(s) {
			return s
		}
		select {
		case <-changed:
		case <-u.ended:
			if s := u.screen(); cond(s) {
				return s
			}
			u.t.Fatalf("%s: the session ended while waiting for %s (%v); screen:\n%s", u.name, what, u.exitErr, u.screen())
		case <-deadline.C:
			u.t.Fatalf("%s: waiting for %s: timed out; screen:\n%s", u.name, what, u.screen())
		}
	}
}

func (u *sshTUI) waitText(texts ...string) screen {
	u.t.Helper()
	return u.waitFor(fmt.Sprintf("%q", texts), func(s screen) bool { return s.has(texts...) })
}

// waitFirstFrame waits for the whole first frame of the seed.
func (u *sshTUI) waitFirstFrame() screen {
	u.t.Helper()
	return u.waitFor("the first frame", func(s screen) bool {
		return strings.HasPrefix(s.crumb(), crumbAll) && s.position() == "1/59" && s.has(firstTitle[:20])
	})
}

func (u *sshTUI) press(keys ...string) {
	u.t.Helper()
	for _, k := range keys {
		if _, err := io.WriteString(u.stdin, k); err != nil {
			u.t.Fatalf("%s: send %q: %v", u.name, k, err)
		}
	}
}

// resize changes the emulator's size, then tells the server, as a
// terminal window does.
func (u *sshTUI) resize(cols, rows int) {
	u.t.Helper()
	u.mu.Lock()
	u.emu.Resize(cols, rows)
	u.mu.Unlock()
	if err := u.sess.WindowChange(rows, cols); err != nil {
		u.t.Fatal(err)
	}
}

// wait waits for the session to end and returns its exit status.
func (u *sshTUI) wait() int {
	u.t.Helper()
	select {
	case <-u.ended:
	case <-time.After(e2eTimeout):
		u.t.Fatalf("%s: the session did not end; screen:\n%s", u.name, u.screen())
	}
	return exitStatus(u.t, u.exitErr)
}

// exitStatus is a session's exit status from its Wait's error.
func exitStatus(t testing.TB, err error) int {
	t.Helper()
	var exit *gossh.ExitError
	switch {
	case err == nil:
		return 0
	case asExit(err, &exit):
		return exit.ExitStatus()
	}
	t.Fatalf("session ended without a status: %v", err)
	return -1
}

func asExit(err error, exit **gossh.ExitError) bool {
	e, ok := err.(*gossh.ExitError)
	*exit = e
	return ok
}

// runOver runs a command over SSH as key (nil: keyless), without a pty,
// and returns its standard output and error and its exit status.
func runOver(t testing.TB, addr string, key gossh.Signer, command string) (stdout, stderr string, status int) {
	t.Helper()
	c := dialServe(t, addr, key)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	done := make(chan error, 1)
	go func() { done <- sess.Run(command) }()
	select {
	case err = <-done:
	case <-time.After(e2eTimeout):
		t.Fatalf("ssh %s: no end", command)
	}
	return out.String(), errOut.String(), exitStatus(t, err)
}

// waitBookmarksKept waits until the database holds n bookmarks of key.
func waitBookmarksKept(t *testing.T, srv *serveServer, key gossh.Signer, n int) {
	t.Helper()
	waitDatabase(t, srv, key, fmt.Sprintf("%d bookmarks", n), func(ctx context.Context, fp string) (bool, error) {
		ids, err := srv.db.Bookmarks(ctx, srv.hub.conference, fp)
		return len(ids) == n, err
	})
}

// waitDatabase waits until holds says the server's database holds what
// is wanted of key (what, for the failure).
func waitDatabase(t *testing.T, srv *serveServer, key gossh.Signer, what string, holds func(ctx context.Context, fingerprint string) (bool, error)) {
	t.Helper()
	fp := gossh.FingerprintSHA256(key.PublicKey())
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(e2eTimeout)
	for {
		ok, err := holds(context.Background(), fp)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			return
		}
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatalf("the database never held %s for %s", what, fp)
		}
	}
}
