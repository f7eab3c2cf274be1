package ui

import "testing"

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
