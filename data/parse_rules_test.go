package data

import (
	"slices"
	"strings"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

// TestParseSpeakerBullet: "• Name, Company" split at the first comma, spaces
// trimmed; a company that runs into prose is cut where the capitalised
// words end, the rest returned to open the abstract.
func TestParseSpeakerBullet(t *testing.T) {
	tests := []struct {
		line  string
		want  model.Speaker
		spill string
	}{
		{"• Neha Narkhede, Confluent", sp("Neha Narkhede", "Confluent"), ""},
		{"• Priya Raman, Acme, Inc.", sp("Priya Raman", "Acme, Inc."), ""},
		{"• Edoardo Comar , IBM", sp("Edoardo Comar", "IBM"), ""},
		{"•Kim Lee,Initech", sp("Kim Lee", "Initech"), ""},
		{"• Noor Hassan", sp("Noor Hassan", ""), ""},
		{"• Jesse Leresche, Entelect / Discovery", sp("Jesse Leresche", "Entelect / Discovery"), ""},
		{"• Kim Park, The Royal Bank of Scotland Group Public Limited Company", sp("Kim Park", "The Royal Bank of Scotland Group Public Limited Company"), ""},
		{"• Deepak Goyal, Walmart Labs generates millions of events per second. At WalmartLabs, I’m working",
			sp("Deepak Goyal", "Walmart Labs"), "generates millions of events per second. At WalmartLabs, I’m working"},
		{"• Raj Patel, Bank of America processes payments around the clock, and more besides",
			sp("Raj Patel", "Bank of America"), "processes payments around the clock, and more besides"},
		{"• 山田太郎, 株式会社ストリーム", sp("山田太郎", "株式会社ストリーム"), ""},
		{"• , Acme", sp("", "Acme"), ""},
	}
	for _, tt := range tests {
		got, spill := parseSpeakerBullet(tt.line)
		if got != tt.want || spill != tt.spill {
			t.Errorf("parseSpeakerBullet(%q) = %q, %q; want %q, %q", tt.line, got, spill, tt.want, tt.spill)
		}
	}
}

// TestListItem: the list item forms an abstract keeps, and look-alikes it
// does not.
func TestListItem(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"– en dash", "- en dash", true},
		{"— em dash", "- em dash", true},
		{"-x", "- x", true},
		{"- x", "- x", true},
		{"* x", "- x", true},
		{"• x, with a comma", "- x, with a comma", true},
		{"1. x", "1. x", true},
		{"2) x", "2. x", true},
		{"10. x", "10. x", true},
		{"*emphasis*", "", false},
		{"--flag", "", false},
		{"-5 °C", "", false},
		{"1.5 million", "", false},
		{"2019 was good", "", false},
		{"-", "", false},
		{"1.", "", false},
		{"1. ", "", false},
		{"plain text", "", false},
	}
	for _, tt := range tests {
		got, ok := listItem(tt.line)
		if got != tt.want || ok != tt.ok {
			t.Errorf("listItem(%q) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

// TestIsTrackHeader: a track name is short, title-cased and unpunctuated;
// the last line of an abstract is not.
func TestIsTrackHeader(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Core Kafka", true},
		{"Event-Driven Development", true},
		{"Stream Processing", true},
		{"Use Cases", true},
		{"Keynotes", true},
		{"Streams Track", true},
		{"Security and Governance Track", true},
		{"数据流", true},
		{"Потоковая Обработка", true},
		{"Track 2", true},
		{"Stream processing", true},          // sentence case, a few words
		{"Потоковая обработка", true},        // and in another script
		{"Data engineering at scale", false}, // a sentence-case phrase this long reads as prose
		{"Key Takeaways: ‘", false},
		{"The end (", false},
		{"Github Open Source project here:", false},
		{"This talk is for you!", false},
		{"and then some", false},
		{"Key Takeaways:", false},
		{"– Control flow patterns", false},
		{"How to Build a Data Mesh with Stream Governance | Join Webinar", false},
		{"A Title That Goes On and On With Far Too Many Words", false},
		{"2019", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isTrackHeader(tt.line); got != tt.want {
			t.Errorf("isTrackHeader(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestLooksLikeName(t *testing.T) {
	tests := []struct {
		bullet string
		want   bool
	}{
		{"• Martin Kleppmann, Data-Intensive Apps", true},
		{"• Edoardo Comar , IBM", true},
		{"• Maria de los Ángeles García, Acme", true},
		{"• Jacek Laskowski", true}, // no company
		{"• 王小明, 阿里巴巴", true},
		{"• Why cloud-native platforms and why run Kafka on Kubernetes?", false},
		{"• Tips to determine the path forward for legacy monoliths in your portfolio", false},
		{"• Is it fast?", false},
		{"•", false},
		{"• , Acme", false},
	}
	for _, tt := range tests {
		if got := looksLikeName(tt.bullet); got != tt.want {
			t.Errorf("looksLikeName(%q) = %v, want %v", tt.bullet, got, tt.want)
		}
	}
}

// An indented bullet list inside an abstract is not a run of speakers.
func TestIndentedListInAbstractIsNotATalk(t *testing.T) {
	page := "Conf\n\nView sessions and slides from Conf\n\nA Talk\n\n  • Ann Lee, Acme\n\nWe will cover the following\n\n" +
		"  • Why cloud-native platforms and why run Kafka on Kubernetes?\n  • What kind of workloads are best suited for this combination?\n\n" +
		"Another Talk\n\n  • Bo Chen, Initech\n"
	s, err := ParsePage("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sessions) != 2 || s.Sessions[1].Title != "Another Talk" {
		t.Fatalf("got %d sessions: %+v", len(s.Sessions), s.Sessions)
	}
	want := "We will cover the following\n\n- Why cloud-native platforms and why run Kafka on Kubernetes?\n- What kind of workloads are best suited for this combination?"
	if s.Sessions[0].Abstract != want {
		t.Fatalf("abstract:\n%s\nwant:\n%s", s.Sessions[0].Abstract, want)
	}
}

// TestParseSpeakerLine: the list layout's speakers, "Name, Company & Name,
// Company"; an "&" inside a company stays there.
func TestParseSpeakerLine(t *testing.T) {
	tests := []struct {
		line string
		want []model.Speaker
	}{
		{"Ada Lovelace, Analytical Engines", speakers(sp("Ada Lovelace", "Analytical Engines"))},
		{"Edgar Codd, IBM Research & Grace Hopper, US Navy", speakers(sp("Edgar Codd", "IBM Research"), sp("Grace Hopper", "US Navy"))},
		{"Tim Lee, Procter & Gamble & Mei Lin, CloudOps", speakers(sp("Tim Lee", "Procter & Gamble"), sp("Mei Lin", "CloudOps"))},
		{"Tim Lee, Procter & Gamble", speakers(sp("Tim Lee", "Procter & Gamble"))},
		{"Ann Lee, Acme & Bo Chen", speakers(sp("Ann Lee", "Acme"), sp("Bo Chen", ""))},
		{"Sam Jones & Li Wei", speakers(sp("Sam Jones", ""), sp("Li Wei", ""))},
		{"Priya Raman, Acme, Inc. & Kim Lee, Initech", speakers(sp("Priya Raman", "Acme, Inc."), sp("Kim Lee", "Initech"))},
		{"• Ann Lee, Acme & Ann Lee, Acme", speakers(sp("Ann Lee", "Acme"))},
		{"Ann Lee &  & Bo Chen", speakers(sp("Ann Lee", ""), sp("Bo Chen", ""))},
		{"", nil},
	}
	for _, tt := range tests {
		if got := parseSpeakerLine(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("parseSpeakerLine(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestIsSpeakerLine: what can only be a line of speakers, and the list
// items and sentences that are not.
func TestIsSpeakerLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Sam Jones & Li Wei", true},
		{"Ada Lovelace, Analytical Engines", true},
		{"Maria de los Ángeles García, Acme", true},
		{"山田太郎, 株式会社ストリーム", true},
		{"spread the load", false},
		{"Second paragraph", false}, // last word in lower case
		{"In this talk we explain everything about the way we built it.", false},
		{"Is it fast?", false},
		{"Abstract.", false},
		{"Prince", false}, // one word: too little to tell from a line of prose
		{"Martin Luther King Jr.", true},
		{"Thanks Everyone.", false},
		{"Ann Lee, a company whose name runs on for far too many words to be one", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isSpeakerLine(tt.line); got != tt.want {
			t.Errorf("isSpeakerLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestIsPageButton: a copied page's button labels, never a person.
func TestIsPageButton(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"View Description", true},
		{"• View Description", true},
		{"view description ›", true},
		{"View Slides", true},
		{"Watch Video »", true},
		{"View Descriptions of Everything", false},
		{"Viewing Descriptions", false},
		{"Ann Lee", false},
	}
	for _, tt := range tests {
		if got := isPageButton(tt.text); got != tt.want {
			t.Errorf("isPageButton(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A "View Description" bullet among real speakers is dropped, not shown as
// a person, when most talks are sound.
func TestPageButtonAmongSpeakersIsDropped(t *testing.T) {
	page := "Conf\n\nView sessions and slides from Conf\n\nA Talk\n\n  • Ann Lee, Acme\n  • View Description\n\nAbstract.\n\n" +
		"Another Talk\n\n  • Bo Chen, Initech\n\nThird Talk\n\n  • Cy Dee, Globex\n"
	s, err := ParsePage("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Sessions[0].Speakers; !slices.Equal(got, speakers(sp("Ann Lee", "Acme"))) {
		t.Errorf("speakers = %q, want only Ann Lee", got)
	}
}

// A bullet list in an abstract of the track layout, after a paragraph too
// long to be a title, stays in the abstract.
func TestLongParagraphBeforeBulletsIsNoTitle(t *testing.T) {
	long := strings.Repeat("A paragraph that goes on. ", 13)
	page := "Conf\n\nView sessions and slides from Conf\n\nA Talk\n\n  • Ann Lee, Acme\n\n" + long + "\n\n  • Kafka Streams\n  • Kafka Connect\n\nAnother Talk\n\n  • Bo Chen, Initech\n"
	s, err := ParsePage("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sessions) != 2 || s.Sessions[1].Title != "Another Talk" {
		t.Fatalf("titles %q, want A Talk and Another Talk", titlesOf(s))
	}
	if want := strings.TrimSpace(long) + "\n\n- Kafka Streams\n- Kafka Connect"; s.Sessions[0].Abstract != want {
		t.Errorf("abstract = %q, want %q", s.Sessions[0].Abstract, want)
	}
}

func TestWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two\tthree ", "山田 太郎", "a\u00a0b", "x\u3000y z"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// A page introduced as one layout and laid out as the other is read in
// the layout it has.
func TestLayoutMismatch(t *testing.T) {
	tests := map[string]string{
		"list line, track layout": "Conf\n\nView all the presentations from Conf\n\nA Talk\n\n  • Ann Lee, Acme\n\nAbstract.\n",
		"track line, list layout": "Conf\n\nView sessions and slides from Conf\n\n• A Talk\nAnn Lee, Acme\nView Description\nAbstract.\n",
	}
	for name, page := range tests {
		s, err := ParsePage("page.txt", []byte(page))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		want := speakers(sp("Ann Lee", "Acme"))
		if len(s.Sessions) != 1 || s.Sessions[0].Title != "A Talk" || !slices.Equal(s.Sessions[0].Speakers, want) || s.Sessions[0].Abstract != "Abstract." {
			t.Errorf("%s: sessions %+v", name, s.Sessions)
		}
	}
}

// A list-layout page whose first talk lost its title and speakers, so that
// its bullet is on "View Description", right under a track header, reads
// as an untitled talk then the titled ones, however the page is
// introduced; the header is never read as a speaker.
func TestUntitledFirstListTalk(t *testing.T) {
	body := "Keynote Program\n\n  • View Description\n    The opening keynote.\n\n" +
		"  • Can a stream replace the nightly batch?\n    Ann Lee, Acme Bank & Bo Chen, Initech\n    View Description\n    A year of streams.\n"
	for name, intro := range map[string]string{
		"track line": "Conf\n\nView sessions and slides from Conf\n\n",
		"list line":  "Conf\n\nView all the presentations from Conf\n\n",
		"no line":    "",
	} {
		s, err := ParsePage("page.txt", []byte(intro+body))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		want := []model.Session{
			{ID: "untitled-talk", Key: "untitled-talk", Title: "Untitled talk", Track: "Keynote Program", Abstract: "The opening keynote."},
			{ID: "can-a-stream-replace-the-nightly-batch", Key: "can-a-stream-replace-the-nightly-batch", Title: "Can a stream replace the nightly batch?", Track: "Keynote Program",
				Speakers: speakers(sp("Ann Lee", "Acme Bank"), sp("Bo Chen", "Initech")), Abstract: "A year of streams."},
		}
		if d := scheduleDiff(s, model.Schedule{Conference: s.Conference, Tracks: []string{"Keynote Program"}, Sessions: want}); d != "" {
			t.Errorf("%s:\n%s", name, d)
		}
	}
}
