package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// sessionizeAll is Sessionize's API view/All: sessions point at their
// speakers by id, at their room by id and at category items by id. The
// other views (sessionizeViews) are read into this shape.
type sessionizeAll struct {
	Sessions   []sessionizeSession  `json:"sessions"`
	Speakers   []sessionizeSpeaker  `json:"speakers"`
	Categories []sessionizeCategory `json:"categories"`
	Rooms      []sessionizeRoom     `json:"rooms"`
	// cutTexts is how many strings were too long to read whole
	// (boundJSONStrings).
	cutTexts int
}

type sessionizeSession struct {
	ID               flexString   `json:"id"`
	Title            flexString   `json:"title"`
	Description      flexString   `json:"description"`
	StartsAt         flexString   `json:"startsAt"`
	EndsAt           flexString   `json:"endsAt"`
	IsServiceSession flexBool     `json:"isServiceSession"`
	Speakers         []idRef      `json:"speakers"`
	CategoryItems    []flexString `json:"categoryItems"`
	// Categories are the views other than All's: each category with the
	// items of it the session has.
	Categories   []sessionizeCategory `json:"categories"`
	RoomID       flexString           `json:"roomId"`
	Room         flexString           `json:"room"`
	LiveURL      flexString           `json:"liveUrl"`
	RecordingURL flexString           `json:"recordingUrl"`
	// questionAnswers are never read, as pretalx's answers.
}

type sessionizeSpeaker struct {
	ID        flexString `json:"id"`
	FirstName flexString `json:"firstName"`
	LastName  flexString `json:"lastName"`
	FullName  flexString `json:"fullName"`
	Bio       flexString `json:"bio"`
	TagLine   flexString `json:"tagLine"`
}

// sessionizeCategory is a category with its items: in view/All's list
// of categories "title" and "items", in a session of another view "name"
// and "categoryItems".
type sessionizeCategory struct {
	ID        flexString       `json:"id"`
	Title     flexString       `json:"title"`
	Name      flexString       `json:"name"`
	Items     []sessionizeItem `json:"items"`
	ItemsSeen []sessionizeItem `json:"categoryItems"`
}

type sessionizeItem struct {
	ID   flexString `json:"id"`
	Name flexString `json:"name"`
}

func (c *sessionizeCategory) title() string {
	return firstNonEmpty(c.Title.String(), c.Name.String())
}

func (c *sessionizeCategory) items() []sessionizeItem {
	return append(c.Items, c.ItemsSeen...)
}

type sessionizeRoom struct {
	ID   flexString `json:"id"`
	Name flexString `json:"name"`
}

// idRef is a reference by id, written as the id or as {"id": …, "name":
// …}; the other views name the speakers they point at.
type idRef struct{ id, name string }

func (r *idRef) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var obj struct {
			ID   flexString `json:"id"`
			Name flexString `json:"name"`
		}
		if err := json.Unmarshal(b, &obj); err != nil {
			return err
		}
		*r = idRef{obj.ID.String(), obj.Name.String()}
		return nil
	}
	var s flexString
	err := s.UnmarshalJSON(b)
	*r = idRef{id: s.String()}
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
	categoryTags
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
	case strings.Contains(t, "tag"), strings.Contains(t, "topic"):
		return categoryTags
	}
	return categoryOther
}

// sessionizeTitle is what a Sessionize schedule is called: its exports
// name no event (--title names it).
const sessionizeTitle = "Sessionize schedule"

// readSessionize reads Sessionize's views All, Sessions and GridSmart.
// They name no conference and no zone: times are wall-clock times in the
// --tz zone, or the conference's local times. Bookmarks are kept under
// the event's id when the address names it, else under a digest of the
// session ids, so a copy of the file under another name, or piped in,
// keeps them.
func readSessionize(name string, raw []byte, opts OpenOptions) (model.Schedule, string, error) {
	doc, err := decodeSessionize(name, raw)
	if err != nil {
		return model.Schedule{}, "", err
	}
	z := pickZone("", opts)
	s := model.Schedule{Conference: sessionizeTitle, Key: doc.key(name), Rooms: doc.roomNames(), Tracks: doc.trackNames(), GlobalIDs: true}
	if name != stdinName {
		// Earlier versions kept the bookmarks under the file's name.
		s.FormerKeys = []string{nameFromPath(name)}
	}
	refs := doc.references()
	for i := range doc.Sessions {
		s.Sessions = append(s.Sessions, refs.session(&doc.Sessions[i], &z))
	}
	notice := settleTimes(&s, &z)
	finishSchedule(&s)
	s.Cuts.Texts += doc.cutTexts
	return s, notice, nil
}

// sessionizeEventID finds the event's id in a Sessionize API address
// (https://sessionize.com/api/v2/<id>/view/All).
var sessionizeEventID = regexp.MustCompile(`(?i)^https?://(?:[a-z0-9-]+\.)*sessionize\.com/api/v\d+/([a-z0-9]+)/`)

// key names the schedule in the bookmarks file: the event's id when the
// address gives it, else a digest of its session ids, sorted so that the
// file's order does not matter.
func (doc *sessionizeAll) key(name string) string {
	if m := sessionizeEventID.FindStringSubmatch(name); m != nil {
		return "sessionize-" + strings.ToLower(m[1])
	}
	ids := make([]string, len(doc.Sessions))
	for i := range doc.Sessions {
		ids[i] = doc.Sessions[i].ID.String()
	}
	return "sessionize-" + digestOf(ids)
}

