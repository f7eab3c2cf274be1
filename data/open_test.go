package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data/export"
	"github.com/summit-tui/summit-tui/model"
)

func mustZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// at is a wall-clock time in loc, for tables.
func at(loc *time.Location, stamp string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", stamp, loc)
	if err != nil {
		panic(err)
	}
	return t
}

func ids(s model.Schedule) []string {
	out := make([]string, len(s.Sessions))
	for i, sess := range s.Sessions {
		out[i] = sess.ID
	}
	return out
}

// TestSniff: each format is told from the input's first bytes, and
// --format-in overrides it.
func TestSniff(t *testing.T) {
	for file, want := range map[string]Format{
		"good_frab_devroom.xml":       FormatFrabXML,
		"good_frab_old_pentabarf.xml": FormatFrabXML,
		"good_pretalx.json":           FormatFrabJSON,
		"good_frab_camp.json":         FormatFrabJSON,
		"good_schedule2.json":         FormatFrabJSON,
		"good_sessionize.json":        FormatSessionize,
		"good_ical_utc.ics":           FormatICal,
		"good_ical_floating.ics":      FormatICal,
	} {
		if o := mustOpen(t, file, OpenOptions{}); o.Format != want {
			t.Errorf("%s: sniffed as %s, want %s", file, o.Format, want)
		}
	}
	page := []byte("Conf\n\nView sessions and slides from Conf\n\nTitle\n\n  • Ann Lee, Acme\n\nAbstract.\n")
	if o, err := OpenBytes("page.txt", page, OpenOptions{}); err != nil || o.Format != FormatPage || len(o.Schedule.Sessions) != 1 {
		t.Errorf("a sessions page: %v, %+v", err, o)
	}
	// Keys past the first KiB still tell JSON apart.
	late := []byte(`{"padding": "` + strings.Repeat("x", 2000) + `", "sessions": [{"id": "1", "title": "Late keys"}]}`)
	if o, err := OpenBytes("late.json", late, OpenOptions{}); err != nil || o.Format != FormatSessionize {
		t.Errorf("JSON keys after the first KiB: %v, %s", err, o.Format)
	}
	// A BOM and leading blank lines do not hide the format.
	ics, _ := os.ReadFile(filepath.Join(schedulesDir, "good_ical_utc.ics"))
	if o, err := OpenBytes("bom.ics", append(append([]byte{}, append(bomUTF8, "\r\n\r\n"...)...), ics...), OpenOptions{}); err != nil || o.Format != FormatICal {
		t.Errorf("iCalendar after a BOM: %v, %s", err, o.Format)
	}
	// Forced: a frab XML file read as a page is not a programme.
	if _, err := openTestFile(t, "good_frab_devroom.xml", OpenOptions{Format: FormatPage}); err == nil {
		t.Error("--format-in page on XML gave a schedule")
	}
	if o, err := openTestFile(t, "good_sessionize.json", OpenOptions{Format: FormatSessionize}); err != nil || o.Format != FormatSessionize {
		t.Errorf("--format-in sessionize: %v", err)
	}
	for _, name := range []string{"page", "frab-xml", "FRAB-JSON", "sessionize", "ics"} {
		if _, err := ParseFormat(name); err != nil {
			t.Errorf("ParseFormat(%q): %v", name, err)
		}
	}
	if _, err := ParseFormat("yaml"); err == nil || !strings.Contains(err.Error(), "frab-xml") {
		t.Errorf("ParseFormat(yaml) = %v, want an error listing the formats", err)
	}
}

// TestBadInputs: input that cannot be read as a schedule gives one line,
// "<name>: <why>", never a panic and never a schedule.
func TestBadInputs(t *testing.T) {
	for file, says := range map[string]string{
		"bad_frab_truncated.xml":          "truncated",
		"bad_frab_cut_after_event.xml":    "truncated",
		"bad_frab_broken.xml":             "broken XML at line 2",
		"bad_xml_wrong_root.xml":          "root <rss>",
		"bad_frab_no_events.xml":          "a frab schedule with no events",
		"bad_xml_schedule_entries.xml":    "not a format summit-tui reads: XML with root <schedule> and first child <entry>",
		"bad_json_wrong_shape.json":       `"schedule.conference"`,
		"bad_json_truncated.json":         "truncated",
		"bad_json_array.json":             "a Sessionize export with no sessions",
		"bad_json_numbers.json":           "a JSON array, not a schedule",
		"bad_json_unknown.json":           `without a "schedule"`,
		"bad_frab_json_no_events.json":    "no events",
		"bad_sessionize_no_sessions.json": "no sessions",
		"bad_ical_no_events.ics":          "no events",
		"bad_ical_broken.ics":             "broken iCalendar",
		"bad_ical_truncated.ics":          "broken iCalendar",
	} {
		t.Run(file, func(t *testing.T) {
			_, err := openTestFile(t, file, OpenOptions{})
			var pe *PageError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T), want a *PageError", err, err)
			}
			if err := checkErrorMessage(err); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(err.Error(), file+": ") || !strings.Contains(err.Error(), says) {
				t.Errorf("error %q, want %q and the file's name first", err, says)
			}
		})
	}
	// An HTML page, XML of another kind and nesting that would exhaust the
	// decoder's stack are refused too.
	for name, in := range map[string]string{
		"page.html": "<!DOCTYPE html>\n<html><body>Sessions</body></html>",
		"deep.ics":  "BEGIN:VCALENDAR\n" + strings.Repeat("BEGIN:X\n", 100000),
		"empty.xml": "<?xml version='1.0'?>",
	} {
		if _, err := OpenBytes(name, []byte(in), OpenOptions{}); err == nil || checkErrorMessage(err) != nil {
			t.Errorf("%s: error %v, want a one-line refusal", name, err)
		}
	}
}

