package data

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/JohannesKaufmann/dom"
	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"
)

// plainText turns an abstract, a description or a biography as a source
// writes it (HTML, Markdown or plain text) into the plain-text form of
// model.Session.Abstract: paragraphs separated by one blank line, list
// items one per line as "- item" or "1. item". Links keep their address
// after their text; emphasis, headings and rules become plain text.
func plainText(s string) string {
	switch {
	case strings.TrimSpace(s) == "":
		return ""
	case looksHTML(s):
		if text, ok := simpleHTMLToPlain(s); ok {
			return text
		}
		return htmlToPlain(s)
	case looksMarkdown(s):
		return markdownToPlain(s)
	}
	return plainParagraphs(s)
}

// joinAbstract gives the session's text from a source's abstract and its
// description: the abstract, then the description as further paragraphs
// when it says more.
func joinAbstract(abstract, description string) string {
	switch {
	case description == "" || description == abstract || strings.Contains(abstract, description):
		return abstract
	case abstract == "" || strings.Contains(description, abstract):
		return description
	}
	return abstract + "\n\n" + description
}

// richText holds the converters, built once: bluemonday's policy and both
// converters are safe for concurrent use.
type richText struct {
	policy *bluemonday.Policy
	toMD   *converter.Converter
	fromMD goldmark.Markdown
}

var richTextTools = sync.OnceValue(func() *richText {
	conv := converter.NewConverter(
		// The result is plain text, not Markdown: nothing to escape.
		converter.WithEscapeMode(converter.EscapeModeDisabled),
		converter.WithPlugins(base.NewBasePlugin(), commonmark.NewCommonmarkPlugin()),
	)
	for _, tag := range []string{"strong", "b", "em", "i", "u", "s", "del", "strike", "ins", "mark",
		"small", "big", "sup", "sub", "abbr", "acronym", "cite", "dfn", "kbd", "samp", "var", "code", "span", "font", "tt"} {
		conv.Register.RendererFor(tag, converter.TagTypeInline, renderChildren, converter.PriorityEarly)
	}
	// Blocks are written as plain paragraphs, with no Markdown markers
	// that text of the same shape could be mistaken for later.
	for _, tag := range []string{"h1", "h2", "h3", "h4", "h5", "h6", "blockquote"} {
		conv.Register.RendererFor(tag, converter.TagTypeBlock, renderBlockPlain, converter.PriorityEarly)
	}
	conv.Register.RendererFor("hr", converter.TagTypeBlock, renderRulePlain, converter.PriorityEarly)
	conv.Register.RendererFor("pre", converter.TagTypeBlock, renderPrePlain, converter.PriorityEarly)
	conv.Register.RendererFor("a", converter.TagTypeInline, renderLinkPlain, converter.PriorityEarly)
	conv.Register.RendererFor("img", converter.TagTypeInline, renderImagePlain, converter.PriorityEarly)
	return &richText{
		policy: bluemonday.UGCPolicy(),
		toMD:   conv,
		// Hard wraps: pretalx shows a line break where the speaker typed one.
		fromMD: goldmark.New(goldmark.WithRendererOptions(gmhtml.WithHardWraps(), gmhtml.WithUnsafe())),
	}
})

func renderChildren(ctx converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	ctx.RenderChildNodes(ctx, w, n)
	return converter.RenderSuccess
}

// renderBlockPlain writes a heading or a quotation as paragraphs of
// their own.
func renderBlockPlain(ctx converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	w.WriteString("\n\n")
	ctx.RenderChildNodes(ctx, w, n)
	w.WriteString("\n\n")
	return converter.RenderSuccess
}

// renderRulePlain drops a rule: the blank line around it stays.
func renderRulePlain(_ converter.Context, w converter.Writer, _ *html.Node) converter.RenderStatus {
	w.WriteString("\n\n")
	return converter.RenderSuccess
}

// renderPrePlain writes preformatted text's lines as they are.
func renderPrePlain(_ converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	w.WriteString("\n\n" + dom.CollectText(n) + "\n\n")
	return converter.RenderSuccess
}

// renderLinkPlain writes a link's text, then its address in parentheses
// unless the text is the address already.
func renderLinkPlain(ctx converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	var buf bytes.Buffer
	ctx.RenderChildNodes(ctx, &buf, n)
	raw := buf.String()
	text := strings.TrimSpace(raw)
	href := strings.TrimSpace(dom.GetAttributeOr(n, "href", ""))
	if _, ok := cleanURL(href); !ok {
		href = ""
	}
	if text != "" && raw[0] == ' ' {
		w.WriteByte(' ') // the space before the link's words stays before them
	}
	switch {
	case href == "":
		w.WriteString(text)
	case text == "" || sameAddress(text, href):
		w.WriteString(href)
	default:
		w.WriteString(text + " (" + href + ")")
	}
	if text != "" && raw[len(raw)-1] == ' ' {
		w.WriteByte(' ')
	}
	return converter.RenderSuccess
}

// sameAddress reports whether a link's text is its address, give or take
// the scheme and a final slash.
func sameAddress(text, href string) bool {
	trim := func(s string) string {
		for _, p := range []string{"https://", "http://", "mailto:"} {
			s = strings.TrimPrefix(s, p)
		}
		return strings.TrimSuffix(s, "/")
	}
	return strings.EqualFold(trim(text), trim(href))
}

