package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// The export's own shape, kept apart from the model's JSON tags so the
// file's format changes only when this file does. Fields after "id",
// "title", "track", "speakers" and "abstract" appear only where known.
type (
	jsonDay struct {
		Date  string `json:"date"`
		Start string `json:"start,omitempty"`
		End   string `json:"end,omitempty"`
	}
	jsonSession struct {
		ID          string        `json:"id"`
		Key         string        `json:"key,omitempty"`
		Title       string        `json:"title"`
		Subtitle    string        `json:"subtitle,omitempty"`
		Track       string        `json:"track"`
		Type        string        `json:"type,omitempty"`
		Language    string        `json:"language,omitempty"`
		Day         string        `json:"day,omitempty"`
		Start       string        `json:"start,omitempty"`
		End         string        `json:"end,omitempty"`
		Room        string        `json:"room,omitempty"`
		Speakers    []jsonSpeaker `json:"speakers"`
		Abstract    string        `json:"abstract"`
		Links       []jsonLink    `json:"links,omitempty"`
		DoNotRecord bool          `json:"do_not_record,omitempty"`
	}
	jsonSpeaker struct {
		Name    string `json:"name"`
		Company string `json:"company"`
		Bio     string `json:"bio,omitempty"`
	}
	jsonLink struct {
		Title string `json:"title"`
		URL   string `json:"url"`
	}
)

// floatingLayout writes a time the source gave without a zone: an offset
// would claim a zone nobody stated.
const floatingLayout = "2006-01-02T15:04:05"

// WriteJSON writes a schedule in the export shape of DESIGN.md, indented
// by two spaces: "conference", "tracks", where known "time_zone", "days"
// and "rooms", then "sessions". Characters such as "&" and "<" are written
// as they are; empty lists are [], never null.
//
// The sessions are written one at a time, so a large programme costs a
// session's worth of memory to export, not a copy of the document. Times
// are RFC 3339 with the zone's offset, or without an offset when the
// source gave local times only (Schedule.FloatingTimes).
func WriteJSON(w io.Writer, s model.Schedule) error {
	e := newJSONWriter(w)
	e.floating = s.FloatingTimes
	e.raw("{\n  \"conference\": ")
	e.value("  ", s.Conference)
	e.raw(",\n  \"tracks\": ")
	e.value("  ", nonNil(s.Tracks))
	if s.TimeZone != "" {
		e.raw(",\n  \"time_zone\": ")
		e.value("  ", s.TimeZone)
	}
	if len(s.Days) > 0 {
		days := make([]jsonDay, len(s.Days))
		for i, d := range s.Days {
			days[i] = jsonDay{Date: d.Date, Start: e.time(d.Start), End: e.time(d.End)}
		}
		e.raw(",\n  \"days\": ")
		e.value("  ", days)
	}
	if len(s.Rooms) > 0 {
		e.raw(",\n  \"rooms\": ")
		e.value("  ", s.Rooms)
	}
	if len(s.Sessions) == 0 {
		e.raw(",\n  \"sessions\": []\n}\n")
		return e.flush()
	}
	e.raw(",\n  \"sessions\": [\n")
	for i := range s.Sessions {
		if i > 0 {
			e.raw(",\n")
		}
		e.raw("    ")
		e.value("    ", e.session(&s.Sessions[i]))
		if e.err != nil {
			break
		}
	}
	e.raw("\n  ]\n}\n")
	return e.flush()
}

// jsonWriter writes a document piece by piece to a buffered writer,
// keeping the first error.
type jsonWriter struct {
	bw       *bufio.Writer
	buf      bytes.Buffer // one value, encoded
	enc      *json.Encoder
	floating bool
	cur      jsonSession   // reused from one session to the next
	speakers []jsonSpeaker // and its lists
	links    []jsonLink
	err      error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	// speakers is never nil: a talk without speakers has "speakers": [].
	e := &jsonWriter{bw: bufio.NewWriterSize(w, 64<<10), speakers: make([]jsonSpeaker, 0, 8)}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

func (e *jsonWriter) raw(s string) {
	if e.err == nil {
		_, e.err = e.bw.WriteString(s)
	}
}

// value writes v indented as it would be at a depth whose lines start
// with prefix, without the newline the encoder ends it with.
func (e *jsonWriter) value(prefix string, v any) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	e.enc.SetIndent(prefix, "  ")
	if e.err = e.enc.Encode(v); e.err != nil {
		return
	}
	_, e.err = e.bw.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
}

func (e *jsonWriter) flush() error {
	if e.err != nil {
		return e.err
	}
	return e.bw.Flush()
}

// session is sess in the export's shape. It is reused by the next call:
// encode it before then.
func (e *jsonWriter) session(sess *model.Session) *jsonSession {
	e.speakers = e.speakers[:0]
	for _, sp := range sess.Speakers {
		e.speakers = append(e.speakers, jsonSpeaker{Name: sp.Name, Company: sp.Company, Bio: sp.Bio})
	}
	e.links = e.links[:0]
	for _, l := range sess.Links {
		e.links = append(e.links, jsonLink{Title: l.Title, URL: l.URL})
	}
	e.cur = jsonSession{
		ID:          sess.ID,
		Title:       sess.Title,
		Subtitle:    sess.Subtitle,
		Track:       sess.Track,
		Type:        sess.Type,
		Language:    sess.Language,
		Day:         sess.Day,
		Start:       e.time(sess.Start),
		End:         e.time(sess.End),
		Room:        sess.Room,
		Speakers:    e.speakers,
		Abstract:    sess.Abstract,
		Links:       e.links,
		DoNotRecord: sess.DoNotRecord,
	}
	// A page's key is its id; saying it twice tells nothing.
	if sess.Key != sess.ID {
		e.cur.Key = sess.Key
	}
	return &e.cur
}

// time writes t for the export, or "" when it is unknown.
func (e *jsonWriter) time(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case e.floating:
		return t.Format(floatingLayout)
	}
	return rfc3339(t)
}

// nonNil makes a nil list an empty one, which JSON writes as [].
func nonNil[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}