// TestFrabXMLDevroom: the FOSDEM shape. HTML abstracts and biographies
// become plain text (links keep their address, lists stay lists, scripts
// vanish); persons get their biographies from the top-level list; links
// gather the event page, the links, attachments and feedback once each;
// a link that is not http(s) is dropped; tracks that hold no talk are not
// listed.
func TestFrabXMLDevroom(t *testing.T) {
	s := mustOpen(t, "good_frab_devroom.xml", OpenOptions{}).Schedule
	brussels := mustZone(t, "Europe/Brussels")
	if s.Conference != "BrickCon 2027" || s.Key != "brickcon-2027" || s.TimeZone != "Europe/Brussels" || s.FloatingTimes {
		t.Errorf("conference %q key %q zone %q floating %v", s.Conference, s.Key, s.TimeZone, s.FloatingTimes)
	}
	if !slices.Equal(s.Tracks, []string{"Main Track", "Mortar & Masonry"}) {
		t.Errorf("tracks %q: the unused track must not be listed, & decoded", s.Tracks)
	}
	if !slices.Equal(s.Rooms, []string{"Great Hall", "Room M.1"}) || len(s.Days) != 2 {
		t.Errorf("rooms %q, days %v", s.Rooms, s.Days)
	}
	if d := s.Days[0]; d.Date != "2027-02-06" || !d.Start.Equal(at(brussels, "2027-02-06 09:00")) || !d.End.Equal(at(brussels, "2027-02-07 08:59")) {
		t.Errorf("first day %+v", d)
	}
	if got := ids(s); !slices.Equal(got, []string{"6f1c2b8e-0a1d-5e7f-9b3c-1d2e3f4a5b6c", "0d9e8f7a-6b5c-5d4e-8f3a-2b1c0d9e8f7a", "5a4b3c2d-1e0f-5a9b-8c7d-6e5f4a3b2c1d", "9e8d7c6b-5a4f-5e3d-8c2b-1a0f9e8d7c6b"}) {
		t.Errorf("ids in time order %q (guids; same-time talks in room order)", got)
	}
	walls := session(t, s, "Walls that stand for a century")
	wantAbstract := "Why do some walls last? See the survey (https://bricks.example.org/walls).\n\nWe will cover:\n\n- bonds and patterns\n- lime versus cement\n\nWho should come\n\n1. builders\n2. owners"
	if walls.Abstract != wantAbstract {
		t.Errorf("HTML abstract:\n%q\nwant\n%q", walls.Abstract, wantAbstract)
	}
	wantSpeakers := []model.Speaker{
		{Name: "Hana Kowalczyk", Bio: "Hana builds brick walls (https://bricks.example.org/) for a living.\n\nShe also teaches."},
		{Name: "Oskar Lindqvist"},
	}
	if !slices.Equal(walls.Speakers, wantSpeakers) {
		t.Errorf("speakers %q, want %q (no company: the source has none)", walls.Speakers, wantSpeakers)
	}
	wantLinks := []model.Link{
		{Title: "Event page", URL: "https://brickcon.example.org/2027/schedule/event/EF34GH-walls/"},
		{Title: "Chat room(web)", URL: "https://chat.example.org/#/room/#main:example.org"},
		{Title: "Slides", URL: "https://brickcon.example.org/2027/slides/walls.pdf"},
		{Title: "Feedback", URL: "https://talks.example.org/brickcon-2027/talk/EF34GH/feedback/"},
	}
	if !slices.Equal(walls.Links, wantLinks) {
		t.Errorf("links %v, want %v", walls.Links, wantLinks)
	}
	if !walls.Start.Equal(at(brussels, "2027-02-06 10:00")) || !walls.End.Equal(at(brussels, "2027-02-06 10:50")) ||
		walls.Day != "2027-02-06" || walls.Room != "Great Hall" || walls.Type != "maintrack" || walls.Language != "en" {
		t.Errorf("walls: %v–%v day %s room %s type %s lang %s", walls.Start, walls.End, walls.Day, walls.Room, walls.Type, walls.Language)
	}
	welcome := session(t, s, "Welcome to BrickCon 2027")
	if welcome.Abstract != "Opening words & housekeeping." || len(welcome.Links) != 3 {
		t.Errorf("welcome: abstract %q, links %v (feedback given twice is one link)", welcome.Abstract, welcome.Links)
	}
	if arches := session(t, s, "Arches without tears"); arches.Abstract != "Bogen bouwen.\n\nMet veel oefening." {
		t.Errorf("abstract then description: %q", arches.Abstract)
	}
	if mortar := session(t, s, "Mortar, a love story"); len(mortar.Speakers) != 0 || mortar.Speakers == nil && false {
		t.Errorf("a talk without persons has speakers %v", mortar.Speakers)
	}
}

