package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2ERecentSchedules: a schedule opened once is offered by O in the
// next run, and enter opens it in place, with its own bookmarks.
func TestE2ERecentSchedules(t *testing.T) {
	t.Parallel()
	dir, home := t.TempDir(), t.TempDir()
	first := filepath.Join(dir, "first.xml")
	if err := os.WriteFile(first, liveVersion(t, "1"), 0o600); err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "second.xml")
	other := strings.NewReplacer("Live Test Conference", "Second Test Conference", "live30", "second30").Replace(string(liveVersion(t, "1")))
	if err := os.WriteFile(second, []byte(other), 0o600); err != nil {
		t.Fatal(err)
	}
	marks := filepath.Join(dir, "bookmarks.json")
	if err := os.WriteFile(marks, []byte(`{"version": 1, "conferences": {"live30": ["live-rust"]}}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: home, args: []string{first, "--bookmarks", marks}})
	u.waitText("Live Test Conference")
	u.quit()

	u = startTUI(t, launch{cols: 120, rows: 40, dataHome: home, args: []string{second, "--bookmarks", marks}})
	u.waitText("Second Test Conference")
	u.press("0")
	if s := u.waitText("No bookmarks yet"); s.has("Rust on Tiny Boards") {
		t.Fatalf("the second schedule shows the first's bookmark:\n%s", s)
	}
	u.press("O")
	u.waitText("Open a schedule", "Live Test Conference", first)
	u.press("\r")
	u.waitGone("Second Test Conference")
	u.waitText("Live Test Conference")
	u.press("0")
	u.waitText("Live Test Conference › Bookmarks", "Rust on Tiny Boards")
	u.quit()
}