// digestOf is a short digest of a set of strings, whatever their order.
func digestOf(set []string) string {
	sorted := slices.Clone(set)
	slices.Sort(sorted)
	h := sha256.New()
	for _, s := range sorted {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// decodeSessionize decodes a view/All export, or the Sessions or
// GridSmart view (a JSON array), refusing anything else and an export
// without sessions.
func decodeSessionize(name string, raw []byte) (*sessionizeAll, error) {
	raw, texts := boundJSONStrings(bytes.TrimPrefix(raw, bomUTF8), maxJSONStringBytes)
	var doc sessionizeAll
	var err error
	if trimmed := bytes.TrimLeft(raw, " \t\r\n"); len(trimmed) > 0 && trimmed[0] == '[' {
		var views []sessionizeView
		if err = json.Unmarshal(raw, &views); err == nil {
			doc = allOf(views)
		}
	} else {
		err = json.Unmarshal(raw, &doc)
	}
	if err != nil {
		return nil, &PageError{Path: name, Why: "not a Sessionize export (view All, Sessions or GridSmart): " + jsonWhy(err), Err: err}
	}
	if len(doc.Sessions) == 0 {
		return nil, &PageError{Path: name, Why: "a Sessionize export with no sessions"}
	}
	doc.cutTexts = texts
	return &doc, nil
}

// roomNames lists the rooms in the file's order.
func (doc *sessionizeAll) roomNames() []string {
	var names []string
	for _, r := range doc.Rooms {
		names = append(names, strings.TrimSpace(r.Name.String()))
	}
	return names
}

// trackNames lists the items of the categories that stand for tracks, in
// the file's order.
func (doc *sessionizeAll) trackNames() []string {
	var names []string
	for _, c := range doc.Categories {
		if roleOf(c.title()) != categoryTrack {
			continue
		}
		for _, it := range c.items() {
			names = append(names, it.Name.String())
		}
	}
	return names
}

// sessionizeRefs is what sessions name by id: rooms, category items and
// speakers.
type sessionizeRefs struct {
	rooms    map[string]string
	items    map[string]categoryItem
	speakers map[string]model.Speaker
}

// categoryItem is what a category item says of a session.
type categoryItem struct {
	role categoryRole
	name string
}

func (doc *sessionizeAll) references() sessionizeRefs {
	refs := sessionizeRefs{rooms: map[string]string{}, items: map[string]categoryItem{}, speakers: map[string]model.Speaker{}}
	for _, r := range doc.Rooms {
		refs.rooms[r.ID.String()] = strings.TrimSpace(r.Name.String())
	}
	for _, c := range doc.Categories {
		role := roleOf(c.title())
		for _, it := range c.items() {
			refs.items[it.ID.String()] = categoryItem{role, it.Name.String()}
		}
	}
	for i := range doc.Speakers {
		sp := &doc.Speakers[i]
		refs.speakers[sp.ID.String()] = model.Speaker{
			Name:    firstNonEmpty(sp.FullName.String(), strings.TrimSpace(sp.FirstName.String()+" "+sp.LastName.String())),
			Company: companyFromTagLine(sp.TagLine.String()),
			Bio:     plainText(sp.Bio.String()),
		}
	}
	return refs
}

// session is one of the file's sessions with what it names by id looked
// up, its times read in z.
func (refs sessionizeRefs) session(in *sessionizeSession, z *zone) model.Session {
	sess := model.Session{
		Key:      in.ID.String(),
		Title:    in.Title.String(),
		Abstract: plainText(in.Description.String()),
		Room:     firstNonEmpty(refs.rooms[in.RoomID.String()], strings.TrimSpace(in.Room.String())),
	}
	if in.IsServiceSession {
		sess.Type = "Break"
	}
	refs.classify(&sess, in.CategoryItems)
	for _, ref := range in.Speakers {
		if sp, ok := refs.speakers[ref.id]; ok {
			sess.Speakers = append(sess.Speakers, sp)
		} else if ref.name != "" {
			sess.Speakers = append(sess.Speakers, model.Speaker{Name: ref.name})
		}
	}
	sess.Start, sess.End = sessionizeTimes(in, z)
	var links linkList
	links.add("Recording", in.RecordingURL.String())
	links.add("Live stream", in.LiveURL.String())
	sess.Links = links
	return sess
}

// classify sets the session's track from the first track item it names,
// its format, level and language from the first such items that say
// something, and its tags from every tag item.
func (refs sessionizeRefs) classify(sess *model.Session, itemIDs []flexString) {
	hasTrack := false
	for _, id := range itemIDs {
		it, ok := refs.items[id.String()]
		if !ok {
			continue
		}
		switch it.role {
		case categoryTrack:
			if !hasTrack {
				sess.Track, hasTrack = it.name, true
			}
		case categoryFormat:
			sess.Type = firstNonEmpty(sess.Type, it.name)
		case categoryLevel:
			sess.Level = firstNonEmpty(sess.Level, it.name)
		case categoryLanguage:
			sess.Language = firstNonEmpty(sess.Language, it.name)
		case categoryTags:
			if it.name != "" && !slices.Contains(sess.Tags, it.name) {
				sess.Tags = append(sess.Tags, it.name)
			}
		}
	}
}

// sessionizeTimes reads a session's start and end in z; an end that is
// not after the start is no end.
func sessionizeTimes(in *sessionizeSession, z *zone) (start, end time.Time) {
	start, _ = z.parseStamp(in.StartsAt.String())
	if e, ok := z.parseStamp(in.EndsAt.String()); ok && !start.IsZero() && e.After(start) {
		end = e
	}
	return start, end
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
