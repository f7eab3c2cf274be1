package export

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

// giggitySee decodes the see= part of a share link with Go's zlib.
func giggitySee(t *testing.T, link string) (string, []any) {
	t.Helper()
	frag, ok := strings.CutPrefix(link, GiggityBase+"#")
	if !ok {
		t.Fatalf("link %q does not start with %s#", link, GiggityBase)
	}
	if !strings.HasPrefix(frag, "url=") {
		t.Fatalf("link %q: url does not come first", link)
	}
	q, err := url.ParseQuery(frag)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := base64.RawURLEncoding.DecodeString(q.Get("see"))
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) < 2 || raw[0] != 0x78 || raw[1] != 0xDA {
		t.Fatalf("stream header % x, want 78 da (zlib, level 9)", raw[:min(2, len(raw))])
	}
	r, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	list, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	d := json.NewDecoder(bytes.NewReader(list))
	d.UseNumber()
	var ids []any
	if err := d.Decode(&ids); err != nil {
		t.Fatalf("%s: %v", list, err)
	}
	return q.Get("url"), ids
}

// TestGiggityLinkWorkedExample: the link Giggity itself writes for
// https://example.org/schedule.xml and the talks 101 and 102.
func TestGiggityLinkWorkedExample(t *testing.T) {
	const want = "https://ggt.gaa.st/#url=https%3A%2F%2Fexample.org%2Fschedule.xml&see=eNqLNjQw1DE0MIoFAAorAgo"
	got, err := GiggityLink("https://example.org/schedule.xml", []model.Session{
		{Key: "a4b1c2d3-guid", SourceID: "101"}, {Key: "e5f6-guid", SourceID: "102"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("link\n got %s\nwant %s", got, want)
	}
	u, ids := giggitySee(t, want)
	if u != "https://example.org/schedule.xml" || len(ids) != 2 || ids[0] != json.Number("101") || ids[1] != json.Number("102") {
		t.Errorf("worked example decodes to %q %v, want [101 102]", u, ids)
	}
}

// TestGiggityLinkRoundTrip: ids that are not numbers (a guid when frab
// gives no id) stay strings, numbers are numbers, and Go's zlib reads
// the stream back.
func TestGiggityLinkRoundTrip(t *testing.T) {
	link, err := GiggityLink("https://fosdem.org/2026/schedule/xml?a=1&b=2", []model.Session{
		{Key: "guid-1", SourceID: "7"},
		{Key: "0b1e3d9a-5c1f-4e7d-9a2b-1c2d3e4f5a6b"},
		{Key: "x", SourceID: "007"},
	})
	if err != nil {
		t.Fatal(err)
	}
	u, ids := giggitySee(t, link)
	if u != "https://fosdem.org/2026/schedule/xml?a=1&b=2" {
		t.Errorf("url %q", u)
	}
	want := []any{json.Number("7"), "0b1e3d9a-5c1f-4e7d-9a2b-1c2d3e4f5a6b", "007"}
	if len(ids) != len(want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Errorf("id %d = %#v, want %#v", i, ids[i], want[i])
		}
	}
}

// TestGiggityLinkManyTalks: a selection too long for one block still
// decodes whole.
func TestGiggityLinkManyTalks(t *testing.T) {
	var sessions []model.Session
	for i := range 40000 {
		sessions = append(sessions, model.Session{SourceID: strconv.Itoa(i*7919%100003 + 1)})
	}
	link, err := GiggityLink("https://example.org/s.xml", sessions)
	if err != nil {
		t.Fatal(err)
	}
	_, ids := giggitySee(t, link)
	if len(ids) != len(sessions) || ids[len(ids)-1] != json.Number(sessions[len(sessions)-1].SourceID) {
		t.Errorf("%d ids decoded, want %d", len(ids), len(sessions))
	}
}
