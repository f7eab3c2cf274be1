package model

import (
	"strings"
	"testing"
)

// BenchmarkScan splits prose into folded words, as the index does with
// every abstract.
func BenchmarkScan(b *testing.B) {
	text := strings.Repeat("Kafka® Streams lets you build real-time, event-driven applications; don’t panic. ", 100)
	var ws wordScanner
	n := 0
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ws.scan(text, func(w []byte, _ wordSpan) { n += len(w) })
	}
}
