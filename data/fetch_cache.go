package data

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/google/renameio/v2/maybe"
)

// fetchCache keeps the offline copy of one URL's schedule in a directory,
// in one file, NAME.cache: a line of JSON saying what is known of the
// bytes (cacheMeta), then the bytes. The file is replaced whole and
// atomically (a temporary file, synced, renamed over the old), so fetches
// racing each other leave one of their copies, never one's bytes with
// another's metadata. Earlier versions kept NAME.body and NAME.json
// apart; such a copy is still read, and removed when the next is kept.
//
// Cache files are read like the bookmarks: without following a link or
// blocking on a FIFO, and only when they are regular files. Anything else
// in their place, or a copy whose bytes do not match its metadata, is no
// copy: it is ignored, and the caller is told why.
type fetchCache struct {
	dir string // "" keeps nothing
	url string
}

// cacheMeta is what the first line of NAME.cache holds (and NAME.json
// held).
type cacheMeta struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Downloaded   time.Time `json:"downloaded"`
	Checked      time.Time `json:"checked"`
	Size         int64     `json:"size"`
	SHA256       string    `json:"sha256"`
}

// cachedCopy is an offline copy read back.
type cachedCopy struct {
	meta cacheMeta
	body []byte
}

// Cache files are private: a schedule is public, but which ones a person
// follows is theirs.
const (
	cacheDirPerm  = 0o700
	cacheFilePerm = 0o600
)

// maxHostInName bounds the readable part of a cache file's name.
const maxHostInName = 48

// maxMetaBytes bounds the metadata of a copy.
const maxMetaBytes = 1 << 20

// name is the cache files' name for the URL: its host, for people looking
// at the directory, then a hash of the whole URL, so that no URL can
// reach outside the directory or collide with another.
func (c fetchCache) name() string {
	host := c.url
	if _, rest, ok := strings.Cut(host, "://"); ok {
		host = rest
	}
	host, _, _ = strings.Cut(host, "/")
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		host = host[at+1:] // never a user name or password in a file name
	}
	var b strings.Builder
	for _, r := range strings.ToLower(host) {
		switch {
		case b.Len() >= maxHostInName:
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		case r == '.' && b.Len() > 0:
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String() + "-" + sha256Hex([]byte(c.url))[:32]
}

// copyPath is the file that holds the copy.
func (c fetchCache) copyPath() string { return filepath.Join(c.dir, c.name()+".cache") }

// The earlier layout's two files.
func (c fetchCache) bodyPath() string { return filepath.Join(c.dir, c.name()+".body") }
func (c fetchCache) metaPath() string { return filepath.Join(c.dir, c.name()+".json") }

// errDamaged: a copy's bytes do not match its metadata.
var errDamaged = errors.New("damaged: its bytes do not match what was kept of them")

// read returns the offline copy; nil when there is none that can be
// trusted, with an error (a *PageError naming the file) when something
// was there but had to be ignored.
func (c fetchCache) read() (*cachedCopy, error) {
	if c.dir == "" {
		return nil, nil
	}
	raw, err := readCacheFile(c.copyPath(), MaxPageBytes+maxMetaBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return c.readEarlier()
	}
	if err != nil {
		return nil, c.ignored(c.copyPath(), err)
	}
	line, body, _ := bytes.Cut(raw, []byte{'\n'})
	meta, ok := c.parseMeta(line)
	if !ok || !meta.holds(body) {
		return nil, c.ignored(c.copyPath(), errDamaged)
	}
	return &cachedCopy{meta: meta, body: body}, nil
}

// readEarlier reads a copy kept in the earlier layout's two files.
func (c fetchCache) readEarlier() (*cachedCopy, error) {
	raw, err := readCacheFile(c.metaPath(), maxMetaBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, c.ignored(c.metaPath(), err)
	}
	meta, ok := c.parseMeta(raw)
	if !ok {
		return nil, c.ignored(c.metaPath(), errDamaged)
	}
	body, err := readCacheFile(c.bodyPath(), MaxPageBytes)
	if err != nil {
		return nil, c.ignored(c.bodyPath(), err)
	}
	if !meta.holds(body) {
		return nil, c.ignored(c.bodyPath(), errDamaged)
	}
	return &cachedCopy{meta: meta, body: body}, nil
}

// readMeta reads what is known of the copy, without its bytes.
func (c fetchCache) readMeta() (cacheMeta, error) {
	if c.dir == "" {
		return cacheMeta{}, fs.ErrNotExist
	}
	path := c.copyPath()
	line, err := readCacheLine(path, maxMetaBytes)
	if errors.Is(err, fs.ErrNotExist) {
		path = c.metaPath()
		line, err = readCacheFile(path, maxMetaBytes)
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return cacheMeta{}, err
		}
		return cacheMeta{}, c.ignored(path, err)
	}
	meta, ok := c.parseMeta(line)
	if !ok {
		return cacheMeta{}, c.ignored(path, errDamaged)
	}
	return meta, nil
}

