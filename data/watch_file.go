package data

import (
	"context"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watchQuiet is how long a schedule file must rest before it is read
// again: a download writes it in many pieces (curl -o), an editor saves
// by writing a temporary file and renaming it.
const watchQuiet = 150 * time.Millisecond

// WatchFile signals on the returned channel each time the schedule file
// at path may have been replaced or rewritten, once it has been quiet for
// a moment. The channel holds at most one signal. Its directory is
// watched, not the file, so a file replaced by a rename is seen, and so is
// the file a symbolic link names. When ctx ends the watch stops and the
// channel is closed. An error means this system cannot watch the file;
// the caller goes on without.
func WatchFile(ctx context.Context, path string) (<-chan struct{}, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, pathError(path, err)
	}
	names := map[string]bool{filepath.Clean(path): true}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		names[filepath.Clean(real)] = true
	}
	if abs, err := filepath.Abs(path); err == nil {
		names[abs] = true
	}
	dirs := map[string]bool{}
	for name := range names {
		dirs[filepath.Dir(name)] = true
	}
	for dir := range dirs {
		if err := w.Add(dir); err != nil {
			_ = w.Close()
			return nil, pathError(path, err)
		}
	}
	out := make(chan struct{}, 1)
	go runFileWatch(ctx, w, names, out)
	return out, nil
}

func runFileWatch(ctx context.Context, w *fsnotify.Watcher, names map[string]bool, out chan<- struct{}) {
	defer close(out)
	defer w.Close()
	quiet := time.NewTimer(watchQuiet)
	quiet.Stop()
	defer quiet.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case e, ok := <-w.Events:
			if !ok {
				return
			}
			if names[filepath.Clean(e.Name)] && !e.Has(fsnotify.Chmod) {
				quiet.Reset(watchQuiet) // each event puts the read off again
			}
		case _, ok := <-w.Errors:
			if !ok {
				return
			}
			quiet.Reset(watchQuiet) // lost events may have been about the file
		case <-quiet.C:
			select {
			case out <- struct{}{}:
			default: // a signal is already waiting
			}
		}
	}
}
