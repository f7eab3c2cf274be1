package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxPageBytes caps what a page may weigh: real sessions pages are well under
// a megabyte, and a cap keeps a mistaken path (a disk image, /dev/zero) from
// eating the machine's memory.
const MaxPageBytes = 64 << 20

// PageError says which page could not be used and why. Its message has the
// form "<path>: <why>", ready to be prefixed with the program's name.
type PageError struct {
	Path string
	Why  string
	Err  error // the underlying cause, if any
}

func (e *PageError) Error() string { return printablePath(e.Path) + ": " + e.Why }

// printablePath quotes a path that holds control characters (a newline, an
// escape sequence) or bytes that are not UTF-8, so that the message stays
// one line and printing it cannot drive the terminal.
func printablePath(path string) string {
	if !utf8.ValidString(path) || strings.ContainsFunc(path, func(r rune) bool {
		return unicode.IsControl(r) || r == 0x2028 || r == 0x2029 || isInvisibleControl(r)
	}) {
		return strconv.Quote(path)
	}
	return path
}

func (e *PageError) Unwrap() error { return e.Err }

// PageFile is a page being read from disk. Its start can be read first,
// so a large page's preview can be shown while the rest is read.
type PageFile struct {
	path string
	f    *os.File
	size int64 // of a regular file; -1 for pipes and devices
	buf  bytes.Buffer
	eof  bool

	in      io.Reader // what is read: f, unless a FIFO's reader wraps it
	onClose func()    // when not nil, called as the file is closed
}

// OpenPageFile opens a page, refusing directories and regular files over
// MaxPageBytes.
func OpenPageFile(path string) (*PageFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, pathError(path, err)
	}
	if info.IsDir() {
		f.Close()
		return nil, &PageError{Path: path, Why: "is a directory, not a page"}
	}
	p := &PageFile{path: path, f: f, size: -1}
	if info.Mode().IsRegular() {
		if info.Size() > MaxPageBytes {
			f.Close()
			return nil, tooLarge(path, info.Size())
		}
		p.size = info.Size()
	}
	return p, nil
}

// Head reads the page's first n bytes (fewer if it is shorter) and reports
// whether that is the whole page. On an error the file is closed.
func (p *PageFile) Head(n int) ([]byte, bool, error) {
	if err := p.fill(int64(n)); err != nil {
		return nil, false, err
	}
	head := p.buf.Bytes()
	return head[:min(n, len(head))], p.eof && len(head) <= n, nil
}

// ReadAll reads the rest of the page and returns all of it, refusing
// anything over MaxPageBytes (pipes and devices included). It closes the
// file.
func (p *PageFile) ReadAll() ([]byte, error) {
	err := p.fill(MaxPageBytes + 1) // one byte past the cap tells it was passed
	p.Close()
	if err != nil {
		return nil, err
	}
	if p.buf.Len() > MaxPageBytes {
		return nil, tooLarge(p.path, int64(p.buf.Len()))
	}
	return p.buf.Bytes(), nil
}

// Close releases the file; what was read stays readable.
func (p *PageFile) Close() error {
	if p.onClose != nil {
		p.onClose()
	}
	return p.f.Close()
}

// fill reads until the buffer holds n bytes or the file ends.
func (p *PageFile) fill(n int64) error {
	if p.eof || int64(p.buf.Len()) >= n {
		return nil
	}
	// One allocation of what is to be read, when its size is known, not
	// ReadFrom's doublings (~45 ms and 27 MB of garbage for a 13.6 MB
	// page). A head reads only its own bytes.
	want := n
	if p.size >= 0 {
		want = min(n, p.size)
	}
	p.buf.Grow(int(want) - p.buf.Len() + bytes.MinRead)
	in := p.in
	if in == nil {
		in = p.f
	}
	_, err := p.buf.ReadFrom(io.LimitReader(in, n-int64(p.buf.Len())))
	if err != nil {
		p.Close()
		if pe := (*PageError)(nil); errors.As(err, &pe) {
			return pe
		}
		return pathError(p.path, err)
	}
	got := int64(p.buf.Len())
	p.eof = got < n || p.size >= 0 && got >= p.size
	return nil
}

func tooLarge(path string, size int64) error {
	return &PageError{Path: path, Why: fmt.Sprintf("too large (%s; the limit is %d MiB)", humanBytes(size), MaxPageBytes>>20)}
}

// pathError turns an os error into "<path>: <short reason>", dropping the
// operation and the repeated path that *fs.PathError would print.
func pathError(path string, err error) error {
	why := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		why = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		why = "no such file"
	case errors.Is(err, fs.ErrPermission):
		why = "permission denied"
	}
	return &PageError{Path: path, Why: why, Err: err}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
