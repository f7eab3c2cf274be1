package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"time"

	"github.com/summit-tui/summit-tui/data"
)

// summit-tui serve: the browser for everyone who connects over SSH.

// Defaults of summit-tui serve.
const (
	defaultListen      = ":2222"
	defaultMaxSessions = 500
	defaultIdleTimeout = 30 * time.Minute
)

// serveCommand runs summit-tui serve until SIGTERM or SIGINT, then stops
// it within a bound and exits 0.
func serveCommand(args []string, stdout, stderr io.Writer) int {
	opts, err := parseServeArgs(args)
	if opts.help {
		fmt.Fprint(stdout, usageText)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "summit-tui: serve: %v (see summit-tui --help)\n", oneLine(err.Error()))
		return exitUsage
	}
	opts.Log = stderr
	// A conference's id or name is looked up in the directory, as locally.
	dir := options{ref: opts.Ref, directory: data.DefaultDirectoryURL, refreshEvery: opts.RefreshEvery, open: opts.Open}
	if err := lookUpDirectory(&dir, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "summit-tui: %s\n", oneLine(err.Error()))
		if errors.As(err, new(usageError)) {
			return exitUsage
		}
		return exitError
	}
	opts.Ref, opts.RefreshEvery = dir.ref, dir.refreshEvery
	stopped, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	srv, err := startServer(stopped, opts)
	switch {
	case stopped.Err() != nil:
		return exitOK // stopped before it served: nothing to save
	case err != nil:
		fmt.Fprintf(stderr, "summit-tui: %s\n", oneLine(err.Error()))
		return exitError
	}
	<-stopped.Done()
	if err := srv.Stop(); err != nil {
		fmt.Fprintf(stderr, "summit-tui: database: %s\n", oneLine(err.Error()))
		return exitError
	}
	return exitOK
}

// parseServeArgs reads serve's REF and flags, in any order.
func parseServeArgs(args []string) (serveOptions, error) {
	dir := defaultServeDir()
	opts := serveOptions{
		Listen:      defaultListen,
		HostKey:     filepath.Join(dir, "ssh_host_ed25519_key"),
		DB:          filepath.Join(dir, "bookmarks.db"),
		MaxSessions: defaultMaxSessions,
		IdleTimeout: defaultIdleTimeout,
		defaultDir:  dir,
	}
	fs := flag.NewFlagSet("summit-tui serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&opts.Listen, "listen", opts.Listen, "")
	fs.StringVar(&opts.HostKey, "host-key", opts.HostKey, "")
	fs.StringVar(&opts.DB, "db", opts.DB, "")
	fs.IntVar(&opts.MaxSessions, "max-sessions", opts.MaxSessions, "")
	fs.DurationVar(&opts.IdleTimeout, "idle-timeout", opts.IdleTimeout, "")
	fs.Var(&opts.RefreshEvery, "refresh-every", "")
	fs.StringVar(&opts.Theme, "theme", "auto", "")
	tz := fs.String("tz", "", "")
	formatIn := fs.String("format-in", "", "")
	fs.StringVar(&opts.Open.Title, "title", "", "")
	fs.BoolVar(&opts.help, "help", false, "")
	fs.BoolVar(&opts.help, "h", false, "")

	var words []string
	for rest := args; ; {
		if err := parseFlags(fs, rest); err != nil || opts.help {
			return opts, err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		words, rest = append(words, rest[0]), rest[1:]
	}
	switch len(words) {
	case 0:
	case 1:
		opts.Ref = words[0]
	default:
		return opts, usageError{fmt.Sprintf("unexpected argument %q: give one schedule", words[1])}
	}
	if opts.Ref == "-" {
		return opts, usageError{"the schedule cannot be standard input: give a file or a URL"}
	}
	if err := checkListen(opts.Listen); err != nil {
		return opts, err
	}
	switch {
	case opts.MaxSessions < 1:
		return opts, usageError{fmt.Sprintf("--max-sessions %d: give at least 1", opts.MaxSessions)}
	case opts.IdleTimeout < 0:
		return opts, usageError{"--idle-timeout: give a duration such as 30m, or 0 for none"}
	case opts.HostKey == "":
		return opts, usageError{"--host-key: give a path"}
	case opts.DB == "":
		return opts, usageError{"--db: give a path or a postgres:// URL"}
	case !slices.Contains([]string{"auto", "dark", "light", "ascii"}, opts.Theme):
		return opts, usageError{fmt.Sprintf("unknown theme %q: use auto, dark, light or ascii", opts.Theme)}
	}
	if *tz != "" {
		loc, err := time.LoadLocation(*tz)
		if err != nil || *tz == "Local" {
			return opts, usageError{fmt.Sprintf("unknown time zone %q: use a tz database name such as Europe/Brussels or UTC", *tz)}
		}
		opts.Open.Location = loc
	}
	if *formatIn != "" {
		f, err := data.ParseFormat(*formatIn)
		if err != nil {
			return opts, usageError{err.Error()}
		}
		opts.Open.Format = f
	}
	return opts, nil
}

// checkListen checks --listen is host:port (the host may be empty for
// every address) before anything is opened.
func checkListen(addr string) error {
	bad := func(why string) error { return usageError{fmt.Sprintf("--listen %q: %s", addr, why)} }
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return bad("give host:port, such as :2222 or 127.0.0.1:2222")
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return bad("the port is a number from 0 to 65535")
	}
	if host != "" && net.ParseIP(host) == nil {
		if _, err := url.Parse("ssh://" + host); err != nil {
			return bad("not a host name or address")
		}
	}
	return nil
}
