package data

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// sessionizeAll is Sessionize's API view/All: sessions point at their
// speakers by id, at their room by id and at category items by id.
type sessionizeAll struct {
	Sessions []struct {
		ID               flexString   `json:"id"`
		Title            flexString   `json:"title"`
		Description      flexString   `json:"description"`
		StartsAt         flexString   `json:"startsAt"`
		EndsAt           flexString   `json:"endsAt"`
		IsServiceSession flexBool     `json:"isServiceSession"`
		Speakers         []idRef      `json:"speakers"`
		CategoryItems    []flexString `json:"categoryItems"`
		RoomID           flexString   `json:"roomId"`
		Room             flexString   `json:"room"`
		LiveURL          flexString   `json:"liveUrl"`
		RecordingURL     flexString   `json:"recordingUrl"`
		// questionAnswers are never read, as pretalx's answers.
	} `json:"sessions"`
	Speakers []struct {
		ID        flexString `json:"id"`
		FirstName flexString `json:"firstName"`
		LastName  flexString `json:"lastName"`
		FullName  flexString `json:"fullName"`
		Bio       flexString `json:"bio"`
		TagLine   flexString `json:"tagLine"`
	} `json:"speakers"`
	Categories []struct {
		Title flexString `json:"title"`
		Items []struct {
			ID   flexString `json:"id"`
			Name flexString `json:"name"`
		} `json:"items"`
	} `json:"categories"`
	Rooms []struct {
		ID   flexString `json:"id"`
		Name flexString `json:"name"`
	} `json:"rooms"`
}

// idRef is a reference by id, written as the id or as {"id": …}.
type idRef string

func (r *idRef) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var obj struct {
			ID flexString `json:"id"`
		}
		if err := json.Unmarshal(b, &obj); err != nil {
			return err
		}
		*r = idRef(obj.ID.String())
		return nil
	}
	var s flexString
	err := s.UnmarshalJSON(b)
	*r = idRef(s.String())
	return err
}

// categoryRole is what a Sessionize category stands for, by its title.
type categoryRole int

const (
	categoryOther categoryRole = iota
	categoryTrack
	categoryFormat
	categoryLevel
	categoryLanguage
)

func roleOf(title string) categoryRole {
	t := strings.ToLower(title)
	switch {
	case strings.Contains(t, "track"):
		return categoryTrack
	case strings.Contains(t, "format"), strings.Contains(t, "type"):
		return categoryFormat
	case strings.Contains(t, "level"):
		return categoryLevel
	case strings.Contains(t, "language"):
		return categoryLanguage
	}
	return categoryOther
}

// readSessionize reads Sessionize's view/All. It names no conference and
// no zone: the name comes from the file's, and times are wall-clock times
// in the --tz zone, or the conference's local times.
func readSessionize(name string, raw []byte, opts OpenOptions) (model.Schedule, string, error) {
	var doc sessionizeAll
	if err := json.Unmarshal(bytes.TrimPrefix(raw, bomUTF8), &doc); err != nil {
		return model.Schedule{}, "", &PageError{Path: name, Why: "not a Sessionize view/All export: " + jsonWhy(err), Err: err}
	}
	if len(doc.Sessions) == 0 {
		return model.Schedule{}, "", &PageError{Path: name, Why: "a Sessionize export with no sessions"}
	}
	z := pickZone("", opts)
	conference := nameFromPath(name)
	s := model.Schedule{Conference: conference, Key: conference}

	rooms := map[string]string{}
	for _, r := range doc.Rooms {
		rooms[r.ID.String()] = r.Name.String()
		s.Rooms = append(s.Rooms, r.Name.String())
	}
	type item struct {
		role categoryRole
		name string
	}
	items := map[string]item{}
	for _, c := range doc.Categories {
		role := roleOf(c.Title.String())
		for _, it := range c.Items {
			items[it.ID.String()] = item{role, it.Name.String()}
			if role == categoryTrack {
				s.Tracks = append(s.Tracks, it.Name.String())
			}
		}
	}
	speakers := map[string]model.Speaker{}
	for _, sp := range doc.Speakers {
		speakers[sp.ID.String()] = model.Speaker{
			Name:    firstNonEmpty(sp.FullName.String(), strings.TrimSpace(sp.FirstName.String()+" "+sp.LastName.String())),
			Company: companyFromTagLine(sp.TagLine.String()),
			Bio:     plainText(sp.Bio.String()),
		}
	}
	for _, in := range doc.Sessions {
		sess := model.Session{
			Key:      in.ID.String(),
			Title:    in.Title.String(),
			Abstract: plainText(in.Description.String()),
			Room:     firstNonEmpty(rooms[in.RoomID.String()], in.Room.String()),
		}
		if in.IsServiceSession {
			sess.Type = "Break"
		}
		var tracks []string
		for _, id := range in.CategoryItems {
			it, ok := items[id.String()]
			if !ok {
				continue
			}
			switch it.role {
			case categoryTrack:
				tracks = append(tracks, it.name)
			case categoryFormat:
				sess.Type = firstNonEmpty(sess.Type, it.name)
			case categoryLevel:
				sess.Level = firstNonEmpty(sess.Level, it.name)
			case categoryLanguage:
				sess.Language = firstNonEmpty(sess.Language, it.name)
			}
		}
		if len(tracks) > 0 {
			sess.Track = tracks[0]
		}
		for _, ref := range in.Speakers {
			if sp, ok := speakers[string(ref)]; ok {
				sess.Speakers = append(sess.Speakers, sp)
			}
		}
		sess.Start, _ = z.parseStamp(in.StartsAt.String())
		if end, ok := z.parseStamp(in.EndsAt.String()); ok && !sess.Start.IsZero() && end.After(sess.Start) {
			sess.End = end
		}
		var links linkList
		links.add("Recording", in.RecordingURL.String())
		links.add("Live stream", in.LiveURL.String())
		sess.Links = links
		s.Sessions = append(s.Sessions, sess)
	}
	notice := setZone(&s, z)
	finishSchedule(&s)
	return s, notice, nil
}

// roleAtCompany reads a tag line of the form "Role at Company" or
// "Role @ Company".
var roleAtCompany = regexp.MustCompile(`^[^@]*?\S\s+(?:at|@)\s+(\S.*)$`)

// companyFromTagLine finds the company in a speaker's free-text tag line
// only when it reads "Role at Company": "Staff engineer at Culture Amp"
// and "CTO @ Mentorloop" name one, "Co-Founder - Pinch Payments" and "I
// like long walks on the beach" do not.
func companyFromTagLine(tag string) string {
	tag = strings.TrimSpace(tag)
	m := roleAtCompany.FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	company := strings.TrimSpace(strings.TrimRight(m[1], ".!"))
	// A company is a name, not a clause: short, without a comma or a
	// further "at".
	if company == "" || strings.ContainsAny(company, ",;") || len(strings.Fields(company)) > 5 ||
		strings.Contains(" "+strings.ToLower(company)+" ", " at ") {
		return ""
	}
	return company
}
