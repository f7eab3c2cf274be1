package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// waitSignal fails the test unless the watch signals within a few
// seconds; the UI's budget is a second, the rest is slack for a busy
// machine.
func waitSignal(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case _, ok := <-ch:
		if !ok {
			t.Fatalf("watch closed while waiting for %s", what)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("no signal within 5s of %s", what)
	}
}

// drain drops signals already given, so that the next one awaited comes
// after the change the test makes next.
func drain(ch <-chan struct{}) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

// waitReadHas reads, as the UI does on each signal, until the store shows
// want: a change written in two steps (by hand) may signal in between.
func waitReadHas(t *testing.T, s *BookmarkStore, ch <-chan struct{}, want []string, what string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				t.Fatalf("watch closed while waiting for %s", what)
			}
		case <-deadline:
			ids, err := s.Read(bmKafka)
			t.Fatalf("no signal that shows %s: the watching window reads %q, %v; want %q", what, ids, err, want)
		}
		if ids, err := s.Read(bmKafka); err == nil && sameBookmarkIDs(ids, want) {
			return
		}
	}
}

// Another window's bookmark reaches a watching window without a key
// press, even when neither the file nor its directory existed when the
// watch began.
func TestBookmarkWatchSeesAnotherWindow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "share", "summit-tui", "bookmarks.json")
	watching, other := NewBookmarkStore(path), NewBookmarkStore(path)
	ch := watchUntilDone(t, watching)

	steps := []struct {
		op   BookmarkOp
		want []string
	}{
		{BookmarkOp{ID: "id-a", Add: true}, []string{"id-a"}},
		{BookmarkOp{ID: "id-b", Add: true}, []string{"id-a", "id-b"}},
		{BookmarkOp{ID: "id-a", Add: false}, []string{"id-b"}},
	}
	for _, st := range steps {
		drain(ch)
		if _, err := other.Apply(bmKafka, nil, []BookmarkOp{st.op}); err != nil {
			t.Fatal(err)
		}
		waitReadHas(t, watching, ch, st.want, "the other window's toggle of "+st.op.ID)
	}

	// Removed, then written again by hand.
	drain(ch)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	waitReadHas(t, watching, ch, nil, "removing the file")
	drain(ch)
	if err := os.WriteFile(path, []byte(`{"version": 1, "conferences": {"`+bmKafka+`": ["id-c"]}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	waitReadHas(t, watching, ch, []string{"id-c"}, "writing the file by hand")
}

// A file linked in from elsewhere is watched where it lives.
func TestBookmarkWatchFollowsSymlink(t *testing.T) {
	root := t.TempDir()
	target := filepath.Join(root, "dotfiles", "bookmarks.json")
	link := filepath.Join(root, "share", "bookmarks.json")
	for _, dir := range []string{filepath.Dir(target), filepath.Dir(link)} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	watching := NewBookmarkStore(link)
	ch := watchUntilDone(t, watching)
	drain(ch)
	if _, err := applyToggle(NewBookmarkStore(target), bmKafka, "id-a", true); err != nil {
		t.Fatal(err)
	}
	waitReadHas(t, watching, ch, []string{"id-a"}, "a save to the linked file")
}

// A burst of saves gives few signals, not one each, and the channel never
// blocks the watch: a window that is busy misses nothing but repeats.
func TestBookmarkWatchCoalesces(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	ch := watchUntilDone(t, s)
	const saves = 20
	for i := range saves {
		if _, err := applyToggle(s, bmKafka, "id-burst", i%2 == 0); err != nil {
			t.Fatal(err)
		}
	}
	waitSignal(t, ch, "a burst of saves")
	if n := len(ch); n > 1 {
		t.Errorf("%d signals waiting, want at most one", n)
	}
}

// When its context ends the watch closes its channel and leaves no
// goroutine behind.
func TestBookmarkWatchEndsWithItsContext(t *testing.T) {
	before := runtime.NumGoroutine()
	s, _ := newTestBookmarkStore(t, "")
	for range 3 {
		ctx, cancel := context.WithCancel(context.Background())
		ch, err := s.Watch(ctx)
		if err != nil {
			cancel()
			t.Skipf("cannot watch files here: %v", err)
		}
		cancel()
		select {
		case _, ok := <-ch:
			for ok {
				_, ok = <-ch
			}
		case <-time.After(5 * time.Second):
			t.Fatal("channel still open 5s after the context ended")
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines before the watches, %d after:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		runtime.Gosched()
	}
}

// watchUntilDone watches s for the rest of the test, and when the test
// ends stops the watch and waits for its goroutine to end, so no test
// leaves a watcher running into the next.
func watchUntilDone(t *testing.T, s *BookmarkStore) <-chan struct{} {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ch, err := s.Watch(ctx)
	if err != nil {
		cancel()
		t.Skipf("cannot watch files here: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		for range ch {
		}
	})
	return ch
}
