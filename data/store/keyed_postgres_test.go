package store

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
)

// A PostgreSQL database that cannot be reached or opened is one line that
// names it without its password, and says why.
func TestKeyedPostgresOpenFailures(t *testing.T) {
	// A port nothing listens on: the listener is closed before the open.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedPort := l.Addr().(*net.TCPAddr).Port
	l.Close()
	type failure struct {
		name, dsn, want string
	}
	cases := []failure{
		{"nothing listens", "postgres://ada:s3cret@127.0.0.1:" + itoa(closedPort) + "/summit",
			"database postgres://ada:xxxxx@127.0.0.1:" + itoa(closedPort) + "/summit: cannot reach the server: connection refused"},
		{"a password in the query", "postgresql://127.0.0.1:" + itoa(closedPort) + "/summit?user=ada&password=s3cret",
			"database postgresql://127.0.0.1:" + itoa(closedPort) + "/summit?password=xxxxx&user=ada: cannot reach the server: connection refused"},
		{"not a URL", "postgres://ada:s3cret@127.0.0.1:notaport/summit",
			"database (a PostgreSQL URL that does not parse): not a valid PostgreSQL URL: invalid port"},
		{"not even a URL", "postgres://ada:s3cret@[::1/summit",
			"database (a PostgreSQL URL that does not parse): not a valid PostgreSQL URL: failed to parse as URL"},
	}
	if base := os.Getenv(postgresEnv); base != "" {
		u, err := url.Parse(base)
		if err != nil {
			t.Fatal(err)
		}
		u.Path = "/summit_no_such_database"
		cases = append(cases, failure{"no such database", u.String(),
			"database " + u.Redacted() + `: database "summit_no_such_database" does not exist`})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := OpenKeyed(context.Background(), c.dsn)
			if err == nil {
				s.Close()
				t.Fatal("OpenKeyed succeeded")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, c.want) || strings.Contains(msg, "\n") || strings.Contains(msg, "s3cret") {
				t.Errorf("error:\n got %s\nwant %s", msg, c.want)
			}
			var de *DatabaseError
			if !errors.As(err, &de) {
				t.Errorf("error %T is not a *DatabaseError", err)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
