package main

import (
	"bytes"
	"io"

	"github.com/summit-tui/summit-tui/model"
)

// messageWriter is standard error as the program writes its messages:
// each line is cleaned as schedule text is (model.CleanLine) before it
// goes out, so no error or notice, whatever its source (a server's
// certificate, a file's name, a parser), can drive the terminal.
type messageWriter struct {
	w       io.Writer
	partial []byte // the start of a line not yet ended
}

func newMessageWriter(w io.Writer) *messageWriter { return &messageWriter{w: w} }

func (m *messageWriter) Write(p []byte) (int, error) {
	n := len(p)
	for {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			m.partial = append(m.partial, p...)
			return n, nil
		}
		line := string(m.partial) + string(p[:i])
		m.partial = m.partial[:0]
		p = p[i+1:]
		if _, err := io.WriteString(m.w, model.CleanLine(line)+"\n"); err != nil {
			return n - len(p), err
		}
	}
}

// Flush writes a last line left without its newline.
func (m *messageWriter) Flush() error {
	if len(m.partial) == 0 {
		return nil
	}
	line := string(m.partial)
	m.partial = m.partial[:0]
	_, err := io.WriteString(m.w, model.CleanLine(line))
	return err
}

// oneLine keeps an error message on one line, whatever it wraps, cleaned
// as every message is.
func oneLine(s string) string { return model.CleanLine(s) }
