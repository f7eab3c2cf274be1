package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// The clients of the serve part: golang.org/x/crypto/ssh sessions on
// 127.0.0.1, each with a pty of 120×40 and TERM=xterm-256color, its
// output read by one goroutine. A session keeps a terminal emulator
// (which also answers the browser's questions to the terminal) only while
// its screen must be read; an idle one drops it after its first frame and
// drains its bytes, so that the load generator, in this process, stays
// small beside the server it loads.

// sshClient is one SSH session of summit-tui serve.
type sshClient struct {
	client  *gossh.Client
	sess    *gossh.Session
	stdin   io.WriteCloser
	replies *io.PipeWriter
	writeMu sync.Mutex // keys and the emulator's replies, whole

	mu      sync.Mutex // guards the fields below
	emu     *vt.Emulator
	cond    func(string) bool // the condition waited for, if any
	after   time.Time         // output read before this does not count
	fired   chan time.Time    // buffered: the arrival of the output after which cond held
	stalled bool              // stop reading after the current read
	bytes   int64             // output read
	errText bytes.Buffer      // the session's standard error, its first bytes

	unstall chan struct{} // closed by resume or Close
	readEnd chan struct{} // closed when the reader returns
	ended   chan struct{} // closed when the session or the connection ends
	endOnce sync.Once
	endedAt time.Time
}

// errRateLimited: the server turned the session away for its address
// connecting too often.
var errRateLimited = errors.New("rate limited")

// clientKeys are a few distinct ed25519 keys the clients authenticate
// with in turn, so that sessions share bookmarks by key as attendees do.
func clientKeys(n int) ([]gossh.Signer, error) {
	keys := make([]gossh.Signer, n)
	for i := range keys {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		if keys[i], err = gossh.NewSignerFromKey(priv); err != nil {
			return nil, err
		}
	}
	return keys, nil
}

