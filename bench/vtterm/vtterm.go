// Package vtterm runs a program on a real pseudo-terminal attached to a
// terminal emulator (github.com/charmbracelet/x/vt), so that tests and the
// measuring program see the screen as a person at a terminal would.
//
// The emulator answers the program's terminal queries (device attributes,
// cursor position, the OSC 11 background colour, mode reports) back through
// the pty, as a real terminal does; without that a Bubble Tea v2 program would
// never learn its background colour.
package vtterm

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// defaultTERM is what programs see unless cmd.Env names its own TERM: the
// terminal type most users have, and the one x/vt emulates best.
const defaultTERM = "xterm-256color"

// closeGrace bounds how long Close waits for the program to die and its
// output to drain after killing it.
const closeGrace = 5 * time.Second

// Term is a running program on a pseudo-terminal with an emulated screen.
// Its methods are safe for concurrent use.
type Term struct {
	cmd     *exec.Cmd
	ptmx    *os.File
	replies *io.PipeWriter // the emulator's reply pipe, closed to stop forwarding
	started time.Time

	// writeMu keeps keys from the caller and the emulator's replies from
	// interleaving mid-sequence on the pty.
	writeMu sync.Mutex

	mu       sync.Mutex // guards the fields below
	emu      *vt.Emulator
	raw      []byte
	chunks   []Chunk
	watchers map[*watcher]time.Time // watcher → ignore output read before this
	outErr   error                  // why the output reader stopped

	outputDone chan struct{} // closed when the pty output reader returns
	replyDone  chan struct{} // closed when reply forwarding stops
	exited     chan struct{} // closed when the process has been reaped
	waitErr    error         // cmd.Wait's result, readable after exited

	closeOnce sync.Once
}

// Chunk is one read from the pty: its arrival time and where its bytes sit
// in Raw.
type Chunk struct {
	At     time.Time
	Offset int
	Len    int
}

// Start runs cmd on a new pty of cols×rows cells. Unless cmd.Env sets TERM,
// the program gets TERM=xterm-256color (replacing an inherited TERM, so a
// CI's TERM=dumb does not leak in). The caller must Close the Term.
func Start(cmd *exec.Cmd, cols, rows int, opts ...Option) (*Term, error) {
	if cols <= 0 || rows <= 0 {
		return nil, fmt.Errorf("vtterm: bad size %dx%d", cols, rows)
	}
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}

	emu := vt.NewEmulator(cols, rows)
	cfg.apply(emu)
	replies, ok := emu.InputPipe().(*io.PipeWriter)
	if !ok {
		// x/vt v0.1.0 returns its *io.PipeWriter; anything else means the
		// library changed under us and Close could no longer stop forwarding.
		return nil, errors.New("vtterm: unexpected x/vt input pipe type")
	}

	cmd.Env = withTERM(cmd.Env)
	t := &Term{
		cmd:        cmd,
		replies:    replies,
		emu:        emu,
		watchers:   make(map[*watcher]time.Time),
		outputDone: make(chan struct{}),
		replyDone:  make(chan struct{}),
		exited:     make(chan struct{}),
	}
	t.started = time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		return nil, fmt.Errorf("vtterm: start %s: %w", cmd.Path, err)
	}
	t.ptmx = ptmx

	go t.readOutput()
	go t.forwardReplies()
	go func() {
		t.waitErr = cmd.Wait()
		close(t.exited)
	}()
	return t, nil
}

// withTERM returns the environment the program gets: env (or ours, when env
// is nil) with TERM set to defaultTERM unless env already names one.
func withTERM(env []string) []string {
	if env != nil {
		for _, kv := range env {
			if strings.HasPrefix(kv, "TERM=") {
				return env
			}
		}
		return append(env[:len(env):len(env)], "TERM="+defaultTERM)
	}
	out := make([]string, 0, len(os.Environ())+1)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TERM=") {
			out = append(out, kv)
		}
	}
	return append(out, "TERM="+defaultTERM)
}

// StartedAt is the moment just before the process was started; frame times
// are measured from it.
func (t *Term) StartedAt() time.Time { return t.started }

// Pid is the program's process id.
func (t *Term) Pid() int { return t.cmd.Process.Pid }

