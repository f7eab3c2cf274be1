package model

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSlugBytes keeps ids usable as file names and URLs even for absurd titles.
const maxSlugBytes = 120

// Slug turns a title into a lower-case, hyphen-separated id. Latin accents are
// folded ("Café" gives "cafe"), apostrophes vanish ("Don’t" gives "dont"),
// letters of other scripts are kept, and everything else separates words.
// It returns "session" for a title with no letters or digits.
func Slug(title string) string {
	var b strings.Builder
	b.Grow(len(title))
	pendingHyphen := false
	for _, r := range title {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			continue
		case r < unicode.MaxASCII && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r < unicode.MaxASCII:
			pendingHyphen = b.Len() > 0
			continue
		default:
			// Lower first: some letters only reach the table lowered
			// (the Ångström sign, capital sharp s).
			if folded, ok := latinFold[unicode.ToLower(r)]; ok {
				writeSlugPart(&b, folded, &pendingHyphen)
				continue
			}
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				pendingHyphen = b.Len() > 0
				continue
			}
			r = unicode.ToLower(r)
		}
		if pendingHyphen {
			b.WriteByte('-')
			pendingHyphen = false
		}
		b.WriteRune(r)
	}
	s := b.String()
	if len(s) > maxSlugBytes {
		s = s[:maxSlugBytes]
		for !utf8.ValidString(s) { // cut may split a rune
			s = s[:len(s)-1]
		}
		if i := strings.LastIndexByte(s, '-'); i > maxSlugBytes/2 {
			s = s[:i]
		}
		s = strings.TrimRight(s, "-")
	}
	if s == "" {
		return "session"
	}
	return s
}

func writeSlugPart(b *strings.Builder, part string, pendingHyphen *bool) {
	if *pendingHyphen {
		b.WriteByte('-')
		*pendingHyphen = false
	}
	b.WriteString(part)
}

// UniqueIDs makes ids of keys, in order: each key as it is, or, for a
// key already taken, the key with "-2", "-3"… (the first suffix free), so
// a talk given twice keeps both slots and ids are stable for the same
// programme. A page's talks have the slugs of their titles as keys.
func UniqueIDs(keys []string) []string {
	ids := make([]string, len(keys))
	used := make(map[string]bool, len(keys))
	// next remembers, per key, the first suffix not yet known to be taken,
	// so a page of thousands of talks named "TBA" stays linear. Ids are
	// only ever added, so resuming there gives what starting at 2 would.
	next := map[string]int{}
	for i, key := range keys {
		id := key
		if used[id] {
			n := max(next[key], 2)
			for id = key + "-" + strconv.Itoa(n); used[id]; id = key + "-" + strconv.Itoa(n) {
				n++
			}
			next[key] = n + 1
		}
		used[id] = true
		ids[i] = id
	}
	return ids
}

// latinFold maps precomposed Latin letters to ASCII, so slugs of accented
// titles stay readable in URLs and file names.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'À': "a", 'Á': "a", 'Â': "a", 'Ã': "a", 'Ä': "a", 'Å': "a", 'Ā': "a", 'Ă': "a", 'Ą': "a",
	'æ': "ae", 'Æ': "ae", 'ç': "c", 'Ç': "c", 'ć': "c", 'Ć': "c", 'č': "c", 'Č': "c",
	'ď': "d", 'Ď': "d", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'È': "e", 'É': "e", 'Ê': "e", 'Ë': "e", 'Ē': "e", 'Ę': "e", 'Ě': "e",
	'ğ': "g", 'Ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i",
	'Ì': "i", 'Í': "i", 'Î': "i", 'Ï': "i", 'Ī': "i", 'İ': "i",
	'ł': "l", 'Ł': "l", 'ñ': "n", 'Ñ': "n", 'ń': "n", 'Ń': "n", 'ň': "n", 'Ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'Ò': "o", 'Ó': "o", 'Ô': "o", 'Õ': "o", 'Ö': "o", 'Ø': "o", 'Ō': "o", 'Ő': "o",
	'œ': "oe", 'Œ': "oe", 'ř': "r", 'Ř': "r", 'ś': "s", 'Ś': "s", 'š': "s", 'Š': "s", 'ş': "s", 'Ş': "s", 'ß': "ss",
	'ť': "t", 'Ť': "t", 'ţ': "t", 'Ţ': "t", 'þ': "th", 'Þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'Ù': "u", 'Ú': "u", 'Û': "u", 'Ü': "u", 'Ū': "u", 'Ů': "u", 'Ű': "u",
	'ý': "y", 'ÿ': "y", 'Ý': "y", 'Ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'Ź': "z", 'Ż': "z", 'Ž': "z",
}
