package data

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/summit-tui/summit-tui/model"
)

// implicitFirstTrack names the talks that come before the first track
// header; on these pages they are the keynotes.
const implicitFirstTrack = "Keynotes"

// maxTitleRunes: a line longer than this reads as prose rather than a
// talk's title. One such title on a page is a talk that was given a long
// one; most of a page's titles that long are a page misread.
const maxTitleRunes = 300

// ParsePage reads a conference sessions page, the text of a web page that
// lists a conference's talks, in either of the organiser's layouts:
//   - by track ("View sessions and slides from …"): each talk's title,
//     its speakers as indented "• Name, Company" bullets, its abstract;
//   - as a list ("View all the presentations from …"): each talk a
//     "• Title" bullet, then its speakers on one line joined by " & ",
//     a "View Description" line and its abstract.
//
// name (usually the file's path) is used in errors and, when the page does
// not name its conference, as the fallback name.
//
// The schedule's strings may share raw's memory: raw must not be changed
// afterwards. Errors are *PageError with a one-line reason; a page that
// parses into something that does not read as a programme is refused
// rather than shown wrong.
func ParsePage(name string, raw []byte) (model.Schedule, error) {
	text, notText := pageText(raw)
	if notText != "" {
		return model.Schedule{}, &PageError{Path: name, Why: notText}
	}
	for range 2 { // text saved twice with the wrong encoding needs two passes
		repaired := repairMojibake(text)
		if repaired == text {
			break
		}
		text = repaired
	}
	lines := splitCleanLines(text)
	if allBlank(lines) {
		return model.Schedule{}, &PageError{Path: name, Why: "empty page"}
	}
	conference, body, layout := findConference(lines)
	talks := findPageTalks(lines, body, layout)
	if len(talks) == 0 {
		// A page may be introduced as one layout and laid out as the other.
		talks = findPageTalks(lines, body, 1-layout)
	} else if misread(talks) {
		if other := findPageTalks(lines, body, 1-layout); len(other) > len(talks) && implausible(other) == "" {
			talks = other
		}
	}
	if len(talks) == 0 {
		why := "no sessions found (expected talk titles followed by \"• Name, Company\" speaker lines)"
		if layout == layoutList {
			why = "no sessions found (expected \"• Title\" lines, each followed by its speakers and \"View Description\")"
		}
		return model.Schedule{}, &PageError{Path: name, Why: why}
	}
	if why := implausible(talks); why != "" {
		return model.Schedule{}, &PageError{Path: name, Why: "does not read as a sessions page: " + why}
	}
	if conference == "" {
		conference = nameFromPath(name)
	}
	return assemble(conference, text, lines, body, talks), nil
}

func findPageTalks(lines []pageLine, body int, layout pageLayout) []talkSpan {
	if layout == layoutList {
		return findListTalks(lines, body)
	}
	return findTalks(lines, body)
}

// pageText decodes a page. Plain UTF-8, by far the usual case, is used in
// place: copying a page of tens of megabytes would double what opening it
// costs.
func pageText(raw []byte) (text string, notText string) {
	b := bytes.TrimPrefix(raw, bomUTF8)
	if len(b) > 0 && bytes.IndexByte(b, 0) < 0 && utf8.Valid(b) {
		return unsafe.String(unsafe.SliceData(b), len(b)), ""
	}
	return decodeText(raw)
}

// talkSpan locates one talk in the page's lines.
type talkSpan struct {
	title    string
	untitled bool            // the page lost the talk's title
	start    int             // index of the talk's first line, which ends the abstract before it
	end      int             // index of the first line after the talk's head: its abstract starts here
	speakers []model.Speaker // in page order
	spill    string          // abstract text a speaker bullet swallowed
}

// assemble turns the located talks into a schedule. The lines between one
// talk's head and the next talk's start are the first talk's abstract,
// unless the last of them is a track header, which then starts a track.
// Speakers that are the page's own buttons ("View Description") are
// dropped.
func assemble(conference, text string, lines []pageLine, body int, talks []talkSpan) model.Schedule {
	s := model.Schedule{Conference: conference}
	seenTrack := map[string]bool{}
	track := implicitFirstTrack
	if h, ok := trailingHeader(lines[body:talks[0].start]); ok {
		track = h
	}
	slugs := make([]string, len(talks))
	for i, t := range talks {
		// As much of a title as the field keeps (sanitizeSchedule cuts it)
		// makes its id: a hostile title is not read whole again.
		slugs[i] = model.Slug(firstRunes(t.title, maxFieldRunes))
	}
	ids := model.UniqueIDs(slugs)
	s.Sessions = make([]model.Session, 0, len(talks))
	for i, t := range talks {
		if !seenTrack[track] {
			seenTrack[track] = true
			s.Tracks = append(s.Tracks, track)
		}
		segment := lines[t.end:]
		nextTrack := track
		if i+1 < len(talks) {
			segment = lines[t.end:talks[i+1].start]
			if h, ok := trailingHeader(segment); ok {
				nextTrack = h
				segment = segment[:lastNonBlank(segment)]
			}
		}
		s.Sessions = append(s.Sessions, model.Session{
			ID:       ids[i],
			Key:      ids[i],
			Title:    t.title,
			Track:    track,
			Speakers: withoutButtons(t.speakers),
			Abstract: buildAbstract(text, t.spill, segment),
		})
		track = nextTrack
	}
	return s
}

// pageLayout is which of the organiser's two layouts a page has.
type pageLayout int

const (
	layoutByTrack pageLayout = iota // titles, then "• Name, Company" bullets
	layoutList                      // "• Title", speakers, "View Description"
)

