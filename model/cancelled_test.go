package model

import "testing"

func TestSessionCancelled(t *testing.T) {
	tests := []struct {
		title, typ string
		gone       bool
		want       bool
	}{
		{title: "CANCELLED: Rust on tiny boards", want: true},
		{title: "Cancelled: Rust on tiny boards", want: true},
		{title: "[cancelled] Rust on tiny boards", want: true},
		{title: "ENTFÄLLT: Sicherheit im Netz", want: true},
		{title: "Sicherheit im Netz (abgesagt)", want: true},
		{title: "Sicherheit im Netz – abgesagt", want: true},
		{title: "Rust on tiny boards CANCELED", want: true},
		{title: "Rust on tiny boards", typ: "Cancelled", want: true},
		{title: "Rust on tiny boards", gone: true, want: true},
		{title: "Why our project was cancelled", want: false},
		{title: "Cancelling jobs in Kafka Streams", want: false},
		{title: "Rust on tiny boards", typ: "Talk", want: false},
		{title: "", want: false},
	}
	for _, tt := range tests {
		s := Session{Title: tt.title, Type: tt.typ, Gone: tt.gone}
		if got := s.Cancelled(); got != tt.want {
			t.Errorf("Session{Title: %q, Type: %q, Gone: %v}.Cancelled() = %v, want %v", tt.title, tt.typ, tt.gone, got, tt.want)
		}
	}
}
