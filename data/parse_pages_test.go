package data

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

// TestParseGoodPages parses each good_* page and checks every field a user
// sees: the conference, the tracks in order and, per talk, id, title,
// track, speakers with companies and abstract.
func TestParseGoodPages(t *testing.T) {
	tests := []struct {
		page string
		rule string
		want model.Schedule
	}{
		{
			page: "good_explicit_keynotes.txt",
			rule: `an explicit "Keynotes" header names the first track; a header starts a track; a talk may have no abstract`,
			want: model.Schedule{
				Conference: "Streaming Days Lyon 2024",
				Tracks:     []string{"Keynotes", "Core Streams"},
				Sessions: []model.Session{
					{ID: "opening-the-stream", Title: "Opening the Stream", Track: "Keynotes",
						Speakers: speakers(sp("Ada Lovelace", "Analytical Engines")), Abstract: "Welcome to two days of streams."},
					{ID: "the-log-is-the-database", Title: "The Log Is the Database", Track: "Keynotes",
						Speakers: speakers(sp("Edgar Codd", "IBM Research"))},
					{ID: "exactly-once-in-practice", Title: "Exactly Once in Practice", Track: "Core Streams",
						Speakers: speakers(sp("Grace Hopper", "US Navy")), Abstract: "How transactions and idempotent producers fit together."},
					{ID: "operating-brokers-at-scale", Title: "Operating Brokers at Scale", Track: "Core Streams",
						Speakers: speakers(sp("Barbara Liskov", "MIT")), Abstract: "We share what broke, and why."},
				},
			},
		},
		{
			page: "good_keynote_prefix.txt",
			rule: `talks before the first header form "Keynotes"; "Keynote: " titles are kept whole`,
			want: model.Schedule{
				Conference: "Event Streams Summit 2023",
				Tracks:     []string{"Keynotes", "Data Pipelines"},
				Sessions: []model.Session{
					{ID: "keynote-the-next-ten-years-of-streaming", Title: "Keynote: The Next Ten Years of Streaming", Track: "Keynotes",
						Speakers: speakers(sp("Jay Kreps", "Confluent")), Abstract: "Where event streaming goes next."},
					{ID: "keynote-streams-tables-and-you", Title: "Keynote: Streams, Tables and You", Track: "Keynotes",
						Speakers: speakers(sp("Tim Berglund", "Confluent"))},
					{ID: "pipelines-in-practice", Title: "Pipelines in Practice", Track: "Data Pipelines",
						Speakers: speakers(sp("Gwen Shapira", "Nile")), Abstract: "From source to sink without surprises."},
				},
			},
		},
		{
			page: "good_track_suffix.txt",
			rule: `track names ending in "Track"; no talks before the first header means no "Keynotes" track`,
			want: model.Schedule{
				Conference: "Data Week 2022",
				Tracks:     []string{"Streams Track", "Operations Track", "Security and Governance Track"},
				Sessions: []model.Session{
					{ID: "windowing-without-tears", Title: "Windowing Without Tears", Track: "Streams Track",
						Speakers: speakers(sp("Anna Berg", "Nordic Data")), Abstract: "Tumbling, hopping and session windows explained."},
					{ID: "joins-in-kafka-streams", Title: "Joins in Kafka Streams", Track: "Streams Track",
						Speakers: speakers(sp("Omar Haddad", "Streamline"))},
					{ID: "upgrading-brokers-without-downtime", Title: "Upgrading Brokers Without Downtime", Track: "Operations Track",
						Speakers: speakers(sp("Mei Lin", "CloudOps")), Abstract: "Rolling upgrades, step by step."},
					{ID: "encrypting-everything", Title: "Encrypting Everything", Track: "Security and Governance Track",
						Speakers: speakers(sp("Tom Ruiz", "SecureCo"))},
				},
			},
		},
		{
			page: "good_non_latin.txt",
			rule: "non-Latin names, companies, tracks and conference; emoji and CJK titles; ids keep other scripts",
			want: model.Schedule{
				Conference: "ストリーミング会議 2024",
				Tracks:     []string{"基調講演", "Потоковая Обработка", "数据流"},
				Sessions: []model.Session{
					{ID: "ストリーム処理入門", Title: "ストリーム処理入門 🚀", Track: "基調講演",
						Speakers: speakers(sp("山田太郎", "株式会社ストリーム")), Abstract: "ストリーム処理の基本を紹介します。"},
					{ID: "kafka-в-яндексе-опыт-эксплуатации", Title: "Kafka в Яндексе: опыт эксплуатации", Track: "Потоковая Обработка",
						Speakers: speakers(sp("Дмитрий Иванов", "Яндекс"), sp("Ольга Петрова", "Сбер")), Abstract: "Мы расскажем о кластерах Kafka."},
					{ID: "launching-evenements-at-scale", Title: "🚀 Launching Événements at Scale 🎉", Track: "Потоковая Обработка",
						Speakers: speakers(sp("José Álvarez", "Telefónica"), sp("محمد علي", "شركة البيانات")),
						Abstract: "Emoji 🎉 and accents (é, ü, ñ) stay as written."},
					{ID: "实时数据管道", Title: "实时数据管道", Track: "数据流",
						Speakers: speakers(sp("李明", "阿里巴巴"))},
				},
			},
		},
		{
			page: "good_no_abstracts.txt",
			rule: "talks without abstracts first, in the middle and last in every track, and last on the page",
			want: model.Schedule{
				Conference: "Minimal Conf 2021",
				Tracks:     []string{"Keynotes", "Core", "Use Cases"},
				Sessions: []model.Session{
					{ID: "hello-streams", Title: "Hello Streams", Track: "Keynotes", Speakers: speakers(sp("Alice Example", "Example Corp"))},
					{ID: "goodbye-batch", Title: "Goodbye Batch", Track: "Keynotes", Speakers: speakers(sp("Bob Example", "Example Corp"))},
					{ID: "first-core-talk", Title: "First Core Talk", Track: "Core", Speakers: speakers(sp("Carol Example", "Core Ltd"))},
					{ID: "second-core-talk", Title: "Second Core Talk", Track: "Core", Speakers: speakers(sp("Dan Example", "Core Ltd")),
						Abstract: "Has an abstract in the middle."},
					{ID: "third-core-talk", Title: "Third Core Talk", Track: "Core", Speakers: speakers(sp("Erin Example", "Core Ltd"))},
					{ID: "last-talk-of-the-page", Title: "Last Talk of the Page", Track: "Use Cases", Speakers: speakers(sp("Frank Example", "Use Co"))},
				},
			},
		},
		{
			page: "good_multi_speaker.txt",
			rule: `many speakers; split at the first comma only; spaces trimmed ("Edoardo Comar , IBM"); no company; a repeated bullet counts once`,
			want: model.Schedule{
				Conference: "Panel Day 2024",
				Tracks:     []string{"Keynotes"},
				Sessions: []model.Session{
					{ID: "the-big-streaming-panel", Title: "The Big Streaming Panel", Track: "Keynotes",
						Speakers: speakers(
							sp("Priya Raman", "Acme, Inc."),
							sp("Edoardo Comar", "IBM"),
							sp("Li Wei", "Tencent"),
							sp("Sam Jones", "Globex Corporation"),
							sp("Noor Hassan", ""),
							sp("Kim Lee", "Initech"),
							sp("Jean-Luc Picard", "Starfleet, United Federation of Planets"),
						),
						Abstract: "Seven people, one stage."},
					{ID: "pairing-on-streams", Title: "Pairing on Streams", Track: "Keynotes",
						Speakers: speakers(sp("Ana Lima", "Nubank"), sp("Ben Ode", "Nubank")),
						Abstract: "Two speakers, two paragraphs.\n\nThe second paragraph."},
				},
			},
		},
		{
			page: "good_tabs_nbsp.txt",
			rule: "tabs, no-break and typographic spaces indent, separate and collapse like spaces; blank-looking lines are blank",
			want: model.Schedule{
				Conference: "Tabs and Spaces Conf 2024",
				Tracks:     []string{"Stream Processing"},
				Sessions: []model.Session{
					{ID: "whitespace-in-titles", Title: "Whitespace in Titles", Track: "Stream Processing",
						Speakers: speakers(sp("Ana María López", "Hola Datos"), sp("Bo Chen", "Quant Labs")),
						Abstract: "An abstract with odd spacing.\n\nSecond paragraph after blank-looking lines."},
				},
			},
		},
		{
			page: "good_list_items.txt",
			rule: `"– x", "-x", "- x", "* x", "• x", "1. x", "2) x" are list items one per line; an unindented "•" line with a comma after a paragraph is an item, not a speaker`,
			want: model.Schedule{
				Conference: "Lists Conf 2024",
				Tracks:     []string{"Keynotes"},
				Sessions: []model.Session{
					{ID: "lists-in-every-shape", Title: "Lists in Every Shape", Track: "Keynotes",
						Speakers: speakers(sp("Lia Marker", "Bullet Co")),
						Abstract: "We will cover:\n\n" +
							"- en dash item\n- hyphen item without a space\n- hyphen item\n- star item\n- bullet item, with a comma\n" +
							"1. first numbered\n2. second numbered\n\n" +
							"A closing paragraph after the list."},
					{ID: "bullets-after-a-paragraph", Title: "Bullets After a Paragraph", Track: "Keynotes",
						Speakers: speakers(sp("Max Muster", "Muster AG")),
						Abstract: "This paragraph is followed by unindented bullets.\n\n" +
							"- Tools, tips and tricks\n- Kafka, Streams, Connect\n\n" +
							"*Emphasis* is not a list item.\n\n--verbose is a flag, not an item.\n\n-5 degrees is a temperature."},
					{ID: "numbered-lists-with-gaps", Title: "Numbered Lists With Gaps", Track: "Keynotes",
						Speakers: speakers(sp("Nia Count", "Counting Ltd")),
						Abstract: "1. one\n2. two\n10. ten"},
				},
			},
		},
		{
			page: "good_swallowed_company.txt",
			rule: "a speaker bullet that swallowed the start of the abstract gives the company and starts the abstract; a long real company stays whole",
			want: model.Schedule{
				Conference: "Spill Conf 2024",
				Tracks:     []string{"Keynotes"},
				Sessions: []model.Session{
					{ID: "streams-at-planet-scale", Title: "Streams at Planet Scale", Track: "Keynotes",
						Speakers: speakers(sp("Jane Doe", "Globex Corporation")),
						Abstract: "generates billions of events per day. At Globex, we built a platform that keeps up with it.\n\nHere is the second paragraph."},
					{ID: "banking-on-events", Title: "Banking on Events", Track: "Keynotes",
						Speakers: speakers(sp("Raj Patel", "Bank of America")),
						Abstract: "processes payments around the clock, and every one of them is an event we must never lose."},
					{ID: "a-long-but-honest-company", Title: "A Long but Honest Company", Track: "Keynotes",
						Speakers: speakers(sp("Kim Park", "The Royal Bank of Scotland Group Public Limited Company")),
						Abstract: "Company names can be long."},
				},
			},
		},
		{
			page: "good_mojibake.txt",
			rule: `mojibake is repaired everywhere ("Ã la" → "à la", "cafÃ©" → "café", "â€™" → "’", twice-encoded too); real accents stay`,
			want: model.Schedule{
				Conference: "Café Conf 2024",
				Tracks:     []string{"Keynotes"},
				Sessions: []model.Session{
					{ID: "streams-a-la-carte", Title: "Streams à la Carte", Track: "Keynotes",
						Speakers: speakers(sp("José García", "Telefónica")),
						Abstract: "It’s a talk about “streams” served à la carte in a café.\n\n" +
							"A double-encoded café sits here too, after a 100 km ride.\n\n" +
							"Legit text stays: São Paulo, IRMÃ SOFIA, Ãgua."},
				},
			},
		},
		{
			page: "good_classname.txt",
			rule: `the "className" damage is undone in every field ("classNameic", "first-className", "world className")`,
			want: model.Schedule{
				Conference: "Classy Conf 2024",
				Tracks:     []string{"First-class Track"},
				Sessions: []model.Session{
					{ID: "world-class-streaming", Title: "World class Streaming", Track: "First-class Track",
						Speakers: speakers(sp("Ada Class", "First-class Systems")),
						Abstract: "A classic talk with first-class support and world class features."},
				},
			},
		},
		{
			page: "good_banner.txt",
			rule: `lines with " | " before the conference line are banners, never the name, even when bullets follow one; a menu bullet is not the name; a lone line after it is no talk; an abstract may contain " | "`,
			want: model.Schedule{
				Conference: "Banner Conf 2024",
				Tracks:     []string{"Keynotes", "Streams"},
				Sessions: []model.Session{
					{ID: "flags-of-all-nations", Title: "Flags of All Nations", Track: "Keynotes",
						Speakers: speakers(sp("Ann Banner", "Flags Inc")), Abstract: "Why banners are not talks."},
					{ID: "piping-data-between-systems", Title: "Piping Data Between Systems", Track: "Streams",
						Speakers: speakers(sp("Bo Pipe", "Pipes Ltd")), Abstract: "Abstracts may say a | b and keep it."},
				},
			},
		},
		{
			page: "good_pipe_titles.txt",
			rule: `below the conference line a line followed by speaker bullets is a title, " | " and all (keynote titles naming speaker and event); a Keynotes header names the first track`,
			want: model.Schedule{
				Conference: "Stream Summit San Mateo 2019",
				Tracks:     []string{"Keynotes", "Core Streams"},
				Sessions: []model.Session{
					{ID: "ada-lovelace-analytical-engines-stream-summit-2019-keynote-ft-ben-ode-nubank",
						Title: "Ada Lovelace, Analytical Engines | Stream Summit 2019 Keynote ft. Ben Ode, Nubank", Track: "Keynotes",
						Speakers: speakers(sp("Ada Lovelace", "Analytical Engines"), sp("Ben Ode", "Nubank")),
						Abstract: "The opening keynote, with a customer story."},
					{ID: "streams-all-the-way-down", Title: "Streams All the Way Down", Track: "Keynotes",
						Speakers: speakers(sp("Grace Hopper", "US Navy"))},
					{ID: "jay-park-example-corp-stream-summit-2019-keynote", Title: "Jay Park, Example Corp | Stream Summit 2019 Keynote", Track: "Keynotes",
						Speakers: speakers(sp("Jay Park", "Example Corp"))},
					{ID: "closing-thoughts", Title: "Closing Thoughts", Track: "Keynotes",
						Speakers: speakers(sp("Edgar Codd", "IBM Research")), Abstract: "Why the log matters."},
					{ID: "tables-streams-a-duality", Title: "Tables | Streams: A Duality", Track: "Core Streams",
						Speakers: speakers(sp("Mei Lin", "CloudOps")), Abstract: "Tables and streams are two views of one log | and this abstract says so."},
				},
			},
		},
		{
			page: "good_list_layout.txt",
			rule: `the list layout: "• Title", speakers joined by " & " ("Procter & Gamble" stays one company), "View Description", abstract; a lost title gives "Untitled talk" and keeps the abstract; "•" lists stay in abstracts`,
			want: model.Schedule{
				Conference: "Stream Summit New York 2019",
				Tracks:     []string{"Keynotes", "Core Streams"},
				Sessions: []model.Session{
					{ID: "welcome-to-the-streaming-era", Title: "Welcome to the Streaming Era", Track: "Keynotes",
						Speakers: speakers(sp("Ada Lovelace", "Analytical Engines")), Abstract: "Opening remarks on a decade of streams."},
					{ID: "the-log-at-the-heart-of-it", Title: "The Log at the Heart of It", Track: "Keynotes",
						Speakers: speakers(sp("Edgar Codd", "IBM Research"), sp("Grace Hopper", "US Navy")),
						Abstract: "Logs, tables and the duality between them.\n\nA second paragraph, about compaction."},
					{ID: "exactly-once-explained", Title: "Exactly Once, Explained", Track: "Core Streams",
						Speakers: speakers(sp("Barbara Liskov", "MIT")), Abstract: "How transactions and idempotent producers fit together."},
					{ID: "untitled-talk", Title: "Untitled talk", Track: "Core Streams",
						Speakers: speakers(sp("Ada Lovelace", "Analytical Engines"), sp("Ben Ode", "Nubank")),
						Abstract: "A talk whose title was lost in the copy keeps its abstract."},
					{ID: "partitioning-for-throughput", Title: "Partitioning for Throughput", Track: "Core Streams",
						Speakers: speakers(sp("Tim Lee", "Procter & Gamble"), sp("Mei Lin", "CloudOps")),
						Abstract: "Picking keys well:\n\n- spread the load\n- keep related events together"},
					{ID: "ask-the-speakers", Title: "Ask the Speakers", Track: "Core Streams",
						Speakers: speakers(sp("Ann Lee", "Acme"), sp("Bo Chen", ""))},
				},
			},
		},
		{
			page: "good_list_layout_flat.txt",
			rule: `the list layout flush left with blank lines between: "View all presentations from X." names X; "View Description ›"; a bare "•" is a lost title; a talk with no "View Description" line has no abstract`,
			want: model.Schedule{
				Conference: "Data Week Berlin 2020",
				Tracks:     []string{"Stream Processing", "Operations"},
				Sessions: []model.Session{
					{ID: "windows-and-watermarks", Title: "Windows and Watermarks", Track: "Stream Processing",
						Speakers: speakers(sp("Tyler Ash", "Snowflake")), Abstract: "Event time versus processing time."},
					{ID: "untitled-talk", Title: "Untitled talk", Track: "Stream Processing",
						Speakers: speakers(sp("Mia Wong", "Flink Works")), Abstract: "The bullet stayed but the title did not."},
					{ID: "lightning-talks", Title: "Lightning Talks", Track: "Stream Processing",
						Speakers: speakers(sp("Sam Jones", ""), sp("Li Wei", ""))},
					{ID: "joins-without-tears", Title: "Joins Without Tears", Track: "Stream Processing",
						Speakers: speakers(sp("Omar Haddad", "Streamline")), Abstract: "Stream-table joins, step by step."},
					{ID: "upgrades-without-downtime", Title: "Upgrades Without Downtime", Track: "Operations",
						Speakers: speakers(sp("Mei Lin", "CloudOps")), Abstract: "Rolling upgrades."},
				},
			},
		},
		{
			page: "good_list_untitled_first.txt",
			rule: `the list layout introduced as the track layout: a track header, then "• View Description" of a talk whose bullet lost its title and speakers ("Untitled talk", the header is no speaker), then titled bullets with " & " speakers`,
			want: model.Schedule{
				Conference: "Stream Summit 2020",
				Tracks:     []string{"Keynote Program", "Operations"},
				Sessions: []model.Session{
					{ID: "untitled-talk", Title: "Untitled talk", Track: "Keynote Program",
						Abstract: "The opening keynote of the first online Stream Summit: what changed in the log this year, and what comes next."},
					{ID: "can-a-stream-replace-the-nightly-batch-at-a-bank", Title: "Can a stream replace the nightly batch at a bank?", Track: "Keynote Program",
						Speakers: speakers(sp("Ann Lee", "Acme Bank"), sp("Bo Chen", "Initech")),
						Abstract: "A year of moving end-of-day jobs onto streams, told by both teams."},
					{ID: "upgrading-brokers-without-a-maintenance-window", Title: "Upgrading brokers without a maintenance window", Track: "Operations",
						Speakers: speakers(sp("Cy Dee", "Globex"), sp("Di Fox", "Umbrella"), sp("Eve Gray", "Hooli")),
						Abstract: "Rolling upgrades, step by step."},
				},
			},
		},
		{
			page: "good_duplicate_titles.txt",
			rule: `ids are slugs of the title, made unique with "-2", "-3"… in page order`,
			want: model.Schedule{
				Conference: "Repeat Conf 2024",
				Tracks:     []string{"Keynotes", "Core"},
				Sessions: []model.Session{
					{ID: "ask-me-anything", Title: "Ask Me Anything", Track: "Keynotes", Speakers: speakers(sp("Ann One", "Org A"))},
					{ID: "ask-me-anything-2", Title: "Ask Me Anything", Track: "Core", Speakers: speakers(sp("Ben Two", "Org B"))},
					{ID: "ask-me-anything-3", Title: "Ask Me Anything!", Track: "Core", Speakers: speakers(sp("Cy Three", "Org C"))},
					{ID: "ask-me-anything-2-2", Title: "Ask Me Anything 2", Track: "Core", Speakers: speakers(sp("Di Four", "Org D"))},
				},
			},
		},
		{
			page: "good_no_view_line.txt",
			rule: `without a "View sessions and slides from" line the file's name names the conference`,
			want: model.Schedule{
				Conference: "good_no_view_line",
				Tracks:     []string{"Stream Processing"},
				Sessions: []model.Session{
					{ID: "windows-and-watermarks", Title: "Windows and Watermarks", Track: "Stream Processing",
						Speakers: speakers(sp("Tyler Akidau", "Snowflake")), Abstract: "Event time versus processing time."},
				},
			},
		},
		{
			page: "good_view_line_only.txt",
			rule: `with nothing before "View sessions and slides from X…", X names the conference`,
			want: model.Schedule{
				Conference: "Current 2023",
				Tracks:     []string{"Stream Processing"},
				Sessions: []model.Session{
					{ID: "windows-and-watermarks", Title: "Windows and Watermarks", Track: "Stream Processing",
						Speakers: speakers(sp("Tyler Akidau", "Snowflake"))},
				},
			},
		},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.page] = true
		t.Run(strings.TrimSuffix(tt.page, ".txt"), func(t *testing.T) {
			got, err := loadPage(filepath.Join(pagesDir, tt.page))
			if err != nil {
				t.Fatalf("rule: %s\nParsePage: %v", tt.rule, err)
			}
			if d := scheduleDiff(got, tt.want); d != "" {
				t.Errorf("rule: %s\n%s", tt.rule, d)
			}
			if err := checkSchedule(got); err != nil {
				t.Error(err)
			}
		})
	}
	for _, name := range testPages(t, "good_*", len(tests)) {
		if !covered[name] {
			t.Errorf("%s has no row in this table", name)
		}
	}
}

