//go:build !unix

package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// openNoFollow opens path for reading; this system has no FIFOs that
// block an open, and inspect has refused what is not a regular file.
func openNoFollow(path string) (*os.File, error) { return os.Open(path) }

// lockOpenFlag opens (and creates) a lock file.
const lockOpenFlag = os.O_CREATE | os.O_RDWR

// ownerOf: files here have no Unix owner to keep.
func ownerOf(fs.FileInfo) (uid, gid int, ok bool) { return 0, 0, false }

func isRoot() bool { return false }

// newPendingFile starts a temporary file next to path, named
// ".<base><digits>" as on Unix.
func newPendingFile(path string, perm fs.FileMode) (pendingFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"*")
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(perm); err != nil {
		_ = f.Close()
		_ = os.Remove(f.Name())
		return nil, err
	}
	return &tempFile{File: f, path: path}, nil
}

type tempFile struct {
	*os.File
	path string
	done bool
}

func (t *tempFile) CloseAtomicallyReplace() error {
	if err := t.Sync(); err != nil {
		return err
	}
	if err := t.File.Close(); err != nil {
		return err
	}
	if err := os.Rename(t.Name(), t.path); err != nil {
		return err
	}
	t.done = true
	return nil
}

func (t *tempFile) Cleanup() error {
	if t.done {
		return nil
	}
	t.done = true
	return errors.Join(t.File.Close(), os.Remove(t.Name()))
}

// syncDir: directories cannot be synced here; NTFS journals renames.
func syncDir(string) error { return nil }