func (c fetchCache) parseMeta(raw []byte) (cacheMeta, bool) {
	var meta cacheMeta
	ok := json.Unmarshal(raw, &meta) == nil && meta.URL == c.url && meta.Size >= 0 && meta.Size <= MaxPageBytes
	return meta, ok
}

// holds reports whether body is the bytes meta describes.
func (m cacheMeta) holds(body []byte) bool {
	return int64(len(body)) == m.Size && sha256Hex(body) == m.SHA256
}

// ignored says why the file at path is no copy: "<path>: not a regular
// file".
func (c fetchCache) ignored(path string, err error) error {
	var why string
	switch {
	case errors.Is(err, errDamaged):
		why = err.Error()
	case errors.Is(err, errNotRegular):
		why = "not a regular file"
	case errors.Is(err, errTooLarge):
		why = "too large"
	case errors.Is(err, syscall.ELOOP):
		why = "a symbolic link"
	default:
		return pathError(path, err)
	}
	return &PageError{Path: path, Why: why, Err: err}
}

// write keeps body as the offline copy, with its metadata, in one file.
func (c fetchCache) write(meta cacheMeta, body []byte) error {
	if c.dir == "" {
		return nil
	}
	line, err := json.Marshal(meta) // one line: JSON escapes newlines in strings
	if err != nil {
		return c.failed(err)
	}
	if err := os.MkdirAll(c.dir, cacheDirPerm); err != nil {
		return c.failed(err)
	}
	buf := make([]byte, 0, len(line)+1+len(body))
	buf = append(append(append(buf, line...), '\n'), body...)
	if err := maybe.WriteFile(c.copyPath(), buf, cacheFilePerm); err != nil {
		return c.failed(err)
	}
	// The earlier layout's files are stale now; whatever they are, only
	// their names go.
	_ = os.Remove(c.metaPath())
	_ = os.Remove(c.bodyPath())
	return nil
}

func (c fetchCache) failed(err error) error {
	return &PageError{Path: c.dir, Why: "cannot keep the offline copy: " + pathError(c.dir, err).(*PageError).Why, Err: err}
}

// Why a cache file is not read.
var (
	errNotRegular = errors.New("not a regular file")
	errTooLarge   = errors.New("too large")
)

// openRegularCache opens a cache file that is a regular file of at most
// limit bytes.
func openRegularCache(path string, limit int64) (*os.File, int64, error) {
	f, err := openCacheFile(path)
	if err != nil {
		return nil, 0, err
	}
	info, err := f.Stat()
	switch {
	case err != nil:
	case !info.Mode().IsRegular():
		err = errNotRegular
	case info.Size() > limit:
		err = errTooLarge
	default:
		return f, info.Size(), nil
	}
	f.Close()
	return nil, 0, err
}

// readCacheFile reads a regular file of at most limit bytes.
func readCacheFile(path string, limit int64) ([]byte, error) {
	f, size, err := openRegularCache(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, size)
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// readCacheLine reads the first line of a regular file, of at most limit
// bytes.
func readCacheLine(path string, limit int) ([]byte, error) {
	f, _, err := openRegularCache(path, MaxPageBytes+maxMetaBytes)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	line, err := bufio.NewReader(io.LimitReader(f, int64(limit))).ReadBytes('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return bytes.TrimSuffix(line, []byte{'\n'}), nil
}

// describeIgnored is the notice for an offline copy that was ignored.
func describeIgnored(err error) string {
	if err == nil {
		return ""
	}
	return fmt.Sprintf("Offline copy ignored: %s", shortCause(err))
}

// withIgnored adds to a failed download's error why the offline copy
// that could have stood in was ignored.
func withIgnored(err, ignored error) error {
	var pe *PageError
	if ignored == nil || !errors.As(err, &pe) {
		return err
	}
	return &PageError{Path: pe.Path, Why: pe.Why + " (offline copy ignored: " + ignored.Error() + ")", Err: err}
}
