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

// ReadPageFile reads a page from disk, refusing directories, devices that
// never end and anything over MaxPageBytes.
func ReadPageFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, pathError(path, err)
	}
	if info.IsDir() {
		return nil, &PageError{Path: path, Why: "is a directory, not a page"}
	}
	if info.Mode().IsRegular() && info.Size() > MaxPageBytes {
		return nil, tooLarge(path, info.Size())
	}
	// Read one byte past the cap so pipes and devices are capped too. A
	// regular file's size is known: one allocation of it, not ReadAll's
	// doublings (~45 ms and 27 MB of garbage for a 13.6 MB page; 4.5 ms so).
	var buf bytes.Buffer
	if info.Mode().IsRegular() {
		buf.Grow(int(info.Size()) + bytes.MinRead)
	}
	_, err = buf.ReadFrom(io.LimitReader(f, MaxPageBytes+1))
	raw := buf.Bytes()
	if err != nil {
		return nil, pathError(path, err)
	}
	if len(raw) > MaxPageBytes {
		return nil, tooLarge(path, int64(len(raw)))
	}
	return raw, nil
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
