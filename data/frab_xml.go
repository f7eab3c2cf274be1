package data

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/summit-tui/summit-tui/model"
)

// frabXML is a frab/Pentabarf schedule.xml, as FOSDEM, the CCC events and
// pretalx write it. Every field is optional: FOSDEM's file does not even
// pass the schema, and older files lack half of it.
type frabXML struct {
	XMLName    xml.Name
	Conference struct {
		Acronym      string `xml:"acronym"`
		Title        string `xml:"title"`
		TimeZoneName string `xml:"time_zone_name"`
	} `xml:"conference"`
	Tracks []struct {
		Name string `xml:",chardata"`
	} `xml:"tracks>track"`
	Persons []struct {
		ID          string `xml:"id,attr"`
		Name        string `xml:"name"`
		Biography   string `xml:"biography"`
		Extended    string `xml:"extended_biography"`
		PublicName  string `xml:"public_name"`
		Abstract    string `xml:"abstract"`
		Description string `xml:"description"`
	} `xml:"persons>person"`
	Days []frabXMLDay `xml:"day"`
}

type frabXMLDay struct {
	Date  string `xml:"date,attr"`
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
	Rooms []struct {
		Name   string         `xml:"name,attr"`
		Events []frabXMLEvent `xml:"event"`
	} `xml:"room"`
}

type frabXMLEvent struct {
	GUID        string `xml:"guid,attr"`
	ID          string `xml:"id,attr"`
	Code        string `xml:"code"`
	Date        string `xml:"date"`
	Start       string `xml:"start"`
	Duration    string `xml:"duration"`
	Room        string `xml:"room"`
	URL         string `xml:"url"`
	Title       string `xml:"title"`
	Subtitle    string `xml:"subtitle"`
	Track       string `xml:"track"`
	Type        string `xml:"type"`
	Language    string `xml:"language"`
	Abstract    string `xml:"abstract"`
	Description string `xml:"description"`
	FeedbackURL string `xml:"feedback_url"`
	Recording   struct {
		Optout string `xml:"optout"`
	} `xml:"recording"`
	Persons []struct {
		ID   string `xml:"id,attr"`
		Name string `xml:",chardata"`
	} `xml:"persons>person"`
	Links []struct {
		Href  string `xml:"href,attr"`
		Title string `xml:",chardata"`
	} `xml:"links>link"`
	Attachments []struct {
		Href  string `xml:"href,attr"`
		Title string `xml:",chardata"`
	} `xml:"attachments>attachment"`
}

// readFrabXML reads a frab schedule.xml.
func readFrabXML(name string, raw []byte, opts OpenOptions) (model.Schedule, string, error) {
	var doc frabXML
	if err := decodeXML(raw, &doc); err != nil {
		return model.Schedule{}, "", &PageError{Path: name, Why: cleanInline(err.Error()), Err: err}
	}
	if !closesRoot(raw, doc.XMLName.Local) {
		return model.Schedule{}, "", &PageError{Path: name, Why: errTruncatedXML.Error()}
	}
	if doc.XMLName.Local != "schedule" {
		return model.Schedule{}, "", &PageError{Path: name, Why: fmt.Sprintf("XML with root <%s>, not a frab <schedule>", doc.XMLName.Local)}
	}
	z := pickZone(doc.Conference.TimeZoneName, opts)
	s := model.Schedule{
		Conference: firstNonEmpty(doc.Conference.Title, doc.Conference.Acronym, nameFromPath(name)),
		Key:        firstNonEmpty(doc.Conference.Acronym, doc.Conference.Title),
	}
	for _, t := range doc.Tracks {
		s.Tracks = append(s.Tracks, t.Name)
	}
	bios := make(map[string]string, len(doc.Persons))
	for _, p := range doc.Persons {
		bio := joinAbstract(plainText(firstNonEmpty(p.Biography, p.Abstract)), plainText(firstNonEmpty(p.Extended, p.Description)))
		if bio != "" {
			bios[p.ID] = bio
		}
	}
	for _, d := range doc.Days {
		day := model.Day{Date: strings.TrimSpace(d.Date)}
		day.Start, _ = z.parseStamp(d.Start)
		day.End, _ = z.parseStamp(d.End)
		for _, room := range d.Rooms {
			s.Rooms = append(s.Rooms, room.Name)
			for _, ev := range room.Events {
				s.Sessions = append(s.Sessions, frabXMLSession(ev, room.Name, day, &z, bios))
			}
		}
		if day.Date == "" && !day.Start.IsZero() {
			day.Date = day.Start.Format(time.DateOnly)
		}
		s.Days = append(s.Days, day)
	}
	if len(s.Sessions) == 0 {
		return model.Schedule{}, "", &PageError{Path: name, Why: "a frab schedule with no events"}
	}
	notice := setZone(&s, z)
	finishSchedule(&s)
	return s, notice, nil
}

