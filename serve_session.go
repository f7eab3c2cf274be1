package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
	gossh "golang.org/x/crypto/ssh"

	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// Each SSH session with a terminal is the browser, one Bubble Tea program
// of its own on the session's channel: the client's window size, TERM,
// colours, zone and language, and nothing of the server's environment.

// serveSession is what the hub knows of a session: where to send word of
// a new schedule or of changed bookmarks, and its program, to stop it.
type serveSession struct {
	key             string // its key's fingerprint; "": keyless
	scheduleChanged chan struct{}
	marksChanged    chan struct{} // its key's bookmarks changed
	goingChanged    chan struct{} // only the counts of who is going did
	seenVersion     atomic.Int64  // the hub's version the session shows
	program         *tea.Program
	stopping        atomic.Bool     // the server asked it to stop
	done            <-chan struct{} // closed when its program has ended
	idled           atomic.Bool     // ended for want of input (--idle-timeout)
	// saves are its browser's saves of bookmarks under way, which go on
	// when the client goes: what it left unsaved is saved after them.
	saves underWay
}

// stoppingText is what a session is told when the server stops.
const stoppingText = "the server is stopping"

// stop tells the session the server is stopping and quits it, saving
// what is pending. It never blocks: the program gets its messages on a
// goroutine of the session's own.
func (s *serveSession) stop() {
	if s.stopping.Swap(true) {
		return
	}
	go func() {
		s.program.Send(ui.Announce(stoppingText))
		s.program.Send(ui.Quit())
	}()
}

// clientEnv is the environment a session's browser sees: only what the
// client sent that concerns the terminal, its colours, zone and language,
// and TERM from its pty request. The server's own never enters.
func clientEnv(sent []string, term string) []string {
	env := make([]string, 0, 8)
	for _, kv := range sent {
		name, _, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		switch {
		case slices.Contains([]string{"TZ", "NO_COLOR", "COLORTERM", "LANG"}, name),
			strings.HasPrefix(name, "LC_"):
			env = append(env, kv)
		}
	}
	if term == "" {
		term = "xterm"
	}
	return append(env, "TERM="+term)
}

// clientZone is the zone the client sent as TZ, or why there is none for
// z to say.
func clientZone(env []string) (*time.Location, string) {
	tz := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "TZ="); ok {
			tz = v
		}
	}
	if tz == "" {
		return nil, "Your SSH client sent no TZ, so times stay the conference's: connect with ssh -o SendEnv=TZ"
	}
	loc, err := time.LoadLocation(strings.TrimPrefix(tz, ":"))
	if err != nil || tz == "Local" {
		return nil, fmt.Sprintf("The TZ your SSH client sent, %q, is no zone known here, so times stay the conference's", model.CleanLine(tz))
	}
	return loc, ""
}

