package data

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// frabJSON is frab's and pretalx's schedule.json, where each day keys its
// rooms by name, and the C3 "schedule 2.0" form, with one flat list of
// events. Scalars are read whatever their JSON type; the structure must
// be right.
type frabJSON struct {
	Schedule *struct {
		Conference struct {
			Acronym      flexString    `json:"acronym"`
			Title        flexString    `json:"title"`
			TimeZoneName flexString    `json:"time_zone_name"`
			Days         []frabJSONDay `json:"days"`
			Tracks       []nameRef     `json:"tracks"`
			Rooms        []nameRef     `json:"rooms"`
		} `json:"conference"`
		Events  []frabJSONEvent  `json:"events"`
		Persons []frabJSONPerson `json:"persons"`
	} `json:"schedule"`
}

type frabJSONDay struct {
	Date     flexString                     `json:"date"`
	DayStart flexString                     `json:"day_start"`
	DayEnd   flexString                     `json:"day_end"`
	Start    flexString                     `json:"start"`
	End      flexString                     `json:"end"`
	Rooms    orderedObject[[]frabJSONEvent] `json:"rooms"`
}

type frabJSONEvent struct {
	ID          flexString       `json:"id"`
	GUID        flexString       `json:"guid"`
	Code        flexString       `json:"code"`
	Date        flexString       `json:"date"`
	Start       flexString       `json:"start"`
	End         flexString       `json:"end"`
	Duration    flexString       `json:"duration"`
	Room        nameRef          `json:"room"`
	URL         flexString       `json:"url"`
	Title       flexString       `json:"title"`
	Subtitle    flexString       `json:"subtitle"`
	Track       nameRef          `json:"track"`
	Type        flexString       `json:"type"`
	Language    flexString       `json:"language"`
	Abstract    flexString       `json:"abstract"`
	Description flexString       `json:"description"`
	FeedbackURL flexString       `json:"feedback_url"`
	DoNotRecord flexBool         `json:"do_not_record"`
	Persons     []frabJSONPerson `json:"persons"`
	// Participants is schedule 2.0's list of people, with roles.
	Participants []frabJSONPerson `json:"participants"`
	Links        []frabJSONLink   `json:"links"`
	Attachments  []frabJSONLink   `json:"attachments"`
	// pretalx's "answers" are never read: they may hold the speakers'
	// private contacts.
}

type frabJSONPerson struct {
	ID         flexString `json:"id"`
	GUID       flexString `json:"guid"`
	Code       flexString `json:"code"`
	PublicName flexString `json:"public_name"`
	Name       flexString `json:"name"`
	Biography  flexString `json:"biography"`
	Role       flexString `json:"role"`
}

type frabJSONLink struct {
	URL   flexString `json:"url"`
	Title flexString `json:"title"`
	Type  flexString `json:"type"`
}

// readFrabJSON reads a frab or pretalx schedule.json.
func readFrabJSON(name string, raw []byte, opts OpenOptions) (model.Schedule, string, error) {
	var doc frabJSON
	bounded, texts := boundJSONStrings(bytes.TrimPrefix(raw, bomUTF8), maxJSONStringBytes)
	if err := json.Unmarshal(bounded, &doc); err != nil {
		return model.Schedule{}, "", &PageError{Path: name, Why: "not a frab/pretalx schedule.json: " + jsonWhy(err), Err: err}
	}
	if doc.Schedule == nil {
		return model.Schedule{}, "", &PageError{Path: name, Why: `not a frab/pretalx schedule.json: no "schedule" object`}
	}
	c := doc.Schedule.Conference
	z := pickZone(c.TimeZoneName.String(), opts)
	s := model.Schedule{
		Conference: firstNonEmpty(c.Title.String(), c.Acronym.String(), nameFromPath(name)),
		Key:        firstNonEmpty(c.Acronym.String(), c.Title.String()),
	}
	trackBySlug := map[string]string{}
	for _, t := range c.Tracks {
		s.Tracks = append(s.Tracks, t.Name)
		if t.Slug != "" {
			trackBySlug[t.Slug] = t.Name
		}
	}
	for _, r := range c.Rooms {
		s.Rooms = append(s.Rooms, r.Name)
	}
	people := map[string]frabJSONPerson{}
	for _, p := range doc.Schedule.Persons {
		people[personKey(p)] = p
	}
	add := func(ev frabJSONEvent, room string, day model.Day) {
		sess := frabJSONSession(ev, room, day, &z, people)
		if sess.Track == "" && ev.Track.Slug != "" {
			sess.Track = firstNonEmpty(trackBySlug[ev.Track.Slug], ev.Track.Slug)
		}
		s.Sessions = append(s.Sessions, sess)
	}
	for _, d := range c.Days {
		day := model.Day{Date: d.Date.String()}
		day.Start, _ = z.parseStamp(firstNonEmpty(d.DayStart.String(), d.Start.String()))
		day.End, _ = z.parseStamp(firstNonEmpty(d.DayEnd.String(), d.End.String()))
		if day.Date == "" && !day.Start.IsZero() {
			day.Date = day.Start.Format(time.DateOnly)
		}
		for _, room := range d.Rooms {
			s.Rooms = append(s.Rooms, room.Key)
			for _, ev := range room.Value {
				add(ev, room.Key, day)
			}
		}
		s.Days = append(s.Days, day)
	}
	// Schedule 2.0: events outside the days, placed by their start.
	for _, ev := range doc.Schedule.Events {
		add(ev, "", model.Day{})
	}
	if len(s.Sessions) == 0 {
		return model.Schedule{}, "", &PageError{Path: name, Why: "a schedule.json with no events"}
	}
	notice := settleTimes(&s, &z)
	finishSchedule(&s)
	s.Cuts.Texts += texts
	return s, notice, nil
}

