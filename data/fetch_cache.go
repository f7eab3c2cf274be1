package data

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/renameio/v2/maybe"
)

// fetchCache keeps the offline copy of one URL's schedule in a directory:
// NAME.body holds the bytes and NAME.json what is known of them. Each is
// replaced atomically (a temporary file, synced, renamed over the old);
// the body goes first, and the metadata, which names the body's hash,
// makes it current. A body that does not match its metadata (a crash
// between the two, a damaged disk) is no copy at all.
type fetchCache struct {
	dir string // "" keeps nothing
	url string
}

// cacheMeta is what NAME.json holds.
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

func (c fetchCache) bodyPath() string { return filepath.Join(c.dir, c.name()+".body") }
func (c fetchCache) metaPath() string { return filepath.Join(c.dir, c.name()+".json") }

// read returns the offline copy, or nil when there is none that can be
// trusted.
func (c fetchCache) read() *cachedCopy {
	if c.dir == "" {
		return nil
	}
	raw, err := readCacheFile(c.metaPath(), 1<<20)
	if err != nil {
		return nil
	}
	var meta cacheMeta
	if json.Unmarshal(raw, &meta) != nil || meta.URL != c.url || meta.Size > MaxPageBytes {
		return nil
	}
	body, err := readCacheFile(c.bodyPath(), MaxPageBytes)
	if err != nil || int64(len(body)) != meta.Size || sha256Hex(body) != meta.SHA256 {
		return nil
	}
	return &cachedCopy{meta: meta, body: body}
}

// write keeps body as the offline copy, with its metadata.
func (c fetchCache) write(meta cacheMeta, body []byte) error {
	if c.dir == "" {
		return nil
	}
	if err := os.MkdirAll(c.dir, cacheDirPerm); err != nil {
		return c.failed(err)
	}
	if err := maybe.WriteFile(c.bodyPath(), body, cacheFilePerm); err != nil {
		return c.failed(err)
	}
	return c.writeMeta(meta)
}

// writeMeta replaces the copy's metadata, after a "304 Not Modified".
func (c fetchCache) writeMeta(meta cacheMeta) error {
	if c.dir == "" {
		return nil
	}
	raw, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return c.failed(err)
	}
	if err := os.MkdirAll(c.dir, cacheDirPerm); err != nil {
		return c.failed(err)
	}
	if err := maybe.WriteFile(c.metaPath(), append(raw, '\n'), cacheFilePerm); err != nil {
		return c.failed(err)
	}
	return nil
}

func (c fetchCache) failed(err error) error {
	return &PageError{Path: c.dir, Why: "cannot keep the offline copy: " + pathError(c.dir, err).(*PageError).Why, Err: err}
}

// readCacheFile reads a regular file of at most limit bytes.
func readCacheFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > limit {
		return nil, fmt.Errorf("%s: not a regular file of at most %d bytes", path, limit)
	}
	buf := make([]byte, info.Size())
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, err
	}
	return buf, nil
}
