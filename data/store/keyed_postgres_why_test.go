package store

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"
)

// Why a PostgreSQL database failed is shown to the server's clients
// ("the bookmarks database: …"), so it names neither the server's address
// nor the user or database: those are the organiser's, and the DSN in
// Where says them to the organiser.
func TestKeyedPostgresWhyNamesNoServer(t *testing.T) {
	for _, tt := range []struct {
		name    string
		serve   func(net.Conn) // what the server does with a connection
		timeout time.Duration
	}{
		{name: "the server hangs up", serve: func(c net.Conn) { c.Close() }, timeout: 10 * time.Second},
		{name: "the server never answers", serve: func(net.Conn) {}, timeout: 300 * time.Millisecond},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			var held []net.Conn
			done := make(chan struct{})
			go func() {
				defer close(done)
				for {
					c, err := l.Accept()
					if err != nil {
						return
					}
					held = append(held, c)
					tt.serve(c)
				}
			}()
			t.Cleanup(func() {
				l.Close()
				<-done
				for _, c := range held {
					c.Close()
				}
			})
			port := l.Addr().(*net.TCPAddr).Port
			ctx, cancel := context.WithTimeout(context.Background(), tt.timeout)
			defer cancel()
			s, err := OpenKeyed(ctx, "postgres://adaname@127.0.0.1:"+itoa(port)+"/summitdb?sslmode=disable&connect_timeout=5")
			if err == nil {
				s.Close()
				t.Fatal("OpenKeyed succeeded")
			}
			var de *DatabaseError
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *DatabaseError", err)
			}
			for _, secret := range []string{"127.0.0.1", itoa(port), "adaname", "summitdb"} {
				if strings.Contains(de.Why, secret) {
					t.Errorf("why names %q: %s", secret, de.Why)
				}
			}
			if de.Why == "" {
				t.Error("no why")
			}
		})
	}
}
