package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/adrg/xdg"
	gossh "golang.org/x/crypto/ssh"
)

// TestLoadHostKeyCreatedAndKept: the first start creates an ed25519 key
// only its owner may read, in a directory only its owner may enter, and
// later starts keep the same key, so clients keep trusting the server.
func TestLoadHostKeyCreatedAndKept(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "summit-tui", "serve")
	path := filepath.Join(dir, hostKeyName)
	first, err := loadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := first.PublicKey().Type(); got != gossh.KeyAlgoED25519 {
		t.Errorf("key type %s, want %s", got, gossh.KeyAlgoED25519)
	}
	for _, tc := range []struct {
		path string
		want os.FileMode
	}{{path, 0o600}, {dir, 0o700 | os.ModeDir}} {
		if info, err := os.Stat(tc.path); err != nil || info.Mode() != tc.want {
			t.Errorf("%s: mode %v, %v; want %v", tc.path, info.Mode(), err, tc.want)
		}
	}
	written, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	second, err := loadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.PublicKey().Marshal(), second.PublicKey().Marshal()) {
		t.Error("the second start has another key")
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, written) {
		t.Error("the second start rewrote the key")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the directory holds %v; want the key alone", entries)
	}
}

// TestLoadHostKeyFirstStartsTogether: servers started together on a new
// directory end up with one key, none replacing another's.
func TestLoadHostKeyFirstStartsTogether(t *testing.T) {
	path := filepath.Join(t.TempDir(), "serve", hostKeyName)
	keys := make([][]byte, 4)
	var wg sync.WaitGroup
	for i := range keys {
		wg.Go(func() {
			signer, err := loadHostKey(path)
			if err != nil {
				t.Error(err)
				return
			}
			keys[i] = signer.PublicKey().Marshal()
		})
	}
	wg.Wait()
	kept, err := loadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, key := range keys {
		if !bytes.Equal(key, kept.PublicKey().Marshal()) {
			t.Errorf("start %d has a key other than the one kept", i)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the directory holds %v; want the key alone", entries)
	}
}

// TestLoadHostKeyBad: a key that cannot be read or is no key is an error
// naming the path and why, and is left as it was.
func TestLoadHostKeyBad(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage")
	writeFile(t, garbage, "not a key\n")
	truncated := filepath.Join(dir, "truncated")
	if _, err := loadHostKey(truncated); err != nil {
		t.Fatal(err)
	}
	whole, _ := os.ReadFile(truncated)
	writeFile(t, truncated, string(whole[:len(whole)/2]))
	directory := filepath.Join(dir, "directory")
	if err := os.Mkdir(directory, 0o700); err != nil {
		t.Fatal(err)
	}
	underFile := filepath.Join(garbage, "key")

	for _, tc := range []struct{ path, why string }{
		{garbage, "not a private key: "},
		{truncated, "not a private key: "},
		{directory, "is a directory"},
		{underFile, "not a directory"},
	} {
		before := snapshot(t, dir)
		_, err := loadHostKey(tc.path)
		if err == nil || !strings.HasPrefix(err.Error(), "host key "+tc.path+": ") || !strings.Contains(err.Error(), tc.why) ||
			strings.Count(err.Error(), tc.path) != 1 {
			t.Errorf("%s: error %v; want one naming the path once and %q", tc.path, err, tc.why)
		}
		if after := snapshot(t, dir); after != before {
			t.Errorf("%s: the directory changed:\n%s\nwas:\n%s", tc.path, after, before)
		}
	}
}

// snapshot is the names, modes and contents of dir's files.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		b.WriteString(path + " " + info.Mode().String() + "\n")
		if !d.IsDir() {
			content, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			b.Write(content)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDefaultServeDir: the server keeps its files under the user's data
// directory, as the environment says now.
func TestDefaultServeDir(t *testing.T) {
	t.Cleanup(xdg.Reload) // registered first, so it runs after Setenv's restore
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	if got, want := defaultServeDir(), filepath.Join(data, "summit-tui", "serve"); got != want {
		t.Errorf("defaultServeDir() = %s, want %s", got, want)
	}
}
