package model

import "strings"

// cancelledWords are the words organisers put in a title or a session type
// to say a talk will not take place, folded (see appendFold). This is the
// one list of them.
var cancelledWords = []string{
	"cancelled", "canceled", "entfallt", "entfaellt", "abgesagt", "annule", "cancelado", "cancellato",
}

// Cancelled reports whether the session will not take place: it is gone
// from the programme but kept because it was bookmarked (Session.Gone), or
// its title or type says so ("CANCELLED: …", "[cancelled] …", "… (abgesagt)",
// type "Cancelled"). A title that merely speaks of cancelling ("Why the
// project was cancelled") is not a cancellation: the word must open the
// title, close it in brackets, or be all of it.
func (s *Session) Cancelled() bool {
	return s.Gone || cancelledType(s.Type) || cancelledTitle(s.Title)
}

func cancelledType(typ string) bool {
	if typ == "" {
		return false
	}
	words := foldedWords(typ)
	for _, w := range words {
		if isCancelledWord(w) {
			return true
		}
	}
	return false
}

func cancelledTitle(title string) bool {
	type word struct {
		folded string
		sp     wordSpan
	}
	var words []word
	var ws wordScanner
	ws.scan(title, func(w []byte, sp wordSpan) {
		words = append(words, word{string(w), sp})
	})
	if len(words) == 0 {
		return false
	}
	if isCancelledWord(words[0].folded) {
		return true
	}
	last := words[len(words)-1]
	if !isCancelledWord(last.folded) {
		return false
	}
	// "… (cancelled)", "… [abgesagt]", "… – CANCELLED": the marker is set
	// apart from the title or written as a notice.
	original := title[last.sp.start:last.sp.end]
	if strings.ToUpper(original) == original {
		return true
	}
	if rest := strings.TrimSpace(title[last.sp.end:]); rest == ")" || rest == "]" {
		return true
	}
	before := strings.TrimRight(title[:last.sp.start], " \t")
	return strings.HasSuffix(before, "-") || strings.HasSuffix(before, "–") ||
		strings.HasSuffix(before, "—") || strings.HasSuffix(before, ":")
}

func isCancelledWord(w string) bool {
	for _, c := range cancelledWords {
		if w == c {
			return true
		}
	}
	return false
}

// foldedWords splits text into its folded words (letters and digits).
func foldedWords(text string) []string {
	var words []string
	var ws wordScanner
	ws.scan(text, func(word []byte, _ wordSpan) {
		words = append(words, string(word))
	})
	return words
}
