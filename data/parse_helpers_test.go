package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// pagesDir holds the test pages, named by what parsing them must give:
// good_*.txt parse, bad_* are refused.
const pagesDir = "testdata/pages"

// loadPage reads and parses a page the way the program does.
func loadPage(path string) (model.Schedule, error) {
	o, err := Open(context.Background(), path, OpenOptions{})
	return o.Schedule, err
}

// readTestPage returns a test page's bytes.
func readTestPage(tb testing.TB, name string) []byte {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(pagesDir, name))
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// testPages lists the test pages matching pattern, failing when there are
// fewer than atLeast, so that a renamed directory cannot empty a test.
func testPages(tb testing.TB, pattern string, atLeast int) []string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(pagesDir, pattern))
	if err != nil {
		tb.Fatal(err)
	}
	if len(names) < atLeast {
		tb.Fatalf("%s: %d test pages match %q, want at least %d", pagesDir, len(names), pattern, atLeast)
	}
	for i, n := range names {
		names[i] = filepath.Base(n)
	}
	return names
}

// sp is a speaker, for tables.
func sp(name, company string) model.Speaker { return model.Speaker{Name: name, Company: company} }

// speakers is a list of speakers, for tables.
func speakers(s ...model.Speaker) []model.Speaker { return s }

// scheduleDiff lists, one per line, every field in which got differs from
// want, naming the session; it is empty when they are equal.
func scheduleDiff(got, want model.Schedule) string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if got.Conference != want.Conference {
		add("conference = %q, want %q", got.Conference, want.Conference)
	}
	if !slices.Equal(got.Tracks, want.Tracks) {
		add("tracks = %q, want %q", got.Tracks, want.Tracks)
	}
	if len(got.Sessions) != len(want.Sessions) {
		add("%d sessions, want %d; titles %q, want %q", len(got.Sessions), len(want.Sessions), titlesOf(got), titlesOf(want))
		return strings.Join(out, "\n")
	}
	for i := range want.Sessions {
		g, w := got.Sessions[i], want.Sessions[i]
		at := fmt.Sprintf("session %d (%q)", i, w.Title)
		if g.ID != w.ID {
			add("%s: id = %q, want %q", at, g.ID, w.ID)
		}
		if g.Title != w.Title {
			add("%s: title = %q, want %q", at, g.Title, w.Title)
		}
		if g.Track != w.Track {
			add("%s: track = %q, want %q", at, g.Track, w.Track)
		}
		if !slices.Equal(g.Speakers, w.Speakers) {
			add("%s: speakers = %q, want %q", at, g.Speakers, w.Speakers)
		}
		if g.Abstract != w.Abstract {
			add("%s: abstract =\n%q\nwant\n%q", at, g.Abstract, w.Abstract)
		}
	}
	return strings.Join(out, "\n")
}

func titlesOf(s model.Schedule) []string {
	out := make([]string, len(s.Sessions))
	for i, sess := range s.Sessions {
		out[i] = sess.Title
	}
	return out
}

// forbiddenRune reports characters that must never reach the screen or an
// export from a page: C0 controls, DEL, C1 controls (ESC and the 8-bit
// CSI among them), line and paragraph separators and the bidirectional
// overrides that reorder text on screen.
func forbiddenRune(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f ||
		r == 0x2028 || r == 0x2029 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// checkField reports a field that is not clean, single-line text.
func checkField(what, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s %q is not valid UTF-8", what, s)
	}
	if i := strings.IndexFunc(s, forbiddenRune); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Errorf("%s %q holds control character %U", what, s, r)
	}
	if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
		return fmt.Errorf("%s %q has untrimmed or doubled spaces", what, s)
	}
	return nil
}

// checkSchedule checks what must hold for any parsed page: every field is
// clean text, the abstract keeps the plain-text shape, every session has
// a title, an id and a known track, tracks are in the order of their first
// talks (a page may come back to a track), and ids are the titles' unique
// slugs.
func checkSchedule(s model.Schedule) error {
	var errs []string
	fail := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	if s.Conference == "" {
		fail(fmt.Errorf("no conference name"))
	}
	fail(checkField("conference", s.Conference))
	if len(s.Sessions) == 0 {
		fail(fmt.Errorf("a parsed page has no sessions"))
	}
	seenTrack := map[string]bool{}
	for _, t := range s.Tracks {
		if t == "" || seenTrack[t] {
			fail(fmt.Errorf("track %q is empty or repeated in %q", t, s.Tracks))
		}
		seenTrack[t] = true
		fail(checkField("track", t))
	}
	seenID := map[string]bool{}
	var trackOrder []string
	slugs := make([]string, len(s.Sessions))
	for i, sess := range s.Sessions {
		slugs[i] = model.Slug(sess.Title)
		if sess.Title == "" {
			fail(fmt.Errorf("session %d has no title", i))
		}
		if sess.ID == "" || seenID[sess.ID] {
			fail(fmt.Errorf("session %d (%q): id %q is empty or not unique", i, sess.Title, sess.ID))
		}
		seenID[sess.ID] = true
		if sess.Key != sess.ID {
			fail(fmt.Errorf("session %d (%q): key %q, want the id %q", i, sess.Title, sess.Key, sess.ID))
		}
		fail(checkField("title", sess.Title))
		fail(checkField("id", sess.ID))
		if !seenTrack[sess.Track] {
			fail(fmt.Errorf("session %d (%q): track %q is not in %q", i, sess.Title, sess.Track, s.Tracks))
		}
		if !slices.Contains(trackOrder, sess.Track) {
			trackOrder = append(trackOrder, sess.Track)
		}
		for _, p := range sess.Speakers {
			if p.Name == "" {
				fail(fmt.Errorf("session %d (%q): a speaker has no name", i, sess.Title))
			}
			fail(checkField("speaker name", p.Name))
			fail(checkField("company", p.Company))
		}
		fail(checkAbstract(sess.Abstract))
	}
	if !slices.Equal(trackOrder, s.Tracks) && len(s.Sessions) > 0 {
		fail(fmt.Errorf("tracks are not in the order the page first names them: %q, tracks %q", trackOrder, s.Tracks))
	}
	if ids := model.UniqueIDs(slugs); len(s.Sessions) > 0 {
		for i, sess := range s.Sessions {
			if sess.ID != ids[i] {
				fail(fmt.Errorf("session %d (%q): id %q, want the unique slug %q", i, sess.Title, sess.ID, ids[i]))
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

// checkAbstract: plain text whose lines are paragraphs or list items, with
// paragraphs separated by exactly one blank line.
func checkAbstract(a string) error {
	if a == "" {
		return nil
	}
	if strings.HasPrefix(a, "\n") || strings.HasSuffix(a, "\n") || strings.Contains(a, "\n\n\n") {
		return fmt.Errorf("abstract %q: stray blank lines", a)
	}
	for _, line := range strings.Split(a, "\n") {
		if line == "" {
			continue
		}
		if err := checkField("abstract line", line); err != nil {
			return err
		}
	}
	return nil
}

// checkErrorMessage: an error is one line, "<path>: <why>", that cannot
// drive a terminal.
func checkErrorMessage(err error) error {
	msg := err.Error()
	if strings.ContainsFunc(msg, forbiddenRune) || !utf8.ValidString(msg) {
		return fmt.Errorf("error %q is not one clean line", msg)
	}
	if _, why, ok := strings.Cut(msg, ": "); !ok || why == "" {
		return fmt.Errorf("error %q is not of the form <path>: <why>", msg)
	}
	return nil
}
