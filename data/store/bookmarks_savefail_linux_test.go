package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// runPlatformBookmarkHelper runs the child modes that need Linux.
func runPlatformBookmarkHelper(s *BookmarkStore, mode, arg string) error {
	if mode != "fsize" {
		return fmt.Errorf("unknown helper mode %q", mode)
	}
	// Past this size writes to files fail with EFBIG (Go ignores SIGXFSZ),
	// so the temporary file cannot be written, even by root.
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		return err
	}
	lim.Cur = 16
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		return err
	}
	ids, err := applyToggle(s, bmKafka, arg, true)
	var ce *CorruptError
	return json.NewEncoder(os.Stdout).Encode(bookmarkSaveFailResult{
		IDs:     ids,
		Err:     fmt.Sprint(err),
		Corrupt: errors.As(err, &ce),
	})
}

type bookmarkSaveFailResult struct {
	IDs     []string
	Err     string
	Corrupt bool
}

// A save that fails part-way reports it, leaves the old file as it was and
// leaves no temporary file behind.
func TestBookmarkStoreFailedSaveKeepsOldFile(t *testing.T) {
	tests := []struct {
		fixture string
		moved   bool // a corrupt file is moved aside before the write fails
	}{
		{"good_canonical.json", false},
		{"bad_truncated.json", true},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			s, raw := newTestBookmarkStore(t, tt.fixture)
			cmd := bookmarkHelper(s.Path(), "fsize", "id-new")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("child: %v\n%s", err, stderr.Bytes())
			}
			var res bookmarkSaveFailResult
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatalf("child said %q: %v", out, err)
			}
			if res.Err == "<nil>" || res.Corrupt || res.IDs != nil {
				t.Fatalf("Toggle with no room to write = %q, %s (CorruptError: %v); want nil ids and a plain error", res.IDs, res.Err, res.Corrupt)
			}
			t.Logf("Toggle error: %s", res.Err)

			dir := filepath.Dir(s.Path())
			wantNames := []string{"bookmarks.json", "bookmarks.json.lock"}
			kept := s.Path()
			if tt.moved {
				// The child's clock is the real one: find the moved file.
				matches, _ := filepath.Glob(s.Path() + ".corrupt-*")
				if len(matches) != 1 {
					t.Fatalf("moved-aside files: %q, want one", matches)
				}
				kept = matches[0]
				wantNames = []string{filepath.Base(kept), "bookmarks.json.lock"}
			}
			if got := readBookmarkBytes(t, kept); !bytes.Equal(got, raw) {
				t.Errorf("%s holds %q after the failed save, want the old %q", filepath.Base(kept), got, raw)
			}
			if names := bookmarkDirNames(t, dir); !slices.Equal(names, wantNames) {
				t.Errorf("directory holds %q, want %q", names, wantNames)
			}
		})
	}
}