// TestFrabXMLCongress: the 31C3 shape. No zone name, only offsets; events
// after midnight belong to the day they are listed in; a simulcast in two
// rooms is two sessions; recording opt-out is do-not-record; a guid that
// is no UUID is still the key; abstract and description are both kept,
// once.
func TestFrabXMLCongress(t *testing.T) {
	s := mustOpen(t, "good_frab_congress.xml", OpenOptions{}).Schedule
	plusOne := time.FixedZone("", 3600)
	if s.TimeZone != "" || s.Key != "9k9" || s.Conference != "9. Kiln Congress" {
		t.Errorf("zone %q key %q conference %q", s.TimeZone, s.Key, s.Conference)
	}
	if _, off := s.Sessions[0].Start.Zone(); off != 3600 {
		t.Errorf("times at offset %d, want +01:00 as the file gives", off)
	}
	show := session(t, s, "Night Show")
	stream := session(t, s, "Night Show (Stream)")
	for _, sess := range []model.Session{show, stream} {
		if sess.Day != "2030-12-27" || !sess.Start.Equal(at(plusOne, "2030-12-28 00:15")) || !sess.End.Equal(at(plusOne, "2030-12-28 01:45")) {
			t.Errorf("%s: day %s, %v–%v; want the evening's day, 00:15–01:45 next morning", sess.Title, sess.Day, sess.Start, sess.End)
		}
		if !sess.DoNotRecord || sess.Type != "podium" || sess.Subtitle != "Late and loud" {
			t.Errorf("%s: do-not-record %v type %q subtitle %q", sess.Title, sess.DoNotRecord, sess.Type, sess.Subtitle)
		}
	}
	if show.Room == stream.Room || show.ID == stream.ID {
		t.Error("the simulcast is not two sessions in two rooms")
	}
	ofen := session(t, s, "„Der Ofen“")
	if ofen.Key != "Q2xheXBvdHNBcmVGdW4" || ofen.DoNotRecord || ofen.Language != "de" {
		t.Errorf("ofen: key %q, do-not-record %v", ofen.Key, ofen.DoNotRecord)
	}
	if want := "Ein Vortrag über Öfen.\n\nMit Beispielen aus der Praxis und vielen Bildern.\n\nDazu: eine Vorführung."; ofen.Abstract != want {
		t.Errorf("description repeating the abstract and more:\n%q\nwant\n%q", ofen.Abstract, want)
	}
	if glazes := session(t, s, "Glazes for hackers"); glazes.Abstract != "Cobalt, copper and iron." || glazes.Day != "2030-12-28" {
		t.Errorf("description without abstract: %q, day %s", glazes.Abstract, glazes.Day)
	}
	if s.Days[0].Date != "2030-12-27" || len(s.Days) != 2 {
		t.Errorf("days %v", s.Days)
	}
}

// TestFrabXMLOldPentabarf: no dates per event, no guids, no zone. Start
// times come from the day's date and the start clock, after midnight when
// before the day's start; a missing duration leaves the end unknown; a
// repeated id keeps both slots; an event without id keys by its title,
// start and room;
// ISO-8859-1 and character references are read.
func TestFrabXMLOldPentabarf(t *testing.T) {
	o := mustOpen(t, "good_frab_old_pentabarf.xml", OpenOptions{})
	s := o.Schedule
	if !s.FloatingTimes || o.Notice != floatingNotice || s.TimeZone != "" {
		t.Errorf("floating %v zone %q notice %q", s.FloatingTimes, s.TimeZone, o.Notice)
	}
	if got := ids(s); !slices.Equal(got, []string{"11", "lunch--20110604t110000z--mill", "11-2", "12"}) {
		t.Errorf("ids %q, want the repeated id kept as 11-2 and the id-less event by its title, start and room", got)
	}
	night := session(t, s, "Night tiling")
	if !night.Start.Equal(at(time.UTC, "2011-06-05 01:30")) || !night.End.IsZero() || night.Day != "2011-06-04" {
		t.Errorf("after midnight: %v–%v day %s", night.Start, night.End, night.Day)
	}
	if cafe := session(t, s, "Café tiles"); len(cafe.Speakers) != 1 || cafe.Speakers[0].Name != "René Dubois" {
		t.Errorf("character references: %q", cafe.Speakers)
	}
	// --tz puts wall-clock times in that zone.
	lisbon := mustZone(t, "Europe/Lisbon")
	s = mustOpen(t, "good_frab_old_pentabarf.xml", OpenOptions{Location: lisbon}).Schedule
	if s.FloatingTimes || s.TimeZone != "Europe/Lisbon" || !session(t, s, "Lunch").Start.Equal(at(lisbon, "2011-06-04 11:00")) {
		t.Errorf("--tz: floating %v zone %q", s.FloatingTimes, s.TimeZone)
	}
	if s := mustOpen(t, "good_frab_latin1.xml", OpenOptions{}).Schedule; s.Sessions[0].Title != "Café crème" {
		t.Errorf("Latin-1 title %q", s.Sessions[0].Title)
	}
}