func frabJSONSession(ev frabJSONEvent, room string, day model.Day, z *zone, people map[string]frabJSONPerson) model.Session {
	sess := model.Session{
		Key:         firstNonEmpty(ev.GUID.String(), ev.Code.String(), ev.ID.String()),
		SourceID:    strings.TrimSpace(ev.ID.String()),
		Code:        strings.TrimSpace(ev.Code.String()),
		Title:       ev.Title.String(),
		Subtitle:    ev.Subtitle.String(),
		Track:       ev.Track.Name,
		Abstract:    joinAbstract(plainText(ev.Abstract.String()), plainText(ev.Description.String())),
		Day:         day.Date,
		Room:        firstNonEmpty(ev.Room.Name, room),
		Type:        ev.Type.String(),
		Language:    ev.Language.String(),
		DoNotRecord: bool(ev.DoNotRecord),
	}
	sess.Start = slotStart(firstNonEmpty(ev.Date.String(), ev.Start.String()), day, ev.Start.String(), z)
	if end, ok := z.parseStamp(ev.End.String()); ok && !sess.Start.IsZero() && end.After(sess.Start) {
		sess.End = end
	} else {
		sess.End = z.endAfter(sess.Start, ev.Duration.String())
	}
	persons := ev.Persons
	if len(persons) == 0 {
		persons = ev.Participants
	}
	for _, p := range persons {
		if full, ok := people[personKey(p)]; ok && personKey(p) != "" {
			p.Biography = firstNonEmptyFlex(p.Biography, full.Biography)
			p.Name = firstNonEmptyFlex(p.Name, full.Name)
		}
		if role := strings.ToUpper(p.Role.String()); role != "" && role != "SPEAKER" && role != "MODERATOR" && role != "HOST" {
			continue // schedule 2.0 lists contributors who do not present
		}
		sess.Speakers = append(sess.Speakers, model.Speaker{
			Name: firstNonEmpty(p.PublicName.String(), p.Name.String()),
			Bio:  plainText(p.Biography.String()),
		})
	}
	var links linkList
	links.add("Event page", ev.URL.String())
	for _, l := range ev.Links {
		links.add(linkTitle(l), l.URL.String())
	}
	for _, l := range ev.Attachments {
		links.add(firstNonEmpty(l.Title.String(), "Attachment"), l.URL.String())
	}
	links.add("Feedback", ev.FeedbackURL.String())
	sess.Links = links
	return sess
}

// linkTitle names a link by its title, else by its schedule 2.0 type.
func linkTitle(l frabJSONLink) string {
	if t := l.Title.String(); t != "" {
		return t
	}
	switch strings.ToUpper(l.Type.String()) {
	case "ORIGIN":
		return "Event page"
	case "FEEDBACK":
		return "Feedback"
	case "SLIDES":
		return "Slides"
	case "VIDEO", "RECORDING":
		return "Recording"
	}
	return ""
}

func personKey(p frabJSONPerson) string {
	return firstNonEmpty(p.GUID.String(), p.Code.String(), p.ID.String())
}

func firstNonEmptyFlex(s ...flexString) flexString {
	for _, v := range s {
		if v.String() != "" {
			return v
		}
	}
	return ""
}
