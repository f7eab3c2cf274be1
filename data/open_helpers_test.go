package data

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// schedulesDir holds the test schedules of every format, named by what
// reading them must give: good_* open, bad_* are refused.
const schedulesDir = "testdata/schedules"

// openTestFile opens a test schedule as the program does.
func openTestFile(tb testing.TB, name string, opts OpenOptions) (Opened, error) {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(schedulesDir, name))
	if err != nil {
		tb.Fatal(err)
	}
	return OpenBytes(name, raw, opts)
}

// mustOpen opens a good test schedule, checking what must hold of any.
func mustOpen(tb testing.TB, name string, opts OpenOptions) Opened {
	tb.Helper()
	o, err := openTestFile(tb, name, opts)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	if err := checkOpened(o.Schedule); err != nil {
		tb.Fatalf("%s:\n%v", name, err)
	}
	if err := checkNoHTML(o.Schedule); err != nil {
		tb.Fatalf("%s:\n%v", name, err)
	}
	return o
}

// session finds a session by title, failing when there is not exactly one.
func session(tb testing.TB, s model.Schedule, title string) model.Session {
	tb.Helper()
	var found []model.Session
	for _, sess := range s.Sessions {
		if sess.Title == title {
			found = append(found, sess)
		}
	}
	if len(found) != 1 {
		tb.Fatalf("%d sessions titled %q, want 1; titles %q", len(found), title, titlesOf(s))
	}
	return found[0]
}

// fieldUnsafeRune reports what no field may hold: control characters (ESC
// among them), line and paragraph separators, and the invisible
// formatting characters. U+FFFD is visible, and some sources hold it.
func fieldUnsafeRune(r rune) bool {
	return r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 ||
		isInvisibleControl(r)
}

// htmlTag matches what an HTML tag in a converted field would look like.
var htmlTag = regexp.MustCompile(`(?i)</?(p|a|br|ul|ol|li|em|strong|b|i|code|pre|h[1-6]|div|span|script|img|hr)([\s/][^>]*)?>`)

// checkInline reports a one-line field that is not clean.
func checkInline(what, s string) error {
	switch {
	case !utf8.ValidString(s):
		return fmt.Errorf("%s %q is not valid UTF-8", what, s)
	case strings.ContainsRune(s, '\n'):
		return fmt.Errorf("%s %q holds a line break", what, s)
	case s != strings.TrimSpace(s) || strings.Contains(s, "  "):
		return fmt.Errorf("%s %q has untrimmed or doubled spaces", what, s)
	}
	return checkText(what, s)
}

// checkText reports forbidden characters and floods of combining marks.
func checkText(what, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s %q is not valid UTF-8", what, s)
	}
	if i := strings.IndexFunc(s, fieldUnsafeRune); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Errorf("%s %q holds %U", what, s, r)
	}
	marks := 0
	for _, r := range s {
		if model.IsMark(r) {
			if marks++; marks > model.MaxMarks {
				return fmt.Errorf("%s %q stacks more than %d marks on one character", what, s, model.MaxMarks)
			}
		} else {
			marks = 0
		}
	}
	return nil
}

// checkNoHTML reports a field that holds what reads as an HTML tag: a
// converter that let markup through. (A source may mean such text
// literally, so this holds of the real samples and the project's own
// files, not of any input.)
func checkNoHTML(s model.Schedule) error {
	var errs []string
	check := func(what, v string) {
		if m := htmlTag.FindString(v); m != "" {
			errs = append(errs, fmt.Sprintf("%s %q holds the HTML tag %s", what, v, m))
		}
	}
	check("conference", s.Conference)
	for _, sess := range s.Sessions {
		for _, v := range []string{sess.Title, sess.Subtitle, sess.Track, sess.Room, sess.Type, sess.Abstract} {
			check(sess.ID, v)
		}
		for _, sp := range sess.Speakers {
			check(sess.ID+" speaker", sp.Name+" "+sp.Company+" "+sp.Bio)
		}
		for _, l := range sess.Links {
			check(sess.ID+" link", l.Title)
		}
	}
	if len(errs) > 10 {
		errs = errs[:10]
	}
	return joinErrs(errs)
}

