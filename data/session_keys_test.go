package data

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// icsEvent is one VEVENT of a test calendar.
type icsEvent struct{ uid, summary, start, room string }

func icsOf(events ...icsEvent) []byte {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nX-WR-CALNAME:Keys Con\r\n")
	for _, ev := range events {
		b.WriteString("BEGIN:VEVENT\r\n")
		if ev.uid != "" {
			b.WriteString("UID:" + ev.uid + "\r\n")
		}
		b.WriteString("SUMMARY:" + ev.summary + "\r\n")
		if ev.start != "" {
			b.WriteString("DTSTART:" + ev.start + "\r\nDURATION:PT30M\r\n")
		}
		if ev.room != "" {
			b.WriteString("LOCATION:" + ev.room + "\r\n")
		}
		b.WriteString("END:VEVENT\r\n")
	}
	b.WriteString("END:VCALENDAR\r\n")
	return []byte(b.String())
}

// idAt is the id of the session titled title starting at start (UTC
// "15:04" on any day), failing when there is none.
func idAt(tb testing.TB, s model.Schedule, title, start string) string {
	tb.Helper()
	for _, sess := range s.Sessions {
		if sess.Title == title && sess.Start.UTC().Format("Mon 15:04") == start {
			return sess.ID
		}
	}
	tb.Fatalf("no %q at %s", title, start)
	return ""
}

