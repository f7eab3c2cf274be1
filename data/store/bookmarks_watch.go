package store

import (
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watchSettle is how long a burst of changes is gathered into one signal:
// a save is a create and a rename, an editor's save several writes.
const watchSettle = 50 * time.Millisecond

// Watch signals on the returned channel each time the bookmarks file may
// have changed: another window saved, an editor wrote it, it was removed or
// created. Signals are coalesced: the channel holds at most one, and a
// burst of changes gives one signal shortly after it starts. The caller
// then reads the file with Read. Saves by this process signal too.
//
// The directory is watched, not the file, since every save replaces the
// file by rename; its temporary files, lock file and moved-aside files are
// ignored. A file, or even a directory, that does not exist yet is
// watched for: its nearest existing parent is watched until it appears. A
// symbolic link is followed to the file it names.
//
// A Read right after a signal can find a file an editor is still writing
// in place; the signal after its last write follows. When ctx ends the
// watch stops, its goroutine ends and the channel is closed. An error
// means this system cannot watch files; the caller goes on without.
func (s *BookmarkStore) Watch(ctx context.Context) (<-chan struct{}, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, systemError(s.path, "cannot watch for changes", err)
	}
	bw := &bookmarkWatch{path: s.path, w: w, watched: map[string]bool{}}
	if err := bw.rewatch(); err != nil {
		_ = w.Close()
		return nil, err
	}
	out := make(chan struct{}, 1)
	go bw.run(ctx, out)
	return out, nil
}

type bookmarkWatch struct {
	path    string // the store's path, as the user named it
	w       *fsnotify.Watcher
	files   []string        // the path and, for a link, the file it names
	watched map[string]bool // directories being watched
}

// rewatch works out which files to watch for and watches, for each, its
// directory or, while that is missing, the nearest parent that exists.
func (bw *bookmarkWatch) rewatch() error {
	// A directory made between looking for it and watching its parent
	// would go unseen: look again until what is watched is still right.
	var err error
	for range 10 {
		want := bw.wanted()
		if err = bw.watchOnly(want); err == nil && maps.Equal(want, bw.wanted()) {
			break
		}
	}
	return err
}

// wanted returns the directories to watch now.
func (bw *bookmarkWatch) wanted() map[string]bool {
	bw.files = []string{filepath.Clean(bw.path)}
	if t, _ := inspect(bw.path, bookmarksRole); t.resolved != bw.path {
		bw.files = append(bw.files, filepath.Clean(t.resolved))
	}
	want := map[string]bool{}
	for _, f := range bw.files {
		dir := filepath.Dir(f)
		for {
			if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
		want[dir] = true
	}
	return want
}

// watchOnly watches the directories in want and no others.
func (bw *bookmarkWatch) watchOnly(want map[string]bool) error {
	var firstErr error
	for dir := range want {
		if bw.watched[dir] {
			continue
		}
		if err := bw.w.Add(dir); err != nil {
			if firstErr == nil && !errors.Is(err, fs.ErrNotExist) {
				firstErr = systemError(dir, "cannot watch for changes", err)
			}
			continue
		}
		bw.watched[dir] = true
	}
	for dir := range bw.watched {
		if !want[dir] {
			_ = bw.w.Remove(dir)
			delete(bw.watched, dir)
		}
	}
	if len(bw.watched) == 0 {
		return firstErr
	}
	return nil
}

// relevant reports whether an event may mean the file changed, and
// follows the directories it watches to where the files now are.
func (bw *bookmarkWatch) relevant(e fsnotify.Event) bool {
	name := filepath.Clean(e.Name)
	for i, f := range bw.files {
		if name == f {
			if i == 0 && len(bw.files) > 1 || e.Has(fsnotify.Create) {
				_ = bw.rewatch() // a link may point elsewhere now
			}
			return true
		}
		// A directory on the way to the file appeared or went away.
		if strings.HasPrefix(f, name+string(filepath.Separator)) || bw.watched[name] {
			_ = bw.rewatch()
			return true
		}
	}
	return false
}

func (bw *bookmarkWatch) run(ctx context.Context, out chan<- struct{}) {
	defer close(out)
	defer bw.w.Close()
	settle := time.NewTimer(watchSettle)
	settle.Stop() // since Go 1.23 a stopped timer delivers nothing stale
	pending := false
	schedule := func() {
		if !pending {
			pending = true
			settle.Reset(watchSettle)
		}
	}
	defer settle.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case e, ok := <-bw.w.Events:
			if !ok {
				return
			}
			if bw.relevant(e) {
				schedule()
			}
		case _, ok := <-bw.w.Errors:
			if !ok {
				return
			}
			// Lost events (a full queue) may have been about the file.
			schedule()
		case <-settle.C:
			pending = false
			select {
			case out <- struct{}{}:
			default: // a signal is already waiting
			}
		}
	}
}
