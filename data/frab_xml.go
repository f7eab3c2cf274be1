package data

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// frabXML is a frab/Pentabarf schedule.xml, as FOSDEM, the CCC events and
// pretalx write it. Every field is optional: FOSDEM's file does not even
// pass the schema, and older files lack half of it. frabFromTree fills it;
// the struct tags say what encoding/xml would fill it from, which the
// tests hold it to.
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
	Persons []frabXMLPerson `xml:"persons>person"`
	Days    []frabXMLDay    `xml:"day"`
}

type frabXMLPerson struct {
	ID          string `xml:"id,attr"`
	Name        string `xml:"name"`
	Biography   string `xml:"biography"`
	Extended    string `xml:"extended_biography"`
	PublicName  string `xml:"public_name"`
	Abstract    string `xml:"abstract"`
	Description string `xml:"description"`
}

type frabXMLRoom struct {
	Name   string         `xml:"name,attr"`
	Events []frabXMLEvent `xml:"event"`
}

type frabXMLRef struct {
	ID   string `xml:"id,attr"`
	Name string `xml:",chardata"`
}

type frabXMLLink struct {
	Href  string `xml:"href,attr"`
	Title string `xml:",chardata"`
}

type frabXMLDay struct {
	Date  string        `xml:"date,attr"`
	Start string        `xml:"start,attr"`
	End   string        `xml:"end,attr"`
	Rooms []frabXMLRoom `xml:"room"`
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
	Persons     []frabXMLRef  `xml:"persons>person"`
	Links       []frabXMLLink `xml:"links>link"`
	Attachments []frabXMLLink `xml:"attachments>attachment"`
}

