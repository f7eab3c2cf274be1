package main

import (
	"bytes"
	"errors"
	"io"
	"sync"
	"testing"
	"time"
)

// blockedWriter is a client that stopped reading: Write waits until
// released.
type blockedWriter struct{ release chan struct{} }

func (w blockedWriter) Write(p []byte) (int, error) {
	<-w.release
	return 0, io.ErrClosedPipe
}

// TestBoundedOutputStalledClient: a client that stops reading never makes
// the browser's writes wait; it is cut off when its queue passes the cap,
// or when one write to it outlasts the deadline.
func TestBoundedOutputStalledClient(t *testing.T) {
	for _, tc := range []struct {
		name     string
		cap      int
		deadline time.Duration
		writes   int
	}{
		{"past the cap", 1024, time.Hour, 100},
		{"past the deadline", 1 << 20, 50 * time.Millisecond, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := blockedWriter{release: make(chan struct{})}
			defer close(w.release)
			cut := make(chan struct{})
			var once sync.Once
			o := newBoundedOutput(w, tc.cap, tc.deadline, func(why error) {
				if !errors.Is(why, errStalled) {
					t.Errorf("cut off for %v, want %v", why, errStalled)
				}
				once.Do(func() { close(cut) })
			})
			wrote := make(chan error, 1)
			go func() {
				var err error
				for i := 0; i < tc.writes && err == nil; i++ {
					_, err = o.Write(bytes.Repeat([]byte("x"), 100))
				}
				wrote <- err
			}()
			select {
			case <-wrote:
			case <-time.After(e2eTimeout):
				t.Fatal("a write waited for the stalled client")
			}
			select {
			case <-cut:
			case <-time.After(e2eTimeout):
				t.Fatal("the stalled client was not cut off")
			}
			if _, err := o.Write([]byte("more")); !errors.Is(err, errStalled) {
				t.Errorf("a write after the cut: %v, want %v", err, errStalled)
			}
		})
	}
}

// TestBoundedOutputInOrder: a reading client gets every byte, in order,
// and Close waits until they are written.
func TestBoundedOutputInOrder(t *testing.T) {
	var got bytes.Buffer
	o := newBoundedOutput(&got, 1<<20, time.Minute, func(why error) { t.Errorf("a reading client was cut off: %v", why) })
	var want bytes.Buffer
	for i := range 1000 {
		p := []byte{byte('a' + i%26)}
		want.Write(p)
		if _, err := o.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	o.Close()
	if got.String() != want.String() {
		t.Errorf("the client got %d bytes out of order or lost; want %d", got.Len(), want.Len())
	}
}
