package data

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// untitled names a session whose source gives it no title.
const untitled = "Untitled talk"

// sanitizeSchedule is the one pass that makes a schedule safe to show and
// export, whatever format it came from: every string field loses control
// characters, escape sequences and invisible formatting characters, runs
// of combining marks are cut, one-line fields are collapsed to one line,
// and links that are not http(s) are dropped. One-line fields are cut at
// maxFieldRunes and links over maxLinkBytes dropped, counted in s.Cuts.
// It runs once, after parsing.
func sanitizeSchedule(s *model.Schedule) {
	var c cutCounter
	s.Conference = c.line(s.Conference)
	s.Key = c.line(s.Key)
	s.FormerKeys = c.list(s.FormerKeys)
	s.TimeZone = c.line(s.TimeZone)
	for i := range s.Days {
		s.Days[i].Date = c.line(s.Days[i].Date)
	}
	s.Rooms = c.list(s.Rooms)
	s.Tracks = c.list(s.Tracks)
	cuts := make([]model.Cuts, len(s.Sessions))
	inParallel(len(s.Sessions), func(i int) { cuts[i] = sanitizeSession(&s.Sessions[i]) })
	s.Cuts = c.Cuts
	for _, n := range cuts {
		s.Cuts = s.Cuts.Add(n)
	}
}

func sanitizeSession(sess *model.Session) model.Cuts {
	var c cutCounter
	sess.ID = c.line(sess.ID)
	sess.Key = c.line(sess.Key)
	sess.SourceID = c.line(sess.SourceID)
	sess.Code = c.line(sess.Code)
	sess.Title = c.line(sess.Title)
	if sess.Title == "" {
		sess.Title = untitled
	}
	sess.Subtitle = c.line(sess.Subtitle)
	sess.Track = c.line(sess.Track)
	sess.Abstract = cleanBlock(sess.Abstract)
	sess.Day = c.line(sess.Day)
	sess.Room = c.line(sess.Room)
	sess.Type = c.line(sess.Type)
	sess.Level = c.line(sess.Level)
	sess.Tags = c.list(sess.Tags)
	sess.Language = c.line(sess.Language)

	speakers := sess.Speakers[:0]
	for _, sp := range sess.Speakers {
		sp.Name = c.line(sp.Name)
		if sp.Name == "" {
			continue // nobody to show
		}
		sp.Company = c.line(sp.Company)
		sp.Bio = cleanBlock(sp.Bio)
		speakers = append(speakers, sp)
	}
	sess.Speakers = speakers

	var links []model.Link
	for _, l := range sess.Links {
		if len(strings.TrimSpace(l.URL)) > maxLinkBytes {
			c.Links++
			continue
		}
		u, ok := cleanURL(l.URL)
		if !ok {
			continue
		}
		l.URL = u
		if l.Title = c.line(l.Title); l.Title == "" {
			l.Title = u
		}
		links = append(links, l)
	}
	sess.Links = links
	return c.Cuts
}

// cleanURL keeps an absolute http or https URL, and nothing that a
// terminal or a browser could misread: no spaces, no control or invisible
// characters.
func cleanURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if len(raw) > maxLinkBytes {
		return "", false
	}
	if plainWebURL(raw) {
		return raw, true
	}
	if raw == "" || strings.ContainsFunc(raw, func(r rune) bool {
		return r <= ' ' || r >= 0x7f && r <= 0x9f || unicode.IsSpace(r) || isInvisibleControl(r) ||
			r == utf8.RuneError || r == 0x2028 || r == 0x2029
	}) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return raw, true
	}
	return "", false
}

// plainWebURL recognises the common case without parsing: "http(s)://",
// a host, then printable ASCII with no space or backslash.
func plainWebURL(s string) bool {
	rest, ok := strings.CutPrefix(s, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "http://"); !ok {
			return false
		}
	}
	host := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host = rest[:i]
	}
	if host == "" {
		return false
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false // ports, user info, IPv6, escapes: url.Parse judges
		}
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c <= ' ' || c >= 0x7f || c == '\\' || c == '%' {
			return false
		}
	}
	return true
}

// cleanInline makes text one clean line (model.CleanLine).
func cleanInline(s string) string { return model.CleanLine(s) }

// cleanBlock cleans multi-line text, an abstract or a biography
// (model.CleanText).
func cleanBlock(s string) string { return model.CleanText(s) }