// TestParseBadPages: pages that hold no programme are refused with one line
// naming the page and why.
func TestParseBadPages(t *testing.T) {
	tests := []struct {
		page string
		want string // the reason after "<path>: "
	}{
		{"bad_empty.txt", "empty page"},
		{"bad_whitespace_only.txt", "empty page"},
		{"bad_binary.bin", "not text (it holds binary data)"},
		{"bad_no_sessions.txt", `no sessions found (expected talk titles followed by "• Name, Company" speaker lines)`},
		{"bad_button_speakers.txt", `does not read as a sessions page: 3 of 3 talks have "View Description" as a speaker`},
		{"bad_long_titles.txt", `does not read as a sessions page: 1 of 1 talks have titles of over 300 characters, the first 349 ("Event streaming has become the backbone"…)`},
		{"bad_untitled_list.txt", `does not read as a sessions page: 2 of 2 talks have no title`},
		{"bad_prose_speakers.txt", `does not read as a sessions page: the speakers of 2 of 2 talks do not read as names`},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.page] = true
		t.Run(tt.page, func(t *testing.T) {
			path := filepath.Join(pagesDir, tt.page)
			s, err := loadPage(path)
			if err == nil {
				t.Fatalf("parsed %d sessions, want the error %q", len(s.Sessions), tt.want)
			}
			if got, want := err.Error(), path+": "+tt.want; got != want {
				t.Errorf("error = %q, want %q", got, want)
			}
			var pe *PageError
			if !errors.As(err, &pe) || pe.Path != path {
				t.Errorf("error %#v is not a *PageError for %q", err, path)
			}
		})
	}
	for _, name := range testPages(t, "bad_*", len(tests)) {
		if !covered[name] {
			t.Errorf("%s has no row in this table", name)
		}
	}
}
