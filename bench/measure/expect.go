package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// What the screen must show, worked out from the parsed page: the
// measuring program knows the programme, so it can wait for exactly the
// frame a key leads to. Every expectation about what summit-tui and the
// reference programs draw is in this file, so that a change to the
// screen's wording is met here alone.

// referenceCount: a reference program (bench/minimal, bench/glamourref)
// shows its counter at n.
func referenceCount(n int) func(string) bool {
	want := fmt.Sprintf("count: %d", n)
	return func(s string) bool { return strings.Contains(s, want) }
}

// startFrame is the first complete frame of a page: its conference, its
// first talk and the status line's "1/N".
func startFrame(pg page) func(string) bool {
	first := titlePrefix(pg.sched.Sessions[0].Title)
	return func(s string) bool {
		return strings.Contains(s, pg.sched.Conference) && strings.Contains(s, first) && statusAt(s, 1)
	}
}

// loadedFrame: the status line counts every talk of the page.
func loadedFrame(pg page) func(string) bool {
	n := len(pg.sched.Sessions)
	return func(s string) bool { return statusIs(s, 1, n) }
}

// talkShown: the cursor is on session i, whose abstract is on screen.
func talkShown(sched *model.Schedule, i int) func(string) bool {
	snip := abstractSnippet(&sched.Sessions[i], sched)
	n := len(sched.Sessions)
	return func(s string) bool { return statusIs(s, i+1, n) && strings.Contains(s, snip) }
}

// filterKey is the key that opens the filter, and filterOpen the frame
// it leads to on a list of n talks: the filter line counts all of them.
const filterKey = "/"

func filterOpen(n int) func(string) bool {
	want := fmt.Sprintf(" %d/%d", n, n)
	return func(s string) bool { return strings.Contains(s, want) }
}

// filterCloseKey leaves the filter and clears it, and filterClosed is
// the frame after: the query is gone, so q quits again.
const filterCloseKey = "\x1b"

func filterClosed(query string) func(string) bool {
	return func(s string) bool { return !strings.Contains(s, "/ "+query) }
}

// noMatches reports whether the list says that nothing matches: "No
// matches." or, in the wording that names the query, "No talk matches".
func noMatches(screen string) bool {
	return strings.Contains(screen, "No matches.") || strings.Contains(screen, "No talk matches")
}

// titlePrefix is as much of a title as is sure to be on one line of the
// list and of the detail pane at 120 columns, however they cut or wrap it.
func titlePrefix(title string) string {
	const n = 24
	if utf8.RuneCountInString(title) <= n {
		return title
	}
	r := []rune(title)[:n]
	// Cut at the last space so a wrap after a whole word still matches.
	if i := strings.LastIndexFunc(string(r), unicode.IsSpace); i > 8 {
		return string(r)[:i]
	}
	return string(r)
}

// statusIs reports whether the screen's last line, the status line, starts
// with the position "pos/total" (and not, say, "pos/total0").
func statusIs(screen string, pos, total int) bool {
	rest, ok := strings.CutPrefix(statusLine(screen), fmt.Sprintf("%d/%d", pos, total))
	return ok && (rest == "" || rest[0] == ' ')
}

