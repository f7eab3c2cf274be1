package data

import (
	"html"
	"strconv"
	"strings"
)

// simpleHTMLToPlain converts the HTML most schedules write (paragraphs,
// line breaks, lists, headings, rules, emphasis, code and links; no other
// attributes, no comments) straight to the abstract's shape, as
// htmlToPlain would: the converters cost tens of microseconds an abstract,
// which FOSDEM's 1,500 HTML abstracts and biographies multiply past the
// parse budget. It reports false for anything outside that subset, which
// then takes the converters' path; a fuzz test holds the two paths equal.
func simpleHTMLToPlain(s string) (string, bool) {
	c := simpleConv{}
	c.out.Grow(len(s))
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			if !c.text(s[i:]) {
				return "", false
			}
			break
		}
		if !c.text(s[i : i+lt]) {
			return "", false
		}
		i += lt
		gt := strings.IndexByte(s[i:], '>')
		if gt < 0 {
			return "", false
		}
		if !c.tag(s[i+1 : i+gt]) {
			return "", false
		}
		i += gt + 1
	}
	if c.inLink || len(c.lists) > 0 || c.open != "" {
		return "", false
	}
	c.endBlock()
	return plainParagraphs(c.out.String()), true
}

type simpleConv struct {
	out strings.Builder
	// line is the current block's text, whitespace collapsed.
	line   strings.Builder
	space  bool   // whitespace pending before the next word
	open   string // the open block element: "p", "h1"…, "li"; "" at top level
	inLink bool
	href   string
	link   strings.Builder // the link's text
	inline []string        // open inline elements, innermost last
	lists  []listState
	marker string // the open item's "- " or "1. ", to tell an empty item
}

// emptyItem reports an item with nothing after its marker, which the
// converters drop (renumbering the rest): the fast path leaves it to them.
func (c *simpleConv) emptyItem() bool {
	return c.open == "li" && c.marker != "" && strings.TrimSpace(c.line.String()) == strings.TrimSpace(c.marker)
}

type listState struct {
	ordered bool
	n       int
}

// text adds character data, collapsing whitespace as HTML shows it. It
// reports false for words where HTML would move them (text inside a list
// but outside its items).
func (c *simpleConv) text(t string) bool {
	if t == "" {
		return true
	}
	if strings.IndexByte(t, '&') >= 0 {
		t = html.UnescapeString(t)
	}
	if len(c.lists) > 0 && c.open == "" && strings.IndexFunc(t, func(r rune) bool { return !isHTMLSpace(r) }) >= 0 {
		return false
	}
	w := &c.line
	if c.inLink {
		w = &c.link
	}
	// Words, one space wherever the source had whitespace; none at the
	// start of the block, the item's marker or a line break.
	pending := c.space
	for i := 0; i < len(t); {
		if isHTMLSpace(rune(t[i])) {
			pending = true
			i++
			continue
		}
		j := i
		for j < len(t) && !isHTMLSpace(rune(t[j])) {
			j++
		}
		if pending && w.Len() > 0 {
			if last := w.String()[w.Len()-1]; last != ' ' && last != '\n' {
				w.WriteByte(' ')
			}
		}
		w.WriteString(t[i:j])
		pending = false
		i = j
	}
	c.space = pending
	return true
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// tag handles one tag's inside ("p", "/p", `a href="…"`, "br /").
func (c *simpleConv) tag(t string) bool {
	closing := strings.HasPrefix(t, "/")
	if closing {
		t = t[1:]
	}
	t = strings.TrimSuffix(strings.TrimRight(t, " \t\r\n"), "/")
	name, attrs, _ := strings.Cut(strings.TrimRight(t, " \t\r\n"), " ")
	name = strings.ToLower(name)
	if name == "" || attrs != "" && (name != "a" || closing) {
		return false
	}
	switch name {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6":
		if closing {
			if c.open != name || len(c.inline) > 0 || c.inLink {
				return false
			}
			c.endBlock()
			c.open = ""
			return true
		}
		if c.open != "" || len(c.lists) > 0 || c.inLink || len(c.inline) > 0 {
			return false
		}
		c.endBlock()
		c.open = name
	case "br":
		if closing || c.inLink {
			return false
		}
		c.line.WriteByte('\n')
		c.space = false
	case "hr":
		if closing || c.open != "" || len(c.lists) > 0 {
			return false
		}
		c.endBlock()
	case "ul", "ol":
		if closing {
			if len(c.lists) == 0 || c.lists[len(c.lists)-1].ordered != (name == "ol") || c.open == "li" && len(c.lists) == 1 {
				return false
			}
			c.endBlock()
			c.lists = c.lists[:len(c.lists)-1]
			if len(c.lists) > 0 {
				c.open, c.marker = "li", "" // back in the outer item
			} else {
				c.open = ""
			}
			return true
		}
		if c.open != "" && c.open != "li" || len(c.inline) > 0 || c.inLink || c.emptyItem() {
			return false
		}
		c.endBlock()
		c.lists = append(c.lists, listState{ordered: name == "ol"})
		c.open = ""
	case "li":
		if len(c.lists) == 0 || len(c.inline) > 0 || c.inLink {
			return false
		}
		if closing {
			if c.open != "li" || c.emptyItem() {
				return false
			}
			c.endBlock()
			c.open, c.marker = "", ""
			return true
		}
		if c.open != "" {
			return false
		}
		c.endBlock()
		l := &c.lists[len(c.lists)-1]
		l.n++
		if l.ordered {
			c.marker = strconv.Itoa(l.n) + ". "
		} else {
			c.marker = "- "
		}
		c.line.WriteString(c.marker)
		c.space = false
		c.open = "li"
	case "strong", "b", "em", "i", "code":
		if closing {
			if len(c.inline) == 0 || c.inline[len(c.inline)-1] != name {
				return false
			}
			c.inline = c.inline[:len(c.inline)-1]
		} else {
			c.inline = append(c.inline, name)
		}
	case "a":
		return c.anchor(closing, attrs)
	default:
		return false
	}
	return true
}

// anchor opens or closes a link, written as renderLinkPlain writes it.
func (c *simpleConv) anchor(closing bool, attrs string) bool {
	if closing {
		if !c.inLink {
			return false
		}
		text := strings.TrimSpace(c.link.String())
		href := c.href
		if _, ok := cleanURL(href); !ok {
			href = ""
		}
		switch {
		case href == "":
			c.write(text)
		case text == "" || sameAddress(text, href):
			c.write(href)
		default:
			c.write(text + " (" + href + ")")
		}
		c.inLink = false
		c.link.Reset()
		return true
	}
	if c.inLink || len(c.inline) > 0 {
		return false
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(attrs), "href=")
	if !ok || len(rest) < 2 || rest[0] != '"' || !strings.HasSuffix(rest, `"`) || strings.ContainsAny(rest[1:len(rest)-1], `"<>&`) {
		return false
	}
	c.href = strings.TrimSpace(rest[1 : len(rest)-1])
	c.inLink = true
	// Whitespace before the link stays before it.
	if c.space && c.line.Len() > 0 && !strings.HasSuffix(c.line.String(), " ") {
		c.line.WriteByte(' ')
	}
	c.space = false
	return true
}

// write adds a finished piece of inline text to the block.
func (c *simpleConv) write(s string) {
	c.line.WriteString(s)
}

// endBlock ends the current block as a paragraph (or item) of its own.
func (c *simpleConv) endBlock() {
	if c.line.Len() > 0 {
		c.out.WriteString("\n\n")
		c.out.WriteString(c.line.String())
		c.out.WriteString("\n\n")
		c.line.Reset()
	}
	c.space = false
}
