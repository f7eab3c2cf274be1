package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSourceIDFile: a file's name changes with its size and modification
// time, and with the options that change how it is read; it stays while
// the file does.
func TestSourceIDFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schedule.xml")
	at := time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC)
	write := func(text string, mod time.Time) {
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	id := func(opts OpenOptions) string {
		t.Helper()
		got, ok, err := SourceID(path, opts)
		if err != nil || !ok {
			t.Fatalf("SourceID: %q, %v, %v", got, ok, err)
		}
		return got
	}
	write("<schedule/>", at)
	first := id(OpenOptions{})
	if again := id(OpenOptions{}); again != first {
		t.Error("the same file named twice differently")
	}
	seen := map[string]string{first: "first"}
	for _, tt := range []struct {
		name   string
		change func() OpenOptions
	}{
		{"same size, a nanosecond later", func() OpenOptions { write("<schedule/>", at.Add(time.Nanosecond)); return OpenOptions{} }},
		{"another size", func() OpenOptions { write("<schedule />", at.Add(time.Nanosecond)); return OpenOptions{} }},
		{"read as another format", func() OpenOptions { return OpenOptions{Format: FormatFrabXML} }},
		{"read in another zone", func() OpenOptions { return OpenOptions{Location: time.UTC} }},
	} {
		got := id(tt.change())
		if prev, ok := seen[got]; ok {
			t.Errorf("%s: named as %s was", tt.name, prev)
		}
		seen[got] = tt.name
	}
	if _, ok, err := SourceID("-", OpenOptions{}); ok || err != nil {
		t.Errorf("standard input: ok %v, %v; want no name", ok, err)
	}
	if _, _, err := SourceID(filepath.Join(t.TempDir(), "gone.xml"), OpenOptions{}); err == nil {
		t.Error("a missing file named")
	}
}

// TestSourceIDURL: a URL is named by its offline copy, without asking the
// server: unchanged by a "304 Not Modified", changed with the copy. Without
// a copy it is an error, and OpenOffline never fetches.
func TestSourceIDURL(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "schedules", "good_frab_devroom.xml"))
	if err != nil {
		t.Fatal(err)
	}
	srv := newScheduleServer(t, string(body))
	c := newClock()
	fopt := fetchOptions(t, c)
	opts := OpenOptions{CacheDir: fopt.CacheDir}
	url := srv.URL + "/schedule.xml"

	if _, _, err := SourceID(url, opts); !errors.Is(err, ErrNoOfflineCopy) {
		t.Errorf("no copy: %v, want ErrNoOfflineCopy", err)
	}
	if _, err := OpenOffline(context.Background(), url, opts); !errors.Is(err, ErrNoOfflineCopy) {
		t.Errorf("no copy opened: %v, want ErrNoOfflineCopy", err)
	}
	if n := srv.requests.Load(); n != 0 {
		t.Fatalf("%d requests without a copy, want none", n)
	}

	if _, err := Fetch(context.Background(), url, fopt); err != nil {
		t.Fatal(err)
	}
	first, ok, err := SourceID(url, opts)
	if err != nil || !ok {
		t.Fatalf("with a copy: %v, %v", ok, err)
	}
	if _, err := OpenOffline(context.Background(), url, opts); err != nil {
		t.Fatal(err)
	}
	fopt.Refresh = true
	c.advance(time.Hour)
	if _, err := Fetch(context.Background(), url, fopt); err != nil { // 304
		t.Fatal(err)
	}
	if again, _, _ := SourceID(url, opts); again != first {
		t.Error("a 304 changed the copy's name")
	}
	srv.set(string(body) + "\n")
	if _, err := Fetch(context.Background(), url, fopt); err != nil {
		t.Fatal(err)
	}
	if changed, _, _ := SourceID(url, opts); changed == first {
		t.Error("a new copy kept its old name")
	}
	if n := srv.requests.Load(); n != 3 {
		t.Errorf("%d requests, want the 3 fetches only", n)
	}
}
