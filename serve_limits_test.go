package main

import (
	"bufio"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/ratelimiter"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"
)

// startSSHServer starts an SSH server on 127.0.0.1 that runs handler
// inside the middlewares (wish's order: the last is the outermost),
// accepting any public key and keyboard-interactive without questions.
// The test stops it.
func startSSHServer(t *testing.T, handler ssh.Handler, middlewares ...wish.Middleware) string {
	t.Helper()
	signer, err := loadHostKey(filepath.Join(t.TempDir(), hostKeyName))
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	app := func(ssh.Handler) ssh.Handler { return handler }
	srv, err := wish.NewServer(
		func(s *ssh.Server) error { s.AddHostKey(signer); return nil },
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		wish.WithMiddleware(append([]wish.Middleware{app}, middlewares...)...),
	)
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	t.Cleanup(func() {
		_ = srv.Close()
		if err := <-served; err != nil && !errors.Is(err, ssh.ErrServerClosed) {
			t.Errorf("serve: %v", err)
		}
	})
	return l.Addr().String()
}

// clientKey is a new key for a client to authenticate with.
func clientKey(t *testing.T) gossh.Signer {
	t.Helper()
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(private)
	if err != nil {
		t.Fatal(err)
	}
	return signer
}

// dialSSH connects to addr with key, or without one (keyboard-
// interactive, no questions) when key is nil; the test closes it.
func dialSSH(t *testing.T, addr string, key gossh.Signer) *gossh.Client {
	t.Helper()
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })}
	if key != nil {
		auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            "attendee",
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Close() })
	return client
}

// runSSH runs command in a new session of client and returns its
// standard output, standard error and exit status.
func runSSH(t *testing.T, client *gossh.Client, command string) (stdout, stderr string, code int) {
	t.Helper()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out, errs strings.Builder
	sess.Stdout, sess.Stderr = &out, &errs
	err = sess.Run(command)
	if exit := (*gossh.ExitError)(nil); errors.As(err, &exit) {
		return out.String(), errs.String(), exit.ExitStatus()
	} else if err != nil {
		t.Fatalf("%s: %v", command, err)
	}
	return out.String(), errs.String(), 0
}

// heldSession is a session whose handler runs until its stdin closes.
type heldSession struct {
	sess  *gossh.Session
	stdin io.WriteCloser
}

// holdSession opens a session with the server's hold handler and waits
// until the handler runs.
func holdSession(t *testing.T, client *gossh.Client) heldSession {
	t.Helper()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sess.Close() })
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Start("hold"); err != nil {
		t.Fatal(err)
	}
	if line, err := bufio.NewReader(stdout).ReadString('\n'); line != "in\n" {
		t.Fatalf("held session said %q, %v", line, err)
	}
	return heldSession{sess, stdin}
}

// release ends a held session and waits for its end.
func (h heldSession) release(t *testing.T) {
	t.Helper()
	_ = h.stdin.Close()
	if err := h.sess.Wait(); err != nil {
		t.Fatalf("held session: %v", err)
	}
}

// holdHandler says "in", then keeps the session until the client closes
// its input.
func holdHandler(s ssh.Session) {
	_, _ = io.WriteString(s, "in\n")
	_, _ = io.Copy(io.Discard, s)
}

// turnedAwayLines records the log's lines for connections turned away.
type turnedAwayLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *turnedAwayLines) log(s ssh.Session, why string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, logKey(keyFingerprint(s))+": "+why)
}

func (l *turnedAwayLines) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.lines)
}

// TestSessionLimit: with max sessions open, one more is turned away with
// one line and exit status 1 and is logged, the open ones carry on, and a
// session that ends makes room for another.
func TestSessionLimit(t *testing.T) {
	var away turnedAwayLines
	addr := startSSHServer(t, holdHandler, sessionLimit(2, away.log))
	client := dialSSH(t, addr, clientKey(t))
	first := holdSession(t, client)
	second := holdSession(t, dialSSH(t, addr, nil))

	third := clientKey(t)
	out, errs, code := runSSH(t, dialSSH(t, addr, third), "hold")
	if want := "summit-tui: the server is full (2 sessions); try again later\n"; code != 1 || errs != want || out != "" {
		t.Errorf("third session: exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errs, want)
	}
	if got, want := away.all(), []string{gossh.FingerprintSHA256(third.PublicKey()) + ": the server is full (2 sessions)"}; !slices.Equal(got, want) {
		t.Errorf("the log of connections turned away: %q, want %q", got, want)
	}
	first.release(t)
	again := holdSession(t, client)
	second.release(t)
	again.release(t)
}

// TestSessionLimitPty: a refused session with a terminal gets its line
// ended for a terminal in raw mode.
func TestSessionLimitPty(t *testing.T) {
	addr := startSSHServer(t, holdHandler, sessionLimit(1, func(ssh.Session, string) {}))
	held := holdSession(t, dialSSH(t, addr, nil))
	sess, err := dialSSH(t, addr, nil).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	sess.Stdout, sess.Stderr = &out, &out
	err = sess.Run("hold")
	if exit := (*gossh.ExitError)(nil); !errors.As(err, &exit) || exit.ExitStatus() != 1 ||
		out.String() != "summit-tui: the server is full (1 session); try again later\r\n" {
		t.Errorf("refused with a terminal: %v, %q", err, out.String())
	}
	held.release(t)
}

// TestRateLimit: an address that opens sessions faster than the limiter
// allows is turned away with one line and exit status 1, while another
// burst's worth got through.
func TestRateLimit(t *testing.T) {
	const burst = 3
	var away turnedAwayLines
	addr := startSSHServer(t, func(s ssh.Session) { _, _ = io.WriteString(s, "ok\n") },
		rateLimitWith(ratelimiter.NewRateLimiter(rate.Limit(0), burst, 16), away.log))
	key := clientKey(t)
	client := dialSSH(t, addr, key)
	for i := range burst {
		if out, errs, code := runSSH(t, client, "x"); code != 0 || out != "ok\n" {
			t.Fatalf("session %d of the burst: exit %d, %q, %q", i+1, code, out, errs)
		}
	}
	out, errs, code := runSSH(t, client, "x")
	if want := "summit-tui: too many connections from your address; try again in a minute\n"; code != 1 || errs != want || out != "" {
		t.Errorf("beyond the burst: exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errs, want)
	}
	if got, want := away.all(), []string{gossh.FingerprintSHA256(key.PublicKey()) + ": too many connections from the address"}; !slices.Equal(got, want) {
		t.Errorf("the log of connections turned away: %q, want %q", got, want)
	}
}

// TestRateLimitReconnects: the server's own settings let a person
// reconnect a good few times in a row without meeting the limit.
func TestRateLimitReconnects(t *testing.T) {
	addr := startSSHServer(t, func(s ssh.Session) { _, _ = io.WriteString(s, "ok\n") }, rateLimit(func(ssh.Session, string) {}))
	for i := range 12 {
		if out, errs, code := runSSH(t, dialSSH(t, addr, clientKey(t)), "x"); code != 0 || out != "ok\n" {
			t.Fatalf("reconnection %d: exit %d, %q, %q", i+1, code, out, errs)
		}
	}
}