// TestPretalxJSON: rooms keyed by name keep their order; dates carry the
// offset; Markdown with CRLF becomes plain text; the repeated id keeps
// both slots; the talk at 01:30 stays on the day that lists it; answers,
// which hold private contacts, appear nowhere; null and empty biographies
// are no biography.
func TestPretalxJSON(t *testing.T) {
	o := mustOpen(t, "good_pretalx.json", OpenOptions{})
	s := o.Schedule
	if !slices.Equal(s.Rooms, []string{"Zeta Stage - Leipzig", "Alpha Room - Bamberg"}) {
		t.Errorf("rooms %q, want the file's order", s.Rooms)
	}
	if s.Key != "kilnchannels-2031" || s.Conference != "Kiln Channels" || len(s.Days) != 2 {
		t.Errorf("key %q conference %q days %v", s.Key, s.Conference, s.Days)
	}
	fauler := session(t, s, "Der faule Töpfer automatisiert")
	want := "Eine wichtige Komponente ist die Glasur.\n\nDiese basiert auf Kaolin (https://clay.example.org/kaolin/).\n\nEin wichtiger Schritt ist das Testen der Glasur mit echten Öfen.\n\nWir zeigen:\n\n- die Architektur\n- die Tests\n\nUnd mehr."
	if fauler.Abstract != want {
		t.Errorf("Markdown abstract and description:\n%q\nwant\n%q", fauler.Abstract, want)
	}
	if !slices.Equal(fauler.Speakers, []model.Speaker{{Name: "Chris Feuer"}, {Name: "Kasa"}}) || fauler.Type != "Talk 30 min + 10min Q&A" {
		t.Errorf("speakers %q type %q", fauler.Speakers, fauler.Type)
	}
	late := session(t, s, "Late night firing")
	if late.Day != "2031-12-27" || !late.DoNotRecord || late.Speakers[0].Bio != "Mo fires kilns.\n\nAt night." {
		t.Errorf("late: day %s do-not-record %v bio %q", late.Day, late.DoNotRecord, late.Speakers[0].Bio)
	}
	var repeated []model.Session
	for _, sess := range s.Sessions {
		if sess.Title == "Repeated workshop" {
			repeated = append(repeated, sess)
		}
	}
	if len(repeated) != 2 || repeated[0].ID != repeated[0].Key || repeated[1].ID != repeated[0].Key+"-2" || repeated[1].Day != "2031-12-28" {
		t.Errorf("repeated id: %+v", repeated)
	}
	var exported bytes.Buffer
	if err := export.WriteJSON(&exported, s); err != nil {
		t.Fatal(err)
	}
	for _, private := range []string{"kasa-private@example.org", "+49 170", "call me"} {
		if strings.Contains(exported.String(), private) || strings.Contains(strings.Join(titlesOf(s), " "), private) {
			t.Errorf("an answer (%q) reached the export", private)
		}
	}
}

// TestFrabJSONCamp: frab's JSON with a zone name, persons with only a
// name, null logos and guids, ids as strings, a do_not_record written as
// a string, and a link that is not http(s).
func TestFrabJSONCamp(t *testing.T) {
	s := mustOpen(t, "good_frab_camp.json", OpenOptions{}).Schedule
	berlin := mustZone(t, "Europe/Berlin")
	if s.TimeZone != "Europe/Berlin" || s.Key != "Camp2035" {
		t.Errorf("zone %q key %q", s.TimeZone, s.Key)
	}
	kilns := session(t, s, "Kilns in the field")
	if kilns.Key != "10400" || kilns.DoNotRecord || kilns.Abstract != "Wood, clay and patience." || kilns.Subtitle != "Firing outdoors" {
		t.Errorf("kilns: key %q do-not-record %v abstract %q", kilns.Key, kilns.DoNotRecord, kilns.Abstract)
	}
	if len(kilns.Links) != 1 || kilns.Links[0].Title != "Event page" {
		t.Errorf("links %v: the ftp link must go, the url stay", kilns.Links)
	}
	opening := session(t, s, "Opening Ceremony")
	if !opening.Start.Equal(at(berlin, "2035-08-21 11:00")) || opening.Start.Location().String() != "Europe/Berlin" {
		t.Errorf("start %v", opening.Start)
	}
}

// TestSchedule2JSON: C3 schedule 2.0's flat events are placed on days by
// the days' bounds, take tracks by slug and rooms by object, list only
// speaking participants and find biographies in the persons list.
func TestSchedule2JSON(t *testing.T) {
	s := mustOpen(t, "good_schedule2.json", OpenOptions{}).Schedule
	if len(s.Days) != 2 || !slices.Equal(s.Rooms, []string{"Saal 1", "Saal Z"}) {
		t.Errorf("days %v rooms %q (the empty room is not listed)", s.Days, s.Rooms)
	}
	racing := session(t, s, "A Time-Trial AI:")
	if racing.Day != "2034-12-27" || racing.Track != "Hardware & Making" || racing.Room != "Saal Z" || racing.Subtitle != "Most Wanted" {
		t.Errorf("racing: day %s track %q room %q", racing.Day, racing.Track, racing.Room)
	}
	if !slices.Equal(racing.Speakers, []model.Speaker{{Name: "Seb Black", Bio: "Played racing games.\n\nNow does AI."}}) {
		t.Errorf("speakers %q", racing.Speakers)
	}
	if len(racing.Links) != 3 || racing.Links[1].URL != "https://fahrplan.example.net/talk/TPGRNN/" {
		t.Errorf("links %v", racing.Links)
	}
	if s.Sessions[0].Title != "48K3: Opening Ceremony" {
		t.Errorf("first session %q: time order", s.Sessions[0].Title)
	}
}

