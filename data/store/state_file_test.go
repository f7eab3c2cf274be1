package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

func TestDefaultStatePath(t *testing.T) {
	t.Cleanup(xdg.Reload) // registered first, so it runs after Setenv's restore
	home := t.TempDir()
	stateHome := t.TempDir()
	tests := []struct {
		name, xdgStateHome, want string
		linuxOnly                bool
	}{
		{"XDG_STATE_HOME set", stateHome, filepath.Join(stateHome, "summit-tui", "state.json"), false},
		{"XDG_STATE_HOME unset", "", filepath.Join(home, ".local", "state", "summit-tui", "state.json"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.linuxOnly && runtime.GOOS != "linux" {
				t.Skip("the fallback state directory differs on " + runtime.GOOS)
			}
			t.Setenv("HOME", home)
			t.Setenv("XDG_STATE_HOME", tt.xdgStateHome)
			got, err := DefaultStatePath()
			if err != nil || got != tt.want {
				t.Errorf("DefaultStatePath() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// The place is remembered across runs: written whole, read back, private
// when new, its mode kept when the user changed it.
func TestStateFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "summit-tui", "state.json")
	if got, err := ReadStateFile(path); got != nil || err != nil {
		t.Fatalf("ReadStateFile with no file = %q, %v; want nothing and no error", got, err)
	}
	for _, content := range []string{`{"tab": 2}`, `{"tab": 3, "filter": "kafka"}`, `{}`} {
		if err := WriteStateFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		if got, err := ReadStateFile(path); err != nil || string(got) != content {
			t.Errorf("ReadStateFile = %q, %v; want %q", got, err, content)
		}
	}
	if runtime.GOOS != "windows" {
		for p, want := range map[string]fs.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
			if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != want {
				t.Errorf("%s: mode %v (%v), want %v", p, fi.Mode().Perm(), err, want)
			}
		}
		if err := os.Chmod(path, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := WriteStateFile(path, []byte(`{"tab": 1}`)); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
			t.Errorf("mode after a save: %v (%v), want 0644", fi.Mode().Perm(), err)
		}
	}
	assertOnly(t, filepath.Dir(path), "state.json", "state.json.lock")
}

// A temporary file left by a window that died is cleared by a later save;
// one that may be another window's save under way is left alone.
func TestStateFileClearsStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.json")
	stale, fresh := filepath.Join(dir, ".state.json123"), filepath.Join(dir, ".state.json456")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("{"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * staleStateTemp)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if err := WriteStateFile(path, []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, ".state.json456", "state.json", "state.json.lock")
}

// Too large to be a state file: not read.
func TestStateFileRefusesHugeFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, maxStateBytes+1); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadStateFile(path); !errors.Is(err, ErrNotStateFile) || got != nil {
		t.Errorf("ReadStateFile = %d bytes, %v; want ErrNotStateFile", len(got), err)
	}
}
