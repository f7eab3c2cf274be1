package model

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSlug(t *testing.T) {
	tests := []struct {
		name, title, want string
	}{
		{"seed title", "Running Kafka® in Kubernetes: A Practical Guide", "running-kafka-in-kubernetes-a-practical-guide"},
		{"question mark", "So You’ve Inherited Kafka®? Now What?", "so-youve-inherited-kafka-now-what"},
		{"accents folded", "Café à la Carte: Évènements Déjà Vu", "cafe-a-la-carte-evenements-deja-vu"},
		{"ligatures and eszett", "Œuvres Straße Æsir", "oeuvres-strasse-aesir"},
		{"Polish and Czech", "Łódź Žluťoučký Kůň", "lodz-zlutoucky-kun"},
		{"combining accent dropped", "Cafe\u0301 Ole\u0301", "cafe-ole"},
		{"letters that fold once lowered", "\u212Bngstr\u00F6m Gro\u1E9E", "angstrom-gross"},
		{"letters without a lower case kept", "\U0001D680 Code", "\U0001D680-code"},
		{"ASCII apostrophe", "Talking Traffic: Data in the Driver's Seat", "talking-traffic-data-in-the-drivers-seat"},
		{"typographic apostrophes", "Don’t ‘Panic’ Itʼs Fine", "dont-panic-its-fine"},
		{"CJK kept", "ストリーム処理入門", "ストリーム処理入門"},
		{"CJK with emoji", "ストリーム処理入門 🚀", "ストリーム処理入門"},
		{"Cyrillic lowered", "Kafka в Яндексе: Опыт", "kafka-в-яндексе-опыт"},
		{"Greek lowered", "Ροές Δεδομένων", "ροές-δεδομένων"},
		{"Arabic", "تدفق البيانات", "تدفق-البيانات"},
		{"emoji are separators", "🚀 Launch 🎉 Party 🎉", "launch-party"},
		{"only emoji", "🚀🎉", "session"},
		{"only punctuation", "!!! ??? ...", "session"},
		{"empty", "", "session"},
		{"spaces only", "   \t ", "session"},
		{"punctuation runs make one hyphen", "Apache Kafka® vs. Integration Middleware (MQ, ETL, ESB) - Friends?", "apache-kafka-vs-integration-middleware-mq-etl-esb-friends"},
		{"no leading or trailing hyphen", "  --Hello, World!--  ", "hello-world"},
		{"digits and version numbers", "MirrorMaker 2.0 at 10X", "mirrormaker-2-0-at-10x"},
		{"symbols", "C++ & C# | Go", "c-c-go"},
		{"already a slug", "running-kafka-in-kubernetes", "running-kafka-in-kubernetes"},
		{"hello-streams", "hello-streams: Introducing the Stream First Mindset", "hello-streams-introducing-the-stream-first-mindset"},
		{"long title cut at a word", strings.Repeat("Kafka Streams ", 20),
			"kafka-streams-kafka-streams-kafka-streams-kafka-streams-kafka-streams-kafka-streams-kafka-streams-kafka-streams-kafka"},
		{"long word cut", strings.Repeat("a", 200), strings.Repeat("a", 120)},
		{"long CJK cut on a character", strings.Repeat("ストリーム", 30), strings.Repeat("ストリーム", 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.title); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

// FuzzSlug: any title gives a usable id: non-empty, at most 120 bytes of
// valid UTF-8, lowered letters and digits joined by single hyphens, and
// the slug of a slug is itself (so a title's letters, however written,
// fold the same way).
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Running Kafka® in Kubernetes", "Café", "ストリーム", "🚀", "", "Don’t", strings.Repeat("ab ", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		s := Slug(title)
		if s == "" || len(s) > maxSlugBytes || !utf8.ValidString(s) {
			t.Fatalf("Slug(%q) = %q: empty, too long or not UTF-8", title, s)
		}
		if strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") || strings.Contains(s, "--") {
			t.Fatalf("Slug(%q) = %q: stray hyphens", title, s)
		}
		for _, r := range s {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) || unicode.ToLower(r) != r {
				t.Fatalf("Slug(%q) = %q holds %q", title, s, r)
			}
		}
		if again := Slug(s); again != s {
			t.Fatalf("Slug(Slug(%q)) = %q, not %q", title, again, s)
		}
	})
}

