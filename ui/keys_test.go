package ui

import (
	"os"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// The README's keys table is the KeyMap's: change one, change the other.
func TestReadmeKeysTableMatchesKeyMap(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	var b strings.Builder
	b.WriteString("| key | does |\n|---|---|\n")
	for _, r := range DefaultKeyMap().KeysTable() {
		keys := make([]string, len(r.Keys))
		for i, k := range r.Keys {
			keys[i] = "`" + k + "`"
		}
		b.WriteString("| " + strings.Join(keys, " ") + " | " + r.Does + " |\n")
	}
	if !strings.Contains(readme, b.String()) {
		t.Fatalf("README.md's keys table differs from the KeyMap; it should read:\n\n%s", b.String())
	}
}

// Every binding the help shows has keys and words, and no two bindings
// that can be active together share a key.
func TestKeyMapIsConsistent(t *testing.T) {
	km := DefaultKeyMap()
	seen := map[string]string{}
	for _, group := range km.FullHelp() {
		for _, b := range group {
			h := b.Help()
			if h.Key == "" || h.Desc == "" || len(b.Keys()) == 0 {
				t.Errorf("binding %v lacks help or keys", b.Keys())
			}
			for _, k := range b.Keys() {
				if other, dup := seen[k]; dup {
					t.Errorf("key %q is bound to both %q and %q", k, other, h.Desc)
				}
				seen[k] = h.Desc
			}
		}
	}
	// The keys DESIGN.md promises.
	for _, k := range []string{"up", "down", "k", "j", "g", "G", "home", "end", "pgup", "pgdown",
		"]", "[", "right", "left", "l", "h", "1", "9", "tab", "shift+tab", "enter", "esc", "/", "s", "c", "b", "?", "q", "ctrl+c"} {
		if _, ok := seen[k]; !ok {
			t.Errorf("no binding for %q", k)
		}
	}
	var short []key.Binding = km.ShortHelp()
	if len(short) == 0 {
		t.Error("no short help")
	}
}
