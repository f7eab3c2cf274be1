package store

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
)

// A derived file keeps something computed from other files (the
// bookmarked talks' times, say) so that it need not be computed again
// until they change. It is only ever a cache: it names the versions it
// was computed from (an identity the caller makes of them), and its
// content carries its own hash, so one that is torn, garbled or made from
// other versions is ignored, never trusted.
//
// Its form: a header line, the identity's hash, the content's hash, each
// on its own line, then the content.

const derivedHeader = "summit-tui derived 1\n"

// maxDerivedBytes bounds a derived file: it stands for a small part of a
// programme.
const maxDerivedBytes = 4 << 20

// ErrNotDerivedFile: a derived path holds something else. It is never
// read or replaced.
var ErrNotDerivedFile = errors.New("not a derived file")

var derivedRole = fileRole{noun: "a derived file", not: ErrNotDerivedFile, max: maxDerivedBytes, recognise: isDerived}

func isDerived(text string) bool { return strings.HasPrefix(text, derivedHeader) }

func derivedPath(dir, name string) string {
	sum := sha256.Sum256([]byte(name))
	return filepath.Join(dir, hex.EncodeToString(sum[:12])+".derived")
}

func hashHex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// ReadDerived returns the content kept under name in dir if it was made
// from the versions identity names and is whole; ok false otherwise.
func ReadDerived(dir, name, identity string) (content []byte, ok bool) {
	t, err := inspect(derivedPath(dir, name), derivedRole)
	if err != nil || t.info == nil {
		return nil, false
	}
	text, ok, err := readRegular(&t, derivedRole)
	if !ok || err != nil {
		return nil, false
	}
	raw := []byte(text)
	rest, found := bytes.CutPrefix(raw, []byte(derivedHeader))
	if !found {
		return nil, false
	}
	id, rest, found := bytes.Cut(rest, []byte("\n"))
	if !found || string(id) != hashHex([]byte(identity)) {
		return nil, false
	}
	sum, content, found := bytes.Cut(rest, []byte("\n"))
	if !found || string(sum) != hashHex(content) {
		return nil, false
	}
	return content, true
}

// WriteDerived keeps content under name in dir, made from the versions
// identity names, replacing what was kept before.
func WriteDerived(dir, name, identity string, content []byte) error {
	path := derivedPath(dir, name)
	if len(content) > maxDerivedBytes-256 {
		return &StoreError{Path: path, Why: "would be larger than " + humanBytes(maxDerivedBytes), named: true}
	}
	t, err := inspect(path, derivedRole)
	if err != nil {
		return err
	}
	if err := checkLinkedContent(&t, derivedRole); err != nil {
		return err
	}
	if err := ensureDir(filepath.Dir(t.resolved), "cache"); err != nil {
		return err
	}
	if err := replaceRegular(t, staleStateTemp, func(w *bufio.Writer) error {
		w.WriteString(derivedHeader)
		w.WriteString(hashHex([]byte(identity)) + "\n")
		w.WriteString(hashHex(content) + "\n")
		_, err := w.Write(content)
		return err
	}); err != nil {
		return err
	}
	pruneOldest(dir, ".derived", filepath.Base(t.resolved), maxDerivedFiles)
	return nil
}

// maxDerivedFiles bounds the directory: the files written longest ago
// are removed first.
const maxDerivedFiles = 32

// Fingerprint names the bookmarks file's content, without taking its
// lock: a hash of its bytes, or "none" while there is no file. It changes
// whenever a bookmark is added or removed, in any conference.
func (s *BookmarkStore) Fingerprint() (string, error) {
	t, err := inspect(s.path, bookmarksRole)
	if err != nil {
		return "", err
	}
	if t.info == nil {
		return "none", nil
	}
	text, ok, err := readRegular(&t, bookmarksRole)
	switch {
	case err != nil:
		return "", err
	case !ok:
		return "none", nil
	}
	return hashHex([]byte(text)), nil
}
