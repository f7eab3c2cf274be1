package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
)

// serveOptions are what a server is started with: summit-tui serve's
// command line, and what tests and benchmarks set beside it.
type serveOptions struct {
	Ref          string           // the schedule, as REF; "" the built-in page
	Open         data.OpenOptions // --tz, --format-in, --title
	RefreshEvery refreshFlag
	Theme        string // --theme; "" is auto
	Listen       string // --listen, as host:port
	HostKey      string // --host-key
	DB           string // --db: a path, or a postgres:// URL
	MaxSessions  int
	IdleTimeout  time.Duration
	// Log receives one line per connect, disconnect and event; nil
	// discards them.
	Log io.Writer
	// Now is the clock of every session; nil is the system's.
	Now func() time.Time
	// OutputCap and WriteDeadline bound each session's output; zero is
	// outputCap and writeDeadline.
	OutputCap     int
	WriteDeadline time.Duration
	// HandshakeTimeout bounds the time from connecting to being signed
	// in; zero is handshakeTimeout.
	HandshakeTimeout time.Duration
	// FPS, when set, is each session's frame rate in place of the
	// browser's own: fewer frames cost fewer wake-ups per idle session.
	FPS int

	help bool // --help
	// wrapStore, when set, stands between the server and its database:
	// tests count the queries.
	wrapStore func(keyedStore) keyedStore
	// defaultDir is the directory of the default host key and database,
	// made when missing and one of them is used.
	defaultDir string
}

// serveServer is a running server: started by startServer, stopped by
// Stop.
type serveServer struct {
	opts     serveOptions
	ln       net.Listener
	ssh      *ssh.Server
	hub      *serveHub
	db       keyedStore
	ctx      context.Context    // the server's lifetime: ends once sessions have had their time to end
	cancel   context.CancelFunc // stops the hub's refresh and polling
	served   chan struct{}      // closed when Serve returns
	stopping atomic.Bool
	stopOnce sync.Once
	logMu    sync.Mutex
}

// startServer listens, opens the schedule, the host key and the
// bookmarks database, and serves until Stop. It gives up when start ends
// first (SIGTERM while the schedule is still being fetched). When it
// fails, nothing it made is left behind: no host key or database file is
// created by a start that fails.
func startServer(start context.Context, opts serveOptions) (_ *serveServer, err error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	srv := &serveServer{opts: opts, served: make(chan struct{})}
	var undo []func()
	defer func() {
		if err != nil {
			for i := len(undo) - 1; i >= 0; i-- {
				undo[i]()
			}
		}
	}()

	srv.ln, err = net.Listen("tcp", opts.Listen)
	if err != nil {
		return nil, listenError(opts.Listen, err)
	}
	undo = append(undo, func() { srv.ln.Close() })

	ctx, cancel := context.WithCancel(context.Background())
	srv.ctx, srv.cancel = ctx, cancel
	undo = append(undo, cancel)
	giveUp := context.AfterFunc(start, cancel)
	opened, schedule, err := openServeSchedule(ctx, opts)
	if !giveUp() || err != nil {
		return nil, errors.Join(err, start.Err())
	}

	if d := opts.defaultDir; d != "" && !existsOnDisk(d) && (filepath.Dir(opts.HostKey) == d || filepath.Dir(opts.DB) == d) {
		made := []string{d} // the directories made, innermost first
		for p := filepath.Dir(d); !existsOnDisk(p) && p != filepath.Dir(p); p = filepath.Dir(p) {
			made = append(made, p)
		}
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("serve: %w", err)
		}
		undo = append(undo, func() {
			for _, p := range made {
				os.Remove(p) // only when empty
			}
		})
	}

	// A key kept is read before anything is made; a new one is made last.
	_, statErr := os.Stat(opts.HostKey)
	keyKept := !errors.Is(statErr, os.ErrNotExist)
	var signer gossh.Signer
	if keyKept {
		if signer, err = loadHostKey(opts.HostKey); err != nil {
			return nil, err // it names the key
		}
	}

	dbMade := !isPostgresDSN(opts.DB) && !existsOnDisk(opts.DB)
	srv.db, err = openKeyedStore(ctx, opts.DB)
	if dbMade {
		undo = append(undo, func() { removeDatabase(opts.DB) })
	}
	if err != nil {
		return nil, databaseError(opts.DB, err)
	}
	undo = append(undo, func() { srv.db.Close() })
	if opts.wrapStore != nil {
		srv.db = opts.wrapStore(srv.db)
	}

	if !keyKept {
		if signer, err = loadHostKey(opts.HostKey); err != nil {
			return nil, err
		}
	}

	srv.hub = newServeHub(srv.db, opened, schedule, opts.Log, srv.now)
	srv.hub.notice = withNotice(opened.Notice, "")
	srv.ssh, err = wish.NewServer(
		func(s *ssh.Server) error { s.AddHostKey(signer); return nil },
		// A browser's session ends after --idle-timeout without input
		// (serve_idle.go); the connection's, which any traffic resets,
		// is the backstop for connections that open no session.
		wish.WithIdleTimeout(connectionIdle(opts.IdleTimeout)),
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		// Keyless: no questions asked; bookmarks last for the session.
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		wish.WithMiddleware(
			srv.handle,
			srv.recoverSession,
			logSessions(srv.logWriter(), srv.now),
			sessionLimit(opts.MaxSessions, srv.logTurnedAway),
			rateLimit(srv.logTurnedAway),
		),
	)
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	// Only sessions: no port forwarding (no handlers for direct-tcpip or
	// tcpip-forward), no subsystems such as sftp (none registered), no
	// X11 (refused by the session), and agent forwarding refused here.
	srv.ssh.ChannelHandlers = map[string]ssh.ChannelHandler{"session": refuseAgent(ssh.DefaultSessionHandler)}
	// A connection that never signs in is dropped, whatever the idle
	// timeout: the rate limit and --max-sessions count sessions, and
	// would not stop connections that hold the door without one.
	srv.ssh.HandshakeTimeout = srv.handshakeTimeout()
	srv.ssh.LocalPortForwardingCallback = nil
	srv.ssh.ReversePortForwardingCallback = nil

	go srv.hub.refreshLoop(ctx, opts, opened)
	go srv.hub.pollGenerations(ctx)
	go func() {
		defer close(srv.served)
		_ = srv.ssh.Serve(srv.ln)
	}()
	srv.logf("listening on %s (%s bookmarks)", srv.Addr(), srv.db.Kind())
	// What the local commands say on standard error is for the organiser.
	for _, n := range []string{tzNotice(options{open: opts.Open}, &schedule), data.CutsNotice(&schedule)} {
		if n != "" {
			srv.logf("%s", n)
		}
	}
	return srv, nil
}

