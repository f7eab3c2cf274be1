package store

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/adrg/xdg"
)

// The seen files keep, for each schedule, what the user last saw of it
// (its key fields, as the caller encodes them), so that the next version,
// in this run or a later one, can be compared with it. They are written
// like the state file (regular files only, replaced whole, never blocking,
// through a link only to the user's own file of the kind) but without a
// lock: the last window to save wins.

// ErrNotSeenFile: a seen path holds something else. It is never read or
// replaced.
var ErrNotSeenFile = errors.New("not a seen-version file")

// maxSeenBytes bounds one seen file: the key fields of the largest
// programmes fit many times over.
const maxSeenBytes = 16 << 20

// maxSeenFiles bounds the directory: the schedules seen longest ago are
// forgotten first.
const maxSeenFiles = 32

var seenRole = fileRole{noun: "a seen-version file", not: ErrNotSeenFile, max: maxSeenBytes, recognise: isJSONObject}

// DefaultSeenDir returns summit-tui/seen under $XDG_STATE_HOME, or under the
// platform's state directory where that is not set.
func DefaultSeenDir() (string, error) {
	xdg.Reload()
	if xdg.StateHome == "" {
		return "", errors.New("seen versions: no state directory (neither XDG_STATE_HOME nor a home directory is set)")
	}
	return filepath.Join(xdg.StateHome, "summit-tui", "seen"), nil
}

// seenPath names the file of the schedule kept under key: a digest, so
// that any key makes a safe file name.
func seenPath(dir, key string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(dir, hex.EncodeToString(sum[:12])+".json")
}

// ReadSeen returns what was last seen of the schedule kept under key, or
// "" and no error when nothing was. It is text, not bytes, so that a large
// schedule's is not copied again on its way to the decoder.
func ReadSeen(dir, key string) (string, error) {
	t, err := inspect(seenPath(dir, key), seenRole)
	if err != nil || t.info == nil {
		return "", err
	}
	text, ok, err := readRegular(&t, seenRole)
	if !ok || err != nil {
		return "", err
	}
	return text, nil
}

// WriteSeen keeps data as what was last seen of the schedule under key,
// and forgets the schedules seen longest ago beyond the bound.
func WriteSeen(dir, key string, data []byte) error {
	return WriteSeenFrom(dir, key, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteSeenFrom is WriteSeen for a writer of the data, so that a large
// schedule's is streamed to the file rather than held whole in memory.
func WriteSeenFrom(dir, key string, write func(io.Writer) error) error {
	t, err := inspect(seenPath(dir, key), seenRole)
	if err != nil {
		return err
	}
	if err := checkLinkedContent(&t, seenRole); err != nil {
		return err
	}
	if err := ensureDir(filepath.Dir(t.resolved), "seen versions"); err != nil {
		return err
	}
	tooLarge := &StoreError{Path: t.resolved, Why: "would be larger than " + humanBytes(maxSeenBytes), named: true}
	if err := replaceRegular(t, staleStateTemp, func(w *bufio.Writer) error {
		return write(&boundedWriter{w: w, left: maxSeenBytes, err: tooLarge})
	}); err != nil {
		return err
	}
	pruneOldest(dir, ".json", filepath.Base(t.resolved), maxSeenFiles)
	return nil
}

// boundedWriter fails with err once more than left bytes are written.
type boundedWriter struct {
	w    io.Writer
	left int
	err  error
}

func (b *boundedWriter) Write(p []byte) (int, error) {
	if len(p) > b.left {
		return 0, b.err
	}
	b.left -= len(p)
	return b.w.Write(p)
}

// pruneOldest removes the files of dir whose names end in suffix, oldest
// first, until max are left; never keep. Failing to prune loses nothing,
// so errors are ignored.
func pruneOldest(dir, suffix, keep string, max int) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type file struct {
		name string
		mod  time.Time
	}
	var files []file
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), suffix) {
			continue
		}
		if info, err := e.Info(); err == nil {
			files = append(files, file{e.Name(), info.ModTime()})
		}
	}
	if len(files) <= max {
		return
	}
	slices.SortFunc(files, func(a, b file) int { return b.mod.Compare(a.mod) })
	for _, f := range files[max:] {
		if f.name != keep {
			_ = os.Remove(filepath.Join(dir, f.name))
		}
	}
}
