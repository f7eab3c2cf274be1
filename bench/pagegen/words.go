package pagegen

// Word lists the page is made from. Changing any of them changes every
// generated page, so measurements taken before and after are not
// comparable: add lists rather than edit them.

// tracks are the track headers: short, Title Case, no punctuation, as the
// parser expects headers to be.
var tracks = []string{
	"Core Kafka",
	"Streams Track",
	"Event Driven Design",
	"Data Pipelines",
	"Cloud Operations",
	"Observability",
	"Machine Learning",
	"Use Cases",
}

var (
	gerunds = []string{
		"Building", "Scaling", "Running", "Operating", "Testing", "Securing",
		"Monitoring", "Migrating", "Designing", "Debugging", "Tuning",
		"Streaming", "Modelling", "Deploying", "Replaying", "Partitioning",
		"Observing", "Automating", "Evolving", "Taming",
	}
	adjectives = []string{
		"Real-Time", "Event-Driven", "Reliable", "Exactly-Once", "Stateful",
		"Serverless", "Cloud-Native", "Multi-Tenant", "Global", "Resilient",
		"Elastic", "Secure", "Low-Latency", "Distributed", "Reactive",
		"Scalable", "Hybrid", "Tiered", "Incremental", "Idempotent",
	}
	nouns = []string{
		"Pipelines", "Microservices", "Data Platforms", "Event Stores",
		"Consumer Groups", "Stream Processors", "Data Meshes", "Clusters",
		"Schemas", "Topics", "Connectors", "State Stores", "Feature Stores",
		"Audit Logs", "Payment Systems", "Fraud Detection", "Ledgers", "Caches",
		"Dashboards", "Brokers",
	}
	techs = []string{
		"Kafka®", "Kafka Streams", "ksqlDB", "Kafka Connect", "Flink",
		"Kubernetes", "Debezium", "Schema Registry", "Avro", "Protobuf", "Spark",
		"Postgres", "Elasticsearch", "Terraform", "Prometheus", "OpenTelemetry",
		"Rust", "Go", "Java", "Python",
	}
	phrases = []string{
		"A Practical Guide", "Lessons Learned", "Patterns and Pitfalls",
		"The Hard Parts", "What We Got Wrong", "A Field Report",
		"Beyond the Basics", "Zero to Production", "Myths and Realities",
		"Ten Years On", "What We Didn’t Expect", "Don’t Panic",
		"The Good, the Bad and the Ugly", "Notes from the Trenches",
	}
	// foreignPhrases put accents and CJK into a few titles, so width and
	// search are measured on more than ASCII.
	foreignPhrases = []string{
		"Café Analytics at Über-Scale", "Lessons from Zürich",
		"データ基盤の進化", "实时流处理实践", "Señales en Tiempo Real",
		"Große Datenströme", "Résumé of a Migration", "Ça Marche!",
	}
)

var (
	firstNames = []string{
		"Alice", "Ben", "Chiara", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
		"Ines", "Jakub", "Katherine", "Liam", "Mei", "Noa", "Olu", "Priya",
		"Quentin", "Rosa", "Sven", "Tomasz", "Uma", "Viktor", "Wen", "Ximena",
		"Yusuf", "Zoë", "José", "Jürgen", "Björn", "Søren", "Łukasz", "Amélie",
	}
	middleInitials = []string{"A.", "J.", "K.", "M.", "R."}
	lastNames      = []string{
		"Anders", "Baker", "Chen", "Dolan", "Evans", "Fischer", "Gupta", "Hughes",
		"Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor",
		"Patel", "Quinn", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga",
		"Williams", "Xu", "Yilmaz", "Zimmermann", "Müller", "García", "Øvergaard",
		"Dvořák", "O’Brien", "van der Berg",
	}
	companyStems = []string{
		"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
		"Vandelay", "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Aperture",
		"Oscorp", "Nakatomi", "Gringotts", "Monarch", "Pied Piper", "Dunder",
		"Massive Dynamic", "Blue Sun", "Weyland", "Sirius", "Virtucon",
	}
	companyKinds = []string{
		"Data", "Bank", "Labs", "Systems", "Health", "Media", "Ltd.", "Group",
		"Cloud", "Insurance", "Building Society", "GmbH",
	}
)

// Abstract prose is drawn from these; the sentences are nonsense, but their
// word lengths and punctuation look like the seed's. Vocabulary entries are
// single words so that word counts stay exact.
var (
	openers = []string{
		"In this talk", "At our company", "Over the last year", "This session",
		"In practice", "Most teams", "Surprisingly", "Finally", "However",
		"As a result", "Today", "We",
	}
	vocabulary = []string{
		"we", "the", "a", "our", "their", "every", "with", "without", "across",
		"into", "from", "for", "how", "why", "when", "and", "but", "or", "of",
		"to", "in", "on", "at", "by", "will", "can", "should", "must",
		"share", "build", "show", "explain", "discuss", "demonstrate",
		"migrate", "scale", "replay", "partition", "monitor", "deploy", "tune",
		"secure", "process", "consume", "produce", "join", "aggregate",
		"events", "streams", "topics", "brokers", "partitions", "offsets",
		"consumers", "producers", "schemas", "connectors", "clusters",
		"latency", "throughput", "state", "records", "messages", "services",
		"teams", "customers", "data", "pipelines", "platform", "architecture",
		"operators", "developers", "lessons", "patterns", "failures", "outages",
		"guarantees", "ordering", "retention", "compaction", "replication",
		"real-time", "distributed", "reliable", "scalable", "stateful",
		"exactly-once", "cloud-native", "large-scale", "low-latency",
		"production", "Kafka", "Kubernetes", "ksqlDB", "KStreams",
		"millions", "billions", "thousands", "dozens", "simple", "hard",
		"important", "costly", "fast", "slow", "new", "old", "legacy",
		"“exactly-once”", "don’t", "it’s", "we’ve", "(sometimes)", "etc",
	}
	listIntros = []string{
		"In this talk, we will discuss the following concepts:",
		"Key takeaways:", "Learn how we:", "This presentation will go through:",
		"You will leave with:", "We will cover:",
	}
	listMarkers = []string{"– ", "* ", "1. "}
)