// statusAt: the status line puts the cursor on item pos, of any number.
func statusAt(screen string, pos int) bool {
	rest, ok := strings.CutPrefix(statusLine(screen), fmt.Sprintf("%d/", pos))
	return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// positionOf reads the status line's "N/M".
func positionOf(screen string) (pos, total int, ok bool) {
	a, b, found := strings.Cut(statusPosition(screen), "/")
	if !found {
		return 0, 0, false
	}
	pos, err1 := strconv.Atoi(a)
	total, err2 := strconv.Atoi(b)
	return pos, total, err1 == nil && err2 == nil && total > 0
}

// abstractShown: the item pane's lower box, the abstract's, has text on
// its first line. The browser empties it when the cursor moves to a talk
// whose abstract is still being rendered, so on the frame that shows the
// new position it is the new talk's abstract (or "No abstract.").
func abstractShown(screen string) bool {
	lines := strings.Split(screen, "\n")
	for i := 1; i+1 < len(lines); i++ {
		top, above := strings.TrimRight(lines[i], " "), strings.TrimRight(lines[i-1], " ")
		// The box's top right corner under the upper box's bottom one.
		if !strings.HasSuffix(top, "╮") || !strings.Contains(top, "╭") || !strings.HasSuffix(above, "╯") {
			continue
		}
		first := strings.TrimRight(lines[i+1], " ")
		end := strings.LastIndex(first, "│")
		if end < 0 {
			return false
		}
		start := strings.LastIndex(first[:end], "│")
		if start < 0 {
			return false
		}
		return strings.TrimSpace(first[start+len("│"):end]) != ""
	}
	return false
}

// scheduleUpdated: the status line says a refresh brought changes.
func scheduleUpdated(screen string) bool {
	return strings.Contains(statusLine(screen), "Schedule updated")
}

// statusLine is the screen's last non-empty line.
func statusLine(screen string) string {
	lines := strings.Split(screen, "\n")
	last := lines[len(lines)-1]
	for i := len(lines) - 1; i >= 0 && last == ""; i-- {
		last = lines[i]
	}
	return last
}

// abstractSnippet is text the abstract pane shows for a session once its
// abstract is rendered: three or so plain words from the start of the
// abstract (Glamour wraps the pane at ~68 columns, so the first 40 bytes
// stay on its first line), chosen so that no title or speaker line
// contains them — otherwise the list would satisfy the wait before the
// abstract arrived.
func abstractSnippet(s *model.Session, sched *model.Schedule) string {
	if s.Abstract == "" {
		return "No abstract."
	}
	first, _, _ := strings.Cut(s.Abstract, "\n")
	first = strings.TrimPrefix(first, "- ")
	words := strings.Fields(first)
	inList := func(snip string) bool {
		for i := range sched.Sessions {
			o := &sched.Sessions[i]
			if strings.Contains(o.Title, snip) || strings.Contains(model.SpeakerLine(o), snip) {
				return true
			}
		}
		return false
	}
	plain := func(w string) bool {
		return w != "" && strings.IndexFunc(w, func(r rune) bool {
			return r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' && r != '.'
		}) < 0
	}
	var best string
	for start := 0; start < len(words); start++ {
		offset := len(strings.Join(words[:start], " "))
		if offset > 30 {
			break
		}
		for n := 1; n <= 4 && start+n <= len(words); n++ {
			run := words[start : start+n]
			if !plain(run[n-1]) || n == 1 && !plain(run[0]) {
				break
			}
			snip := strings.Join(run, " ")
			if offset+len(snip) > 40 {
				break
			}
			if n >= 2 && !inList(snip) {
				return snip
			}
			if best == "" && len(snip) >= 5 && !inList(snip) {
				best = snip
			}
		}
	}
	if best == "" {
		// Unusual text: fall back to the first word, which at worst makes
		// the wait end as the list updates rather than the abstract.
		best = words[0]
	}
	return best
}

// filterStep is one more letter of the query typed, and the number of
// matches a search of the whole programme finds for the query so far.
type filterStep struct {
	typed   string // the query so far
	letter  string // the key that leads here
	matches int    // model.Index.SearchSessions over every session
}

// filterSteps lists the steps of typing query.
func filterSteps(sched *model.Schedule, query string) []filterStep {
	idx := model.NewIndex(sched)
	all := make([]int, len(sched.Sessions))
	for i := range all {
		all[i] = i
	}
	var steps []filterStep
	typed := ""
	for _, r := range query {
		typed += string(r)
		n := len(idx.SearchSessions(all, model.ParseQuery(typed)))
		steps = append(steps, filterStep{typed: typed, letter: string(r), matches: n})
	}
	return steps
}

// filterShown reads a screen showing the result of the filter typed so
// far: the filter line holds the query and a match count ("n/total", not
// the "…" of a search under way), and the status line, drawn last, agrees
// with it ("k/n", or "No matches." for none). It returns the count. The
// count is read, not predicted, so the wait does not depend on how the
// browser searches; the report compares it with filterStep.matches.
func filterShown(screen, typed string, total int) (int, bool) {
	lines := strings.Split(screen, "\n")
	suffix := fmt.Sprintf("/%d", total)
	n := -1
	for _, line := range lines {
		at := strings.Index(line, "/ "+typed)
		if at < 0 {
			continue
		}
		// The count is the first word after the query: a number over the
		// total, or "…" while the search is under way.
		for _, w := range strings.Fields(line[at+len("/ "+typed):]) {
			if w == "…" {
				return 0, false
			}
			count, ok := strings.CutSuffix(w, suffix)
			if !ok || count == "" || strings.Trim(count, "0123456789") != "" {
				continue
			}
			n, _ = strconv.Atoi(count)
			break
		}
		break
	}
	switch {
	case n < 0:
		return 0, false
	case n == 0:
		return 0, noMatches(screen)
	}
	last := lines[len(lines)-1]
	for i := len(lines) - 1; i >= 0 && last == ""; i-- {
		last = lines[i]
	}
	pos, rest, ok := strings.Cut(last, fmt.Sprintf("/%d", n))
	if !ok || rest != "" && rest[0] != ' ' || pos == "" || strings.Trim(pos, "0123456789") != "" {
		return 0, false
	}
	return n, true
}
