package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// A person's name is at most this many words ("Matthias J. Sax", "Audun
// Fauchald Strand", "Maria de los Ángeles García").
const maxNameWords = 6

// A company name longer than this many words is a bullet that ran into the
// abstract ("Walmart Labs generates millions of events per second…").
const maxCompanyWords = 8

// parseSpeakerBullet reads "• Name, Company". The name ends at the first
// comma, so "Priya Raman, Acme, Inc." works at Acme, Inc.; spaces around
// either part are dropped. When the company runs into prose, the company
// is the run of capitalised words that starts it and the rest is returned
// as spill, the first paragraph of the abstract.
func parseSpeakerBullet(text string) (sp model.Speaker, spill string) {
	text = strings.TrimSpace(strings.TrimPrefix(text, "•"))
	name, company, _ := strings.Cut(text, ",")
	sp.Name = strings.TrimSpace(name)
	sp.Company = strings.TrimSpace(company)
	if wordCount(sp.Company) > maxCompanyWords {
		if cut := companyEnd(sp.Company); cut > 0 {
			sp.Company, spill = strings.TrimSpace(sp.Company[:cut]), strings.TrimSpace(sp.Company[cut:])
		}
	}
	return sp, spill
}

// companyEnd returns the byte offset where a company name's capitalised
// words give way to lower-case prose, or 0 when there is no such place.
// Minor words ("of", "and", "&") may sit between capitalised words, as in
// "Bank of America".
func companyEnd(s string) int {
	end := 0 // end of the last name word accepted
	pos := 0 // scan position
	for pos < len(s) {
		for pos < len(s) && s[pos] == ' ' {
			pos++
		}
		start := pos
		for pos < len(s) && s[pos] != ' ' {
			pos++
		}
		if start == pos {
			break
		}
		word := s[start:pos]
		switch {
		case isNameWord(word):
			end = pos
		case minorWords[strings.ToLower(word)] && end > 0:
			// Accept it only if a name word follows; end stays put.
		default:
			if end > 0 && pos < len(s) {
				return end
			}
			return 0
		}
	}
	return 0
}

// isNameWord: a word that starts with a capital or digit, or carries a
// capital inside ("eBay"), or belongs to a script without case.
func isNameWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(first) || unicode.IsDigit(first) || unicode.IsLetter(first) && !unicode.IsLower(first) {
		return true
	}
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// looksLikeName reports whether a "•" line starts with a person's name: a
// few words before the first comma (or the end), not a question or a
// sentence.
func looksLikeName(bullet string) bool {
	name, _, _ := strings.Cut(strings.TrimPrefix(bullet, "•"), ",")
	return isNameLike(strings.TrimSpace(name))
}

// isNameLike: a few words, not ending as a question or a sentence does.
func isNameLike(name string) bool {
	if name == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return wordCount(name) <= maxNameWords && !strings.ContainsRune("?!:;", last)
}

// wordCount counts the space-separated words of s, as len(strings.Fields(s))
// would, without making the list.
func wordCount(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// parseSpeakerLine reads the list layout's line of speakers, "Name,
// Company & Name, Company", each part read like a bullet. An "&" inside a
// company ("Procter & Gamble") is told from one between speakers by what
// follows it: a single word with no comma after a speaker with a company
// goes on that company. A name given twice is one speaker.
func parseSpeakerLine(text string) []model.Speaker {
	var out []model.Speaker
	seen := map[string]bool{}
	for _, part := range strings.Split(strings.TrimSpace(strings.TrimPrefix(text, "•")), " & ") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Company != "" && !strings.Contains(part, ",") && wordCount(part) == 1 {
			out[n-1].Company += " & " + part
			continue
		}
		sp, _ := parseSpeakerBullet(part)
		if sp.Name == "" || seen[sp.Name] {
			continue
		}
		seen[sp.Name] = true
		out = append(out, sp)
	}
	return out
}

// isSpeakerLine reports whether a line can only be a list of speakers:
// every part names a person in two words or more (one, in scripts without
// case, which write names without spaces), the first and last
// capitalised and the last no word of a sentence's end ("Jr." may be), with
// at most a short company after a comma. It is how a talk without a
// "View Description" line is told from an abstract's list.
func isSpeakerLine(text string) bool {
	speakers := parseSpeakerLine(text)
	if len(speakers) == 0 {
		return false
	}
	for _, sp := range speakers {
		words := strings.Fields(sp.Name)
		last := words[len(words)-1]
		first, _ := utf8.DecodeRuneInString(sp.Name)
		caseless := unicode.IsLetter(first) && !unicode.IsUpper(first) && !unicode.IsLower(first)
		if len(words) < 2 && !caseless || !isNameLike(sp.Name) || !isNameWord(words[0]) || !isNameWord(last) ||
			strings.HasSuffix(last, ".") && len(last) > 3 || wordCount(sp.Company) > maxCompanyWords {
			return false
		}
	}
	return true
}

// pageButtons are the labels of a page's buttons, which a copy of it
// leaves among the text; none of them is ever a person.
var pageButtons = []string{"View Description", "View Slides", "Watch Video", "Watch Now", "Read More"}

// isPageButton reports whether text is one of the page's buttons, bulleted
// or not, with any arrow or mark after it ("View Description ›").
func isPageButton(text string) bool {
	if len(text) > 40 {
		return false // longer than any label with its marks
	}
	label := buttonLabel(text)
	for _, b := range pageButtons {
		if strings.EqualFold(label, b) {
			return true
		}
	}
	return false
}

// buttonLabel is text without a bullet before it or marks after it.
func buttonLabel(text string) string {
	text = strings.TrimSpace(strings.TrimPrefix(text, "•"))
	return strings.TrimRightFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// withoutButtons drops "speakers" that are the page's buttons.
func withoutButtons(speakers []model.Speaker) []model.Speaker {
	for _, sp := range speakers {
		if isPageButton(sp.Name) {
			out := make([]model.Speaker, 0, len(speakers)-1)
			for _, sp := range speakers {
				if !isPageButton(sp.Name) {
					out = append(out, sp)
				}
			}
			return out
		}
	}
	return speakers
}