// checkBlock reports an abstract or biography that is not clean plain
// text in the abstract's shape: paragraphs separated by one blank line,
// list items one per line.
func checkBlock(what, s string) error {
	if err := checkText(what, s); err != nil {
		return err
	}
	if s == "" {
		return nil
	}
	if strings.Contains(s, "\n\n\n") || strings.HasPrefix(s, "\n") || strings.HasSuffix(s, "\n") {
		return fmt.Errorf("%s %q has stray blank lines", what, s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != strings.TrimSpace(l) || strings.Contains(l, "  ") {
			return fmt.Errorf("%s line %q has untrimmed or doubled spaces", what, l)
		}
		if l == "" || i == 0 {
			continue
		}
		if prev := lines[i-1]; prev != "" {
			_, prevItem := listItem(prev)
			_, item := listItem(l)
			if !prevItem || !item {
				return fmt.Errorf("%s: %q follows %q with no blank line, and they are not list items", what, l, prev)
			}
		}
	}
	return nil
}

// checkOpened checks what must hold of any schedule Open returns: every
// field clean, ids unique and keys set, links http(s), days and rooms
// consistent with the sessions, the sessions in model.TimeOrder.
func checkOpened(s model.Schedule) error {
	var errs []string
	fail := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	fail(checkInline("conference", s.Conference))
	fail(checkInline("key", s.BookmarkKey()))
	if s.Conference == "" || s.BookmarkKey() == "" {
		fail(fmt.Errorf("no conference name or key"))
	}
	for _, name := range append(append([]string{}, s.Tracks...), s.Rooms...) {
		fail(checkInline("track or room", name))
	}
	days := map[string]bool{}
	for _, d := range s.Days {
		days[d.Date] = true
	}
	rooms := map[string]bool{}
	for _, r := range s.Rooms {
		rooms[r] = true
	}
	ids := map[string]bool{}
	for i, sess := range s.Sessions {
		at := fmt.Sprintf("session %d (%q)", i, sess.Title)
		for what, v := range map[string]string{"id": sess.ID, "key": sess.Key, "title": sess.Title, "subtitle": sess.Subtitle,
			"track": sess.Track, "day": sess.Day, "room": sess.Room, "type": sess.Type, "level": sess.Level, "language": sess.Language} {
			fail(checkInline(at+" "+what, v))
		}
		fail(checkBlock(at+" abstract", sess.Abstract))
		if sess.ID == "" || sess.Key == "" || sess.Title == "" || ids[sess.ID] {
			fail(fmt.Errorf("%s: id %q, key %q: empty or repeated", at, sess.ID, sess.Key))
		}
		ids[sess.ID] = true
		if sess.ID != sess.Key && !strings.HasPrefix(sess.ID, sess.Key+"-") {
			fail(fmt.Errorf("%s: id %q is not its key %q or the key with a suffix", at, sess.ID, sess.Key))
		}
		for _, sp := range sess.Speakers {
			fail(checkInline(at+" speaker", sp.Name))
			fail(checkInline(at+" company", sp.Company))
			fail(checkBlock(at+" bio", sp.Bio))
			if sp.Name == "" {
				fail(fmt.Errorf("%s: a speaker without a name", at))
			}
		}
		for _, l := range sess.Links {
			fail(checkInline(at+" link title", l.Title))
			if u, err := url.Parse(l.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				fail(fmt.Errorf("%s: link %q is not http(s)", at, l.URL))
			}
		}
		if sess.Timed() {
			if sess.Day == "" || !days[sess.Day] {
				fail(fmt.Errorf("%s: day %q is not one of the schedule's days", at, sess.Day))
			}
			if s.Location == nil || sess.Start.Location() != s.Location {
				fail(fmt.Errorf("%s: start %v is not in the schedule's zone %v", at, sess.Start, s.Location))
			}
			if !sess.End.IsZero() && !sess.End.After(sess.Start) {
				fail(fmt.Errorf("%s: ends %v, not after its start %v", at, sess.End, sess.Start))
			}
			if i > 0 && s.Sessions[i-1].Timed() && sess.Start.Before(s.Sessions[i-1].Start) {
				fail(fmt.Errorf("%s: starts before the session listed before it", at))
			}
		}
		if sess.Room != "" && !rooms[sess.Room] {
			fail(fmt.Errorf("%s: room %q is not in the schedule's rooms", at, sess.Room))
		}
	}
	if order := model.TimeOrder(&s); !slices.IsSortedFunc(s.Sessions, func(a, b model.Session) int { return order(&a, &b) }) {
		fail(fmt.Errorf("the sessions are not in model.TimeOrder"))
	}
	if len(errs) > 10 {
		errs = append(errs[:10], fmt.Sprintf("… and %d more", len(errs)-10))
	}
	return joinErrs(errs)
}

func joinErrs(errs []string) error {
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(errs, "\n"))
}