// TestSessionize: sessions point at speakers and rooms by id; categories
// give track, format and level; companies only from "Role at Company"
// tag lines; a service session is a break; times without a zone float
// unless --tz names one; recording and live links; unused speakers and
// rooms are not listed; the schedule is called what Sessionize calls
// none.
func TestSessionize(t *testing.T) {
	o := mustOpen(t, "good_sessionize.json", OpenOptions{})
	s := o.Schedule
	if !s.FloatingTimes || o.Notice != floatingNotice || s.Conference != "Sessionize schedule" {
		t.Errorf("floating %v notice %q conference %q", s.FloatingTimes, o.Notice, s.Conference)
	}
	if !slices.Equal(s.Rooms, []string{"Main hall", "Swanston room", "Hoddle room"}) || !slices.Equal(s.Tracks, []string{"Glazes"}) {
		t.Errorf("rooms %q tracks %q", s.Rooms, s.Tracks)
	}
	glazes := session(t, s, "Are you overcomplicating glazes?")
	if !slices.Equal(glazes.Speakers, []model.Speaker{{Name: "Ian New", Company: "Glazeworks"}, {Name: "Tom Ridge", Company: "Culture Clay"}}) {
		t.Errorf("speakers %q", glazes.Speakers)
	}
	if glazes.Track != "Glazes" || glazes.Type != "45 minutes" || glazes.Level != "Mostly intermediate" || glazes.Room != "Swanston room" {
		t.Errorf("track %q type %q level %q room %q", glazes.Track, glazes.Type, glazes.Level, glazes.Room)
	}
	if len(glazes.Links) != 1 || glazes.Links[0] != (model.Link{Title: "Recording", URL: "https://www.youtube.com/watch?v=abcdefghijk"}) {
		t.Errorf("links %v", glazes.Links)
	}
	if !glazes.Start.Equal(at(time.UTC, "2029-02-22 10:15")) || glazes.Start.Hour() != 10 {
		t.Errorf("floating start %v, want 10:15 as written", glazes.Start)
	}
	throwing := session(t, s, "Beginner's Guide to Throwing")
	if throwing.Speakers[0].Company != "" || throwing.Speakers[0].Bio != "Ben left consulting." {
		t.Errorf("'Co-Founder - Pinch Pots' names no company: %q", throwing.Speakers)
	}
	if lunch := session(t, s, "Lunch"); lunch.Type != "Break" || len(lunch.Speakers) != 0 {
		t.Errorf("service session: type %q", lunch.Type)
	}
	melbourne := mustZone(t, "Australia/Melbourne")
	s = mustOpen(t, "good_sessionize.json", OpenOptions{Location: melbourne}).Schedule
	if s.FloatingTimes || s.TimeZone != "Australia/Melbourne" || !session(t, s, "Lunch").Start.Equal(at(melbourne, "2029-02-22 12:00")) {
		t.Errorf("--tz: floating %v zone %q", s.FloatingTimes, s.TimeZone)
	}
	for tag, want := range map[string]string{
		"Drupal builder at Tomato Elephant Studio": "Tomato Elephant Studio",
		"Senior Developer @ Vouch":                 "Vouch",
		"Co-Founder - Pinch Payments":              "",
		"Engineering Manager, Bunnings":            "",
		"I like long walks on the beach":           "",
		"at Acme":                                  "",
		"Lead engineer at home, at night, at play": "",
		"": "",
	} {
		if got := companyFromTagLine(tag); got != want {
			t.Errorf("companyFromTagLine(%q) = %q, want %q", tag, got, want)
		}
	}
}