// browse runs the browser on a session with a terminal until it quits,
// the client goes or the server stops.
func (srv *serveServer) browse(sess ssh.Session) {
	pty, winch, _ := sess.Pty()
	env := clientEnv(sess.Environ(), pty.Term)
	zone, zoneMissing := clientZone(env)
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()

	s := &serveSession{scheduleChanged: make(chan struct{}, 1), marksChanged: make(chan struct{}, 1),
		goingChanged: make(chan struct{}, 1), done: ctx.Done()}
	v := srv.hub.latest()
	s.seenVersion.Store(v.seq)
	cfg := ui.Config{
		Prepared:    v.prepared,
		Renders:     srv.hub.renders,
		Going:       srv.hub.going(ctx),
		ZoneMissing: zoneMissing,
		Theme:       ui.ThemeName(srv.opts.Theme),
		Env:         env,
		Now:         srv.now,
		Remind:      defaultRemind,
		Zone:        zone,
		Background:  ui.BackgroundNotAsked,
		Live:        srv.hub.live(s),
		Notice:      srv.hub.notice,
		Done:        ctx.Done(),
	}
	key := keyFingerprint(sess)
	news := srv.hub.newsSince() // before the bookmarks are read
	srv.hub.bookmarks(ctx, srv.ctx, key, &cfg, s)
	srv.hub.wireSeen(ctx, srv.ctx, key, &cfg.Live)
	m, progOpts := ui.New(cfg)

	out := newBoundedOutput(sess, srv.outputCap(), srv.writeDeadline(), srv.cutOff(sess))
	defer out.Close()   // also when the session panics: its writer goes too
	var idle *idleWatch // set before the program runs, and so before it filters
	// The client's colours first: ui.New's own choice (NO_COLOR, ascii)
	// comes after and wins.
	progOpts = append([]tea.ProgramOption{tea.WithColorProfile(colorprofile.Env(env))}, progOpts...)
	progOpts = append(progOpts,
		tea.WithInput(sess),
		tea.WithOutput(out),
		tea.WithWindowSize(pty.Window.Width, pty.Window.Height),
		tea.WithoutSignalHandler(),
		tea.WithContext(ctx),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			if isInput(msg) {
				idle.input()
			}
			// ctrl+z would stop the server's process, not the client's.
			if _, ok := msg.(tea.SuspendMsg); ok {
				return nil
			}
			return msg
		}),
	)
	if srv.opts.FPS > 0 {
		progOpts = append(progOpts, tea.WithFPS(srv.opts.FPS))
	}
	s.program = tea.NewProgram(m, progOpts...)
	srv.hub.add(s, news)
	defer func() {
		srv.hub.remove(s)
		// Nothing pokes a session the hub no longer has: the browser's
		// waits for news end here, not never.
		close(s.scheduleChanged)
		close(s.marksChanged)
		close(s.goingChanged)
	}()
	if srv.hub.latest().seq != v.seq {
		poke(s.scheduleChanged) // a version came while the session started
	}
	if srv.stopping.Load() {
		s.stop()
	}
	go followWindow(ctx, winch, s.program.Send)

	idle = watchIdle(srv.opts.IdleTimeout, func() {
		s.idled.Store(true)
		srv.logf("%s %s: %s", sess.RemoteAddr(), logKey(key), idleText(srv.opts.IdleTimeout))
		s.program.Send(ui.Quit()) // saves what is pending, as q does
	})
	final, err := s.program.Run()
	idle.stop()
	cancel()
	code := 0
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		srv.logf("%s %s: the session panicked and was ended", sess.RemoteAddr(), logKey(key))
		code = 1
	case err != nil && !errors.Is(err, tea.ErrProgramKilled):
		srv.logf("%s %s: session: %v", sess.RemoteAddr(), logKey(key), oneLine(err.Error()))
		code = 1
	}
	_ = out.Close()
	if m, ok := final.(*ui.Model); ok && key != "" {
		// A save under way holds toggles older than those left: saved
		// after it, they are not undone by it.
		wait, cancel := context.WithTimeout(srv.ctx, storeTimeout)
		s.saves.wait(wait)
		cancel()
		srv.settleBookmarks(sess, key, m.Outcome())
	}
	switch {
	case s.stopping.Load():
		fmt.Fprint(sess.Stderr(), "summit-tui: "+stoppingText+"\r\n")
	case s.idled.Load():
		fmt.Fprint(sess.Stderr(), "summit-tui: "+idleText(srv.opts.IdleTimeout)+"\r\n")
	}
	_ = sess.Exit(code)
}

// settleBookmarks saves once more the toggles a browser ended with
// unsaved: its client went, or the server stopped, before their save was
// through. What still cannot be saved is logged and told to the client,
// never dropped unsaid.
func (srv *serveServer) settleBookmarks(sess ssh.Session, key string, o ui.Outcome) {
	if o.Unsaved == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(srv.ctx, storeTimeout)
	_, err := srv.db.Apply(ctx, srv.hub.conference, key, bookmarkOps(o.Pending))
	cancel()
	if err == nil {
		return
	}
	lost := "bookmarks: " + plural(o.Unsaved, "change", "changes") + " could not be saved: "
	srv.logf("%s %s: %s%s", sess.RemoteAddr(), key, lost, oneLine(err.Error()))
	fmt.Fprint(sess.Stderr(), "summit-tui: "+lost+forClient(err)+"\r\n")
}

// followWindow sends the client's window sizes to the program until the
// session's request loop closes winch. Once the program has ended (ctx)
// sizes are still taken and dropped: the loop blocks on a full winch, and
// would leave its goroutine, and with it the session, behind for good.
func followWindow(ctx context.Context, winch <-chan ssh.Window, send func(tea.Msg)) {
	for w := range winch {
		if ctx.Err() == nil {
			send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}
}

// cutOff closes a session's connection when its output fails: the log
// says so once when the client stopped reading, not when it simply went.
func (srv *serveServer) cutOff(sess ssh.Session) func(why error) {
	var once sync.Once
	return func(why error) {
		once.Do(func() {
			if errors.Is(why, errStalled) {
				srv.logf("%s %s: cut off: %v", sess.RemoteAddr(), logKey(keyFingerprint(sess)), why)
			}
			if conn, ok := sess.Context().Value(ssh.ContextKeyConn).(*gossh.ServerConn); ok {
				_ = conn.Close()
			}
		})
	}
}
