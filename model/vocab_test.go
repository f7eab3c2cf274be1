package model

import (
	"slices"
	"testing"
)

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"kafka", "kafka", false}, // no slip: a match of another kind
		{"kafak", "kafka", true},  // two neighbours swapped
		{"kafka", "kafkas", true}, // one more
		{"kafkas", "kafka", true}, // one fewer
		{"kafka", "kafku", true},  // one replaced
		{"rebalnce", "rebalance", true},
		{"kubernetse", "kubernetes", true},
		{"kaffka", "kafka", true},
		{"kfaka", "kafka", true},
		{"akfka", "kafka", true},
		{"kafka", "kfkaa", false}, // two slips
		{"kafka", "kafkaesque", false},
		{"streams", "steams", true},
		{"jürgen", "jurgen", true}, // one rune, though two bytes
		{"ab", "ba", true},
		{"abc", "cba", false},
		{"", "a", true},
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestVocab(t *testing.T) {
	b := newVocabBuilder()
	for _, w := range []string{"stream", "kafka", "streams", "strength", "kafkaesque", "stream", "kafak", "string"} {
		b.id([]byte(w))
	}
	v, remaps := mergeVocabs([]*vocabBuilder{b})
	remap := remaps[0]
	if want := []string{"kafak", "kafka", "kafkaesque", "stream", "streams", "strength", "string"}; !slices.Equal(v.words, want) {
		t.Fatalf("words %q, want %q", v.words, want)
	}
	if v.words[remap[0]] != "stream" || v.words[remap[1]] != "kafka" {
		t.Errorf("remap %v does not follow the sort", remap)
	}
	// Two builders' words make one vocabulary.
	other := newVocabBuilder()
	for _, w := range []string{"zebra", "kafka", "apple"} {
		other.id([]byte(w))
	}
	both, remaps := mergeVocabs([]*vocabBuilder{b, other})
	if want := []string{"apple", "kafak", "kafka", "kafkaesque", "stream", "streams", "strength", "string", "zebra"}; !slices.Equal(both.words, want) {
		t.Fatalf("merged words %q, want %q", both.words, want)
	}
	if both.words[remaps[1][1]] != "kafka" || both.words[remaps[0][1]] != "kafka" || both.words[remaps[1][0]] != "zebra" {
		t.Errorf("remaps %v do not lead to the builders' words", remaps)
	}
	for _, c := range []struct {
		prefix string
		want   []string
	}{
		{"stre", []string{"stream", "streams", "strength"}},
		{"kafka", []string{"kafka", "kafkaesque"}},
		{"k", []string{"kafak", "kafka", "kafkaesque"}},
		{"z", nil},
		{"", v.words},
	} {
		lo, hi := v.prefixRange(c.prefix)
		if got := v.words[lo:hi]; !slices.Equal(got, c.want) && len(got)+len(c.want) > 0 {
			t.Errorf("prefixRange(%q) = %q, want %q", c.prefix, got, c.want)
		}
	}
	var typos []string
	for _, id := range v.typos(nil, "kafka") {
		typos = append(typos, v.words[id])
	}
	if want := []string{"kafak"}; !slices.Equal(typos, want) {
		t.Errorf("typos(kafka) = %q, want %q (kafkaesque is a prefix match)", typos, want)
	}
}