// TestICalUTC: the PyCon UK shape. CRLF, folded lines, no DTSTAMP, an
// event without DTEND, the calendar's name after the last event, speakers
// only in the summary, a description that is only the talk's address,
// UIDs that change with every build.
func TestICalUTC(t *testing.T) {
	s := mustOpen(t, "good_ical_utc.ics", OpenOptions{}).Schedule
	if s.Conference != "Kiln Con UK 2029 Schedule" || s.TimeZone != "UTC" || s.FloatingTimes || len(s.Sessions) != 8 || len(s.Days) != 2 {
		t.Errorf("conference %q zone %q floating %v sessions %d days %d", s.Conference, s.TimeZone, s.FloatingTimes, len(s.Sessions), len(s.Days))
	}
	fun := session(t, s, "Real-Time Clay + Glaze = Fun,Growth + Profit")
	if !slices.Equal(fun.Speakers, []model.Speaker{{Name: "Rachel Willmer"}, {Name: "Jørn Lomax"}}) || fun.Type != "talk" {
		t.Errorf("speakers from a folded summary: %q, type %q", fun.Speakers, fun.Type)
	}
	if fun.Abstract != "A longer description, with a comma and a second line." {
		t.Errorf("abstract %q", fun.Abstract)
	}
	kiln := session(t, s, "Pottery's Infamous Kiln")
	if kiln.Abstract != "" || len(kiln.Links) != 1 || kiln.Links[0].URL != "http://www.example.org/talks/pottery-infamous-gil/" {
		t.Errorf("address-only description: abstract %q links %v", kiln.Abstract, kiln.Links)
	}
	if kiln.Key != "potterys-infamous-kiln--20290918t093000z--wheel-room-cc1-4" {
		t.Errorf("key %q: build-stamped UIDs must not key bookmarks", kiln.Key)
	}
	end := session(t, s, "End of Conference, pack up, see you in 2030!")
	if !end.End.IsZero() || !end.Start.Equal(at(time.UTC, "2029-09-19 16:00")) {
		t.Errorf("no DTEND: %v–%v", end.Start, end.End)
	}
	if got := ids(s); !slices.Contains(got, "lunch--20290918t120000z--cafeteria") || !slices.Contains(got, "lunch--20290919t120000z--cafeteria") {
		t.Errorf("ids %q: two lunches", got)
	}
	if ws := session(t, s, "Glaze Security Workshop"); ws.Type != "workshop" || ws.Speakers[0].Name != "Peter Inglesby" {
		t.Errorf("workshop: %q %q", ws.Type, ws.Speakers)
	}
	// --tz shows the instants in that zone.
	london := mustZone(t, "Europe/London")
	s = mustOpen(t, "good_ical_utc.ics", OpenOptions{Location: london}).Schedule
	if s.TimeZone != "Europe/London" || s.Sessions[0].Start.Hour() != 8 || s.Sessions[0].Start.Location() != london {
		t.Errorf("--tz: zone %q, first start %v", s.TimeZone, s.Sessions[0].Start)
	}
}

// TestICalFloating: floating times read in X-WR-TIMEZONE, a TZID without
// VTIMEZONE from the tz database, DURATION for the end, CATEGORIES for the
// track, a talk at 01:30 on the evening before, an alarm ignored.
func TestICalFloating(t *testing.T) {
	s := mustOpen(t, "good_ical_floating.ics", OpenOptions{}).Schedule
	london := mustZone(t, "Europe/London")
	if s.TimeZone != "Europe/London" || s.FloatingTimes || len(s.Days) != 1 {
		t.Errorf("zone %q floating %v days %v", s.TimeZone, s.FloatingTimes, s.Days)
	}
	candle := session(t, s, "Glazing by candlelight")
	if !candle.Start.Equal(at(london, "2029-07-06 19:00")) || !candle.End.Equal(at(london, "2029-07-06 19:45")) || candle.Track != "Glazes" {
		t.Errorf("candle: %v–%v track %q", candle.Start, candle.End, candle.Track)
	}
	if candle.Key != "talk-1@glaze.example.org" || candle.Abstract != "Candles, glaze and a kiln.\n\nBring a mug." {
		t.Errorf("candle: key %q abstract %q", candle.Key, candle.Abstract)
	}
	remote := session(t, s, "Remote talk from New York")
	if !remote.Start.Equal(at(mustZone(t, "America/New_York"), "2029-07-06 10:00")) || remote.Start.Location() != s.Location {
		t.Errorf("TZID without VTIMEZONE: %v", remote.Start)
	}
	if owls := session(t, s, "Night owls"); owls.Day != "2029-07-06" {
		t.Errorf("01:30 belongs to the evening before: day %s", owls.Day)
	}
}

// TestSanitiseEveryField: control characters, escape sequences, bidi
// controls, LRM/RLM/ALM, zero-width and tag characters, BOMs and floods
// of combining marks are gone from every field of a JSON schedule; links
// that are not http(s) (or hold spaces or escapes) are dropped; a speaker
// whose name was only invisible characters is dropped.
func TestSanitiseEveryField(t *testing.T) {
	s := mustOpen(t, "good_evil_fields.json", OpenOptions{}).Schedule
	sess := s.Sessions[0]
	if s.Conference != "Evil Con" || s.Key != "evil" || sess.Title != "Title tagged" || sess.Room != "Room" || sess.Track != "Tr ack" {
		t.Errorf("conference %q key %q title %q room %q track %q", s.Conference, s.Key, sess.Title, sess.Room, sess.Track)
	}
	if sess.Key != "guid-1" || sess.Subtitle != "sub title" || sess.Type != "lecture" || sess.Language != "en" {
		t.Errorf("key %q subtitle %q type %q language %q", sess.Key, sess.Subtitle, sess.Type, sess.Language)
	}
	if !slices.Equal(sess.Speakers, []model.Speaker{{Name: "Bold Name", Bio: "Bio with and bold"}}) {
		t.Errorf("speakers %q", sess.Speakers)
	}
	if !slices.Equal(sess.Links, []model.Link{{Title: "good", URL: "https://ok.example.org/"}}) {
		t.Errorf("links %v", sess.Links)
	}
	if want := "Line one\n\nLine two\n\nLast one\n\nZ\u0301\u0301\u0301\u0301algo"; sess.Abstract != want {
		t.Errorf("abstract %q, want %q", sess.Abstract, want)
	}
	if s.TimeZone != "" || s.Location == time.Local {
		t.Errorf("an unknown zone name: zone %q, location %v", s.TimeZone, s.Location)
	}
}

