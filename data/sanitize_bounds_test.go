package data

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// TestCleanFieldCuts: a one-line field is cleaned, then cut at
// maxFieldRunes with an ellipsis, the ellipsis included; what cleaning
// removes does not count, and a cut never splits a character from its
// marks or leaves a joiner before the ellipsis.
func TestCleanFieldCuts(t *testing.T) {
	at := func(s string, n int) string { return strings.Repeat(s, n) }
	tests := []struct {
		name, in, want string
		cut            bool
	}{
		{"short", "Rust on Tiny Boards", "Rust on Tiny Boards", false},
		{"short, unclean", " a\x1b[31m  b\n", "a b", false},
		{"at the limit", at("x", maxFieldRunes), at("x", maxFieldRunes), false},
		{"one over", at("x", maxFieldRunes+1), at("x", maxFieldRunes-1) + "…", true},
		{"one over after a space", at("x", maxFieldRunes) + " y", at("x", maxFieldRunes-1) + "…", true},
		{"escapes do not count", at("\x1b[31mx", maxFieldRunes), at("x", maxFieldRunes), false},
		{"spaces collapse before counting", at("x   ", maxFieldRunes/2), strings.TrimSpace(at("x ", maxFieldRunes/2)), false},
		{"trailing space is no cut", at("x", maxFieldRunes) + at(" ", 5000), at("x", maxFieldRunes), false},
		{"no space before the ellipsis", at("x", maxFieldRunes-2) + " " + at("y", 10), at("x", maxFieldRunes-2) + "…", true},
		{"wide characters count once", at("山", 50000), at("山", maxFieldRunes-1) + "…", true},
		{"marks stay with their letter", at("e\u0301", maxFieldRunes), at("e\u0301", maxFieldRunes/2-1) + "…", true},
		{"no joiner before the ellipsis", at("x", maxFieldRunes-2) + "👩\u200d💻" + at("x", 10), at("x", maxFieldRunes-2) + "…", true},
		{"fifty megabytes", at("Aurora ", 50<<20/7), strings.TrimSpace(firstRunes(at("Aurora ", maxFieldRunes), maxFieldRunes-1)) + "…", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := cleanField(tt.in)
			if got != tt.want || cut != tt.cut {
				t.Errorf("cleanField = %q (%d runes), %v; want %q (%d runes), %v",
					short(got), utf8.RuneCountInString(got), cut, short(tt.want), utf8.RuneCountInString(tt.want), tt.cut)
			}
			if n := utf8.RuneCountInString(got); n > maxFieldRunes+model.MaxMarks {
				t.Errorf("%d runes, over the limit", n)
			}
		})
	}
}

// short quotes the ends of a long string in a failure.
func short(s string) string {
	if len(s) <= 80 {
		return s
	}
	return s[:40] + "⋯" + s[len(s)-40:]
}

// TestSanitizeCountsCuts: the pass cuts every one-line field a source can
// make long, drops links over maxLinkBytes, keeps the rest of the talk and
// counts both, which CutsNotice says in one line.
func TestSanitizeCountsCuts(t *testing.T) {
	long := strings.Repeat("long ", maxFieldRunes)
	longLink := "https://example.org/" + strings.Repeat("a", 1<<20)
	s := model.Schedule{
		Conference: "Polar Conf",
		Tracks:     []string{long},
		Sessions: []model.Session{{
			Title: long, Room: long, Track: long, Type: long,
			Speakers: []model.Speaker{{Name: long, Company: "Acme"}},
			Links: []model.Link{
				{URL: longLink, Title: "Slides"},
				{URL: "https://example.org/video", Title: long},
				{URL: "https://example.org/" + strings.Repeat("a", maxLinkBytes-len("https://example.org/")), Title: "At the limit"},
			},
			Abstract: "Kept.",
		}},
	}
	sanitizeSchedule(&s)
	if want := (model.Cuts{Fields: 7, Links: 1}); s.Cuts != want {
		t.Errorf("cuts = %+v, want %+v", s.Cuts, want)
	}
	sess := s.Sessions[0]
	for name, f := range map[string]string{"title": sess.Title, "room": sess.Room, "track": sess.Track, "type": sess.Type,
		"name": sess.Speakers[0].Name, "link title": sess.Links[0].Title, "schedule's track": s.Tracks[0]} {
		if !strings.HasSuffix(f, "…") || utf8.RuneCountInString(f) > maxFieldRunes {
			t.Errorf("%s: %d runes ending %q, want at most %d ending in an ellipsis", name, utf8.RuneCountInString(f), f[len(f)-10:], maxFieldRunes)
		}
	}
	if len(sess.Links) != 2 || sess.Links[0].URL != "https://example.org/video" || sess.Links[1].Title != "At the limit" {
		t.Errorf("links %d, want the long one dropped and the other two kept", len(sess.Links))
	}
	if sess.Abstract != "Kept." || sess.Speakers[0].Company != "Acme" {
		t.Errorf("the rest of the talk changed: %q, %q", sess.Abstract, sess.Speakers[0].Company)
	}
	if got, want := CutsNotice(&s), "7 fields cut to 2000 characters; 1 link over 8 KiB dropped"; got != want {
		t.Errorf("notice %q, want %q", got, want)
	}
	if got := CutsNotice(&model.Schedule{}); got != "" {
		t.Errorf("notice with nothing cut %q, want none", got)
	}
}

