package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/gofrs/flock"
)

// defaultLockTimeout is how long a store waits for another summit-tui's
// lock: far longer than any save takes, short enough that a key press
// never seems to hang.
const defaultLockTimeout = 2 * time.Second

// fileLock is the inter-process lock of a file that is replaced whole,
// with how long to wait for it. Its user serialises calls to lock (fcntl
// locks, used on some systems, are per process).
type fileLock struct {
	timeout time.Duration
	waiter  *lockWaiter // still waiting for the lock
}

// lock takes the exclusive lock for the file t, waiting at most l.timeout,
// and returns its release. The lock is on a separate file, "<file>.lock",
// because the file is replaced by rename and a lock held on its old inode
// would protect nothing. The lock file is never removed: removing it would
// let two processes lock different inodes. The operating system releases
// the lock of a process that dies.
func (l *fileLock) lock(t target, role fileRole) (unlock func(), err error) {
	path := t.resolved + ".lock"
	lockRole := fileRole{noun: "a lock file", not: role.not}
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fi = nil
	case err != nil:
		return nil, systemError(path, "cannot lock", err)
	case !fi.Mode().IsRegular():
		return nil, notRegular(path, "is", fi.Mode(), lockRole)
	}
	fl, err := l.wait(path)
	if err != nil {
		if errors.Is(err, errLockTimedOut) {
			return nil, &StoreError{Path: t.path, Why: "is locked by another summit-tui", Err: role.locked, named: true}
		}
		return nil, systemError(path, "cannot lock", err)
	}
	unlock = func() { _ = fl.Unlock() }
	// What was opened is checked too: a FIFO put there after the Lstat
	// opened without blocking, and is no lock.
	if held, err := fl.Stat(); err != nil || !held.Mode().IsRegular() {
		unlock()
		if err != nil {
			return nil, systemError(path, "cannot lock", err)
		}
		return nil, notRegular(path, "is", held.Mode(), lockRole)
	}
	if fi == nil && isRoot() {
		// A lock file root creates in a user's directory must stay
		// openable by the user's own summit-tui.
		if dir, err := os.Stat(filepath.Dir(path)); err == nil {
			if uid, gid, ok := ownerOf(dir); ok && uid != 0 {
				_ = os.Lchown(path, uid, gid)
			}
		}
	}
	return unlock, nil
}

// errLockTimedOut: another process held the lock for longer than the wait.
var errLockTimedOut = errors.New("lock held for too long")

// wait returns the lock on path once it is held, or errLockTimedOut after
// l.timeout. The lock is taken by a blocking flock in a goroutine, a
// lockWaiter: the kernel hands it over the moment its holder lets go,
// where polling would lose, again and again, to a holder that saves in a
// loop. A waiter whose caller gave up is kept for the next call, so at
// most one per fileLock is ever blocked, and one that gets the lock with
// no caller waiting lets go at once.
func (l *fileLock) wait(path string) (*flock.Flock, error) {
	timeout := time.NewTimer(l.timeout)
	defer timeout.Stop()
	for {
		w := l.waiter
		if w == nil || w.path != path {
			if w != nil {
				w.abandon()
			}
			w = startLockWaiter(path)
			l.waiter = w
		}
		w.claim()
		select {
		case <-w.done:
		case <-timeout.C:
			if !w.abandon() {
				return nil, errLockTimedOut
			}
		}
		l.waiter = nil
		if !errors.Is(w.err, errLockAbandoned) {
			return w.l, w.err
		}
		// It got the lock while nobody waited and let go: try again.
	}
}

// errLockAbandoned: a lockWaiter got the lock with no caller waiting and
// released it.
var errLockAbandoned = errors.New("lock released: nobody was waiting")

type lockWaiter struct {
	path string
	l    *flock.Flock
	done chan struct{} // closed once l is held (err nil) or failed
	err  error

	mu      sync.Mutex
	claimed bool // a caller is waiting for the lock
}

func startLockWaiter(path string) *lockWaiter {
	w := &lockWaiter{
		path: path,
		l:    flock.New(path, flock.SetPermissions(0o600), flock.SetFlag(lockOpenFlag)),
		done: make(chan struct{}),
	}
	go func() {
		err := w.l.Lock()
		w.mu.Lock()
		defer w.mu.Unlock()
		if err == nil && !w.claimed {
			_ = w.l.Unlock()
			err = errLockAbandoned
		}
		w.err = err
		close(w.done)
	}()
	return w
}

func (w *lockWaiter) claim() {
	w.mu.Lock()
	w.claimed = true
	w.mu.Unlock()
}

// abandon gives up waiting and reports whether the waiter finished
// meanwhile, in which case its result is the caller's after all.
func (w *lockWaiter) abandon() (finished bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	select {
	case <-w.done:
		return true
	default:
		w.claimed = false
		return false
	}
}
