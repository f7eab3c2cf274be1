package data

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// maxMarks is how many combining marks (and joiners) may follow one base
// character: enough for every script's stacking, too few for a "zalgo"
// flood to overrun the line above and below it and break pane borders.
const maxMarks = 4

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

// cleanInline makes text one clean line: escape sequences, control and
// invisible characters go, line breaks, tabs and every kind of space
// become one plain space, runs of spaces collapse, the ends are trimmed
// and combining marks are capped. Clean text is returned as it is.
func cleanInline(s string) string {
	if i := firstUnclean(s, false); i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeClean(&b, s, false, 0)
	return b.String()
}

// cleanBlock cleans multi-line text (an abstract, a biography): each line
// as cleanInline would, with runs of blank lines kept as one blank line
// and none at the start or the end.
func cleanBlock(s string) string {
	if i := firstUnclean(s, true); i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeClean(&b, s, true, 0)
	return b.String()
}

// firstUnclean returns where s first needs cleaning, or -1 when it is
// clean already: the common case, checked without copying.
func firstUnclean(s string, multiline bool) int {
	if s == "" {
		return -1
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || multiline && (s[0] == '\n' || s[len(s)-1] == '\n') {
		return 0
	}
	marks := 0
	prev := byte('x')
	for i := 0; i < len(s); {
		// Runs of visible ASCII, most of any text, need no look.
		if visibleASCII[s[i]] {
			for i++; i < len(s) && visibleASCII[s[i]]; i++ {
			}
			prev, marks = 'x', 0
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prev == ' ' || prev == '\n' {
					return i
				}
			case c == '\n' && multiline:
				if prev == ' ' || i+2 < len(s) && s[i+1] == '\n' && s[i+2] == '\n' {
					return i
				}
			case c < 0x20 || c == 0x7f:
				return i
			}
			prev, marks = c, 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1, r <= 0x9f, r == 0x2028, r == 0x2029,
			isSpaceRune(r), isInvisibleControl(r):
			return i
		case isMark(r):
			if marks++; marks > maxMarks || i == 0 {
				return i
			}
		default:
			marks = 0
		}
		prev = 'x'
		i += size
	}
	return -1
}

// visibleASCII marks the bytes '!' to '~'.
var visibleASCII = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = true
	}
	return t
}()

// isMark reports characters that attach to the one before them: combining
// marks and the joiners.
func isMark(r rune) bool {
	return r == 0x200c || r == 0x200d || unicode.Is(unicode.M, r)
}

// writeClean writes s cleaned to b. In multiline text a line break
// survives; elsewhere it is a space. With a limit above 0 it stops before
// the visible character that would pass limit runes, and reports whether
// it did: the rest of s is never read.
func writeClean(b *strings.Builder, s string, multiline bool, limit int) (cut bool) {
	space := false // a space is pending before the next visible character
	breaks := 0    // line breaks pending (multiline), at most 2 written
	marks := 0
	runes := 0 // written
	flush := func() {
		switch {
		case b.Len() == 0:
		case breaks > 0:
			b.WriteString("\n\n"[:min(breaks, 2)])
			runes += min(breaks, 2)
		case space:
			b.WriteByte(' ')
			runes++
		}
		space, breaks = false, 0
	}
	full := func() bool {
		pending := 0
		if b.Len() > 0 && (space || breaks > 0) {
			pending = 1
		}
		return limit > 0 && runes+pending >= limit
	}
	newline := func() {
		marks = 0
		if multiline {
			breaks++
			space = false
		} else {
			space = true
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\v' || c == '\f':
				newline()
			case c == '\r':
				newline()
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case c == 0x1b:
				i += escapeLength(s[i:])
				continue
			case c == ' ' || c == '\t':
				if breaks == 0 {
					space = true
				}
				marks = 0
			case c < 0x20 || c == 0x7f:
			default:
				if full() {
					return true
				}
				flush()
				b.WriteByte(c)
				runes++
				marks = 0
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			newline()
		case r >= 0x80 && r <= 0x9f:
			i += c1Length(s[i:])
			continue
		case isSpaceRune(r):
			if breaks == 0 {
				space = true
			}
			marks = 0
		case isInvisibleControl(r) || r == utf8.RuneError && size == 1:
		case isMark(r):
			if marks < maxMarks && b.Len() > 0 {
				flush()
				b.WriteString(s[i : i+size])
				runes++
			}
			marks++
		default:
			if full() {
				return true
			}
			flush()
			b.WriteString(s[i : i+size])
			runes++
			marks = 0
		}
		i += size
	}
	return false
}
