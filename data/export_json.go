package data

import (
	"encoding/json"
	"io"

	"github.com/summit-tui/summit-tui/model"
)

// WriteJSON writes a schedule in the export shape: conference, tracks and
// sessions with id, title, track, speakers and abstract, indented by two
// spaces. Characters such as "&" and "<" are written as they are.
func WriteJSON(w io.Writer, s model.Schedule) error {
	out := s
	if out.Tracks == nil {
		out.Tracks = []string{}
	}
	// Empty lists are [] in the file, never null.
	out.Sessions = make([]model.Session, len(s.Sessions))
	for i, sess := range s.Sessions {
		if sess.Speakers == nil {
			sess.Speakers = []model.Speaker{}
		}
		out.Sessions[i] = sess
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
