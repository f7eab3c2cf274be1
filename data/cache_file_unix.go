//go:build unix

package data

import (
	"os"
	"syscall"
)

// openCacheFile opens a file of the cache for reading. O_NONBLOCK keeps a
// FIFO or a device put in its place from blocking the open, O_NOFOLLOW a
// link from leading elsewhere; the caller reads only a regular file.
func openCacheFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW, 0)
}
