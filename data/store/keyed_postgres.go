package store

import (
	"context"
	"errors"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

const (
	// postgresConns bounds one instance's connections: the server's
	// sessions share them, and PostgreSQL's own limit is shared by every
	// instance.
	postgresConns = 16
	// postgresOpenTimeout bounds the open when the caller set no deadline,
	// so that an unreachable server is an error rather than a hang.
	postgresOpenTimeout = 15 * time.Second
)

// openPostgres connects to the PostgreSQL database at dsn and creates or
// migrates the schema in the first schema of its search_path.
func openPostgres(ctx context.Context, dsn string) (_ *KeyedStore, err error) {
	s := &KeyedStore{kind: kindPostgres, where: redactURL(dsn), placeholders: true,
		keepChanges: keyedKeepChanges, pruneEvery: keyedPruneEvery}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, s.fail(err)
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(postgresConns)
	db.SetMaxIdleConns(postgresConns / 4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s.write, s.read = db, db
	defer func() {
		if err != nil {
			db.Close()
		}
	}()
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, postgresOpenTimeout)
		defer cancel()
	}
	if err = db.PingContext(ctx); err != nil {
		return nil, s.fail(err)
	}
	if err = s.migrate(ctx); err != nil {
		return nil, s.fail(err)
	}
	return s, nil
}

// redactURL is dsn without its password, for messages and logs.
func redactURL(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "(a PostgreSQL URL that does not parse)"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// postgresWhy words a PostgreSQL error without repeating the connection
// settings that pgx puts in its messages.
func postgresWhy(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return oneLine(pgErr.Message)
	}
	var parseErr *pgconn.ParseConfigError
	if errors.As(err, &parseErr) {
		// Its message repeats the URL, a password maybe with it: only the
		// reason after it is kept.
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			return "not a valid PostgreSQL URL: " + oneLine(urlErr.Err.Error())
		}
		msg := parseErr.Error()
		if i := strings.LastIndex(msg, "`: "); i >= 0 {
			return "not a valid PostgreSQL URL: " + oneLine(msg[i+len("`: "):])
		}
		return "not a valid PostgreSQL URL"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		// Its message names the host: the organiser's business.
		return "cannot reach the server: its name does not resolve"
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Err != nil {
		why := opErr.Err.Error()
		var errno syscall.Errno
		if errors.As(opErr.Err, &errno) {
			why = errno.Error()
		}
		return "cannot reach the server: " + oneLine(why)
	}
	var connErr *pgconn.ConnectError
	if errors.As(err, &connErr) && connErr.Unwrap() != nil {
		return "cannot connect to the server: " + oneLine(withoutAddress(connErr.Unwrap()))
	}
	return oneLine(err.Error())
}

// withoutAddress is why pgx could not connect, without the address and
// host name it puts before each attempt's reason ("10.0.0.5:5432
// (db.internal): …"): the reason is shown to the server's clients, and
// where the database is, is the organiser's business.
func withoutAddress(err error) string {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		if errs := joined.Unwrap(); len(errs) > 0 {
			return withoutAddress(errs[len(errs)-1]) // the last address tried
		}
	}
	if inner := errors.Unwrap(err); inner != nil && strings.HasSuffix(err.Error(), "): "+inner.Error()) {
		return inner.Error()
	}
	return err.Error()
}