func TestUniqueIDs(t *testing.T) {
	tests := []struct {
		name   string
		titles []string
		want   []string
	}{
		{"no collisions", []string{"Opening", "Closing"}, []string{"opening", "closing"}},
		{"same title three times", []string{"TBA", "TBA", "TBA"}, []string{"tba", "tba-2", "tba-3"}},
		{"titles that slug the same", []string{"Ask Me Anything", "Ask me anything!", "ASK ME ANYTHING?"},
			[]string{"ask-me-anything", "ask-me-anything-2", "ask-me-anything-3"}},
		{"a suffix already taken by a title", []string{"Q&A 2", "Q&A", "Q&A"}, []string{"q-a-2", "q-a", "q-a-3"}},
		{"a later title colliding with a suffix", []string{"Q&A", "Q&A", "Q&A 2"}, []string{"q-a", "q-a-2", "q-a-2-2"}},
		{"titles without letters", []string{"🚀", "!!!", "session"}, []string{"session", "session-2", "session-3"}},
		{"none", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := UniqueIDs(slugsOf(tt.titles))
			if !slices.Equal(got, tt.want) {
				t.Errorf("UniqueIDs(slugs of %q) = %q, want %q", tt.titles, got, tt.want)
			}
			if again := UniqueIDs(slugsOf(tt.titles)); !slices.Equal(again, got) {
				t.Errorf("UniqueIDs is not stable: %q then %q", got, again)
			}
		})
	}
}

// TestUniqueIDsOfKeys: a source's keys are taken as they are, case and
// all; only repeats change.
func TestUniqueIDsOfKeys(t *testing.T) {
	keys := []string{"Talk", "talk", "Talk", "3f2a-guid", "3f2a-guid"}
	want := []string{"Talk", "talk", "Talk-2", "3f2a-guid", "3f2a-guid-2"}
	if got := UniqueIDs(keys); !slices.Equal(got, want) {
		t.Errorf("UniqueIDs(%q) = %q, want %q", keys, got, want)
	}
}

func slugsOf(titles []string) []string {
	out := make([]string, len(titles))
	for i, t := range titles {
		out[i] = Slug(t)
	}
	return out
}

// TestUniqueIDsManyRepeats: thousands of talks with one title (a page of
// "TBA" slots) get the ids a plain count would give.
func TestUniqueIDsManyRepeats(t *testing.T) {
	titles := repeatedTitles(2000)
	got := UniqueIDs(slugsOf(titles))
	if want := referenceUniqueIDs(titles); !slices.Equal(got, want) {
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("id %d of %q = %q, want %q", i, titles[i], got[i], want[i])
			}
		}
	}
}

// BenchmarkUniqueIDsRepeats: 20,000 talks named alike; counting from 2 for
// each was quadratic (seconds), this must stay in milliseconds.
func BenchmarkUniqueIDsRepeats(b *testing.B) {
	titles := repeatedTitles(20000)
	b.ReportAllocs()
	for b.Loop() {
		UniqueIDs(slugsOf(titles))
	}
}

func repeatedTitles(n int) []string {
	titles := make([]string, n)
	for i := range titles {
		titles[i] = "TBA"
		if i%7 == 0 {
			titles[i] = "TBA " + strconv.Itoa(i/7+2) // "tba-2", "tba-3", … taken early
		}
	}
	return titles
}

// FuzzUniqueIDs compares UniqueIDs with the plain form that counts from 2
// for every repeat: ids are unique and the same as it gives.
func FuzzUniqueIDs(f *testing.F) {
	f.Add("a\na\na 2\na\na-3\nA")
	f.Add("Q&A 2\nQ&A\nQ&A\nq a 3\nq-a")
	f.Fuzz(func(t *testing.T, joined string) {
		titles := strings.Split(joined, "\n")
		got := UniqueIDs(slugsOf(titles))
		if want := referenceUniqueIDs(titles); !slices.Equal(got, want) {
			t.Fatalf("UniqueIDs(%q) = %q, want %q", titles, got, want)
		}
		seen := map[string]bool{}
		for _, id := range got {
			if seen[id] {
				t.Fatalf("UniqueIDs(%q) repeats %q", titles, id)
			}
			seen[id] = true
		}
	})
}

func referenceUniqueIDs(titles []string) []string {
	ids := make([]string, len(titles))
	used := map[string]bool{}
	for i, t := range titles {
		base := Slug(t)
		id := base
		for n := 2; used[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		used[id] = true
		ids[i] = id
	}
	return ids
}
