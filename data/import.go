package data

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	ical "github.com/emersion/go-ical"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/summit-tui/summit-tui/model"
)

// ImportKind names the format an import was read as.
type ImportKind string

// The formats an import reads.
const (
	ImportGiggity  ImportKind = "Giggity link"
	ImportFOSDEM   ImportKind = "FOSDEM Companion calendar"
	ImportPretalx  ImportKind = "pretalx calendar"
	ImportCalendar ImportKind = "calendar"
	ImportExport   ImportKind = "summit-tui export"
)

// Wanted is one talk an import asks to bookmark, with what names it.
type Wanted struct {
	// ID is the other app's id for the talk: Giggity's id or guid,
	// FOSDEM Companion's event id, a summit-tui export's id.
	ID string
	// Key is a summit-tui export's key.
	Key string
	// Year is the conference year a FOSDEM Companion id belongs to.
	Year string
	// Code is the pretalx submission code.
	Code string
	// URL is the talk's page, as a calendar gives it.
	URL string
	// Title and Start say what the talk was, to match it by or to report
	// it as not found. Floating marks a start given without a zone.
	Title    string
	Start    time.Time
	Floating bool
}

// Imported is an import read: its format, the talks it asks for, and for
// a Giggity link the schedule it names.
type Imported struct {
	Kind        ImportKind
	ScheduleURL string
	Wanted      []Wanted
}

// IsURL reports whether ref is an http(s) URL.
func IsURL(ref string) bool { return isURL(ref) }

// IsGiggityLink reports whether s is a Giggity share link carrying a
// selection (see=).
func IsGiggityLink(s string) bool {
	s = strings.TrimSpace(s)
	return isURL(s) && strings.Contains(s, "see=")
}

// ReadImport reads what `bookmarks import` is given: a Giggity link, an
// iCalendar file (FOSDEM Companion's, pretalx's faved.ics or any other)
// or summit-tui's own JSON export.
func ReadImport(raw []byte) (Imported, error) {
	text := bytes.TrimSpace(bytes.TrimPrefix(raw, bomUTF8))
	switch {
	case IsGiggityLink(string(text)):
		return readGiggityLink(string(text))
	case bytes.HasPrefix(bytes.ToUpper(text[:min(len(text), 15)]), []byte("BEGIN:VCALENDAR")):
		return readImportCalendar(text)
	case bytes.HasPrefix(text, []byte("{")):
		return readImportExport(text)
	}
	return Imported{}, errors.New("not a Giggity link, an iCalendar file or a summit-tui JSON export")
}

// readGiggityLink reads the ids of a share link's see= (zlib, then
// base64url, of a JSON array); del= is what to remove, which an import
// does not do.
func readGiggityLink(link string) (Imported, error) {
	_, frag, ok := strings.Cut(link, "#")
	if !ok {
		_, frag, _ = strings.Cut(link, "?")
	}
	q, err := url.ParseQuery(frag)
	if err != nil {
		return Imported{}, fmt.Errorf("a Giggity link that cannot be read: %v", err)
	}
	packed, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(q.Get("see"), "="))
	if err != nil {
		return Imported{}, errors.New("a Giggity link whose see= is not base64url")
	}
	r, err := zlib.NewReader(bytes.NewReader(packed))
	if err != nil {
		return Imported{}, errors.New("a Giggity link whose see= is not zlib")
	}
	list, err := io.ReadAll(io.LimitReader(r, 16<<20))
	if err != nil {
		return Imported{}, errors.New("a Giggity link whose see= is cut short")
	}
	d := json.NewDecoder(bytes.NewReader(list))
	d.UseNumber()
	var ids []any
	if err := d.Decode(&ids); err != nil {
		return Imported{}, errors.New("a Giggity link whose see= is not a list of ids")
	}
	imp := Imported{Kind: ImportGiggity, ScheduleURL: q.Get("url")}
	for _, id := range ids {
		switch v := id.(type) {
		case json.Number:
			imp.Wanted = append(imp.Wanted, Wanted{ID: v.String()})
		case string:
			imp.Wanted = append(imp.Wanted, Wanted{ID: cleanInline(v)})
		default:
			// Not an id Giggity writes: kept, to be reported as not found.
			b, _ := json.Marshal(v)
			imp.Wanted = append(imp.Wanted, Wanted{ID: cleanInline(string(b))})
		}
	}
	return imp, nil
}

