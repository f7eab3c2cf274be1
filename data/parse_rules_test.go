package data

import (
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
