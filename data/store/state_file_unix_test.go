//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A FIFO or a device at the state path (a link to /dev/null, to switch it
// off) blocks nothing and is never replaced.
func TestStateFileRefusesSpecialFiles(t *testing.T) {
	for _, tt := range []struct{ kind, at string }{{"FIFO", "path"}, {"device", "link"}, {"directory", "path"}} {
		t.Run(tt.kind+" at the "+tt.at, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.json")
			special := path
			if tt.at == "link" {
				special = filepath.Join(t.TempDir(), "null")
				if err := os.Symlink(special, path); err != nil {
					t.Fatal(err)
				}
			}
			specialFile(t, tt.kind, special)
			before, err := os.Lstat(special)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := withinDeadline(t, "ReadStateFile", func() ([]byte, error) { return ReadStateFile(path) }); !errors.Is(err, ErrNotStateFile) || got != nil {
				t.Errorf("ReadStateFile = %q, %v; want ErrNotStateFile", got, err)
			}
			if _, err := withinDeadline(t, "WriteStateFile", func() (struct{}, error) { return struct{}{}, WriteStateFile(path, []byte(`{}`)) }); !errors.Is(err, ErrNotStateFile) {
				t.Errorf("WriteStateFile = %v; want ErrNotStateFile", err)
			}
			if !sameFile(special, before) {
				t.Errorf("the %s was replaced", tt.kind)
			}
		})
	}
}

// The state file keeps its owner when root saves it, and a read-only one
// is left as it is.
func TestStateFileKeepsOwnerAndIntent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	if err := WriteStateFile(path, []byte(`{"tab": 1}`)); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		if err := os.Chown(path, 4321, 8765); err != nil {
			t.Fatal(err)
		}
		if err := WriteStateFile(path, []byte(`{"tab": 2}`)); err != nil {
			t.Fatal(err)
		}
		assertOwner(t, path, 4321, 8765, 0o600)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := WriteStateFile(path, []byte(`{"tab": 3}`)); err == nil {
		t.Error("a read-only state file was replaced")
	}
	if got, err := ReadStateFile(path); err != nil || string(got) == `{"tab": 3}` {
		t.Errorf("ReadStateFile = %q, %v; want the earlier state", got, err)
	}
}