// dialSSH opens a session from the source address src to the server at
// addr and starts the browser on a 120×40 pty. It returns once the
// screen satisfies first, with the time from the start of the TCP dial to
// the arrival of that output. A session the server refuses for its rate
// gives errRateLimited.
func dialSSH(addr string, src net.IP, key gossh.Signer, first func(string) bool, timeout time.Duration) (*sshClient, time.Duration, error) {
	c := &sshClient{
		emu:     vt.NewEmulator(cols, rows),
		cond:    first,
		fired:   make(chan time.Time, 1),
		unstall: make(chan struct{}),
		readEnd: make(chan struct{}),
		ended:   make(chan struct{}),
	}
	c.replies, _ = c.emu.InputPipe().(*io.PipeWriter)
	t0 := time.Now()
	dialer := net.Dialer{LocalAddr: &net.TCPAddr{IP: src}, Timeout: timeout}
	conn, err := dialer.Dial("tcp", addr)
	if err != nil {
		return nil, 0, fmt.Errorf("dial %s from %s: %w", addr, src, err)
	}
	_ = conn.SetDeadline(time.Now().Add(timeout)) // the handshake's bound
	cc, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{
		User:            "attendee",
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
	if err != nil {
		conn.Close()
		return nil, 0, fmt.Errorf("ssh handshake from %s: %w", src, err)
	}
	_ = conn.SetDeadline(time.Time{})
	c.client = gossh.NewClient(cc, chans, reqs)
	fail := func(what string, err error) (*sshClient, time.Duration, error) {
		c.Close()
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	if c.sess, err = c.client.NewSession(); err != nil {
		return fail("session", err)
	}
	if c.stdin, err = c.sess.StdinPipe(); err != nil {
		return fail("stdin", err)
	}
	stdout, err := c.sess.StdoutPipe()
	if err != nil {
		return fail("stdout", err)
	}
	c.sess.Stderr = (*errWriter)(c)
	if err := c.sess.RequestPty("xterm-256color", rows, cols, gossh.TerminalModes{}); err != nil {
		return fail("pty", err)
	}
	if err := c.sess.Shell(); err != nil {
		return fail("shell", err)
	}
	go c.read(stdout)
	go c.forwardReplies(c.emu)
	// The session's end closes the connection, as ssh(1) exits.
	go func() { _ = c.sess.Wait(); c.end(); _ = c.client.Close() }()
	go func() { _ = c.client.Wait(); c.end() }()

	at, err := c.await(timeout, "the first frame")
	if err != nil {
		c.Close()
		return nil, 0, err
	}
	return c, at.Sub(t0), nil
}

// errWriter keeps the first bytes of a session's standard error.
type errWriter sshClient

func (w *errWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if room := 4096 - w.errText.Len(); room > 0 {
		w.errText.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (c *sshClient) end() {
	c.endOnce.Do(func() {
		c.mu.Lock()
		c.endedAt = time.Now()
		c.mu.Unlock()
		close(c.ended)
	})
}

// read feeds the session's output to the emulator while there is one,
// checking the awaited condition after each read, and otherwise drains
// it. A stalled client stops here: its channel's window fills and the
// server's writes to it wait.
func (c *sshClient) read(r io.Reader) {
	defer close(c.readEnd)
	buf := make([]byte, 16<<10)
	for {
		c.mu.Lock()
		stalled := c.stalled
		c.mu.Unlock()
		if stalled {
			<-c.unstall // then read what waits, to count it
			c.mu.Lock()
			c.stalled = false
			c.mu.Unlock()
		}
		n, err := r.Read(buf)
		at := time.Now()
		if n > 0 {
			c.mu.Lock()
			c.bytes += int64(n)
			if c.emu != nil {
				_, _ = c.emu.Write(buf[:n])
				if c.cond != nil && !at.Before(c.after) && c.cond(c.emu.String()) {
					c.cond = nil
					c.fired <- at
				}
			}
			c.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// forwardReplies writes the emulator's answers to the browser's terminal
// queries back to the server, as a terminal does.
// It ends when drain or Close closes the reply pipe.
func (c *sshClient) forwardReplies(emu *vt.Emulator) {
	buf := make([]byte, 4096)
	for {
		n, err := emu.Read(buf)
		if n > 0 {
			c.writeMu.Lock()
			_, _ = c.stdin.Write(buf[:n])
			c.writeMu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// await waits for the condition set to fire, the session to end, or the
// timeout.
func (c *sshClient) await(timeout time.Duration, what string) (time.Time, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case at := <-c.fired:
		return at, nil
	case <-c.ended:
		select {
		case at := <-c.fired:
			return at, nil
		default:
		}
		// The reader may still be applying the last output.
		time.Sleep(50 * time.Millisecond)
		text := c.text()
		if t := strings.ToLower(text); strings.Contains(t, "too many connections") || strings.Contains(t, "rate limit") {
			return time.Time{}, errRateLimited
		}
		return time.Time{}, fmt.Errorf("the session ended before %s; it showed: %s", what, oneLineText(text))
	case <-timer.C:
		c.mu.Lock()
		c.cond = nil
		c.mu.Unlock()
		return time.Time{}, fmt.Errorf("%s did not come within %v; the screen was:\n%s", what, timeout, c.text())
	}
}

// text is the session's screen (while it has one) and its standard error.
func (c *sshClient) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var s string
	if c.emu != nil {
		s = c.emu.String()
	}
	return strings.TrimSpace(s + "\n" + c.errText.String())
}

func oneLineText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	if s == "" {
		return "nothing"
	}
	return s
}

// send writes keys to the session.
func (c *sshClient) send(s string) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	_, err := io.WriteString(c.stdin, s)
	return err
}

// waitFor waits for a screen on which cond holds; the current one counts.
func (c *sshClient) waitFor(timeout time.Duration, cond func(string) bool, what string) error {
	c.mu.Lock()
	if c.emu == nil {
		c.mu.Unlock()
		return errors.New("the session has no screen")
	}
	if cond(c.emu.String()) {
		c.mu.Unlock()
		return nil
	}
	c.cond, c.after = cond, time.Time{}
	c.mu.Unlock()
	_, err := c.await(timeout, what)
	return err
}

// sendAndTime writes keys and times them to the arrival of the first
// output after which cond holds on the screen, as vtterm.SendAndTime.
func (c *sshClient) sendAndTime(keys string, cond func(string) bool, timeout time.Duration) (time.Duration, error) {
	c.mu.Lock()
	t0 := time.Now()
	c.cond, c.after = cond, t0
	c.mu.Unlock()
	if err := c.send(keys); err != nil {
		return 0, err
	}
	at, err := c.await(timeout, fmt.Sprintf("the frame after %q", keys))
	if err != nil {
		return 0, err
	}
	return at.Sub(t0), nil
}

// drain drops the emulator: from now on the output is read and
// discarded.
func (c *sshClient) drain() {
	c.mu.Lock()
	c.emu, c.cond = nil, nil
	c.mu.Unlock()
	_ = c.replies.CloseWithError(io.EOF)
}

// stall makes the client stop reading its channel.
func (c *sshClient) stall() {
	c.mu.Lock()
	c.stalled = true
	c.mu.Unlock()
}

// resume makes a stalled client read again; once the session has ended
// it returns the bytes the session's output came to in all, what was
// read and what waited unread.
func (c *sshClient) resume(timeout time.Duration) int64 {
	c.mu.Lock()
	select {
	case <-c.unstall:
	default:
		close(c.unstall)
	}
	c.mu.Unlock()
	select {
	case <-c.readEnd:
	case <-time.After(timeout):
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}

// resize sends a window change.
func (c *sshClient) resize(w, h int) error {
	return c.sess.WindowChange(h, w)
}

// endedAfter reports whether the session has ended, and when.
func (c *sshClient) endedAfter() (time.Time, bool) {
	select {
	case <-c.ended:
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.endedAt, true
	default:
		return time.Time{}, false
	}
}

// Close ends the session and its connection.
func (c *sshClient) Close() {
	c.mu.Lock()
	select {
	case <-c.unstall:
	default:
		close(c.unstall)
	}
	c.mu.Unlock()
	if c.client != nil {
		_ = c.client.Close()
	}
	_ = c.replies.CloseWithError(io.EOF)
}
