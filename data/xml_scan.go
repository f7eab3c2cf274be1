package data

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// xmlNode is one element of a document read by scanXML: its name (without
// a namespace prefix), attributes, the character data directly inside it
// and its child elements.
type xmlNode struct {
	name     string
	attrs    []xmlAttr
	text     string
	children []*xmlNode
	pieces   []string // character data while the element is open
}

// close joins the element's character data, once: joining at every child
// would be quadratic in the children of the root.
func (n *xmlNode) close() {
	switch len(n.pieces) {
	case 0:
	case 1:
		n.text = n.pieces[0]
	default:
		n.text = strings.Join(n.pieces, "")
	}
	n.pieces = nil
}

type xmlAttr struct{ name, value string }

// attr returns the last attribute of that name, as encoding/xml does.
func (n *xmlNode) attr(name string) string {
	for i := len(n.attrs) - 1; i >= 0; i-- {
		if n.attrs[i].name == name {
			return n.attrs[i].value
		}
	}
	return ""
}

// child returns the text of the last child element of that name, as
// encoding/xml fills a string field.
func (n *xmlNode) child(name string) string {
	for i := len(n.children) - 1; i >= 0; i-- {
		if n.children[i].name == name {
			return n.children[i].text
		}
	}
	return ""
}

// each calls f for the child elements of that name, in order.
func (n *xmlNode) each(name string, f func(*xmlNode)) {
	for _, c := range n.children {
		if c.name == name {
			f(c)
		}
	}
}

var errTruncatedXML = errors.New("the XML ends before its root element does (truncated?)")

// scanXML reads a document into a tree, leniently: HTML entities are
// decoded and unknown ones left as written, end tags that close nothing
// are ignored, and an end tag closes the elements left open inside it.
// A document whose root is not closed is refused: it was cut short.
//
// encoding/xml reads FOSDEM's 2.7 MB schedule in about 50 ms on a small
// machine, most of it in its byte-at-a-time tokenizer, which alone would
// spend the whole parse budget; this reads it in a few milliseconds, and a
// fuzz test holds it to encoding/xml's reading of every well-formed file.
func scanXML(raw []byte) (*xmlNode, error) { return scanXMLWith(raw, nil) }

// scanXMLWith is scanXML calling closed, when it is not nil, with each
// element as its end tag is read, text and children complete: a reader
// can start on an element while the rest of the document is scanned.
func scanXMLWith(raw []byte, closed func(*xmlNode)) (*xmlNode, error) {
	raw = bytes.TrimPrefix(raw, bomUTF8)
	raw, err := toUTF8(raw)
	if err != nil {
		return nil, err
	}
	s := string(raw)
	var root *xmlNode
	var stack []*xmlNode
	var text []string // character data pieces of the innermost open element
	flush := func() {
		if len(stack) > 0 && len(text) > 0 {
			top := stack[len(stack)-1]
			top.pieces = append(top.pieces, text...)
		}
		text = text[:0]
	}
	fail := func(at int, why string) error {
		return fmt.Errorf("broken XML at line %d: %s", 1+strings.Count(s[:at], "\n"), why)
	}
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			if len(stack) > 0 {
				text = append(text, unescapeXML(s[i:]))
			}
			break
		}
		if lt > 0 && len(stack) > 0 {
			text = append(text, unescapeXML(s[i:i+lt]))
		}
		i += lt
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				return nil, errTruncatedXML
			}
			i += 4 + end + 3
		case strings.HasPrefix(rest, "<![CDATA["):
			end := strings.Index(rest[9:], "]]>")
			if end < 0 {
				return nil, errTruncatedXML
			}
			if len(stack) > 0 {
				text = append(text, strings.ReplaceAll(strings.ReplaceAll(rest[9:9+end], "\r\n", "\n"), "\r", "\n"))
			}
			i += 9 + end + 3
		case strings.HasPrefix(rest, "<?"):
			end := strings.Index(rest, "?>")
			if end < 0 {
				return nil, errTruncatedXML
			}
			i += end + 2
		case strings.HasPrefix(rest, "<!"):
			end := doctypeEnd(rest)
			if end < 0 {
				return nil, errTruncatedXML
			}
			i += end
		case strings.HasPrefix(rest, "</"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return nil, errTruncatedXML
			}
			name := localName(strings.TrimSpace(rest[2:end]))
			i += end + 1
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].name == name {
					flush()
					for j := len(stack) - 1; j >= k; j-- {
						stack[j].close()
						if closed != nil {
							closed(stack[j])
						}
					}
					stack = stack[:k]
					break
				}
			}
			if len(stack) == 0 && root != nil {
				return root, nil // what follows the root is not the document
			}
		default:
			n, size, selfClosing, err := scanStartTag(rest)
			if err != nil {
				if errors.Is(err, errTruncatedXML) {
					return nil, err
				}
				return nil, fail(i, err.Error())
			}
			i += size
			flush()
			if len(stack) == 0 {
				root = n
			} else {
				parent := stack[len(stack)-1]
				parent.children = append(parent.children, n)
			}
			if !selfClosing {
				stack = append(stack, n)
			} else if len(stack) == 0 {
				return root, nil // a root that is one empty element
			}
		}
	}
	if root == nil {
		return nil, errors.New("no XML element found")
	}
	if len(stack) > 0 {
		return nil, errTruncatedXML
	}
	return root, nil
}

