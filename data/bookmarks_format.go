package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// bookmarkFileVersion is the only version of the file format there is.
const bookmarkFileVersion = 1

// bookmarkFile is the on-disk form:
//
//	{"version": 1, "conferences": {"<conference>": ["id-a", "id-b"]}}
//
// written indented, conferences by name (encoding/json sorts map keys), each
// list sorted and without duplicates, so that the file diffs well in git.
type bookmarkFile struct {
	Version     int                 `json:"version"`
	Conferences map[string][]string `json:"conferences"`
}

func newBookmarkFile() *bookmarkFile {
	return &bookmarkFile{Version: bookmarkFileVersion, Conferences: map[string][]string{}}
}

// readBookmarkFile reads and checks the file at path. Errors from the file
// system are wrapped (errors.Is(err, fs.ErrNotExist) for a missing file); a
// file that is not a valid bookmarks file gives an error wrapping
// ErrCorruptBookmarks.
func readBookmarkFile(path string) (*bookmarkFile, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read bookmarks: %w", err)
	}
	f, why := parseBookmarkFile(raw)
	if why != "" {
		return nil, fmt.Errorf("%s: %w: %s", path, ErrCorruptBookmarks, why)
	}
	return f, nil
}

// parseBookmarkFile decodes raw strictly and says why it is not a valid
// bookmarks file, or returns "". Unknown fields are ignored; JSON null
// where an object or list belongs is rejected, because this store never
// writes it.
func parseBookmarkFile(raw []byte) (*bookmarkFile, string) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, "the file is empty"
	}
	var f bookmarkFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, err.Error()
	}
	switch f.Version {
	case bookmarkFileVersion:
	case 0:
		return nil, `no "version"`
	default:
		return nil, fmt.Sprintf("version %d, want %d", f.Version, bookmarkFileVersion)
	}
	if f.Conferences == nil {
		return nil, `no "conferences" object`
	}
	for name, ids := range f.Conferences {
		if ids == nil {
			return nil, fmt.Sprintf("conference %q has no list of ids", name)
		}
	}
	return &f, ""
}

// ids returns a copy of conference's ids in file order, without duplicates.
func (f *bookmarkFile) ids(conference string) []string {
	list := f.Conferences[conference]
	out := make([]string, 0, len(list))
	seen := make(map[string]bool, len(list))
	for _, id := range list {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// toggle adds or removes one id and leaves every other id alone: the store
// never drops ids it does not know. The result is in canonical form.
func (f *bookmarkFile) toggle(conference, id string, add bool) {
	list := slices.DeleteFunc(f.ids(conference), func(have string) bool { return have == id })
	if add {
		list = append(list, id)
	}
	f.Conferences[conference] = list
	f.normalize()
}

// normalize puts f in the form it is written in: every list sorted and
// without duplicates, empty conferences dropped.
func (f *bookmarkFile) normalize() {
	for name := range f.Conferences {
		ids := f.ids(name)
		if len(ids) == 0 {
			delete(f.Conferences, name)
			continue
		}
		slices.Sort(ids)
		f.Conferences[name] = ids
	}
}

// encode returns the bytes of f, indented, with a trailing newline.
func (f *bookmarkFile) encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "&" and "<" readable in conference names
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