// Send writes s to the program's terminal input as raw bytes: "j",
// "\x1b[B" (down), "\r" (enter), "\x03" (ctrl+c).
func (t *Term) Send(s string) error {
	t.writeMu.Lock()
	defer t.writeMu.Unlock()
	if _, err := io.WriteString(t.ptmx, s); err != nil {
		return fmt.Errorf("vtterm: send: %w", err)
	}
	return nil
}

// Resize changes the screen size. The emulator is resized first so that the
// redraw the program makes on SIGWINCH lands on a screen of the new size.
func (t *Term) Resize(cols, rows int) error {
	if cols <= 0 || rows <= 0 {
		return fmt.Errorf("vtterm: bad size %dx%d", cols, rows)
	}
	t.mu.Lock()
	t.emu.Resize(cols, rows)
	t.mu.Unlock()
	if err := pty.Setsize(t.ptmx, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		return fmt.Errorf("vtterm: resize: %w", err)
	}
	return nil
}

// Wait waits up to timeout for the program to exit and for its output to be
// drained, so Raw and Screen are final when it returns. It returns the exit
// code; a program killed by a signal gives -1 and an error.
func (t *Term) Wait(timeout time.Duration) (int, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-t.exited:
	case <-timer.C:
		return -1, fmt.Errorf("vtterm: %s still running after %v", t.cmd.Path, timeout)
	}
	code := t.cmd.ProcessState.ExitCode()
	select {
	case <-t.outputDone:
	case <-timer.C:
		return code, fmt.Errorf("vtterm: %s exited (%d) but its terminal output did not end within %v", t.cmd.Path, code, timeout)
	}
	if code < 0 {
		return code, fmt.Errorf("vtterm: %s: %w", t.cmd.Path, t.waitErr)
	}
	return code, nil
}

// Close kills the program if it is still running and releases the pty. It
// is safe to call more than once.
func (t *Term) Close() error {
	var err error
	t.closeOnce.Do(func() {
		select {
		case <-t.exited:
		default:
			_ = t.cmd.Process.Kill()
		}
		grace := time.NewTimer(closeGrace)
		defer grace.Stop()
		select {
		case <-t.exited:
		case <-grace.C:
			err = fmt.Errorf("vtterm: %s did not exit after kill", t.cmd.Path)
		}
		// Closing the master ends the output reader even if a grandchild
		// still holds the slave side open.
		if cerr := t.ptmx.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("vtterm: close pty: %w", cerr)
		}
		drain := time.NewTimer(closeGrace)
		defer drain.Stop()
		select {
		case <-t.outputDone:
		case <-drain.C:
			// Leave the reader behind rather than hang the caller; it holds
			// nothing but the closed pty.
			if err == nil {
				err = errors.New("vtterm: pty output reader did not stop")
			}
		}
		// Closing the pipe, not the emulator: Emulator.Close writes a flag
		// that Emulator.Read reads without a lock, which the race detector
		// rightly reports. Forwarding then ends at once: its pipe is closed
		// and so is the pty it writes to.
		_ = t.replies.CloseWithError(io.EOF)
		<-t.replyDone
	})
	return err
}

// readOutput copies the program's output into the emulator, chunk by chunk,
// and checks the waiting conditions after each chunk.
func (t *Term) readOutput() {
	defer close(t.outputDone)
	buf := make([]byte, 64<<10)
	for {
		n, err := t.ptmx.Read(buf)
		at := time.Now()
		if n > 0 {
			t.apply(buf[:n], at)
		}
		if err != nil {
			t.mu.Lock()
			t.outErr = err
			t.mu.Unlock()
			return
		}
	}
}

// forwardReplies writes the emulator's answers to terminal queries back to
// the program. It must keep reading: x/vt writes replies into an unbuffered
// io.Pipe from inside Emulator.Write, so without a reader the output side
// would block for good on the program's first query.
func (t *Term) forwardReplies() {
	defer close(t.replyDone)
	buf := make([]byte, 4096)
	for {
		n, err := t.emu.Read(buf)
		if n > 0 {
			t.writeMu.Lock()
			_, _ = t.ptmx.Write(buf[:n]) // the program may be gone; nothing to do then
			t.writeMu.Unlock()
		}
		if err != nil {
			return
		}
	}
}
