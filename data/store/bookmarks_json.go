package store

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// jsonScan checks and walks JSON text without building values, so that a
// bookmarks file's large lists can stay slices of the text it was read
// into. It follows RFC 8259, as encoding/json does, but keeps what
// encoding/json would lose: duplicate names, and each value's exact text.
type jsonScan struct {
	s string
	i int
}

// maxJSONDepth bounds nesting in values the store keeps without knowing
// them, so that a hostile file cannot exhaust the stack.
const maxJSONDepth = 1000

// syntaxError is JSON that cannot be read; truncated says it ended early.
type syntaxError struct {
	why       string
	truncated bool
}

func (e *syntaxError) Error() string { return e.why }

func (sc *jsonScan) fail(what string) error {
	if sc.i >= len(sc.s) {
		return &syntaxError{why: "truncated JSON", truncated: true}
	}
	return &syntaxError{why: fmt.Sprintf("%s at byte %d", what, sc.i+1)} // counted from 1, as people do
}

func (sc *jsonScan) ws() {
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case ' ', '\t', '\n', '\r':
			sc.i++
		default:
			return
		}
	}
}

// atEnd reports whether only white space is left.
func (sc *jsonScan) atEnd() bool {
	sc.ws()
	return sc.i >= len(sc.s)
}

// peek returns the next byte after white space, or 0 at the end.
func (sc *jsonScan) peek() byte {
	sc.ws()
	if sc.i < len(sc.s) {
		return sc.s[sc.i]
	}
	return 0
}

// eat consumes c, after white space, if it comes next.
func (sc *jsonScan) eat(c byte) bool {
	if sc.peek() == c {
		sc.i++
		return true
	}
	return false
}

// str reads the string that starts at the next byte and returns it as
// written, quotes included. plain says that its text between the quotes is
// its value and is also how encoding/json would write it: no escapes,
// valid UTF-8, no U+2028 or U+2029.
func (sc *jsonScan) str() (raw string, plain bool, err error) {
	if sc.peek() != '"' {
		return "", false, sc.fail("expected a string")
	}
	start := sc.i
	s := sc.s
	plain, ascii := true, true
	for i := start + 1; i < len(s); {
		for i < len(s) && plainASCII[s[i]] {
			i++ // the common case, kept tight: ids are mostly plain ASCII
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case c == '"':
			sc.i = i + 1
			raw = s[start:sc.i]
			if plain && !ascii {
				inner := raw[1 : len(raw)-1]
				plain = utf8.ValidString(inner) && !strings.Contains(inner, "\u2028") && !strings.Contains(inner, "\u2029")
			}
			return raw, plain, nil
		case c == '\\':
			plain = false
			if i+1 >= len(s) {
				i++
				break
			}
			switch s[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(s) {
					i = len(s)
					break
				}
				for _, h := range []byte(s[i+2 : i+6]) {
					if !isHex(h) {
						sc.i = i
						return "", false, sc.fail(`bad \u escape`)
					}
				}
				i += 6
			default:
				sc.i = i
				return "", false, sc.fail("bad escape")
			}
		case c < 0x20:
			sc.i = i
			return "", false, sc.fail("control character in a string")
		default:
			if c >= 0x80 {
				ascii = false
			}
			i++
		}
	}
	sc.i = len(s)
	return "", false, sc.fail("")
}

// plainASCII marks the bytes that stand for themselves in a JSON string.
var plainASCII = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// skip checks the value that comes next and moves past it.
func (sc *jsonScan) skip(depth int) error {
	if depth > maxJSONDepth {
		return sc.fail("nested too deeply")
	}
	switch c := sc.peek(); {
	case c == '"':
		_, _, err := sc.str()
		return err
	case c == '{':
		sc.i++
		if sc.eat('}') {
			return nil
		}
		for {
			if _, _, err := sc.str(); err != nil {
				return err
			}
			if !sc.eat(':') {
				return sc.fail(`expected ":"`)
			}
			if err := sc.skip(depth + 1); err != nil {
				return err
			}
			if sc.eat(',') {
				continue
			}
			if sc.eat('}') {
				return nil
			}
			return sc.fail(`expected "," or "}"`)
		}
	case c == '[':
		sc.i++
		if sc.eat(']') {
			return nil
		}
		for {
			if err := sc.skip(depth + 1); err != nil {
				return err
			}
			if sc.eat(',') {
				continue
			}
			if sc.eat(']') {
				return nil
			}
			return sc.fail(`expected "," or "]"`)
		}
	case c == 't':
		return sc.literal("true")
	case c == 'f':
		return sc.literal("false")
	case c == 'n':
		return sc.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		_, err := sc.number()
		return err
	}
	return sc.fail("unexpected character")
}

func (sc *jsonScan) literal(word string) error {
	if !strings.HasPrefix(sc.s[sc.i:], word) {
		if strings.HasPrefix(word, sc.s[sc.i:]) {
			sc.i = len(sc.s)
		}
		return sc.fail("unexpected character")
	}
	sc.i += len(word)
	return nil
}

// number reads a number as written.
func (sc *jsonScan) number() (string, error) {
	s, start := sc.s, sc.i
	i := start
	digits := func() int {
		n := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		sc.i = i
		return "", sc.fail("bad number")
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			sc.i = i
			return "", sc.fail("bad number")
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			sc.i = i
			return "", sc.fail("bad number")
		}
	}
	sc.i = i
	return s[start:i], nil
}
