package data

import (
	"bytes"
	"unicode/utf8"
)

// maxJSONStringBytes bounds any one string of a JSON schedule before it is
// decoded. encoding/json goes over a string several times through the
// readers' tolerant types, so one huge title would cost seconds; no field
// is kept anywhere near this long (one-line fields are cut far shorter).
const maxJSONStringBytes = 1 << 20

// boundJSONStrings returns raw with every string literal longer than max
// bytes cut to at most max, at a character and escape boundary, followed
// by an ellipsis, and how many were cut. Without such a string it returns
// raw itself, uncopied. Text that is not well-formed JSON is returned as
// it is, for the decoder to refuse.
func boundJSONStrings(raw []byte, max int) ([]byte, int) {
	var out []byte
	cut, done := 0, 0 // strings cut; raw[:done] is in out
	for i := 0; i < len(raw); i++ {
		if raw[i] != '"' {
			continue
		}
		start := i + 1
		end := closingQuote(raw, start)
		if end < 0 {
			return orRaw(out, raw, done), cut // unterminated: the decoder says so
		}
		if end-start > max {
			keep := jsonCutPoint(raw[start:end], max)
			out = append(out, raw[done:start+keep]...)
			out = append(out, "…"...)
			done = end
			cut++
		}
		i = end
	}
	return orRaw(out, raw, done), cut
}

// closingQuote is the index of the quote that ends the string whose body
// starts at start, or -1 when it never ends. A quote after an odd number
// of backslashes is escaped.
func closingQuote(raw []byte, start int) int {
	for from := start; ; {
		q := bytes.IndexByte(raw[from:], '"')
		if q < 0 {
			return -1
		}
		q += from
		slashes := 0
		for j := q - 1; j >= start && raw[j] == '\\'; j-- {
			slashes++
		}
		if slashes%2 == 0 {
			return q
		}
		from = q + 1
	}
}

// orRaw finishes out with the rest of raw from done, or is raw itself when
// nothing was cut.
func orRaw(out, raw []byte, done int) []byte {
	if out == nil {
		return raw
	}
	return append(out, raw[done:]...)
}

// jsonCutPoint is where to cut the body of a JSON string to at most max
// bytes: not inside an escape (\n, \uXXXX, a surrogate pair) nor inside a
// UTF-8 character.
func jsonCutPoint(body []byte, max int) int {
	at := 0
	for i := 0; i < len(body); {
		n := 1
		switch {
		case body[i] == '\\' && i+1 < len(body) && body[i+1] == 'u':
			n = 6
			if i+12 <= len(body) && body[i+6] == '\\' && body[i+7] == 'u' && isHighSurrogate(body[i+2:i+6]) {
				n = 12
			}
		case body[i] == '\\':
			n = 2
		case body[i] >= utf8.RuneSelf:
			_, n = utf8.DecodeRune(body[i:])
		}
		if i+n > max {
			break
		}
		i += n
		at = i
	}
	return at
}

// isHighSurrogate reports whether four hex digits name the first half of
// a UTF-16 surrogate pair (D800–DBFF).
func isHighSurrogate(hex []byte) bool {
	return len(hex) == 4 && (hex[0] == 'd' || hex[0] == 'D') && (hex[1] >= '8' && hex[1] <= '9' || hex[1] >= 'a' && hex[1] <= 'b' || hex[1] >= 'A' && hex[1] <= 'B')
}
