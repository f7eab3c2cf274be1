package data

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// fromUTF16 gives input saved as UTF-16 with a BOM (either byte order) as
// UTF-8, which the sniffer and every reader read; other input is returned
// as it is. A broken sequence becomes U+FFFD, as a cut-off head's last
// character does.
func fromUTF16(raw []byte) []byte {
	if !bytes.HasPrefix(raw, bomUTF16LE) && !bytes.HasPrefix(raw, bomUTF16BE) {
		return raw
	}
	// The BOM decides the byte order and is dropped.
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// decodeText turns a page's bytes into text. UTF-8 (with or without a BOM)
// and UTF-16 with a BOM are read as such; bytes that are not UTF-8 are read
// as Windows-1252, the usual encoding of pages saved by older tools. It
// returns a reason instead when the bytes are not text at all.
func decodeText(raw []byte) (text string, notText string) {
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		raw = raw[len(bomUTF8):]
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		// The BOM decides the byte order; a broken sequence becomes U+FFFD.
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", "not text (broken UTF-16)"
		}
		raw = out
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "not text (it holds binary data)"
	}
	if utf8.Valid(raw) {
		return string(raw), ""
	}
	if controlHeavy(raw) {
		return "", "not text (it holds binary data)"
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "not text (unknown encoding)"
	}
	return string(out), ""
}

// controlHeavy reports whether more than 1 % of the bytes are control
// characters that no text file uses, the mark of a binary file.
func controlHeavy(raw []byte) bool {
	n := 0
	for _, c := range raw {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			n++
		}
	}
	return n*100 > len(raw)
}