// readImportCalendar reads a calendar's events; FOSDEM Companion's and
// pretalx's name their talks in the UID.
func readImportCalendar(raw []byte) (imp Imported, err error) {
	defer func() {
		if r := recover(); r != nil {
			imp, err = Imported{}, fmt.Errorf("broken iCalendar (%v)", r)
		}
	}()
	if depth := icalDepth(raw); depth > maxICalDepth {
		return Imported{}, fmt.Errorf("an iCalendar file nested %d components deep", depth)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(raw)).Decode()
	if err != nil {
		return Imported{}, errors.New("broken iCalendar: " + cleanInline(strings.TrimPrefix(err.Error(), "ical: ")))
	}
	imp.Kind = ImportCalendar
	for i, ev := range cal.Events() {
		w := Wanted{
			Title: cleanInline(propText(ev.Props, ical.PropSummary)),
			URL:   strings.TrimSpace(propText(ev.Props, ical.PropURL)),
		}
		w.Start, w.Floating = importStart(ev.Props.Get(ical.PropDateTimeStart))
		uid := strings.TrimSpace(propText(ev.Props, ical.PropUID))
		kind := ImportCalendar
		if id, year, ok := fosdemUID(uid); ok {
			kind, w.ID, w.Year = ImportFOSDEM, id, year
		} else if code, ok := pretalxUID(uid); ok {
			kind, w.Code = ImportPretalx, code
		}
		if i == 0 {
			imp.Kind = kind // the app that wrote it, named by its first event
		}
		imp.Wanted = append(imp.Wanted, w)
	}
	return imp, nil
}

// fosdemUID reads FOSDEM Companion's "<id>@<year>@be.digitalia.fosdem".
func fosdemUID(uid string) (id, year string, ok bool) {
	parts := strings.Split(uid, "@")
	if len(parts) != 3 || parts[2] != "be.digitalia.fosdem" || parts[0] == "" || len(parts[1]) != 4 {
		return "", "", false
	}
	return parts[0], parts[1], true
}

// pretalxUID reads pretalx's "pretalx-<event slug>-<code>@<host>": the
// slug may hold dashes, the code does not.
func pretalxUID(uid string) (code string, ok bool) {
	name, _, found := strings.Cut(uid, "@")
	name, isPretalx := strings.CutPrefix(name, "pretalx-")
	if !found || !isPretalx {
		return "", false
	}
	i := strings.LastIndexByte(name, '-')
	if i < 0 || i == len(name)-1 {
		return "", false
	}
	return name[i+1:], true
}

// importStart reads a DTSTART in the zone the event gives: UTC, its
// TZID, or floating (a wall-clock time, Floating set).
func importStart(p *ical.Prop) (time.Time, bool) {
	if p == nil {
		return time.Time{}, false
	}
	value := strings.TrimSpace(p.Value)
	if !strings.HasSuffix(value, "Z") && p.Params.Get(ical.PropTimezoneID) == "" {
		t, err := p.DateTime(time.UTC)
		return t, err == nil
	}
	if t, err := p.DateTime(time.UTC); err == nil {
		return t, false
	}
	q := *p
	q.Params = ical.Params{}
	t, err := q.DateTime(time.UTC)
	return t, err == nil
}

