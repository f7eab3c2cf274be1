package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// repairMojibake undoes UTF-8 text that was once decoded as Windows-1252 or
// Latin-1: "cafÃ©" becomes "café" and "â€™" becomes "’". Each candidate is
// a lead character (Â…ô, the Latin-1 view of a UTF-8 lead byte) followed by
// the continuation characters its byte asks for; it is replaced only when
// those bytes form one valid UTF-8 character, so real accented text such as
// "Ãgua" or "é" is left alone.
func repairMojibake(s string) string {
	// Every lead character, U+00C2 to U+00F4, is 0xC3 0x82…0xB4 in UTF-8:
	// jump from one 0xC3 byte to the next and copy the text between in
	// bulk. A page with nothing to repair is returned as it is.
	var b strings.Builder
	done := 0      // s[:done] is written to b
	fixedEnd := -1 // where the last repaired character ended in s
	var fixed rune // and what it became
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], 0xC3)
		if k < 0 {
			break
		}
		p := i + k
		i = p + 1
		if p+1 >= len(s) || s[p+1] < 0x82 || s[p+1] > 0xB4 {
			continue
		}
		prev := fixed // the character before p, as repaired so far
		if p != fixedEnd {
			prev = 0
			if p > 0 {
				prev, _ = utf8.DecodeLastRuneInString(s[:p])
			}
		}
		r, used, ok := decodeMisread(s[p:], prev)
		if !ok {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:p])
		b.WriteRune(r)
		done = p + used
		fixedEnd, fixed = done, r
		i = done
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// decodeMisread tries to read one misdecoded UTF-8 character at the start
// of s. It returns the character and how many bytes of s it replaces.
func decodeMisread(s string, prev rune) (rune, int, bool) {
	lead, size := utf8.DecodeRuneInString(s)
	if lead < 0xC2 || lead > 0xF4 {
		return 0, 0, false
	}
	need := 1
	switch {
	case lead >= 0xF0:
		need = 3
	case lead >= 0xE0:
		need = 2
	}
	var buf [4]byte
	buf[0] = byte(lead)
	used := size
	for k := 1; k <= need; k++ {
		r, n := utf8.DecodeRuneInString(s[used:])
		c, ok := windows1252Byte(r)
		if !ok && r == ' ' && need == 1 && !unicode.IsUpper(prev) {
			// A no-break space (0xA0) that an editor turned into a plain
			// space, merging it with the space after it: "Ã la" was
			// "à la". The space stays, so n is 0. After a capital, "Ã "
			// is more likely real (Portuguese "IRMÃ "), so leave it.
			c, ok, n = 0xA0, true, 0
		}
		if !ok || c < 0x80 || c > 0xBF {
			return 0, 0, false
		}
		buf[k] = c
		used += n
	}
	r, n := utf8.DecodeRune(buf[:need+1])
	if r == utf8.RuneError || n != need+1 {
		return 0, 0, false
	}
	return r, used, true
}

// windows1252Byte gives the byte that Windows-1252 (or, for its five holes,
// Latin-1) decodes to r.
func windows1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	c, ok := windows1252High[r]
	return c, ok
}

// windows1252High lists the characters Windows-1252 puts at 0x80–0x9F.
var windows1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}
