package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

// exportSchedule is a small schedule holding what exports must carry
// through untouched: Markdown and HTML specials, a talk without speakers
// or abstract, a speaker without a company, lists.
func exportSchedule() model.Schedule {
	return model.Schedule{
		Conference: "Kafka & Friends <2024>",
		Tracks:     []string{"Keynotes", "#Streams"},
		Sessions: []model.Session{
			{ID: "kafka-friends", Title: "Kafka & *Friends* <b>", Track: "Keynotes",
				Speakers: []model.Speaker{{Name: "Priya Raman", Company: "Acme, Inc."}, {Name: "Noor_Hassan"}},
				Abstract: "#process every event.\n\nWe cover:\n\n- one * two\n- [link](x)\n\n1. first\n2. second"},
			{ID: "open-mic", Title: "1. Open Mic", Track: "#Streams"},
		},
	}
}

// TestWriteJSON: the export shape of DESIGN.md, two-space indented, with
// "&" and "<" written as they are, and [] (never null) for empty lists.
func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, exportSchedule()); err != nil {
		t.Fatal(err)
	}
	want := `{
  "conference": "Kafka & Friends <2024>",
  "tracks": [
    "Keynotes",
    "#Streams"
  ],
  "sessions": [
    {
      "id": "kafka-friends",
      "title": "Kafka & *Friends* <b>",
      "track": "Keynotes",
      "speakers": [
        {
          "name": "Priya Raman",
          "company": "Acme, Inc."
        },
        {
          "name": "Noor_Hassan",
          "company": ""
        }
      ],
      "abstract": "#process every event.\n\nWe cover:\n\n- one * two\n- [link](x)\n\n1. first\n2. second"
    },
    {
      "id": "open-mic",
      "title": "1. Open Mic",
      "track": "#Streams",
      "speakers": [],
      "abstract": ""
    }
  ]
}
`
	if got := b.String(); got != want {
		t.Errorf("WriteJSON:\n%s\nwant:\n%s", got, want)
	}
	var back model.Schedule
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	// The talk without speakers reads back with an empty list, as written.
	written := exportSchedule()
	written.Sessions[1].Speakers = []model.Speaker{}
	if !reflect.DeepEqual(back, written) {
		t.Errorf("the JSON reads back as\n%+v\nnot as the schedule\n%+v", back, written)
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, model.Schedule{Conference: "Nothing Yet"}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"conference\": \"Nothing Yet\",\n  \"tracks\": [],\n  \"sessions\": []\n}\n"
	if got := b.String(); got != want {
		t.Errorf("WriteJSON = %q, want %q", got, want)
	}
}

// TestWriteMarkdown: the programme by track, or as an agenda; text from
// the page is escaped so it reads as written ("#process" is not a
// heading, "*" is a star), and abstract lists stay lists.
func TestWriteMarkdown(t *testing.T) {
	tests := []struct {
		name string
		opt  MarkdownOptions
		want string
	}{
		{"by track", MarkdownOptions{}, `# Kafka \& Friends \<2024\>

## Keynotes

### Kafka \& \*Friends\* \<b\>

**Priya Raman** (Acme, Inc.), **Noor\_Hassan**

\#process every event.

We cover:

- one \* two
- \[link\](x)

1. first
2. second

## \#Streams

### 1\. Open Mic
`},
		{"agenda with a heading", MarkdownOptions{Heading: "My *Bookmarks*", Agenda: true}, `# My \*Bookmarks\*

## Kafka \& \*Friends\* \<b\>

**Priya Raman** (Acme, Inc.), **Noor\_Hassan**\
Track: Keynotes

\#process every event.

We cover:

- one \* two
- \[link\](x)

1. first
2. second

## 1\. Open Mic

Track: \#Streams
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteMarkdown(&b, exportSchedule(), tt.opt); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("WriteMarkdown:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestWriteMarkdownNoTalks(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, model.Schedule{Conference: "Kafka Summit London 2019"}, MarkdownOptions{Heading: "Bookmarks", Agenda: true}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "# Bookmarks\n\nNo talks.\n"; got != want {
		t.Errorf("WriteMarkdown = %q, want %q", got, want)
	}
}
