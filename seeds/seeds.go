// Package seeds holds the conference pages built into the binary.
package seeds

import _ "embed"

// DefaultName is the file name of the page opened when no --file is given.
const DefaultName = "kafka-summit-london-2019.txt"

// Default is the Kafka Summit London 2019 sessions page, as scraped text.
//
//go:embed kafka-summit-london-2019.txt
var Default []byte