func frabXMLSession(ev frabXMLEvent, room string, day model.Day, z *zone, bios map[string]string) model.Session {
	sess := model.Session{
		Key:         firstNonEmpty(ev.GUID, ev.Code, ev.ID),
		Title:       ev.Title,
		Subtitle:    ev.Subtitle,
		Track:       ev.Track,
		Abstract:    joinAbstract(plainText(ev.Abstract), plainText(ev.Description)),
		Day:         day.Date,
		Room:        firstNonEmpty(ev.Room, room),
		Type:        ev.Type,
		Language:    ev.Language,
		DoNotRecord: strings.EqualFold(strings.TrimSpace(ev.Recording.Optout), "true"),
	}
	sess.Start, sess.End = slotTimes(ev.Date, day, ev.Start, ev.Duration, z)
	for _, p := range ev.Persons {
		sess.Speakers = append(sess.Speakers, model.Speaker{Name: p.Name, Bio: bios[p.ID]})
	}
	var links linkList
	links.add("Event page", ev.URL)
	for _, l := range ev.Links {
		links.add(l.Title, l.Href)
	}
	for _, a := range ev.Attachments {
		links.add(firstNonEmpty(a.Title, "Attachment"), a.Href)
	}
	links.add("Feedback", ev.FeedbackURL)
	sess.Links = links
	return sess
}

// slotTimes finds a slot's start and end: from its date with a time, else
// from its day's date and its start time (after midnight when that is
// before the day's start), and its end from its duration.
func slotTimes(date string, day model.Day, clock, duration string, z *zone) (start, end time.Time) {
	start, ok := z.parseStamp(date)
	if !ok {
		d, okDate := parseDate(firstNonEmpty(day.Date, date))
		since, okClock := parseClock(clock)
		if !okDate || !okClock {
			return time.Time{}, time.Time{}
		}
		var loc *time.Location
		if !day.Start.IsZero() {
			loc = day.Start.Location()
		} else {
			loc = z.wallLoc()
		}
		start = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc).Add(since)
		if !day.Start.IsZero() && start.Before(day.Start) {
			start = start.AddDate(0, 0, 1)
		}
		start = z.in(start)
	}
	if dur, ok := parseDuration(duration); ok {
		end = start.Add(dur)
	}
	return start, end
}

// setZone records the zone the times are in, and returns the notice a
// schedule without one needs.
func setZone(s *model.Schedule, z zone) string {
	switch {
	case z.loc != nil:
		s.Location, s.TimeZone = z.loc, z.name
	case z.floating:
		s.Location, s.FloatingTimes = time.UTC, true
		return floatingNotice
	default:
		// Only offsets: show times at the offset the source used.
		for _, sess := range s.Sessions {
			if sess.Timed() {
				s.Location = sess.Start.Location()
				break
			}
		}
	}
	return ""
}

// decodeXML decodes a document leniently (HTML entities, unknown entities
// left as written, Latin-1 and Windows-1252 declarations), refusing one
// that is cut short: the lenient decoder would close it silently and lose
// the rest.
func decodeXML(raw []byte, v any) error {
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(raw, bomUTF8)))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
			return charmap.ISO8859_1.NewDecoder().Reader(in), nil
		case "windows-1252", "cp1252":
			return charmap.Windows1252.NewDecoder().Reader(in), nil
		case "us-ascii", "ascii":
			return in, nil
		}
		return nil, fmt.Errorf("unknown encoding %q", label)
	}
	if err := dec.Decode(v); err != nil {
		var syn *xml.SyntaxError
		switch {
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
			errors.As(err, &syn) && strings.Contains(syn.Msg, "unexpected EOF"):
			return errTruncatedXML
		case errors.As(err, &syn):
			return fmt.Errorf("broken XML at line %d: %s", syn.Line, syn.Msg)
		}
		return fmt.Errorf("broken XML: %v", err)
	}
	return nil
}

var errTruncatedXML = errors.New("the XML ends before its root element does (truncated?)")

// closesRoot reports whether the document ends with the root's end tag,
// as a whole one does (comments and blank lines may follow).
func closesRoot(raw []byte, root string) bool {
	tail := bytes.TrimRight(raw, " \t\r\n")
	for bytes.HasSuffix(tail, []byte("-->")) {
		i := bytes.LastIndex(tail, []byte("<!--"))
		if i < 0 {
			return false
		}
		tail = bytes.TrimRight(tail[:i], " \t\r\n")
	}
	if !bytes.HasSuffix(tail, []byte(">")) {
		return false
	}
	i := bytes.LastIndex(tail, []byte("</"))
	if i < 0 {
		return false
	}
	name := bytes.TrimRight(tail[i+2:len(tail)-1], " \t\r\n")
	if j := bytes.IndexByte(name, ':'); j >= 0 {
		name = name[j+1:]
	}
	return string(name) == root
}

// linkList gathers a session's links, each address once, the first title
// given to it kept.
type linkList []model.Link

func (l *linkList) add(title, url string) {
	url = strings.TrimSpace(url)
	if url == "" {
		return
	}
	for _, have := range *l {
		if have.URL == url {
			return
		}
	}
	*l = append(*l, model.Link{Title: strings.TrimSpace(title), URL: url})
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
