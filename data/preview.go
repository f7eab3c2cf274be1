package data

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// PreviewBytes is how much of a large page is parsed before the browser
// opens: a few hundred talks, a millisecond of work.
const PreviewBytes = 256 << 10

// errNoPreview says the start of a page cannot stand for it: read it all.
var errNoPreview = errors.New("no preview: parse the whole page")

// ParsePreview parses the talks that end within head, the start of a large
// page, so the browser can open at once while the whole page is read and
// parsed. The preview's talks are the whole page's first talks, ids
// included. It fails when head holds fewer than two whole talks or is not
// plainly UTF-8 text (an encoding only the whole page can settle); parse
// the whole page then.
func ParsePreview(name string, head []byte) (model.Schedule, error) {
	cut := bytes.LastIndexByte(head, '\n')
	if cut <= 0 {
		return model.Schedule{}, errNoPreview
	}
	head = head[:cut]
	if !utf8.Valid(head) || bytes.IndexByte(head, 0) >= 0 || bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		return model.Schedule{}, errNoPreview
	}
	s, err := ParsePage(name, head)
	if err != nil || len(s.Sessions) < 2 {
		return model.Schedule{}, errNoPreview
	}
	// The last talk may go on past the cut: leave it to the whole page.
	s.Sessions = s.Sessions[:len(s.Sessions)-1]
	s.Tracks = tracksInUse(s)
	return s, nil
}

// tracksInUse lists the tracks that still hold a session, in page order.
func tracksInUse(s model.Schedule) []string {
	used := map[string]bool{}
	for _, sess := range s.Sessions {
		used[sess.Track] = true
	}
	var out []string
	for _, t := range s.Tracks {
		if used[t] {
			out = append(out, t)
		}
	}
	return out
}