func readKeysICS(tb testing.TB, raw []byte, opts OpenOptions) model.Schedule {
	tb.Helper()
	o, err := OpenBytes("keys.ics", raw, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return o.Schedule
}

// TestSessionIDRules: a session is keyed by its UID only when the UID is
// stable; otherwise by title, start and room, so ids are unique and do not
// depend on other sessions of the same title.
func TestSessionIDRules(t *testing.T) {
	tests := []struct {
		name   string
		events []icsEvent
		want   []string // ids in time order
	}{
		{"a stable UID keys its event",
			[]icsEvent{{uid: "talk-42@keys.example", summary: "Open Space", start: "20150919T143000Z", room: "Room D"}},
			[]string{"talk-42@keys.example"}},
		{"a UID made at build time does not",
			[]icsEvent{{uid: "20160417T070217Z-32078@worker-3394", summary: "Open Space", start: "20150919T143000Z", room: "Room D"}},
			[]string{"open-space--20150919t143000z--room-d"}},
		{"nor one without Z",
			[]icsEvent{{uid: "20160417T070217-1650@host", summary: "Open Space", start: "20150919T143000Z", room: "Room D"}},
			[]string{"open-space--20150919t143000z--room-d"}},
		{"nor a missing UID",
			[]icsEvent{{summary: "Open Space", start: "20150919T143000Z", room: "Room D"}},
			[]string{"open-space--20150919t143000z--room-d"}},
		{"nor a UID two events share",
			[]icsEvent{
				{uid: "same", summary: "Open Space", start: "20150919T090000Z", room: "Room D"},
				{uid: "same", summary: "Open Space", start: "20150919T143000Z", room: "Room D"},
			},
			[]string{"open-space--20150919t090000z--room-d", "open-space--20150919t143000z--room-d"}},
		{"same title, same time, other rooms",
			[]icsEvent{
				{summary: "Open Space", start: "20150919T143000Z", room: "Room D"},
				{summary: "Open Space", start: "20150919T143000Z", room: "Ballroom"},
			},
			[]string{"open-space--20150919t143000z--room-d", "open-space--20150919t143000z--ballroom"}},
		{"no room",
			[]icsEvent{{summary: "Lunch", start: "20150919T120000Z"}},
			[]string{"lunch--20150919t120000z"}},
		{"the very same slot twice keeps both",
			[]icsEvent{
				{summary: "Lunch", start: "20150919T120000Z", room: "Hall"},
				{summary: "Lunch", start: "20150919T120000Z", room: "Hall"},
			},
			[]string{"lunch--20150919t120000z--hall", "lunch--20150919t120000z--hall-2"}},
		{"a floating time as written",
			[]icsEvent{{summary: "Open Space", start: "20150919T153000", room: "Room D"}},
			[]string{"open-space--20150919t153000--room-d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := readKeysICS(t, icsOf(tt.events...), OpenOptions{})
			var got []string
			seen := map[string]bool{}
			for _, sess := range s.Sessions {
				got = append(got, sess.ID)
				if seen[sess.ID] {
					t.Errorf("id %q twice", sess.ID)
				}
				seen[sess.ID] = true
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("ids %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRemovingAnEarlierSessionKeepsTheBookmark: with one earlier "Open
// Space" gone from the next build of the calendar (whose UIDs all
// change), the id bookmarked for Sat 15:30 still names Sat 15:30.
func TestRemovingAnEarlierSessionKeepsTheBookmark(t *testing.T) {
	build := func(stamp string, skipFirst bool) []byte {
		slots := []icsEvent{
			{summary: "Open Space", start: "20150919T090000Z", room: "Room D"},
			{summary: "Open Space", start: "20150919T153000Z", room: "Room D"},
			{summary: "Open Space", start: "20150920T090000Z", room: "Room D"},
		}
		if skipFirst {
			slots = slots[1:]
		}
		for i := range slots {
			slots[i].uid = fmt.Sprintf("%s-%d@builder", stamp, 100+i)
		}
		return icsOf(slots...)
	}
	before := readKeysICS(t, build("20160417T070217Z", false), OpenOptions{})
	marked := idAt(t, before, "Open Space", "Sat 15:30")
	after := readKeysICS(t, build("20160418T101010Z", true), OpenOptions{})
	for _, sess := range after.Sessions {
		if sess.ID == marked {
			if got := sess.Start.UTC().Format("Mon 15:04"); got != "Sat 15:30" {
				t.Fatalf("the bookmark %q moved to %s", marked, got)
			}
			return
		}
	}
	t.Fatalf("the bookmark %q names no session of the new build", marked)
}

// TestSessionKeyIgnoresTheZoneShown: --tz changes the times shown, not
// the ids bookmarks hold.
func TestSessionKeyIgnoresTheZoneShown(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip(err)
	}
	for _, start := range []string{"20150919T143000Z", "20150919T153000"} {
		raw := icsOf(icsEvent{summary: "Open Space", start: start, room: "Room D"})
		plain := readKeysICS(t, raw, OpenOptions{})
		zoned := readKeysICS(t, raw, OpenOptions{Location: london})
		if plain.Sessions[0].ID != zoned.Sessions[0].ID {
			t.Errorf("%s: id %q without --tz, %q with", start, plain.Sessions[0].ID, zoned.Sessions[0].ID)
		}
	}
}

// TestFormerIDs: the ids the counter rule gave map to the ids now, so
// bookmarks saved by an earlier version can move.
func TestFormerIDs(t *testing.T) {
	s := readKeysICS(t, icsOf(
		icsEvent{summary: "Open Space", start: "20150919T090000Z", room: "Room D"},
		icsEvent{summary: "Open Space", start: "20150919T153000Z", room: "Room D"},
		icsEvent{uid: "keynote@keys.example", summary: "Keynote", start: "20150919T080000Z", room: "Hall"},
	), OpenOptions{})
	want := map[string]string{
		"open-space":   "open-space--20150919t090000z--room-d",
		"open-space-2": "open-space--20150919t153000z--room-d",
	}
	if fmt.Sprint(s.FormerIDs) != fmt.Sprint(want) {
		t.Errorf("FormerIDs = %q, want %q", s.FormerIDs, want)
	}
}

// TestPipedCalendarKey: a calendar without a name piped in is keyed by
// its content, not by "standard input", which every such calendar shared.
func TestPipedCalendarKey(t *testing.T) {
	one := []byte(strings.Replace(string(icsOf(icsEvent{summary: "Open Space", start: "20150919T143000Z", room: "Room D"})), "X-WR-CALNAME:Keys Con\r\n", "", 1))
	two := []byte(strings.Replace(string(icsOf(icsEvent{summary: "Lunch", start: "20150919T120000Z"})), "X-WR-CALNAME:Keys Con\r\n", "", 1))
	keyOf := func(raw []byte) string {
		t.Helper()
		o, err := OpenBytes(stdinName, raw, OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return o.Schedule.BookmarkKey()
	}
	if a, b := keyOf(one), keyOf(two); a == b || a != keyOf(one) || !strings.HasPrefix(a, "ics-") {
		t.Errorf("piped calendars keyed %q and %q", a, b)
	}
}

// TestPyConUKKeysUnique: PyCon UK's thirteen "Open Space" sessions, whose
// UIDs change with every build, each have a key of their own, so the
// export's key and a bookmark name one slot.
func TestPyConUKKeysUnique(t *testing.T) {
	requireSamples(t)
	raw, err := os.ReadFile(filepath.Join(samplesDir, "pyconuk-2015.schedule.ics"))
	if err != nil {
		t.Fatal(err)
	}
	s := readKeysICS(t, raw, OpenOptions{})
	keys, spaces := map[string]bool{}, 0
	for _, sess := range s.Sessions {
		if keys[sess.Key] {
			t.Errorf("key %q twice", sess.Key)
		}
		keys[sess.Key] = true
		if strings.HasPrefix(sess.Title, "Open Space") {
			spaces++
			if sess.Key != sess.ID || !strings.Contains(sess.Key, "--2015") {
				t.Errorf("Open Space keyed %q, id %q", sess.Key, sess.ID)
			}
		}
	}
	if spaces != 13 {
		t.Errorf("%d Open Space sessions, want 13", spaces)
	}
}
