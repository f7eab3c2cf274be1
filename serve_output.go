package main

import (
	"errors"
	"io"
	"sync"
	"time"
)

// A session's output goes through a queue of its own, written to the
// client by one goroutine: the browser never waits for the network, and a
// client that stops reading fills its own queue, not anyone else's. Past
// a byte cap, or a write that takes longer than a deadline, the client is
// cut off (stall), which ends its session.

// errStalled is why a session's output stopped: its client stopped
// reading.
var errStalled = errors.New("the client stopped reading")

// Bounds of a session's output.
const (
	// outputCap is how many bytes may wait for a client: many full
	// redraws of a large screen, a burst no reading client comes near.
	outputCap = 1 << 20
	// writeDeadline is how long one write to the client may take.
	writeDeadline = 10 * time.Second
	// keptBuffer is the largest buffer kept for the next frames: an idle
	// session holds no more.
	keptBuffer = 64 << 10
)

// boundedOutput is a session's output: Write queues, never blocks.
type boundedOutput struct {
	to       io.Writer
	stall    func(why error) // cuts the client off; called once, from any goroutine
	cap      int
	deadline time.Duration

	mu      sync.Mutex
	ready   *sync.Cond
	queued  []byte
	spare   []byte
	err     error // set once: stalled or closed
	stalled sync.Once
	done    chan struct{}
}

// newBoundedOutput starts the writer of a session's output to w; Close
// stops it. stall is called once when the output fails: errStalled when
// the client stopped reading, else the write's error (the client went).
func newBoundedOutput(w io.Writer, cap int, deadline time.Duration, stall func(why error)) *boundedOutput {
	o := &boundedOutput{to: w, stall: stall, cap: cap, deadline: deadline, done: make(chan struct{})}
	o.ready = sync.NewCond(&o.mu)
	go o.run()
	return o
}

func (o *boundedOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return 0, o.err
	}
	if len(o.queued)+len(p) > o.cap {
		o.fail(errStalled)
		return 0, errStalled
	}
	o.queued = append(o.queued, p...)
	o.ready.Signal()
	return len(p), nil
}

// Close stops the writer once what is queued is written (or the client is
// cut off).
func (o *boundedOutput) Close() error {
	o.mu.Lock()
	if o.err == nil {
		o.err = io.ErrClosedPipe
	}
	o.ready.Signal()
	o.mu.Unlock()
	<-o.done
	return nil
}

// fail marks the output failed and cuts the client off; o.mu is held.
func (o *boundedOutput) fail(err error) {
	if o.err == nil || o.err == io.ErrClosedPipe {
		o.err = err
	}
	o.queued = nil
	o.ready.Signal()
	o.stalled.Do(func() { go o.stall(err) })
}

func (o *boundedOutput) run() {
	defer close(o.done)
	timer := time.NewTimer(o.deadline)
	timer.Stop()
	defer timer.Stop()
	go func() {
		select {
		case <-timer.C:
			o.mu.Lock()
			o.fail(errStalled)
			o.mu.Unlock()
		case <-o.done:
		}
	}()
	for {
		o.mu.Lock()
		for len(o.queued) == 0 && o.err == nil {
			o.ready.Wait()
		}
		if len(o.queued) == 0 || o.err != nil && o.err != io.ErrClosedPipe {
			o.mu.Unlock()
			return
		}
		chunk := o.queued
		o.queued, o.spare = o.spare[:0], nil
		o.mu.Unlock()

		timer.Reset(o.deadline)
		_, err := o.to.Write(chunk)
		if !timer.Stop() {
			return // the deadline passed: the client is cut off
		}
		o.mu.Lock()
		if cap(chunk) <= keptBuffer {
			o.spare = chunk[:0]
		}
		if err != nil {
			o.fail(err)
			o.mu.Unlock()
			return
		}
		o.mu.Unlock()
	}
}

// deadlineWriter is a command's output: the command writes as fast as its
// client reads, and a client that stops reading for longer than the
// deadline is cut off (cut), which ends the command.
type deadlineWriter struct {
	to       io.Writer
	deadline time.Duration
	cut      func(why error)
}

func (w deadlineWriter) Write(p []byte) (int, error) {
	t := time.AfterFunc(w.deadline, func() { w.cut(errStalled) })
	defer t.Stop()
	return w.to.Write(p)
}
