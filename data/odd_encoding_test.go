package data

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// xmlEncodingDecl matches the encoding an XML declaration names.
var xmlEncodingDecl = regexp.MustCompile(`(?i)encoding\s*=\s*["'][^"']*["']`)

// asUTF16 is raw saved as an editor saves UTF-16: a BOM, then each
// character in two or four bytes. An XML declaration is made to say
// UTF-16, as such an editor writes it.
func asUTF16(tb testing.TB, raw []byte, endian unicode.Endianness) []byte {
	tb.Helper()
	text, err := toUTF8(bytes.TrimPrefix(raw, bomUTF8))
	if err != nil {
		tb.Fatal(err)
	}
	if bytes.HasPrefix(text, []byte("<?xml")) {
		end := bytes.Index(text, []byte("?>"))
		decl := xmlEncodingDecl.ReplaceAll(text[:end], []byte(`encoding="UTF-16"`))
		text = append(decl, text[end:]...)
	}
	out, err := unicode.UTF16(endian, unicode.UseBOM).NewEncoder().Bytes(text)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestOpenUTF16: a schedule of any format saved as UTF-16 (either byte
// order, with its BOM) is sniffed and read as the same schedule saved as
// UTF-8, from memory and from a file; before, it was taken for a sessions
// page and refused with a misleading error.
func TestOpenUTF16(t *testing.T) {
	files := []string{
		"good_frab_devroom.xml", "good_frab_congress.xml", "good_frab_old_pentabarf.xml", "good_frab_latin1.xml",
		"good_pretalx.json", "good_frab_camp.json", "good_schedule2.json",
		"good_sessionize.json", "good_sessionize_sessions.json", "good_sessionize_gridsmart.json",
		"good_ical_utc.ics", "good_ical_floating.ics",
	}
	dir := t.TempDir()
	for _, file := range files {
		want := mustOpen(t, file, OpenOptions{})
		raw, err := os.ReadFile(filepath.Join(schedulesDir, file))
		if err != nil {
			t.Fatal(err)
		}
		for endian, name := range map[unicode.Endianness]string{unicode.LittleEndian: "le", unicode.BigEndian: "be"} {
			t.Run(file+"/"+name, func(t *testing.T) {
				encoded := asUTF16(t, raw, endian)
				path := filepath.Join(dir, name+"_"+file)
				if err := os.WriteFile(path, encoded, 0o600); err != nil {
					t.Fatal(err)
				}
				fromMemory, err := OpenBytes(file, encoded, OpenOptions{})
				if err != nil {
					t.Fatalf("from memory: %v", err)
				}
				fromFile, err := Open(t.Context(), path, OpenOptions{})
				if err != nil {
					t.Fatalf("from a file: %v", err)
				}
				for how, got := range map[string]Opened{"from memory": fromMemory, "from a file": fromFile} {
					if got.Format != want.Format {
						t.Errorf("%s: sniffed as %s, want %s", how, got.Format, want.Format)
					}
					if got.Schedule.Conference != want.Schedule.Conference || !reflect.DeepEqual(got.Schedule.Sessions, want.Schedule.Sessions) {
						t.Errorf("%s: read differently from the UTF-8 file: %q, %d sessions, want %q, %d",
							how, got.Schedule.Conference, len(got.Schedule.Sessions), want.Schedule.Conference, len(want.Schedule.Sessions))
					}
				}
			})
		}
	}
	// A file larger than the preview's head is sniffed from its head.
	raw, _ := os.ReadFile(filepath.Join(schedulesDir, "good_frab_devroom.xml"))
	big := bytes.Replace(raw, []byte("<schedule>"), []byte("<schedule><!-- "+strings.Repeat("x", PreviewBytes)+" -->"), 1)
	path := filepath.Join(dir, "big.xml")
	if err := os.WriteFile(path, asUTF16(t, big, unicode.LittleEndian), 0o600); err != nil {
		t.Fatal(err)
	}
	if o, err := Open(t.Context(), path, OpenOptions{}); err != nil || o.Format != FormatFrabXML {
		t.Errorf("a large UTF-16 file: %v, %s", err, o.Format)
	}
	// Named with --format-in, the file is read the same.
	raw, _ = os.ReadFile(filepath.Join(schedulesDir, "good_pretalx.json"))
	if _, err := OpenBytes("pretalx.json", asUTF16(t, raw, unicode.LittleEndian), OpenOptions{Format: FormatFrabJSON}); err != nil {
		t.Errorf("--format-in frab-json on UTF-16: %v", err)
	}
}

// TestSniffInternalDTD: an XML file with an internal DTD subset is frab
// XML, not XML whose root cannot be found; its entities are not expanded,
// as they are not when the format is named.
func TestSniffInternalDTD(t *testing.T) {
	sniffed := mustOpen(t, "good_frab_dtd.xml", OpenOptions{})
	if sniffed.Format != FormatFrabXML {
		t.Fatalf("sniffed as %s, want %s", sniffed.Format, FormatFrabXML)
	}
	named := mustOpen(t, "good_frab_dtd.xml", OpenOptions{Format: FormatFrabXML})
	if !reflect.DeepEqual(sniffed.Schedule, named.Schedule) {
		t.Error("sniffed, the file reads differently from when its format is named")
	}
	sess := session(t, sniffed.Schedule, "Walls by &who; and &laugh9;")
	if len(sess.Speakers) != 1 || sess.Speakers[0].Name != "&who;" {
		t.Errorf("speakers %+v, want the entity reference kept as written", sess.Speakers)
	}
	// A DTD longer than the sniffed head is read past.
	raw, err := os.ReadFile(filepath.Join(schedulesDir, "good_frab_dtd.xml"))
	if err != nil {
		t.Fatal(err)
	}
	long := bytes.Replace(raw, []byte("<!-- padding -->"), []byte("<!-- "+strings.Repeat("padding ", 2000)+"-->"), 1)
	if o, err := OpenBytes("long_dtd.xml", long, OpenOptions{}); err != nil || o.Format != FormatFrabXML {
		t.Errorf("a DTD past the first KiB: %v, %s", err, o.Format)
	}
	if root := xmlRoot(long); root != "schedule" {
		t.Errorf("xmlRoot past a long DTD = %q, want schedule", root)
	}
}