// TestSanitiseText: the cleaning rules, one by one.
func TestSanitiseText(t *testing.T) {
	for _, tt := range []struct{ in, inline, block string }{
		{"plain", "plain", "plain"},
		{"  a  b\t c ", "a b c", "a b c"},
		{"a\nb", "a b", "a\nb"},
		{"a\n\n\n\nb\n\n", "a b", "a\n\nb"},
		{"a\r\nb", "a b", "a\nb"},
		{"a\x1b[31mb\x1b]8;;http://x\x1b\\c", "abc", "abc"},
		{"a\u009b2Jb\u0007c\x00d", "abcd", "abcd"},
		{"l\u200er\u200fa\u061cz\u200bw\u2060b\ufeffm\u180eo", "lrazwbmo", "lrazwbmo"},
		{"tag\U000E0041\U000E007Fs", "tags", "tags"},
		{"bidi\u202e\u2066x\u2069", "bidix", "bidix"},
		{"emoji 👩\u200d💻 and \u200cZWNJ", "emoji 👩\u200d💻 and \u200cZWNJ", "emoji 👩\u200d💻 and \u200cZWNJ"},
		{"e" + strings.Repeat("\u0301", 50) + "x", "e\u0301\u0301\u0301\u0301x", "e\u0301\u0301\u0301\u0301x"},
		{"\u0301lead", "lead", "lead"},
		{"tiếng Việt", "tiếng Việt", "tiếng Việt"},
		{"no\u00a0break\u2009thin", "no break thin", "no break thin"},
		{"line\u2028sep", "line sep", "line\nsep"},
		{"bad \xff byte", "bad byte", "bad byte"},
	} {
		if got := cleanInline(tt.in); got != tt.inline {
			t.Errorf("cleanInline(%q) = %q, want %q", tt.in, got, tt.inline)
		}
		if got := cleanBlock(tt.in); got != tt.block {
			t.Errorf("cleanBlock(%q) = %q, want %q", tt.in, got, tt.block)
		}
	}
	for raw, ok := range map[string]bool{
		"https://example.org/a?b=c#d": true, "http://example.org": true, " https://example.org/ ": true,
		"javascript:alert(1)": false, "ftp://example.org/": false, "https://exa mple.org/": false,
		"https://example.org/\x1b[2J": false, "//example.org/x": false, "https://": false, "": false,
		"https://example.org/\u202e": false, "mailto:a@example.org": false,
	} {
		if _, got := cleanURL(raw); got != ok {
			t.Errorf("cleanURL(%q) ok = %v, want %v", raw, got, ok)
		}
	}
}

// TestPageSplitterSharesTheRules: the sessions page's line splitter drops
// the same invisible characters as the pass over every field.
func TestPageSplitterSharesTheRules(t *testing.T) {
	in := "Ti\u200etle\u200b one\U000E0041\u2060\ufeff\u180e\u061c"
	lines := splitCleanLines(in)
	if len(lines) != 1 || lines[0].text != cleanInline(in) || lines[0].text != "Title one" {
		t.Errorf("splitCleanLines(%q) = %+v, cleanInline gives %q", in, lines, cleanInline(in))
	}
}

