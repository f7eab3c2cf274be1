package model

import (
	"fmt"
	"reflect"
	"testing"
)

// TestStoreInParts: a store built in parts at once is the store built in
// one go.
func TestStoreInParts(t *testing.T) {
	words := []string{"Kafka", "Streams", "Jürgen", "don’t", "stream", "Ærø", "kafkaesque", "data", "½", "Ops"}
	var sessions []Session
	for i := range 101 {
		w := func(k int) string { return words[(i*7+k*3)%len(words)] }
		sessions = append(sessions, Session{
			ID: fmt.Sprint(i), Title: w(0) + " " + w(1), Track: w(2),
			Speakers: []Speaker{{Name: w(3) + " " + w(4), Company: w(5)}},
			Abstract: w(6) + " " + w(7) + " " + w(6) + ", " + w(8),
		})
	}
	sessions[50].Abstract = "" // a part boundary or not, nothing breaks
	one := buildSessionStore(sessions, 1)
	for _, parts := range []int{2, 3, 7, 101} {
		if got := buildSessionStore(sessions, parts); !reflect.DeepEqual(got, one) {
			t.Errorf("built in %d parts, the store differs from the one built whole", parts)
		}
	}
}