// Addr is the address the server listens on.
func (srv *serveServer) Addr() string { return srv.ln.Addr().String() }

// stopBound is how long Stop waits for the browsers to save and end,
// and commandBound how long then for commands under way, before the
// connections are closed.
const (
	stopBound    = 3 * time.Second
	commandBound = time.Second
)

// Stop stops accepting, tells every session the server is stopping and
// quits it (each saves what is pending), then closes the connections and
// the database.
func (srv *serveServer) Stop() error {
	var err error
	srv.stopOnce.Do(func() {
		srv.stopping.Store(true)
		_ = srv.ln.Close() // no new connections
		srv.hub.each(func(s *serveSession) { s.stop() })
		ctx, cancel := context.WithTimeout(context.Background(), stopBound)
		srv.hub.waitEmpty(ctx)
		srv.hub.seenSaves.wait(ctx) // what a browser saw, saved as it ended
		cancel()
		ctx, cancel = context.WithTimeout(context.Background(), commandBound)
		if serr := srv.ssh.Shutdown(ctx); serr != nil {
			_ = srv.ssh.Close() // what is left is cut off
		}
		cancel()
		<-srv.served
		srv.cancel()
		err = srv.db.Close()
		srv.logf("stopped")
	})
	return err
}

// handle is the last middleware: a command for an exec request, the
// browser for a terminal; a shell without a terminal is refused.
func (srv *serveServer) handle(ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if sess.Subsystem() != "" {
			wish.Fatalln(sess, "summit-tui: subsystems are not served")
			return
		}
		if len(sess.Command()) > 0 {
			srv.command(sess)
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			wish.Fatalln(sess, "summit-tui: the browser needs a terminal: connect with ssh -t")
			return
		}
		srv.browse(sess)
	}
}

// command runs one of the commands served over SSH, on that key's
// bookmarks.
func (srv *serveServer) command(sess ssh.Session) {
	key := keyFingerprint(sess)
	in := sshCommandInput{Schedule: srv.hub.latest().schedule, Keyless: key == "", Now: srv.now, Ref: srv.opts.Ref}
	in.Zone, _ = clientZone(clientEnv(sess.Environ(), ""))
	if key != "" {
		ctx, cancel := context.WithTimeout(sess.Context(), storeTimeout)
		ids, err := srv.db.Bookmarks(ctx, srv.hub.conference, key)
		cancel()
		if err != nil {
			srv.logf("%s %s: bookmarks: %s", sess.RemoteAddr(), key, oneLine(err.Error()))
			fmt.Fprintf(sess.Stderr(), "summit-tui: bookmarks: %s\n", forClient(err))
			_ = sess.Exit(exitError)
			return
		}
		in.Bookmarks = ids
	}
	cut := srv.cutOff(sess)
	stdout := deadlineWriter{to: sess, deadline: srv.writeDeadline(), cut: cut}
	stderr := deadlineWriter{to: sess.Stderr(), deadline: srv.writeDeadline(), cut: cut}
	code := sshCommand(sess.Command(), in, stdout, stderr)
	_ = sess.Exit(code)
}

