package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// ensureBookmarkDir creates the directory of the bookmarks file, private to
// the user, when it is missing. An existing directory keeps its mode.
func ensureBookmarkDir(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("create bookmarks directory: %w", err)
	}
	return nil
}

// resolveBookmarkPath follows path while it is a symbolic link, so that a
// bookmarks file kept elsewhere (in a dotfiles repository, say) and linked
// in is replaced where it lives instead of the link becoming a plain file.
func resolveBookmarkPath(path string) string {
	for range 40 { // the usual limit on nested links
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path
		}
		target, err := os.Readlink(path)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return path
}

// bookmarkTempPrefix names the temporary files written next to the
// bookmarks file at path.
func bookmarkTempPrefix(path string) string {
	return "." + filepath.Base(path) + ".tmp-"
}

// replaceBookmarkFile atomically replaces the file at path with data: it
// writes a temporary file in the same directory with mode 0600, syncs it,
// renames it over path and syncs the directory, so that after a crash the
// file holds either the old or the new content, whole. On error the old
// file is untouched. The caller holds the bookmarks lock.
func replaceBookmarkFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	removeStaleBookmarkTemps(path)
	tmp, err := os.CreateTemp(dir, bookmarkTempPrefix(path)+"*")
	if err != nil {
		return fmt.Errorf("save bookmarks: %w", err)
	}
	if err := writeSyncClose(tmp, data); err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("save bookmarks: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("save bookmarks: %w", err)
	}
	// The new content is in place now. A directory that cannot be synced
	// (some network file systems refuse) only weakens durability, so it is
	// not reported as a failed save.
	_ = syncBookmarkDir(dir)
	return nil
}

func writeSyncClose(f *os.File, data []byte) error {
	// os.CreateTemp asks for 0600, but the umask could take bits away.
	err := f.Chmod(0o600)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync() // without it a crash can leave an empty file after the rename
	}
	return errors.Join(err, f.Close())
}

// removeStaleBookmarkTemps removes temporary files left by a writer that
// died before its rename. Only a holder of the bookmarks lock creates them,
// and the caller holds it, so every one found is stale.
func removeStaleBookmarkTemps(path string) {
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return
	}
	prefix := bookmarkTempPrefix(path)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			_ = os.Remove(filepath.Join(filepath.Dir(path), e.Name()))
		}
	}
}

// syncBookmarkDir makes a rename in dir durable.
func syncBookmarkDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil // directories cannot be synced there; NTFS journals renames
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	return errors.Join(d.Sync(), d.Close())
}

// moveCorruptAside renames the corrupt bookmarks file at path, unchanged, to
// "<path>.corrupt-<UTC time>", with ".1", ".2"… added if that name is taken,
// and returns the new name. The caller holds the bookmarks lock, so no
// other summit-tui can take the name between the check and the rename.
func moveCorruptAside(path string, now time.Time) (string, error) {
	base := path + ".corrupt-" + now.UTC().Format("20060102T150405Z")
	for n := range 1000 {
		target := base
		if n > 0 {
			target = fmt.Sprintf("%s.%d", base, n)
		}
		_, err := os.Lstat(target)
		if err == nil {
			continue
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("move corrupt bookmarks aside: %w", err)
		}
		if err := os.Rename(path, target); err != nil {
			return "", fmt.Errorf("move corrupt bookmarks aside: %w", err)
		}
		return target, nil
	}
	return "", fmt.Errorf("move corrupt bookmarks aside: every name like %s is taken", base)
}