// readImportExport reads summit-tui's JSON export: each session's id and
// key, title and start.
func readImportExport(raw []byte) (Imported, error) {
	var doc struct {
		Sessions []struct {
			ID    string `json:"id"`
			Key   string `json:"key"`
			Title string `json:"title"`
			Start string `json:"start"`
		} `json:"sessions"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil || doc.Sessions == nil {
		return Imported{}, errors.New("JSON that is not a summit-tui export (no sessions)")
	}
	imp := Imported{Kind: ImportExport}
	for _, s := range doc.Sessions {
		w := Wanted{ID: cleanInline(s.ID), Key: cleanInline(s.Key), Title: cleanInline(s.Title)}
		if t, err := time.Parse(time.RFC3339, s.Start); err == nil {
			w.Start = t
		} else if t, err := time.Parse("2006-01-02T15:04:05", s.Start); err == nil {
			w.Start, w.Floating = t, true
		}
		imp.Wanted = append(imp.Wanted, w)
	}
	return imp, nil
}

// ImportMatch is the outcome of matching an import with a schedule: the
// ids of the talks found, each once, and what was not found.
type ImportMatch struct {
	IDs     []string
	Missing []Wanted
}

// MatchImport finds in s the talks an import asks for. Ids are matched
// as their format names them (FOSDEM Companion's only in the year of the
// schedule); a calendar's other events by URL, else by folded title and
// start time.
func MatchImport(s *model.Schedule, imp Imported) ImportMatch {
	idx := newImportIndex(s)
	var m ImportMatch
	seen := map[string]bool{}
	for _, w := range imp.Wanted {
		id, ok := idx.find(w)
		if !ok {
			m.Missing = append(m.Missing, w)
			continue
		}
		if !seen[id] {
			seen[id] = true
			m.IDs = append(m.IDs, id)
		}
	}
	return m
}

type importIndex struct {
	s        *model.Schedule
	byID     map[string]string // session ID, key and source id → ID
	bySource map[string]string // source id → ID
	byCode   map[string]string
	byURL    map[string]string
	byTitle  map[string][]int
	year     string
}

func newImportIndex(s *model.Schedule) *importIndex {
	x := &importIndex{s: s, byID: map[string]string{}, bySource: map[string]string{},
		byCode: map[string]string{}, byURL: map[string]string{}, byTitle: map[string][]int{}}
	for i, sess := range s.Sessions {
		for _, k := range []string{sess.Key, sess.ID} {
			if _, ok := x.byID[k]; k != "" && !ok {
				x.byID[k] = sess.ID
			}
		}
		if sess.SourceID != "" {
			x.bySource[sess.SourceID] = sess.ID
		}
		if sess.Code != "" {
			x.byCode[strings.ToUpper(sess.Code)] = sess.ID
		}
		for _, l := range sess.Links {
			if code := pretalxTalkCode(l.URL); code != "" && sess.Code == "" {
				x.byCode[code] = sess.ID
			}
			if u := normalURL(l.URL); u != "" {
				if _, ok := x.byURL[u]; !ok {
					x.byURL[u] = sess.ID
				}
			}
		}
		t := foldTitle(sess.Title)
		x.byTitle[t] = append(x.byTitle[t], i)
		if x.year == "" && sess.Timed() {
			x.year = strconv.Itoa(sess.Start.Year())
		}
	}
	if len(s.Days) > 0 {
		x.year = s.Days[0].Date[:min(4, len(s.Days[0].Date))]
	}
	return x
}

func (x *importIndex) find(w Wanted) (string, bool) {
	switch {
	case w.Year != "":
		if w.Year != x.year {
			return "", false
		}
		id, ok := x.bySource[w.ID]
		return id, ok
	case w.Code != "":
		id, ok := x.byCode[strings.ToUpper(w.Code)]
		return id, ok
	case w.ID != "" || w.Key != "":
		for _, k := range []string{w.ID, w.Key} {
			if id, ok := x.bySource[k]; ok && k != "" {
				return id, true
			}
			if id, ok := x.byID[k]; ok && k != "" {
				return id, true
			}
		}
		if w.Title == "" {
			return "", false
		}
	}
	if id, ok := x.byURL[normalURL(w.URL)]; ok && w.URL != "" {
		return id, true
	}
	for _, i := range x.byTitle[foldTitle(w.Title)] {
		if sess := x.s.Sessions[i]; sameStart(sess.Start, w) {
			return sess.ID, true
		}
	}
	return "", false
}

// sameStart compares a talk's start with an event's in the zone the event
// gives: instants when it gives one, wall clocks when it is floating.
func sameStart(start time.Time, w Wanted) bool {
	if start.IsZero() || w.Start.IsZero() {
		return start.IsZero() && w.Start.IsZero()
	}
	if w.Floating {
		a, b := start, w.Start
		return a.Year() == b.Year() && a.YearDay() == b.YearDay() && a.Hour() == b.Hour() && a.Minute() == b.Minute()
	}
	return start.Equal(w.Start)
}

var titleFolder = cases.Fold()

// foldTitle is a title as matching compares it: case and accents folded,
// spaces collapsed.
func foldTitle(t string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(titleFolder.String(t)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// pretalxTalkCode is the submission code in a pretalx talk page's URL
// (…/<event>/talk/<CODE>/), for pretalx JSON that gives no code.
func pretalxTalkCode(u string) string {
	_, rest, ok := strings.Cut(u, "/talk/")
	code, _, _ := strings.Cut(rest, "/")
	if !ok || code == "" || strings.ContainsAny(code, "?#-") {
		return ""
	}
	return strings.ToUpper(code)
}

func normalURL(u string) string {
	u = strings.TrimSpace(u)
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(u, "/")
}
