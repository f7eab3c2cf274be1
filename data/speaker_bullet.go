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
	if len(strings.Fields(sp.Company)) > maxCompanyWords {
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
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return len(strings.Fields(name)) <= maxNameWords && !strings.ContainsRune("?!:;", last)
}
