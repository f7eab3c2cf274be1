package data

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"sync"
	"syscall"
	"time"
)

// DefaultWaitAfter is how long a schedule read from a FIFO or a pipe may
// give no data before OpenOptions.Waiting is told.
const DefaultWaitAfter = 2 * time.Second

// A schedule may come from a FIFO whose writer is yet to start, as
// `summit-tui <(curl -s …)` or a named FIFO makes one: opening it waits
// for the writer, reading it for the data. That is legitimate, so it is
// waited for, but not silently: after a while without data the caller is
// told (OpenOptions.Waiting), and ending the context ends the wait.

// openFIFO opens the FIFO at path for reading as a page, within ctx.
func openFIFO(ctx context.Context, path string, opts OpenOptions) (*PageFile, error) {
	watch := newWaitWatch(path, opts)
	type opened struct {
		f   *os.File
		err error
	}
	got := make(chan opened, 1)
	go func() {
		f, err := os.Open(path) // blocks until a writer opens the FIFO
		got <- opened{f, err}
	}()
	var f *os.File
	select {
	case o := <-got:
		if o.err != nil {
			watch.stop()
			return nil, pathError(path, o.err)
		}
		f = o.f
	case <-ctx.Done():
		watch.stop()
		unblockFIFOOpen(path)
		go func() { // the open ends now, or when a writer comes
			if o := <-got; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, cancelled(path, ctx)
	}
	// Reading a FIFO goes through the runtime's poller (on Linux, and most
	// Unix systems), where a deadline in the past ends a read at once.
	stopCancel := context.AfterFunc(ctx, func() { _ = f.SetReadDeadline(time.Unix(1, 0)) })
	p := &PageFile{path: path, f: f, size: -1}
	p.in = &waitingReader{ctx: ctx, path: path, f: f, watch: watch}
	p.onClose = func() { stopCancel(); watch.stop() }
	return p, nil
}

// isFIFO reports whether path names a FIFO (or a pipe, as /dev/fd/N does).
func isFIFO(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode()&fs.ModeNamedPipe != 0
}

// unblockFIFOOpen ends an open of the FIFO at path that waits for a
// writer, by being one for a moment.
func unblockFIFOOpen(path string) {
	if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
		w.Close()
	}
}

func cancelled(path string, ctx context.Context) error {
	return &PageError{Path: path, Why: "cancelled", Err: context.Cause(ctx)}
}

// waitingReader reads a FIFO, telling the watch of each piece of data, and
// ending with the context.
type waitingReader struct {
	ctx   context.Context
	path  string
	f     *os.File
	watch *waitWatch
}

func (r *waitingReader) Read(b []byte) (int, error) {
	n, err := r.f.Read(b)
	if n > 0 {
		r.watch.data()
	}
	if err != nil {
		r.watch.stop()
		if r.ctx.Err() != nil && errors.Is(err, os.ErrDeadlineExceeded) {
			return n, cancelled(r.path, r.ctx)
		}
	}
	return n, err
}

var _ io.Reader = (*waitingReader)(nil)

// waitWatch calls OpenOptions.Waiting once when no data has come for
// OpenOptions.WaitAfter.
type waitWatch struct {
	mu      sync.Mutex
	timer   *time.Timer
	after   time.Duration
	stopped bool
}

func newWaitWatch(path string, opts OpenOptions) *waitWatch {
	w := &waitWatch{after: opts.WaitAfter}
	if w.after <= 0 {
		w.after = DefaultWaitAfter
	}
	if opts.Waiting == nil {
		w.stopped = true
		return w
	}
	w.timer = time.AfterFunc(w.after, func() {
		w.mu.Lock()
		fire := !w.stopped
		w.stopped = true
		w.mu.Unlock()
		if fire {
			opts.Waiting(printablePath(path))
		}
	})
	return w
}

// data puts the notice off: data has just come.
func (w *waitWatch) data() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.stopped {
		w.timer.Reset(w.after)
	}
}

// stop ends the watch: the input is read, or given up.
func (w *waitWatch) stop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.stopped {
		w.stopped = true
		w.timer.Stop()
	}
}

// openPage opens a page file; a FIFO within ctx, as openFIFO does.
func openPage(ctx context.Context, path string, opts OpenOptions) (*PageFile, error) {
	if isFIFO(path) {
		return openFIFO(ctx, path, opts)
	}
	return OpenPageFile(path)
}
