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
// and links that are not http(s) are dropped. It runs once, after parsing.
func sanitizeSchedule(s *model.Schedule) {
	s.Conference = cleanInline(s.Conference)
	s.Key = cleanInline(s.Key)
	s.FormerKeys = cleanList(s.FormerKeys)
	s.TimeZone = cleanInline(s.TimeZone)
	for i := range s.Days {
		s.Days[i].Date = cleanInline(s.Days[i].Date)
	}
	s.Rooms = cleanList(s.Rooms)
	s.Tracks = cleanList(s.Tracks)
	inParallel(len(s.Sessions), func(i int) { sanitizeSession(&s.Sessions[i]) })
}

func sanitizeSession(sess *model.Session) {
	sess.ID = cleanInline(sess.ID)
	sess.Key = cleanInline(sess.Key)
	sess.Title = cleanInline(sess.Title)
	if sess.Title == "" {
		sess.Title = untitled
	}
	sess.Subtitle = cleanInline(sess.Subtitle)
	sess.Track = cleanInline(sess.Track)
	sess.Abstract = cleanBlock(sess.Abstract)
	sess.Day = cleanInline(sess.Day)
	sess.Room = cleanInline(sess.Room)
	sess.Type = cleanInline(sess.Type)
	sess.Level = cleanInline(sess.Level)
	sess.Tags = cleanList(sess.Tags)
	sess.Language = cleanInline(sess.Language)

	speakers := sess.Speakers[:0]
	for _, sp := range sess.Speakers {
		sp.Name = cleanInline(sp.Name)
		if sp.Name == "" {
			continue // nobody to show
		}
		sp.Company = cleanInline(sp.Company)
		sp.Bio = cleanBlock(sp.Bio)
		speakers = append(speakers, sp)
	}
	sess.Speakers = speakers

	var links []model.Link
	for _, l := range sess.Links {
		u, ok := cleanURL(l.URL)
		if !ok {
			continue
		}
		l.URL = u
		if l.Title = cleanInline(l.Title); l.Title == "" {
			l.Title = u
		}
		links = append(links, l)
	}
	sess.Links = links
}

// cleanList cleans each name, dropping empty names and repeats.
func cleanList(names []string) []string {
	if names == nil {
		return nil
	}
	out := make([]string, 0, len(names))
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		n = cleanInline(n)
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// cleanURL keeps an absolute http or https URL, and nothing that a
// terminal or a browser could misread: no spaces, no control or invisible
// characters.
func cleanURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
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
