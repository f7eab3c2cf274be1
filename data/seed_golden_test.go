package data

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/data/export"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/seeds"
)

func parseSeed(tb testing.TB) model.Schedule {
	tb.Helper()
	s, err := ParsePage(seeds.DefaultName, seeds.Default)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestSeedGolden: the whole parse of the embedded seed, as the JSON and
// Markdown exports print it, matches the reviewed golden files. Refresh
// with `go test ./data -update`, and read the diff before committing it:
// the golden files are the reviewed parse of the seed.
func TestSeedGolden(t *testing.T) {
	s := parseSeed(t)
	for _, tt := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"seed.json", func(w io.Writer) error { return export.WriteJSON(w, s) }},
		{"seed.md", func(w io.Writer) error { return export.WriteMarkdown(w, s, export.MarkdownOptions{}) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}

// TestSeedFacts states what the issue expects of the seed outright, so that
// a wrong golden file cannot hide it.
func TestSeedFacts(t *testing.T) {
	s := parseSeed(t)
	if err := checkSchedule(s); err != nil {
		t.Fatal(err)
	}
	if s.Conference != "Kafka Summit London 2019" {
		t.Errorf("conference = %q", s.Conference)
	}
	wantTracks := []string{"Keynotes", "Core Kafka", "Event-Driven Development", "Stream Processing", "Use Cases"}
	if !slices.Equal(s.Tracks, wantTracks) {
		t.Errorf("tracks = %q, want %q", s.Tracks, wantTracks)
	}
	if len(s.Sessions) != 59 {
		t.Errorf("%d talks, want 59", len(s.Sessions))
	}
	perTrack := map[string]int{}
	people := map[string]bool{}
	for _, sess := range s.Sessions {
		perTrack[sess.Track]++
		for _, p := range sess.Speakers {
			people[p.Name] = true
			if p.Company == "" {
				t.Errorf("%q: %s has no company", sess.Title, p.Name)
			}
		}
		if len(sess.Speakers) == 0 {
			t.Errorf("%q has no speakers", sess.Title)
		}
		for _, field := range []string{sess.Title, sess.Abstract} {
			for _, damage := range []string{"className", "Ã", "â€", "Â"} {
				if strings.Contains(field, damage) {
					t.Errorf("%q still holds the damage %q", sess.Title, damage)
				}
			}
		}
	}
	for track, want := range map[string]int{"Keynotes": 3, "Core Kafka": 14, "Event-Driven Development": 14, "Stream Processing": 14, "Use Cases": 14} {
		if perTrack[track] != want {
			t.Errorf("track %q has %d talks, want %d", track, perTrack[track], want)
		}
	}
	if len(people) != 74 {
		t.Errorf("%d distinct speakers, want 74", len(people))
	}

	byTitle := map[string]model.Session{}
	for _, sess := range s.Sessions {
		byTitle[sess.Title] = sess
	}
	session := func(title string) model.Session {
		t.Helper()
		sess, ok := byTitle[title]
		if !ok {
			t.Fatalf("no talk titled %q", title)
		}
		return sess
	}

	// Whole sessions, every field.
	for _, want := range []model.Session{
		{ID: "event-streaming-lessons-from-our-cloud-native-journey", Title: "Event Streaming: Lessons from our Cloud-Native Journey",
			Track: "Keynotes", Speakers: speakers(sp("Neha Narkhede", "Confluent"))},
		{ID: "is-kafka-a-database", Title: "Is Kafka a Database?", Track: "Keynotes",
			Speakers: speakers(sp("Martin Kleppmann", "Data-Intensive Apps"))},
		{ID: "fast-kafka-apps", Title: "Fast Kafka Apps!", Track: "Core Kafka",
			Speakers: speakers(sp("Edoardo Comar", "IBM"), sp("Mickael Maison", "Red Hat")),
			Abstract: "We all know Kafka is designed to allow applications to produce and consume data with high throughput and low latency, right? " +
				"In practice, achieving this goal requires some tuning. Starting with a consideration of design principles and best practices for distributed applications, " +
				"we’ll explore various practical tips to improve your client application’s performance. We’ll look first at the most important producer and consumer " +
				"configuration options because these apply even when you have limited control of the brokers’ cluster setup. Secondly, we’ll look at how the brokers’ " +
				"cluster deployment, topology and configuration could help further. Finally a word on some gotchas of performance analysis, that apply to Kafka too!"},
		{ID: "modern-cloud-native-streaming-platforms-event-streaming-microservices-with-kafka-on-kubernetes",
			Title: "Modern Cloud-Native Streaming Platforms: Event Streaming Microservices with Kafka on Kubernetes", Track: "Stream Processing",
			Speakers: speakers(sp("Kamala Dasika", "Pivotal"), sp("Michael Ng", "Confluent")),
			Abstract: "Microservices, events, containers, and orchestrators are dominating our vernacular today. As operations teams adapt to support these technologies " +
				"in production, cloud-native platforms like Cloud Foundry and Kubernetes have quickly risen to serve as force multipliers of automation, productivity " +
				"and value. Kafka is providing developers a critically important component as they build and modernize applications to cloud-native architecture. " +
				"This talk will explore:\n\n" +
				"- Why cloud-native platforms and why run Kafka on Kubernetes?\n" +
				"- What kind of workloads are best suited for this combination?\n" +
				"- Tips to determine the path forward for legacy monoliths in your application portfolio\n" +
				"- Running Kafka as a Streaming Platform on Container Orchestration"},
	} {
		if d := scheduleDiff(model.Schedule{Sessions: []model.Session{session(want.Title)}}, model.Schedule{Sessions: []model.Session{want}}); d != "" {
			t.Error(d)
		}
	}

	// The repairs the issue names.
	deepak := session("Kafka Streams at Scale")
	if want := speakers(sp("Deepak Goyal", "Walmart Labs")); !slices.Equal(deepak.Speakers, want) {
		t.Errorf("Kafka Streams at Scale: speakers %q, want %q", deepak.Speakers, want)
	}
	wantStart := "generates millions of events per second. At WalmartLabs, I’m working in a team called the Customer Backbone (CBB), "
	wantFirst := "However, there are a few challenges w.r.t. Walmart’s scale: – the clusters need to be large and the problems thereof. " +
		"– infinite retention of changelog topics, wasting valuable disk. – slow stand-by task recovery in case of a node failure " +
		"(changelog topics have GBs of data) – no repartitioning in Kafka Streams.\n\nAs part of the event-driven development"
	if !strings.HasPrefix(deepak.Abstract, wantStart) || !strings.Contains(deepak.Abstract, wantFirst) {
		t.Errorf("Kafka Streams at Scale: the rest of the speaker line must open the abstract; got\n%.400q", deepak.Abstract)
	}
	for _, c := range []struct{ title, want string }{
		{"Handling GDPR with Apache Kafka: How to Comply Without Freaking Out?", "by using an out-of-process architecture (à la service-mesh)."},
		{"Handling GDPR with Apache Kafka: How to Comply Without Freaking Out?",
			"In this talk, we will answer these questions and show you\n\n" +
				"1. how transparent end-to-end encryption can be implemented on top of Apache Kafka;\n" +
				"2. how crypto-shredding can be used to forget individuals; and\n" +
				"3. how record based access control can be implemented on top of Apache Kafka.\n\nAbove all,"},
		{"Building Serverless Apps with Kafka", "and has first-class support for Kafka as a source of events."},
		{"hello-streams: Introducing the Stream First Mindset", "through a classic, simple project (e.g. hello-streams)."},
		{"hello-streams: Introducing the Stream First Mindset", "command events as first class citizens"},
		{"The Art of The Event Streaming Application: Streams, Stream Processors and Scale", "They are classically different from other data systems;"},
		{"Cloud-native Event-driven Data Ecosystem Powered by Kafka and Akka", "in order to deliver world class features with minimal engineering friction."},
		{"When to KSQL & When to Live the KStream", "concepts:\n\n1. KSQL Architecture\n2. KSQL Use Cases\n3. Performance Considerations\n" +
			"4. When to KSQL and When to Not\n5. Introduce KStreams\n\nWhat this talk is:"},
		{"Beyond the DSL-Unlocking the Power of Kafka Streams with the Processor API",
			"Key takeaways:\n\n- Understanding of how to combine DSL and Processors\n- Capabilities and benefits of Processors\n- Real-world uses of Processors"},
		{"Running Production Kafka Clusters in Kubernetes", "This presentation will go through:\n\n- an introduction to the tools and practices establised by Datadog\n"},
	} {
		if got := session(c.title).Abstract; !strings.Contains(got, c.want) {
			t.Errorf("%q: abstract lacks %q", c.title, c.want)
		}
	}
	for _, c := range []struct{ title string }{
		{"Running Kafka® in Kubernetes: A Practical Guide"},
	} {
		if got := session(c.title).Speakers; !slices.Equal(got, speakers(sp("Katherine Stanley", "IBM United Kingdom Ltd."))) {
			t.Errorf("%q: speakers %q", c.title, got)
		}
	}
	if got := session("Seamless Guest Experience with Kafka Streams").Speakers; !slices.Equal(got, speakers(
		sp("Ramaraju Indukurir", "Knoldus Inc"), sp("Himani Arora", "Knoldus Inc"), sp("Suresh Mulukaladu", "Royal Caribbean Cruises International"))) {
		t.Errorf("Seamless Guest Experience: speakers %q", got)
	}
	if got := session("The Power of Event Driven Caches").Speakers; !slices.Equal(got, speakers(sp("Brendan Powers", "Bloomberg L.P"))) {
		t.Errorf("The Power of Event Driven Caches: speakers %q", got)
	}
	// Talks before the first header, the last talk, and its last words.
	if first := s.Sessions[0]; first.Title != "Event Streaming: Lessons from our Cloud-Native Journey" {
		t.Errorf("first talk %q", first.Title)
	}
	last := s.Sessions[len(s.Sessions)-1]
	if last.Title != "How to Build and Operate a Global Behavioral Change Platform" ||
		!strings.Contains(last.Abstract, "and the challenges faced in doing this.\n\nIn addition it will provide detail") ||
		!strings.HasSuffix(last.Abstract, "as well as global partners such as Starbucks, and Amazon.") {
		t.Errorf("last talk %q ends %q", last.Title, last.Abstract[max(0, len(last.Abstract)-60):])
	}
	// Track headers are never talks nor left in abstracts.
	for _, sess := range s.Sessions {
		for _, tr := range wantTracks {
			if sess.Title == tr || strings.HasSuffix(sess.Abstract, "\n\n"+tr) {
				t.Errorf("%q: track header %q leaked into a talk", sess.Title, tr)
			}
		}
	}
}

// TestSeedIndex: the browsing indexes over the seed: 74 people, Bloomberg's
// two spellings one company, Confluent's people, a person's talks.
func TestSeedIndex(t *testing.T) {
	s := parseSeed(t)
	x := model.NewIndex(&s)
	if n := len(x.People()); n != 74 {
		t.Errorf("%d people, want 74", n)
	}
	var bloomberg, confluent *model.Company
	for i, c := range x.Companies() {
		switch c.Name {
		case "Bloomberg L.P.":
			bloomberg = &x.Companies()[i]
		case "Confluent":
			confluent = &x.Companies()[i]
		case "Bloomberg L.P":
			t.Error(`"Bloomberg L.P" is a company of its own`)
		}
	}
	if bloomberg == nil || !slices.Equal(bloomberg.People, []string{"Brendan Powers", "Lei Chen"}) || len(bloomberg.Sessions) != 2 {
		t.Errorf("Bloomberg = %+v, want Brendan Powers and Lei Chen, two talks", bloomberg)
	}
	if confluent == nil || len(confluent.People) != 17 {
		t.Errorf("Confluent = %+v, want 17 people", confluent)
	}
	i, ok := x.PersonIndex("Martin Kleppmann")
	if !ok {
		t.Fatal("Martin Kleppmann is not in the speakers index")
	}
	if p := x.People()[i]; p.Company != "Data-Intensive Apps" || len(p.Sessions) != 1 || s.Sessions[p.Sessions[0]].Title != "Is Kafka a Database?" {
		t.Errorf("Martin Kleppmann = %+v", p)
	}
}