// conferenceLines introduce the programme, naming the conference, in each
// layout.
var conferenceLines = []struct {
	prefix string
	layout pageLayout
}{
	{"View sessions and slides from", layoutByTrack},
	{"View all the presentations from", layoutList},
	{"View all presentations from", layoutList},
}

// findConference returns the conference's name, the index of the first
// line of the programme and the page's layout. The name is the line before
// the conference line ("View sessions and slides from …"), skipping site
// banners (lines with " | "), which only ever come before it, and the
// site's menus. A page
// without a conference line is read from its start, in the list layout if
// it has "View Description" lines.
func findConference(lines []pageLine) (string, int, pageLayout) {
	for i, l := range lines {
		for _, c := range conferenceLines {
			rest, ok := cutPrefixFold(l.text, c.prefix)
			if !ok {
				continue
			}
			for j := i - 1; j >= 0; j-- {
				if !lines[j].blank() && !isBanner(lines[j].text) && !isBullet(lines[j]) {
					return lines[j].text, i + 1, c.layout
				}
			}
			return strings.TrimSpace(strings.TrimRight(rest, " .…")), i + 1, c.layout
		}
	}
	for _, l := range lines {
		if isViewDescription(l) {
			return "", 0, layoutList
		}
	}
	return "", 0, layoutByTrack
}

// findTalks finds every talk of a page laid out by track, from line body
// on: a title line followed by indented speaker bullets. A line followed
// by speaker bullets is a title whatever it holds (" | " included).
func findTalks(lines []pageLine, body int) []talkSpan {
	var talks []talkSpan
	prev := -1 // last non-blank line, the title candidate
	for i := body; i < len(lines); i++ {
		l := lines[i]
		if l.blank() {
			continue
		}
		if isSpeakerBullet(l) && prev >= 0 && isTitleCandidate(lines[prev], l) {
			t := talkSpan{title: lines[prev].text, start: prev}
			i = readSpeakers(lines, i, &t)
			talks = append(talks, t)
			prev = -1
			i-- // the loop's i++ lands on t.end
			continue
		}
		prev = i
	}
	return talks
}

// readSpeakers reads the bullet block starting at line i into t and returns
// the index just past it. Blank lines may separate bullets.
func readSpeakers(lines []pageLine, i int, t *talkSpan) int {
	end := i
	seen := map[string]bool{} // a name listed twice is one speaker
	for j := i; j < len(lines); j++ {
		if lines[j].blank() {
			continue
		}
		if !isSpeakerBullet(lines[j]) {
			break
		}
		sp, spill := parseSpeakerBullet(lines[j].text)
		end = j + 1
		if sp.Name != "" && !seen[sp.Name] {
			seen[sp.Name] = true
			t.speakers = append(t.speakers, sp)
		}
		if spill != "" {
			// The bullet ran into the abstract; the block ends here.
			t.spill = spill
			break
		}
	}
	t.end = end
	return end
}

// isSpeakerBullet: speakers are indented "•" lines naming a person, with a
// company after a comma. A bullet that is not indented belongs to an
// abstract's list, and so does an indented one that reads as a sentence
// rather than a name.
func isSpeakerBullet(l pageLine) bool {
	return l.indented && strings.HasPrefix(l.text, "•") && looksLikeName(l.text)
}

// isTitleCandidate rules out lines that cannot head a talk even when the
// indented bullet first follows them: other bullets and lead-ins
// ending in ":" that introduce a list. A line too long for a title is
// one only when the bullet names a company, as speakers' do and an
// abstract's list ("• Kafka Streams") does not: a talk given a long title
// is read, its title cut like any field, never dropped. A page where
// most titles run long is refused (implausible).
func isTitleCandidate(l, bullet pageLine) bool {
	if strings.HasPrefix(l.text, "•") || strings.HasSuffix(l.text, ":") {
		return false
	}
	if !longerThan(l.text, maxTitleRunes) {
		return true
	}
	sp, _ := parseSpeakerBullet(bullet.text)
	return sp.Company != ""
}

// trailingHeader reports whether the last non-blank line of a segment is a
// track header: a short, title-cased line that is a paragraph of its own.
func trailingHeader(segment []pageLine) (string, bool) {
	last := lastNonBlank(segment)
	if last < 0 {
		return "", false
	}
	if last > 0 && !segment[last-1].blank() {
		return "", false // the end of a paragraph that runs over lines
	}
	text := segment[last].text
	if !isTrackHeader(text) {
		return "", false
	}
	return text, true
}

func lastNonBlank(lines []pageLine) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if !lines[i].blank() {
			return i
		}
	}
	return -1
}

func allBlank(lines []pageLine) bool { return lastNonBlank(lines) < 0 }

// isBanner recognises site-wide banners such as "How to Build a Data Mesh
// with Stream Governance | Join Webinar". Only the lines before the
// conference line are judged by it: below it, titles may hold " | ".
func isBanner(text string) bool { return strings.Contains(text, " | ") }

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", false
	}
	return s[len(prefix):], true
}

// nameFromPath makes a conference name from a file name, for pages that do
// not state one: "devoxx-2024.txt" gives "devoxx-2024". A file name is
// cleaned like the page's text: it may hold control characters too.
func nameFromPath(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	var words []string
	for _, l := range splitCleanLines(base) {
		if !l.blank() {
			words = append(words, l.text)
		}
	}
	base = strings.Join(words, " ")
	if base == "" || base == "." || base == string(filepath.Separator) {
		return "Conference"
	}
	return base
}
