package data

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseDirectory(t *testing.T) {
	tests := []struct {
		name    string
		menu    string
		want    []DirectoryEntry
		wantErr string
	}{
		{
			name: "as Giggity writes it",
			menu: `{"version": 2026010100, "schedules": [{"id": "fosdem_2026", "version": 2026012001, "url": "https://fosdem.org/2026/schedule/xml", "title": "FOSDEM 2026", "start": "2026-01-31", "end": "2026-02-01", "timezone": "Europe/Brussels", "refresh_interval": 3600, "metadata": {"links": [{"url": "https://fosdem.org", "title": "Website"}], "rooms": []}}]}`,
			want: []DirectoryEntry{{ID: "fosdem_2026", Title: "FOSDEM 2026", URL: "https://fosdem.org/2026/schedule/xml",
				Start: day("2026-01-31"), End: day("2026-02-01"), Timezone: "Europe/Brussels", Refresh: time.Hour}},
		},
		{
			name: "numbers as strings, dates with times, a byte-order mark",
			menu: "\ufeff" + `{"version": "7", "schedules": [{"id": 42, "url": "http://example.org/s.ics", "title": "Nordlicht", "start": "2027-03-01T09:00:00+01:00", "end": "2027-03-02 18:00", "refresh_interval": "600"}]}`,
			want: []DirectoryEntry{{ID: "42", Title: "Nordlicht", URL: "http://example.org/s.ics",
				Start: day("2027-03-01"), End: day("2027-03-02"), Refresh: 10 * time.Minute}},
		},
		{
			name: "broken entries skipped, the rest kept",
			menu: `{"schedules": ["x", 3, null, {"id": "no_url", "title": "No URL"}, {"id": "ftp", "url": "ftp://example.org/s.xml"},
				{"id": "nameless_but_id", "url": "https://example.org/a.xml", "start": "soon", "refresh_interval": -5},
				{"url": "https://example.org/b.xml"}]}`,
			want: []DirectoryEntry{{ID: "nameless_but_id", Title: "nameless_but_id", URL: "https://example.org/a.xml"}},
		},
		{
			name: "controls in a title are cleaned",
			menu: `{"schedules": [{"id": "x", "url": "https://example.org/x", "title": "Evil\u001b[31m Conf\u0007"}]}`,
			want: []DirectoryEntry{{ID: "x", Title: "Evil Conf", URL: "https://example.org/x"}},
		},
		{name: "empty list", menu: `{"schedules": []}`},
		{name: "no schedules", menu: `{"version": 1}`, wantErr: `no "schedules" list`},
		{name: "not JSON", menu: `<html>`, wantErr: "not JSON"},
		{name: "schedules not a list", menu: `{"schedules": {}}`, wantErr: `not an object with a "schedules" list`},
		{name: "an array", menu: `[]`, wantErr: `not an object`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDirectory([]byte(tt.menu))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestLookupDirectory(t *testing.T) {
	entries := []DirectoryEntry{
		{ID: "fosdem_2025", Title: "FOSDEM 2025"},
		{ID: "fosdem_2026", Title: "FOSDEM 2026"},
		{ID: "nl27", Title: "Nordlicht Days"},
		{ID: "fosdem", Title: "Something else"},
		{ID: "ccc", Title: "38C3: Illegal Instructions"},
	}
	tests := []struct {
		name string
		want []string
	}{
		{"fosdem_2026", []string{"fosdem_2026"}},
		{"FOSDEM_2025", []string{"fosdem_2025"}},
		{"fosdem", []string{"fosdem"}}, // an exact id wins over title words
		{"nordlicht", []string{"nl27"}},
		{"Nordlicht", []string{"nl27"}},
		{"2026", []string{"fosdem_2026"}},
		{"38c3", []string{"ccc"}},
		{"illegal instructions", []string{"ccc"}},
		{"days", []string{"nl27"}},
		{"nord", nil}, // words are whole
		{"else fosdem", []string{"fosdem"}},
		{"zzz", nil},
		{"--", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range LookupDirectory(entries, tt.name) {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("LookupDirectory(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	several := LookupDirectory(entries[:3], "fosdem")
	if len(several) != 2 {
		t.Errorf("fosdem among two FOSDEMs: %d matches, want 2", len(several))
	}
}

func TestSortDirectory(t *testing.T) {
	entries := []DirectoryEntry{
		{ID: "past_old", Start: day("2020-01-01"), End: day("2020-01-02")},
		{ID: "undated"},
		{ID: "later", Start: day("2026-09-01"), End: day("2026-09-02")},
		{ID: "past_recent", Start: day("2026-05-01"), End: day("2026-05-02")},
		{ID: "current", Start: day("2026-06-14"), End: day("2026-06-16")},
		{ID: "ends_today", Start: day("2026-06-13"), End: day("2026-06-15")},
	}
	SortDirectory(entries, time.Date(2026, 6, 15, 23, 0, 0, 0, time.UTC))
	var got []string
	for _, e := range entries {
		got = append(got, e.ID)
	}
	want := []string{"ends_today", "current", "later", "past_recent", "past_old", "undated"}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestIsDirectoryName(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("present", []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for ref, want := range map[string]bool{
		"fosdem_2026": true, "nordlicht": true, "present": false, "": false, "-": false,
		"https://example.org/x": false, "schedule.xml": false, "sub/file": false,
	} {
		if got := IsDirectoryName(ref); got != want {
			t.Errorf("IsDirectoryName(%q) = %v, want %v", ref, got, want)
		}
	}
}