// TestExportsCarryNoControlCharacters: what the parser removed stays out of
// both exports of a hostile page.
func TestExportsCarryNoControlCharacters(t *testing.T) {
	page := "Evil\x1b[31m Conf\n\nView sessions and slides from Evil Conf\n\nT\x1b]0;x\x07itle\n\n  • N\u009b2Jame, C\x7fo\n\nA\x1b]8;;http://e\x1b\\bstract\x01.\n"
	s, err := ParsePage("evil.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var js, md bytes.Buffer
	if err := export.WriteJSON(&js, s); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteMarkdown(&md, s, export.MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"JSON": js.String(), "Markdown": md.String()} {
		if i := strings.IndexFunc(out, func(r rune) bool { return r != '\n' && forbiddenRune(r) }); i >= 0 {
			t.Errorf("%s export holds a control character at %d: %q", name, i, out)
		}
		for _, word := range []string{"Title", "Name", "Co", "Abstract."} {
			if !strings.Contains(out, word) {
				t.Errorf("%s export lost %q: %q", name, word, out)
			}
		}
	}
}

// TestPlainText: abstracts as sources write them, in the plain-text shape.
func TestPlainText(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"plain paragraphs", "One.\n\nTwo.", "One.\n\nTwo."},
		{"a sentence carried over a line", "It is the\nsame sentence.", "It is the same sentence."},
		{"a line per sentence", "First.\nSecond.", "First.\n\nSecond."},
		{"list items", "Items:\n- a\n* b\n• c\n1) d", "Items:\n\n- a\n- b\n- c\n1. d"},
		{"CR line ends", "a.\rb.", "a.\n\nb."},
		{"HTML paragraphs", "<p>One &amp; two.</p><p>Three.</p>", "One & two.\n\nThree."},
		{"HTML list", "<ul><li>x</li><li>y <b>z</b></li></ul>", "- x\n- y z"},
		{"HTML ordered list", "<ol><li>x</li><li>y</li></ol>", "1. x\n2. y"},
		{"HTML link, text is the address", `<a href="https://x.org/">x.org</a>`, "https://x.org/"},
		{"HTML link", `<p>See <a href="https://x.org/p">this</a>.</p>`, "See this (https://x.org/p)."},
		{"HTML javascript link", `<a href="javascript:x()">click</a>`, "click"},
		{"HTML script and style", "<p>a</p><script>evil()</script><style>p{}</style><p>b</p>", "a\n\nb"},
		{"HTML heading and rule", "<h1>Title</h1><hr><p>Body</p>", "Title\n\nBody"},
		{"HTML image", `<p><img src="x.png" alt="A kiln"> glowing</p>`, "A kiln glowing"},
		{"HTML br", "<p>one<br>two</p>", "one two"},
		{"HTML br after a sentence", "<p>One.<br>Two.</p>", "One.\n\nTwo."},
		{"Markdown", "Some **bold** and [a link](https://x.org/a).\r\n\r\n## Head\r\n\r\n- one\r\n- two", "Some bold and a link (https://x.org/a).\n\nHead\n\n- one\n- two"},
		{"Markdown code", "Use `go test` now.", "Use go test now."},
		{"less-than is not a tag", "x<y, 3 < 4 > 2", "x<y, 3 < 4 > 2"},
		{"less-than in HTML", "<p>3 &lt; 4 &gt; 2</p>", "3 < 4 > 2"},
		{"empty", "  \n ", ""},
	} {
		if got := plainText(tt.in); got != tt.want {
			t.Errorf("%s: plainText(%q) =\n%q\nwant\n%q", tt.name, tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ abstract, description, want string }{
		{"A.", "", "A."},
		{"", "D.", "D."},
		{"A.", "A.", "A."},
		{"A.", "A.\n\nMore.", "A.\n\nMore."},
		{"A. And B.", "B.", "A. And B."},
		{"A.", "D.", "A.\n\nD."},
	} {
		if got := joinAbstract(tt.abstract, tt.description); got != tt.want {
			t.Errorf("joinAbstract(%q, %q) = %q, want %q", tt.abstract, tt.description, got, tt.want)
		}
	}
}

// TestOpenRefs: a path, standard input, a URL and a missing file.
func TestOpenRefs(t *testing.T) {
	path := filepath.Join(schedulesDir, "good_frab_devroom.xml")
	o, err := Open(context.Background(), path, OpenOptions{})
	if err != nil || o.Name != path || len(o.Schedule.Sessions) != 4 || o.Full != nil {
		t.Fatalf("Open(path): %v, %+v", err, o.Name)
	}
	raw, _ := os.ReadFile(path)
	o, err = Open(context.Background(), "-", OpenOptions{Stdin: bytes.NewReader(raw)})
	if err != nil || o.Name != "standard input" || len(o.Schedule.Sessions) != 4 {
		t.Errorf("Open(-): %v, %q", err, o.Name)
	}
	_, err = Open(context.Background(), "https://example.org/schedule.xml", OpenOptions{})
	if err == nil || checkErrorMessage(err) != nil || !strings.HasPrefix(err.Error(), "https://example.org/schedule.xml: ") {
		t.Errorf("Open(URL) = %v, want one line naming the URL", err)
	}
	_, err = Open(context.Background(), filepath.Join(t.TempDir(), "missing.xml"), OpenOptions{})
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Open(context.Background(), t.TempDir(), OpenOptions{}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory: %v", err)
	}
}

// TestOpenLargePagePreview: a sessions page larger than the preview opens
// on its first talks, cleaned, and Full reads the whole page.
func TestOpenLargePagePreview(t *testing.T) {
	var b strings.Builder
	b.WriteString("Big Conf\n\nView sessions and slides from Big Conf\n\n")
	for i := 0; b.Len() < PreviewBytes*2; i++ {
		b.WriteString("Talk \u200bnumber " + strings.Repeat("x", i%7) + "\n\n  • Ann Lee, Acme\n\nAn abstract that goes on for a while to fill the page up.\n\n")
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	o, err := Open(context.Background(), path, OpenOptions{})
	if err != nil || o.Full == nil || o.Format != FormatPage {
		t.Fatalf("large page: %v, full %v", err, o.Full != nil)
	}
	if err := checkOpened(o.Schedule); err != nil {
		t.Errorf("preview: %v", err)
	}
	full, err := o.Full()
	if err != nil || len(full.Sessions) <= len(o.Schedule.Sessions) {
		t.Fatalf("full: %v, %d sessions, preview %d", err, len(full.Sessions), len(o.Schedule.Sessions))
	}
	if err := checkOpened(full); err != nil {
		t.Errorf("full: %v", err)
	}
}
