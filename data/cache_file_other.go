//go:build !unix

package data

import "os"

// openCacheFile opens a file of the cache for reading; this system has no
// FIFOs that block an open, and the caller reads only a regular file.
func openCacheFile(path string) (*os.File, error) { return os.Open(path) }
