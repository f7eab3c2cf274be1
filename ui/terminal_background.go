package ui

import (
	"io"
	"os"
	"regexp"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// Background is what the terminal said of its background colour before
// the browser started.
type Background int

const (
	// BackgroundNotAsked: the browser asks the terminal itself, holding
	// its first frame back until the answer (or a short bound).
	BackgroundNotAsked Background = iota
	BackgroundDark
	BackgroundLight
	// BackgroundUnknown: the terminal was asked and did not say. The
	// browser starts dark at once and follows a late answer.
	BackgroundUnknown
)

// DetectBackground asks the terminal (in and out must be it) for its
// background colour before the browser starts, so that the first frame
// is drawn in the right palette without waiting for a frame of the
// program to carry the question out. The question is followed by one
// for the device attributes, which every terminal answers: a terminal
// that keeps its colour to itself ends the wait at once. bound caps the
// wait for one that answers neither, or answers slowly (over a slow
// link); the answer then arrives in the program as a message.
func DetectBackground(in, out *os.File, bound time.Duration) Background {
	// Standard input may be the schedule (summit-tui -): the browser asks
	// through the terminal it opens instead.
	if !term.IsTerminal(in.Fd()) || !term.IsTerminal(out.Fd()) {
		return BackgroundNotAsked
	}
	saved, err := term.MakeRaw(in.Fd())
	if err != nil {
		return BackgroundNotAsked
	}
	defer term.Restore(in.Fd(), saved) //nolint:errcheck // nothing better to do
	rd, err := uv.NewCancelReader(in)
	if err != nil {
		return BackgroundNotAsked
	}
	defer rd.Close()
	timer := time.AfterFunc(bound, func() { rd.Cancel() })
	defer timer.Stop()
	if _, err := out.WriteString(ansi.RequestBackgroundColor + ansi.RequestPrimaryDeviceAttributes); err != nil {
		return BackgroundUnknown
	}
	return readBackground(rd)
}

// The answers: OSC 11 with the colour, ended by BEL or ST, and the
// primary device attributes (CSI ? … c), which come last.
var (
	colourAnswer     = regexp.MustCompile(`\x1b\]11;([^\x07\x1b]*)(?:\x07|\x1b\\)`)
	attributesAnswer = regexp.MustCompile(`\x1b\[\?[0-9;]*c`)
)

// maxAnswers bounds what is read while waiting for the answers.
const maxAnswers = 4096

// readBackground reads the terminal's answers up to the device
// attributes. The input is scanned whole after every read, so answers
// split across reads (a slow link) still parse.
func readBackground(rd io.Reader) Background {
	var got []byte
	buf := make([]byte, 256)
	for len(got) < maxAnswers {
		n, err := rd.Read(buf)
		got = append(got, buf[:n]...)
		if attributesAnswer.Match(got) || err != nil {
			break
		}
	}
	m := colourAnswer.FindSubmatch(got)
	if m == nil {
		return BackgroundUnknown
	}
	c := ansi.XParseColor(string(m[1]))
	switch {
	case c == nil:
		return BackgroundUnknown
	case tea.BackgroundColorMsg{Color: c}.IsDark():
		return BackgroundDark
	}
	return BackgroundLight
}