// scanStartTag reads "<name attr='v' …>" or "<name …/>" at the start of s.
func scanStartTag(s string) (n *xmlNode, size int, selfClosing bool, err error) {
	i := 1
	start := i
	for i < len(s) && !isXMLSpace(s[i]) && s[i] != '>' && s[i] != '/' {
		i++
	}
	if i == len(s) {
		return nil, 0, false, errTruncatedXML
	}
	if i == start || !isNameStart(s[start]) {
		return nil, 0, false, errors.New("expected an element name after <")
	}
	n = &xmlNode{name: localName(s[start:i])}
	for {
		for i < len(s) && isXMLSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return nil, 0, false, errTruncatedXML
		}
		switch s[i] {
		case '>':
			return n, i + 1, false, nil
		case '/':
			if i+1 >= len(s) {
				return nil, 0, false, errTruncatedXML
			}
			if s[i+1] != '>' {
				return nil, 0, false, errors.New("expected > after / in element")
			}
			return n, i + 2, true, nil
		}
		nameStart := i
		for i < len(s) && !isXMLSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' {
			i++
		}
		name := s[nameStart:i]
		if name == "" || !isNameStart(name[0]) {
			return nil, 0, false, errors.New("expected attribute name in element")
		}
		for i < len(s) && isXMLSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return nil, 0, false, errTruncatedXML
		}
		if s[i] != '=' {
			return nil, 0, false, errors.New("attribute " + name + " has no value")
		}
		i++
		for i < len(s) && isXMLSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return nil, 0, false, errTruncatedXML
		}
		q := s[i]
		if q != '"' && q != '\'' {
			return nil, 0, false, errors.New("unquoted attribute value")
		}
		end := strings.IndexByte(s[i+1:], q)
		if end < 0 {
			return nil, 0, false, errTruncatedXML
		}
		value := s[i+1 : i+1+end]
		if strings.IndexByte(value, '<') >= 0 {
			return nil, 0, false, errors.New("unescaped < inside attribute value")
		}
		n.attrs = append(n.attrs, xmlAttr{name: localName(name), value: unescapeXML(value)})
		i += 1 + end + 1
	}
}

// doctypeEnd finds the end of a "<!DOCTYPE …>", internal subset included:
// a ']' or '>' in a quoted value or a comment there does not end it.
func doctypeEnd(s string) int {
	depth := 0
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\'':
			end := strings.IndexByte(s[i+1:], c)
			if end < 0 {
				return -1
			}
			i += 1 + end
		case depth > 0 && strings.HasPrefix(s[i:], "<!--"):
			end := strings.Index(s[i+4:], "-->")
			if end < 0 {
				return -1
			}
			i += 4 + end + 2
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '>' && depth <= 0:
			return i + 1
		}
	}
	return -1
}

func localName(name string) string {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c >= 0x80
}

// unescapeXML decodes character and entity references, HTML's among them
// (sloppy exports write &nbsp;); an unknown one stays as written. Line
// ends are read as XML reads them: CRLF and CR are LF.
func unescapeXML(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	amp := strings.IndexByte(s, '&')
	if amp < 0 {
		return s
	}
	// The five predefined entities, which are nearly all a schedule's
	// escaped HTML holds, by hand; anything else by html's table.
	var b strings.Builder
	b.Grow(len(s))
	for amp >= 0 {
		b.WriteString(s[:amp])
		s = s[amp:]
		switch {
		case strings.HasPrefix(s, "&lt;"):
			b.WriteByte('<')
			s = s[4:]
		case strings.HasPrefix(s, "&gt;"):
			b.WriteByte('>')
			s = s[4:]
		case strings.HasPrefix(s, "&amp;"):
			b.WriteByte('&')
			s = s[5:]
		case strings.HasPrefix(s, "&quot;"):
			b.WriteByte('"')
			s = s[6:]
		case strings.HasPrefix(s, "&apos;"):
			b.WriteByte('\'')
			s = s[6:]
		default:
			end := strings.IndexByte(s, ';')
			if end < 0 || end > 40 {
				end = 0
			}
			// One reference at a time, so that what it decodes to is
			// never read again as the start of another.
			b.WriteString(html.UnescapeString(s[:end+1]))
			s = s[end+1:]
		}
		amp = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

// toUTF8 transcodes a document whose declaration names Latin-1 or
// Windows-1252.
func toUTF8(raw []byte) ([]byte, error) {
	if !bytes.HasPrefix(raw, []byte("<?xml")) {
		return raw, nil
	}
	end := bytes.Index(raw, []byte("?>"))
	if end < 0 {
		return raw, nil
	}
	decl := strings.ToLower(string(raw[:end]))
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return raw, nil
	}
	label := strings.Trim(strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n="), " \t\r\n")
	if label == "" {
		return raw, nil
	}
	q := label[0]
	if q == '"' || q == '\'' {
		if j := strings.IndexByte(label[1:], q); j >= 0 {
			label = label[1 : 1+j]
		}
	}
	switch label {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return raw, nil
	case "utf-16", "utf-16le", "utf-16be", "utf16", "ucs-2":
		// Its BOM has been read and it is UTF-8 now: UTF-16 itself never
		// starts with the bytes "<?xml".
		return raw, nil
	case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "iso_8859-1":
		return charmap.ISO8859_1.NewDecoder().Bytes(raw)
	case "windows-1252", "cp1252":
		return charmap.Windows1252.NewDecoder().Bytes(raw)
	}
	return nil, fmt.Errorf("unknown encoding %q", label)
}