func renderImagePlain(_ converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	w.WriteString(strings.TrimSpace(dom.GetAttributeOr(n, "alt", "")))
	return converter.RenderSuccess
}

// htmlToPlain sanitises HTML with bluemonday (scripts, styles and
// anything active go, with their content), converts it to Markdown and
// reads that Markdown's blocks as plain paragraphs and list items.
func htmlToPlain(s string) (text string) {
	defer func() {
		// The converter is not ours: if broken HTML trips it, keep the
		// words rather than crash.
		if r := recover(); r != nil {
			text = plainParagraphs(stripTags(s))
		}
	}()
	t := richTextTools()
	md, err := t.toMD.ConvertString(t.policy.Sanitize(s))
	if err != nil {
		// The converter gives up only on broken input; keep the words.
		return plainParagraphs(stripTags(s))
	}
	return markdownBlocks(md)
}

// markdownToPlain renders Markdown (pretalx and frab write it) to HTML and
// reads that like any HTML abstract, so both go through one converter.
func markdownToPlain(s string) string {
	var buf bytes.Buffer
	if err := richTextTools().fromMD.Convert([]byte(s), &buf); err != nil {
		return plainParagraphs(s)
	}
	return htmlToPlain(buf.String())
}

// markdownBlocks reads the converter's output, whose blocks and inline
// formatting are plain already, as paragraphs and list items.
func markdownBlocks(md string) string {
	// The converter writes "<" and ">" as entities even unescaped, so the
	// Markdown cannot hold HTML; plain text can.
	return plainParagraphs(angleEntities.Replace(md))
}

var angleEntities = strings.NewReplacer("&lt;", "<", "&gt;", ">")

// plainParagraphs gives plain text the abstract's shape. Blank lines end
// paragraphs; list items stay one per line, a run of them one list; a
// line that carries on a sentence (the line before ends without a full
// stop and this one starts in lower case) joins it, and any other line
// break starts a paragraph, as the source showed it on its own line.
func plainParagraphs(s string) string {
	if hasOtherLineBreaks(s) {
		s = lineBreaks.Replace(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	prev := ""      // the last line written, "" after a blank line
	inList := false // the last thing written was a list item
	for line := range strings.Lines(s) {
		// Lines are judged by what will show of them: a "-" followed
		// only by control characters is no list item.
		t := cleanInline(strings.TrimSpace(line))
		if t == "" {
			prev = ""
			continue
		}
		item, isItem := listItem(t)
		switch {
		case isItem:
			if b.Len() > 0 {
				b.WriteString("\n\n"[:sepLen(inList)])
			}
			b.WriteString(item)
		case prev != "" && !inList && carriesOn(prev, t):
			b.WriteByte(' ')
			b.WriteString(t)
		default:
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(t)
		}
		inList = isItem
		prev = t
	}
	return b.String()
}

// lineBreaks makes every kind of line ending a "\n", and a paragraph
// separator a blank line.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n", "\f", "\n",
	"\u0085", "\n", "\u2028", "\n", "\u2029", "\n\n")

// hasOtherLineBreaks reports line ends other than "\n". (ContainsAny
// with a set that is not all ASCII goes rune by rune.)
func hasOtherLineBreaks(s string) bool {
	return strings.ContainsAny(s, "\r\v\f") || strings.Contains(s, "\u0085") ||
		strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029")
}

func sepLen(inList bool) int {
	if inList {
		return 1
	}
	return 2
}

// carriesOn reports whether next continues the sentence that prev left
// unfinished.
func carriesOn(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(prev, "\"'”’»)]*_"))
	switch last {
	case '.', '!', '?', ':', ';', '…':
		return false
	case ',':
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first) || unicode.IsDigit(first) && !strings.ContainsAny(next[:min(len(next), 4)], ".)")
}

// looksHTML reports text that holds a known HTML tag.
func looksHTML(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			return false
		}
		i += k + 1
		j := i
		if j < len(s) && s[j] == '/' {
			j++
		}
		start := j
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j == start || j >= len(s) {
			continue
		}
		if c := s[j]; c != '>' && c != ' ' && c != '/' && c != '\n' && c != '\t' && c != '\r' {
			continue
		}
		if htmlTags[strings.ToLower(s[start:j])] {
			return true
		}
	}
}

var htmlTags = map[string]bool{
	"p": true, "br": true, "a": true, "ul": true, "ol": true, "li": true, "em": true, "strong": true,
	"b": true, "i": true, "u": true, "s": true, "code": true, "pre": true, "div": true, "span": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true, "img": true,
	"blockquote": true, "table": true, "tr": true, "td": true, "th": true, "sup": true, "sub": true,
	"del": true, "small": true, "abbr": true, "dl": true, "dt": true, "dd": true, "script": true,
	"style": true, "iframe": true, "html": true, "body": true, "font": true, "center": true,
}

// looksMarkdown reports text with Markdown formatting that plain reading
// would show raw: links, emphasis, code and headings.
func looksMarkdown(s string) bool {
	if strings.Contains(s, "](") || strings.Contains(s, "**") || strings.Contains(s, "__") || strings.Contains(s, "`") {
		return true
	}
	for line := range strings.Lines(s) {
		l := strings.TrimLeft(line, " ")
		if strings.HasPrefix(l, "#") {
			if h := strings.TrimLeft(l, "#"); len(l)-len(h) <= 6 && strings.HasPrefix(h, " ") {
				return true
			}
		}
	}
	return false
}

// stripTags keeps the text between tags, for HTML the converter refused.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}
