package ui

import (
	"strings"
	"testing"
)

// The filter of an index says what it searches.
func TestIndexPlaceholderIsHonest(t *testing.T) {
	for _, tt := range []struct{ key, want string }{{"s", "a speaker's name or company"}, {"c", "a company or one of its people"}} {
		h := newHarness(t, 120, 40)
		h.press(tt.key, "/")
		h.requireScreenContains(tt.want)
		h.requireScreenLacks("a word of the abstract")
	}
}

// Search finds what people type: typographic apostrophes, and a word of
// an abstract only where the word is.
func TestSearchFindsWhatPeopleType(t *testing.T) {
	for _, tt := range []struct{ query, want string }{
		{"don't", "Don’t Be Scared"}, {"you've", "So You’ve Inherited Kafka"},
	} {
		h := newHarness(t, 120, 40)
		h.press("/")
		h.typeText(tt.query)
		h.requireScreenContains(tt.want)
	}
	h := newHarness(t, 120, 40)
	h.press("/")
	h.typeText("readiness")
	h.requireScreenContains(fourthTalk[:20])
	h.requireScreenLacks("hello-streams")
	if got := h.position(); got != "1/1" {
		t.Fatalf("/readiness finds %s talks, want only the one that says it", got)
	}
}

// The filter's placeholder fits its line: at every width it is whole or
// cut after a word with an ellipsis, never cut inside a word.
func TestFilterPlaceholderFitsItsWidth(t *testing.T) {
	for _, tt := range []struct {
		width int
		want  string
	}{
		{45, "/ title, speaker, company…"},
		{80, "/ title, speaker, company, track or a word of the abstract"},
		{120, "/ title, speaker, company, track…"},
	} {
		h := newHarness(t, tt.width, 14)
		h.press("/")
		line := h.line(3)
		if !strings.Contains(line, tt.want+" ") {
			t.Errorf("at %d columns the filter line is %q, want %q", tt.width, line, tt.want)
		}
	}
}

func TestFitPlaceholder(t *testing.T) {
	g := Glyphs{Ellipsis: "…"}
	for _, tt := range []struct {
		text  string
		width int
		want  string
	}{
		{"title, speaker, company", 30, "title, speaker, company"},
		{"title, speaker, company", 23, "title, speaker, company"},
		{"title, speaker, company", 22, "title, speaker…"},
		{"title, speaker, company", 15, "title, speaker…"},
		{"title, speaker, company", 14, "title…"},
		{"title, speaker, company", 4, "tit…"},
		{"words, or day:sat room:… after:14:00 (see ?)", 25, "words, or day:sat room…"},
		{"title or speaker", 12, "title…"},
	} {
		if got := fitPlaceholder(g, tt.text, tt.width); got != tt.want {
			t.Errorf("fitPlaceholder(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}
