package ui

import (
	"os"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// readmeKeysTable is the README's keys table as KeysTable makes it.
func readmeKeysTable() string {
	var b strings.Builder
	group := ""
	for _, r := range KeysTable() {
		if r.Group != group {
			if group != "" {
				b.WriteString("\n")
			}
			group = r.Group
			b.WriteString("**" + group + "**\n\n| key | does |\n|---|---|\n")
		}
		keys := make([]string, len(r.Keys))
		for i, k := range r.Keys {
			keys[i] = "`" + k + "`"
		}
		b.WriteString("| " + strings.Join(keys, " ") + " | " + r.Does + " |\n")
	}
	return b.String()
}

// The README's keys table is the key maps': change one, change the other.
func TestReadmeKeysTableMatchesKeyMap(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := readmeKeysTable(); !strings.Contains(string(raw), want) {
		t.Fatalf("README.md's keys table differs from the key maps; it should read:\n\n%s", want)
	}
}

// Every binding the help shows has words, and no two bindings of one
// component share a key. Keys may repeat across components: a pane's
// key is not the root's while the pane has it.
func TestKeyMapsAreConsistent(t *testing.T) {
	km := defaultKeyMaps()
	components := map[string][]key.Binding{
		"global":  {km.global.Open, km.global.Back, km.global.Filter, km.global.NextMatch, km.global.PrevMatch, km.global.Speakers, km.global.Companies, km.global.NextTalk, km.global.PrevTalk, km.global.NextTab, km.global.PrevTab, km.global.JumpTab, km.global.Bookmarks, km.global.NextPane, km.global.PrevPane, km.global.Narrower, km.global.Wider, km.global.Bookmark, km.global.Copy, km.global.Help, km.global.Quit},
		"scroll":  km.scroll.all(),
		"filter":  {km.filter.Accept, km.filter.Cancel, km.filter.Up, km.filter.Down, km.filter.PageUp, km.filter.PageDown},
		"chooser": {km.chooser.Up, km.chooser.Down, km.chooser.Choose, km.chooser.Number, km.chooser.Cancel},
	}
	for name, bindings := range components {
		seen := map[string]string{}
		for _, b := range bindings {
			h := b.Help()
			if h.Key == "" || h.Desc == "" || len(b.Keys()) == 0 {
				t.Errorf("%s: binding %v lacks help or keys", name, b.Keys())
			}
			for _, k := range b.Keys() {
				if other, dup := seen[k]; dup {
					t.Errorf("%s: key %q is bound to both %q and %q", name, k, other, h.Desc)
				}
				seen[k] = h.Desc
			}
		}
	}
	// The global keys and the scroll keys act together on a list.
	for _, s := range km.scroll.all() {
		for _, k := range s.Keys() {
			for _, g := range components["global"] {
				for _, gk := range g.Keys() {
					if k == gk {
						t.Errorf("key %q both scrolls and %q", k, g.Help().Desc)
					}
				}
			}
		}
	}
	// The keys people expect.
	all := map[string]bool{}
	for _, r := range KeysTable() {
		for _, k := range r.Keys {
			all[k] = true
		}
	}
	for _, k := range []string{"↑", "↓", "k", "j", "g", "G", "home", "end", "pgup", "pgdown", "ctrl+d", "ctrl+u",
		"ctrl+f", "ctrl+b", "space", "]", "[", "→", "←", "l", "h", "1…9", "0", "tab", "shift+tab", "enter", "esc",
		"/", "n", "N", "J", "K", "s", "c", "b", "y", "<", ">", "?", "q", "ctrl+c", "wheel", "click"} {
		if !all[k] {
			t.Errorf("no binding for %q", k)
		}
	}
}
