package data

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// quoteRunes is how much of an offending title an error quotes.
const quoteRunes = 40

// implausible returns why the talks found on a page do not read as a
// programme, or "" when they do. A page in a layout the reader does not
// know can still yield "talks"; showing them would be a confident wrong
// answer: abstracts as titles, a button's label as everyone's speaker.
func implausible(talks []talkSpan) string {
	buttons, untitled, unnamed, long := 0, 0, 0, 0
	button, longTitle := "", ""
	for _, t := range talks {
		if longerThan(t.title, maxTitleRunes) {
			if long++; long == 1 {
				longTitle = t.title
			}
		}
		if t.untitled {
			untitled++
		}
		hasButton, oddName := false, false
		for _, sp := range t.speakers {
			switch {
			case isPageButton(sp.Name):
				hasButton = true
				if button == "" {
					button = sp.Name
				}
			case !isNameLike(sp.Name):
				oddName = true
			}
		}
		if hasButton {
			buttons++
		}
		if oddName {
			unnamed++
		}
	}
	most := func(k int) bool { return k*2 > len(talks) }
	switch {
	case most(long):
		return fmt.Sprintf("%d of %d talks have titles of over %d characters, the first %d (%q…)",
			long, len(talks), maxTitleRunes, utf8.RuneCountInString(longTitle), strings.TrimSpace(firstRunes(longTitle, quoteRunes)))
	case most(buttons):
		return fmt.Sprintf("%d of %d talks have %q as a speaker", buttons, len(talks), button)
	case most(untitled):
		return fmt.Sprintf("%d of %d talks have no title", untitled, len(talks))
	case most(unnamed):
		return fmt.Sprintf("the speakers of %d of %d talks do not read as names", unnamed, len(talks))
	}
	return ""
}

// misread reports whether talks show signs of a page read in the wrong
// layout: a reading that does not hold together, or a page's button read
// as a speaker (a list-layout page introduced as the other layout reads
// its "• View Description" as one). The other layout is then tried, and
// kept when it holds together and finds more talks: a page whose talks
// really carry such a button finds no more talks the other way.
func misread(talks []talkSpan) bool {
	for _, t := range talks {
		for _, sp := range t.speakers {
			if isPageButton(sp.Name) {
				return true
			}
		}
	}
	return implausible(talks) != ""
}

// longerThan reports whether s has more than n runes, reading no more of
// it than that.
func longerThan(s string, n int) bool {
	if len(s) <= n { // no more bytes than n: no more runes
		return false
	}
	return len(firstRunes(s, n)) < len(s)
}

// firstRunes is s cut after n runes.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