// TestPageLongTitleKeepsTalk: a sessions page, in either layout, whose
// third of five talks has a title of over 2,000 characters keeps that
// talk with its speaker and abstract, its title cut; the other talks are
// as they were.
func TestPageLongTitleKeepsTalk(t *testing.T) {
	title := strings.TrimSpace(strings.Repeat("Streaming all the things, again and again. ", 50))
	names := []string{"Opening the Stream", "The Log Is the Database", title, "Exactly Once in Practice", "Operating Brokers at Scale"}
	people := []string{"Ada Lovelace", "Edgar Codd", "Grace Hopper", "Barbara Liskov", "Tim Berners"}
	var byTrack, list strings.Builder
	byTrack.WriteString("Polar Conf 2030\n\nView sessions and slides from Polar Conf 2030\n\nCore Streams\n\n")
	list.WriteString("Polar Conf 2030\n\nView all the presentations from Polar Conf 2030\n\nCore Streams\n\n")
	for i, n := range names {
		byTrack.WriteString(n + "\n\n  • " + people[i] + ", Acme\n\nAbstract number " + string(rune('1'+i)) + ".\n\n")
		list.WriteString("• " + n + "\n" + people[i] + ", Acme\nView Description\nAbstract number " + string(rune('1'+i)) + ".\n\n")
	}
	for layout, page := range map[string]string{"by track": byTrack.String(), "list": list.String()} {
		t.Run(layout, func(t *testing.T) {
			o, err := OpenBytes("page.txt", []byte(page), OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			s := o.Schedule
			if len(s.Sessions) != len(names) {
				t.Fatalf("%d talks %q, want %d", len(s.Sessions), titlesOf(s), len(names))
			}
			for i, sess := range s.Sessions {
				wantTitle := names[i]
				if i == 2 {
					wantTitle = string([]rune(title)[:maxFieldRunes-1]) + "…"
					wantTitle = strings.TrimSpace(strings.TrimSuffix(wantTitle, "…")) + "…"
				}
				if sess.Title != wantTitle {
					t.Errorf("talk %d: title %q, want %q", i+1, short(sess.Title), short(wantTitle))
				}
				if len(sess.Speakers) != 1 || sess.Speakers[0].Name != people[i] {
					t.Errorf("talk %d: speakers %+v, want %s", i+1, sess.Speakers, people[i])
				}
				if want := "Abstract number " + string(rune('1'+i)) + "."; sess.Abstract != want {
					t.Errorf("talk %d: abstract %q, want %q", i+1, short(sess.Abstract), want)
				}
			}
			if want := (model.Cuts{Fields: 1}); s.Cuts != want {
				t.Errorf("cuts %+v, want %+v", s.Cuts, want)
			}
			if want := "1 field cut to 2000 characters"; o.Notice != want {
				t.Errorf("the status line's notice %q, want %q", o.Notice, want)
			}
		})
	}
}

// FuzzWriteCleanLimit: cleaning with a limit writes a prefix of what
// cleaning without one writes, all of it when it reports no cut, and
// never more runes than the limit (marks on the last character aside).
func FuzzWriteCleanLimit(f *testing.F) {
	f.Add("Rust on Tiny Boards", 5)
	f.Add(" a\x1b[31m  b\n c  ", 2)
	f.Add("e\u0301\u0301 x 👩\u200d💻 y", 3)
	f.Add("山田 太郎\u3000x", 4)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 1 || limit > 64 {
			return
		}
		whole := cleanInline(s)
		var b strings.Builder
		cut := model.WriteCleanLine(&b, s, limit)
		got := b.String()
		if !strings.HasPrefix(whole, got) {
			t.Fatalf("limit %d: %q is no prefix of %q", limit, got, whole)
		}
		if !cut && got != whole {
			t.Fatalf("limit %d: %q, no cut, want %q", limit, got, whole)
		}
		if cut && got == whole {
			t.Fatalf("limit %d: %q reported cut, but it is whole", limit, got)
		}
		if n := utf8.RuneCountInString(got); n > limit+model.MaxMarks {
			t.Fatalf("limit %d: %d runes", limit, n)
		}
	})
}
