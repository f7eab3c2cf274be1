package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of a track header: track names are a few words ("Core Kafka",
// "Event-Driven Development", "Streams Track"), never a sentence. Names in
// sentence case ("Stream processing") are shorter still.
const (
	maxHeaderRunes       = 50
	maxHeaderWords       = 6
	maxSentenceCaseWords = 3
	headerClosingMarks   = ".,;:!?…\"“”‘’'(»«["
)

// isTrackHeader reports whether a line reads as a track name rather than
// the last line of an abstract: short, no closing punctuation, not a list
// item or banner, starting with a capital (scripts without case always
// pass) and title-cased unless it is only a few words.
func isTrackHeader(text string) bool {
	if text == "" || utf8.RuneCountInString(text) > maxHeaderRunes || isBanner(text) {
		return false
	}
	if _, ok := listItem(text); ok {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(headerClosingMarks, last) {
		return false
	}
	words := strings.Fields(text)
	if len(words) > maxHeaderWords {
		return false
	}
	hasLetter, titleCase := false, true
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(first) {
			hasLetter = true
		}
		if unicode.IsLower(first) {
			if i == 0 {
				return false
			}
			if !minorWords[w] {
				titleCase = false
			}
		}
	}
	return hasLetter && (titleCase || len(words) <= maxSentenceCaseWords)
}

// minorWords may stay lower case inside a title-cased name.
var minorWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "by": true,
	"for": true, "in": true, "of": true, "on": true, "or": true, "the": true,
	"to": true, "vs": true, "vs.": true, "with": true, "&": true,
}
