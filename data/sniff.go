package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// sniffBytes is how much of the input the format is told from.
const sniffBytes = 1 << 10

// prologBytes is how far an XML file's root element is looked for: past
// its declaration, comments and a DTD, which may declare much.
const prologBytes = 1 << 20

// sniff tells the format from the input's start: an XML root <schedule>
// is frab XML, a JSON object with "schedule" frab JSON and one with
// "sessions" Sessionize, BEGIN:VCALENDAR iCalendar, and anything else a
// sessions page. XML and JSON it cannot read as a schedule are refused
// here, with what they are, rather than read as a page of garbage.
func sniff(name string, raw []byte) (Format, error) {
	head := raw[:min(len(raw), sniffBytes)]
	head = bytes.TrimPrefix(head, bomUTF8)
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(head) == 0:
		return FormatPage, nil // the page reader says it is empty
	case hasPrefixFold(head, "BEGIN:VCALENDAR"):
		return FormatICal, nil
	case head[0] == '<':
		root := xmlRoot(raw[:min(len(raw), prologBytes)])
		switch {
		case root == "schedule":
			return FormatFrabXML, nil
		case root == "":
			return "", &PageError{Path: name, Why: "XML whose root element cannot be found in its first MiB"}
		case strings.EqualFold(root, "html"):
			return "", &PageError{Path: name, Why: "an HTML page: save the page as text, or open the conference's schedule.xml, schedule.json or .ics"}
		}
		return "", &PageError{Path: name, Why: cleanInline(fmt.Sprintf("XML with root <%s>, not a frab <schedule>", root))}
	case head[0] == '{':
		return sniffJSON(name, raw, head)
	case head[0] == '[':
		// Sessionize's Sessions and GridSmart views.
		if bytes.Contains(head, []byte(`"sessions"`)) || bytes.Contains(head, []byte(`"timeSlots"`)) {
			return FormatSessionize, nil
		}
		return "", &PageError{Path: name, Why: "a JSON array, not a schedule"}
	}
	return FormatPage, nil
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// xmlRoot finds the name of the first element, past a BOM, the
// declaration, comments, processing instructions and a doctype with its
// internal subset.
func xmlRoot(head []byte) string {
	head = bytes.TrimPrefix(head, bomUTF8)
	for len(head) > 0 {
		head = bytes.TrimLeft(head, " \t\r\n")
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			i := bytes.Index(head, []byte("?>"))
			if i < 0 {
				return ""
			}
			head = head[i+2:]
		case bytes.HasPrefix(head, []byte("<!--")):
			i := bytes.Index(head, []byte("-->"))
			if i < 0 {
				return ""
			}
			head = head[i+3:]
		case bytes.HasPrefix(head, []byte("<!")):
			i := doctypeEnd(string(head))
			if i < 0 {
				return ""
			}
			head = head[i:]
		case bytes.HasPrefix(head, []byte("<")):
			end := bytes.IndexAny(head[1:], " \t\r\n/>")
			if end <= 0 {
				return ""
			}
			name := string(head[1 : 1+end])
			if i := strings.IndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			return name
		default:
			return ""
		}
	}
	return ""
}

// sniffJSON tells frab JSON from Sessionize by their top-level keys, read
// from the start when they are there and from the whole object when not.
func sniffJSON(name string, raw, head []byte) (Format, error) {
	has := func(b []byte, key string) bool { return bytes.Contains(b, []byte(`"`+key+`"`)) }
	switch {
	case has(head, "schedule") && !has(head, "sessions"):
		return FormatFrabJSON, nil
	case has(head, "sessions") && !has(head, "schedule"):
		return FormatSessionize, nil
	}
	keys, err := topLevelKeys(raw)
	if err != nil {
		return "", &PageError{Path: name, Why: "JSON that cannot be read: " + jsonWhy(err), Err: err}
	}
	switch {
	case keys["schedule"]:
		return FormatFrabJSON, nil
	case keys["sessions"]:
		return FormatSessionize, nil
	}
	return "", &PageError{Path: name, Why: `JSON without a "schedule" (frab, pretalx) or "sessions" (Sessionize) key`}
}

// topLevelKeys lists an object's keys without decoding their values.
func topLevelKeys(raw []byte) (map[string]bool, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(bytes.TrimPrefix(raw, bomUTF8), &top); err != nil {
		return nil, err
	}
	keys := make(map[string]bool, len(top))
	for k := range top {
		keys[k] = true
	}
	return keys, nil
}