// readFrabXML reads a frab schedule.xml.
func readFrabXML(name string, raw []byte, opts OpenOptions) (model.Schedule, string, error) {
	// Abstracts, descriptions and biographies are converted as the
	// scanner closes them, on the other cores: on FOSDEM the conversion
	// is half the work, and it need not wait for the end of the file.
	conv := startPlainTexts()
	root, err := scanXMLWith(raw, func(n *xmlNode) {
		switch n.name {
		case "abstract", "description", "biography", "extended_biography":
			conv.add(n.text)
		}
	})
	plainOf := conv.wait()
	if err != nil {
		return model.Schedule{}, "", &PageError{Path: name, Why: cleanInline(err.Error()), Err: err}
	}
	if why := notFrab(root); why != "" {
		return model.Schedule{}, "", &PageError{Path: name, Why: why}
	}
	doc := frabFromTree(root)
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
		if bio := joinAbstract(plainOf(firstNonEmpty(p.Biography, p.Abstract)), plainOf(firstNonEmpty(p.Extended, p.Description))); bio != "" {
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
				sess := frabXMLSession(ev, room.Name, day, &z, bios)
				sess.Abstract = joinAbstract(plainOf(ev.Abstract), plainOf(ev.Description))
				s.Sessions = append(s.Sessions, sess)
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
	notice := settleTimes(&s, &z)
	finishSchedule(&s)
	return s, notice, nil
}

func frabXMLSession(ev frabXMLEvent, room string, day model.Day, z *zone, bios map[string]string) model.Session {
	sess := model.Session{
		Key:         firstNonEmpty(ev.GUID, ev.Code, ev.ID),
		SourceID:    strings.TrimSpace(ev.ID),
		Code:        strings.TrimSpace(ev.Code),
		Title:       ev.Title,
		Subtitle:    ev.Subtitle,
		Track:       ev.Track,
		Day:         day.Date,
		Room:        firstNonEmpty(ev.Room, room),
		Type:        ev.Type,
		Language:    ev.Language,
		DoNotRecord: strings.EqualFold(strings.TrimSpace(ev.Recording.Optout), "true"),
	}
	sess.Start = slotStart(ev.Date, day, ev.Start, z)
	sess.End = z.endAfter(sess.Start, ev.Duration)
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

// notFrab says why a document is not a frab schedule, or "" when it is
// one. A root named <schedule> is not enough: other programmes use the
// name too (EuroPython 2014's <schedule><entry>…), and calling them "a frab
// schedule with no events" would send the user looking for lost events.
// A frab schedule has a <conference> or a <day> among its children.
func notFrab(root *xmlNode) string {
	if root.name == "schedule" {
		for _, c := range root.children {
			if c.name == "conference" || c.name == "day" {
				return ""
			}
		}
	}
	what := fmt.Sprintf("XML with root <%s>", root.name)
	if len(root.children) > 0 {
		what += fmt.Sprintf(" and first child <%s>", root.children[0].name)
	}
	return cleanInline("not a format summit-tui reads: " + what + " (a frab schedule is <schedule> with <conference> and <day>s)")
}

// frabFromTree reads the schedule's elements from the document's tree.
func frabFromTree(root *xmlNode) frabXML {
	var doc frabXML
	doc.XMLName.Local = root.name
	root.each("conference", func(c *xmlNode) {
		doc.Conference.Acronym = c.child("acronym")
		doc.Conference.Title = c.child("title")
		doc.Conference.TimeZoneName = c.child("time_zone_name")
	})
	root.each("tracks", func(ts *xmlNode) {
		ts.each("track", func(t *xmlNode) {
			doc.Tracks = append(doc.Tracks, struct {
				Name string `xml:",chardata"`
			}{t.text})
		})
	})
	root.each("persons", func(ps *xmlNode) {
		ps.each("person", func(p *xmlNode) {
			doc.Persons = append(doc.Persons, frabXMLPerson{
				ID: p.attr("id"), Name: p.child("name"), Biography: p.child("biography"), Extended: p.child("extended_biography"),
				PublicName: p.child("public_name"), Abstract: p.child("abstract"), Description: p.child("description"),
			})
		})
	})
	root.each("day", func(d *xmlNode) {
		day := frabXMLDay{Date: d.attr("date"), Start: d.attr("start"), End: d.attr("end")}
		d.each("room", func(r *xmlNode) {
			room := frabXMLRoom{Name: r.attr("name")}
			r.each("event", func(e *xmlNode) { room.Events = append(room.Events, frabEventFromTree(e)) })
			day.Rooms = append(day.Rooms, room)
		})
		doc.Days = append(doc.Days, day)
	})
	return doc
}

func frabEventFromTree(e *xmlNode) frabXMLEvent {
	ev := frabXMLEvent{
		GUID: e.attr("guid"), ID: e.attr("id"), Code: e.child("code"), Date: e.child("date"), Start: e.child("start"),
		Duration: e.child("duration"), Room: e.child("room"), URL: e.child("url"), Title: e.child("title"),
		Subtitle: e.child("subtitle"), Track: e.child("track"), Type: e.child("type"), Language: e.child("language"),
		Abstract: e.child("abstract"), Description: e.child("description"), FeedbackURL: e.child("feedback_url"),
	}
	e.each("recording", func(r *xmlNode) { ev.Recording.Optout = r.child("optout") })
	e.each("persons", func(ps *xmlNode) {
		ps.each("person", func(p *xmlNode) { ev.Persons = append(ev.Persons, frabXMLRef{ID: p.attr("id"), Name: p.text}) })
	})
	e.each("links", func(ls *xmlNode) {
		ls.each("link", func(l *xmlNode) { ev.Links = append(ev.Links, frabXMLLink{Href: l.attr("href"), Title: l.text}) })
	})
	e.each("attachments", func(as *xmlNode) {
		as.each("attachment", func(a *xmlNode) {
			ev.Attachments = append(ev.Attachments, frabXMLLink{Href: a.attr("href"), Title: a.text})
		})
	})
	return ev
}

// slotStart finds a slot's start: from its date with a time, else from
// its day's date and its start time (after midnight when that is before
// the day's start).
func slotStart(date string, day model.Day, clock string, z *zone) time.Time {
	start, ok := z.parseStamp(date)
	if !ok {
		d, okDate := parseDate(firstNonEmpty(day.Date, date))
		since, okClock := parseClock(clock)
		if !okDate || !okClock {
			return time.Time{}
		}
		var loc *time.Location
		if !day.Start.IsZero() {
			loc = day.Start.Location()
		} else {
			loc = z.wallLoc()
		}
		start = stated(time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc).Add(since))
		if !day.Start.IsZero() && start.Before(day.Start) {
			start = start.AddDate(0, 0, 1)
		}
		start = z.in(start)
	}
	return start
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
