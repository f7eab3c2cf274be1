package data

import (
	"fmt"

	"github.com/gofrs/flock"
)

// lockBookmarks takes the exclusive inter-process lock for the bookmarks
// file at path, waiting for it, and returns its release. The lock is on a
// separate file, "<path>.lock", because the data file is replaced by rename
// and a lock held on its old inode would protect nothing. The lock file is
// never removed: removing it would let two processes lock different inodes.
// The operating system releases the lock of a process that dies.
func lockBookmarks(path string) (unlock func(), err error) {
	l := flock.New(path+".lock", flock.SetPermissions(0o600))
	if err := l.Lock(); err != nil {
		return nil, fmt.Errorf("lock bookmarks: %w", err)
	}
	return func() { _ = l.Unlock() }, nil
}
