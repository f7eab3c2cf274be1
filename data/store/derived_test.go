package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestDerivedFile: what is written is read back under the same identity
// only; a file torn at any length, with a byte changed, or holding
// something else is ignored, never trusted.
func TestDerivedFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache", "next")
	content := []byte(`{"talks":[{"title":"Rust on Tiny Boards"}]}`)
	if _, ok := ReadDerived(dir, "fosdem", "v1"); ok {
		t.Fatal("read before anything was written")
	}
	if err := WriteDerived(dir, "fosdem", "v1", content); err != nil {
		t.Fatal(err)
	}
	if got, ok := ReadDerived(dir, "fosdem", "v1"); !ok || !bytes.Equal(got, content) {
		t.Fatalf("read back %q, %v", got, ok)
	}
	if _, ok := ReadDerived(dir, "fosdem", "v2"); ok {
		t.Error("trusted under another identity")
	}
	if _, ok := ReadDerived(dir, "rc3", "v1"); ok {
		t.Error("read under another name")
	}

	path := derivedPath(dir, "fosdem")
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, b []byte) {
		t.Helper()
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if got, ok := ReadDerived(dir, "fosdem", "v1"); ok {
			t.Errorf("%s: trusted, read %q", what, got)
		}
	}
	for n := 0; n < len(whole); n++ {
		check("torn", whole[:n])
	}
	for _, i := range []int{0, len(derivedHeader) + 3, len(whole) - 70, len(whole) - 2} {
		b := bytes.Clone(whole)
		b[i] ^= 0x20
		check("a byte changed", b)
	}
	check("garbage", []byte("\x00\xff not a derived file at all"))
	check("appended to", append(bytes.Clone(whole), " "...))

	// Something other than a regular file is neither read nor replaced.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, ok := ReadDerived(dir, "fosdem", "v1"); ok {
		t.Error("a directory read as a derived file")
	}
	if err := WriteDerived(dir, "fosdem", "v1", content); err == nil {
		t.Error("a directory replaced by a derived file")
	}
}

// TestDerivedFilesBounded: the directory keeps the files written last.
func TestDerivedFilesBounded(t *testing.T) {
	dir := t.TempDir()
	for i := range maxDerivedFiles + 5 {
		if err := WriteDerived(dir, string(rune('a'+i)), "v1", []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) > maxDerivedFiles {
		t.Errorf("%d files kept, want at most %d", len(entries), maxDerivedFiles)
	}
	if _, ok := ReadDerived(dir, string(rune('a'+maxDerivedFiles+4)), "v1"); !ok {
		t.Error("the file written last is gone")
	}
}

// TestBookmarksFingerprint: it changes with the file's content and
// names a missing file.
func TestBookmarksFingerprint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bookmarks.json")
	s := NewBookmarkStore(path)
	none, err := s.Fingerprint()
	if err != nil || none != "none" {
		t.Fatalf("missing file: %q, %v", none, err)
	}
	var seen []string
	for _, text := range []string{`{"version": 1, "conferences": {}}`, `{"version": 1, "conferences": {"a": ["x"]}}`, `{"version": 1, "conferences": {"a": ["y"]}}`} {
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		fp, err := s.Fingerprint()
		if err != nil {
			t.Fatal(err)
		}
		for _, old := range append(seen, none) {
			if fp == old {
				t.Errorf("%s: fingerprint unchanged", text)
			}
		}
		seen = append(seen, fp)
	}
}