// recoverSession ends a session that panics, with a log line; the server
// and every other session go on.
func (srv *serveServer) recoverSession(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer func() {
			if r := recover(); r != nil {
				srv.logf("%s %s: the session panicked and was ended: %v", sess.RemoteAddr(), logKey(keyFingerprint(sess)), oneLine(fmt.Sprint(r)))
				_ = sess.Exit(exitError)
			}
		}()
		next(sess)
	}
}

// refuseAgent answers "no" to agent forwarding, which the session
// handler would otherwise accept, and passes every other request on.
func refuseAgent(next ssh.ChannelHandler) ssh.ChannelHandler {
	return func(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
		next(srv, conn, agentRefused{newChan}, ctx)
	}
}

type agentRefused struct{ gossh.NewChannel }

func (a agentRefused) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := a.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	passed := make(chan *gossh.Request)
	go func() {
		defer close(passed)
		for req := range reqs {
			if req.Type == "auth-agent-req@openssh.com" || req.Type == "x11-req" {
				_ = req.Reply(false, nil)
				continue
			}
			passed <- req
		}
	}()
	return ch, passed, nil
}

func (srv *serveServer) now() time.Time {
	if srv.opts.Now != nil {
		return srv.opts.Now()
	}
	return time.Now()
}

// handshakeTimeout is how long a client has to connect and sign in, as
// OpenSSH's LoginGraceTime.
const handshakeTimeout = time.Minute

func (srv *serveServer) handshakeTimeout() time.Duration {
	if srv.opts.HandshakeTimeout > 0 {
		return srv.opts.HandshakeTimeout
	}
	return handshakeTimeout
}

func (srv *serveServer) outputCap() int {
	if srv.opts.OutputCap > 0 {
		return srv.opts.OutputCap
	}
	return outputCap
}

func (srv *serveServer) writeDeadline() time.Duration {
	if srv.opts.WriteDeadline > 0 {
		return srv.opts.WriteDeadline
	}
	return writeDeadline
}

// logf writes one line to the log, stamped.
func (srv *serveServer) logf(format string, args ...any) {
	srv.logMu.Lock()
	defer srv.logMu.Unlock()
	fmt.Fprintf(srv.opts.Log, "%s %s\n", srv.now().Format(time.RFC3339), fmt.Sprintf(format, args...))
}

// logTurnedAway is the log's line for a connection turned away before
// its session opened.
func (srv *serveServer) logTurnedAway(s ssh.Session, why string) {
	srv.logf("turned away %s %s: %s", s.RemoteAddr(), logKey(keyFingerprint(s)), why)
}

// logWriter is the log, one writer at a time.
func (srv *serveServer) logWriter() io.Writer { return lockedWriter{srv} }

type lockedWriter struct{ srv *serveServer }

func (w lockedWriter) Write(p []byte) (int, error) {
	w.srv.logMu.Lock()
	defer w.srv.logMu.Unlock()
	return w.srv.opts.Log.Write(p)
}

// openServeSchedule opens the schedule every session shares, as the
// local browser does, whole.
func openServeSchedule(ctx context.Context, opts serveOptions) (data.Opened, model.Schedule, error) {
	o := options{ref: opts.Ref, open: opts.Open}
	opened, err := openRefContext(ctx, o)
	if err != nil {
		return opened, model.Schedule{}, err
	}
	schedule := opened.Schedule
	if opened.Full != nil {
		if schedule, err = parseWithoutGC(opened.Full); err != nil {
			return opened, schedule, err
		}
	}
	return opened, schedule, nil
}

func isPostgresDSN(dsn string) bool {
	dsn = strings.ToLower(dsn)
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

func existsOnDisk(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// removeDatabase removes the files a failed start made for a database.
func removeDatabase(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		os.Remove(p)
	}
}

// listenError says why the address cannot be listened on, without the
// layers of net's wording.
func listenError(addr string, err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return fmt.Errorf("listen %s: %v", addr, errno)
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return fmt.Errorf("listen %s: %s", addr, dns.Err)
	}
	return fmt.Errorf("listen %s: %w", addr, err)
}

func databaseError(dsn string, err error) error {
	if errors.As(err, new(*store.DatabaseError)) {
		return err // it names the database, without a password
	}
	if u, perr := url.Parse(dsn); perr == nil && isPostgresDSN(dsn) {
		dsn = u.Redacted()
	}
	return fmt.Errorf("database %s: %v", dsn, err)
}

// openKeyedStore opens the bookmarks database of a server.
func openKeyedStore(ctx context.Context, dsn string) (keyedStore, error) {
	db, err := store.OpenKeyed(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return db, nil
}
