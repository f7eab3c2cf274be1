package main

import (
	"context"
	"sync"
)

// underWay counts work under way that the server waits for when it
// stops: a save that began as its session ended runs on after it.
type underWay struct {
	mu   sync.Mutex
	n    int
	idle chan struct{} // closed when n falls to zero
}

func (u *underWay) begin() {
	u.mu.Lock()
	if u.n == 0 {
		u.idle = make(chan struct{})
	}
	u.n++
	u.mu.Unlock()
}

func (u *underWay) end() {
	u.mu.Lock()
	u.n--
	if u.n == 0 {
		close(u.idle)
	}
	u.mu.Unlock()
}

// wait waits until nothing is under way, or ctx ends.
func (u *underWay) wait(ctx context.Context) {
	u.mu.Lock()
	if u.n == 0 {
		u.mu.Unlock()
		return
	}
	idle := u.idle
	u.mu.Unlock()
	select {
	case <-idle:
	case <-ctx.Done():
	}
}
