package model

import (
	"slices"
	"testing"
)

func TestBookmarkSetZeroValue(t *testing.T) {
	var b BookmarkSet
	if b.Has("anything") || b.Len() != 0 || len(b.IDs()) != 0 {
		t.Errorf("the zero BookmarkSet is not empty: %v", b.IDs())
	}
	on := b.Set("talk", true)
	if !on.Has("talk") || on.Len() != 1 {
		t.Errorf("Set on the zero value: %v", on.IDs())
	}
	if b.Has("talk") {
		t.Error("Set changed the zero value it was called on")
	}
}

func TestBookmarkSet(t *testing.T) {
	b := NewBookmarkSet([]string{"kafka-streams-at-scale", "is-kafka-a-database", "kafka-streams-at-scale", "gone-from-the-page"})
	if got, want := b.IDs(), []string{"gone-from-the-page", "is-kafka-a-database", "kafka-streams-at-scale"}; !slices.Equal(got, want) {
		t.Errorf("IDs() = %q, want %q (sorted, once each, ids not on the page kept)", got, want)
	}
	if b.Len() != 3 {
		t.Errorf("Len() = %d, want 3", b.Len())
	}

	added := b.Set("fast-kafka-apps", true)
	removed := added.Set("is-kafka-a-database", false)
	again := removed.Set("kafka-streams-at-scale", true)
	missing := again.Set("never-bookmarked", false)

	for _, c := range []struct {
		name string
		set  BookmarkSet
		want []string
	}{
		{"original, untouched by Set", b, []string{"gone-from-the-page", "is-kafka-a-database", "kafka-streams-at-scale"}},
		{"after adding", added, []string{"fast-kafka-apps", "gone-from-the-page", "is-kafka-a-database", "kafka-streams-at-scale"}},
		{"after removing", removed, []string{"fast-kafka-apps", "gone-from-the-page", "kafka-streams-at-scale"}},
		{"adding one already there", again, []string{"fast-kafka-apps", "gone-from-the-page", "kafka-streams-at-scale"}},
		{"removing one not there", missing, []string{"fast-kafka-apps", "gone-from-the-page", "kafka-streams-at-scale"}},
	} {
		if got := c.set.IDs(); !slices.Equal(got, c.want) {
			t.Errorf("%s: IDs() = %q, want %q", c.name, got, c.want)
		}
		for _, id := range c.want {
			if !c.set.Has(id) {
				t.Errorf("%s: Has(%q) = false", c.name, id)
			}
		}
		if c.set.Len() != len(c.want) {
			t.Errorf("%s: Len() = %d, want %d", c.name, c.set.Len(), len(c.want))
		}
	}
	if removed.Has("is-kafka-a-database") {
		t.Error("removed id still bookmarked")
	}
}

func TestNewBookmarkSetEmpty(t *testing.T) {
	for _, ids := range [][]string{nil, {}} {
		b := NewBookmarkSet(ids)
		if b.Len() != 0 || b.IDs() == nil || len(b.IDs()) != 0 {
			t.Errorf("NewBookmarkSet(%q): Len %d, IDs %#v; want 0 and an empty list", ids, b.Len(), b.IDs())
		}
	}
}
