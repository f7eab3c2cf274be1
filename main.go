// Command summit-tui is a fast, keyboard-first terminal browser for a
// conference programme. Run without arguments it opens the Kafka Summit
// London 2019 sessions page built into the binary.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/export"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/seeds"
	"github.com/summit-tui/summit-tui/ui"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version or VCS revision recorded by go build is used.
var version = ""

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

const usageText = `summit-tui — browse a conference programme in the terminal.

Usage:
  summit-tui [REF] [--file REF] [--bookmarks PATH]
             [--theme auto|dark|light|ascii] [--tz ZONE] [--now TIME]
             [--format-in NAME] [--refresh] [--refresh-every D]
             [--remind DURATION] [--title NAME]
  summit-tui export    [REF] [--format json|markdown]
  summit-tui bookmarks [REF] [--bookmarks PATH]
                       [--format markdown|json|ics|csv|giggity]
                       [--now TIME] [--alarm DURATION]
  summit-tui bookmarks import SOURCE [REF] [--bookmarks PATH]
  summit-tui changes   [OLD] NEW [--format text|json]
  summit-tui next      [REF] [--bookmarks PATH] [--now TIME]
                       [--format text|json]
  summit-tui conferences [--directory URL]
  summit-tui serve     [REF] [--listen ADDR] [--host-key PATH]
                       [--db PATH|postgres://...] [--max-sessions N]
                       [--idle-timeout D] [--refresh-every D]
  summit-tui --version | --help

REF is a schedule file, - for standard input, or an http(s):// URL: a
frab/Pentabarf schedule.xml (FOSDEM, CCC), a frab or pretalx schedule.json,
a Sessionize export (All, Sessions or GridSmart), an iCalendar .ics, or the
text of a sessions page. A REF with no slash or dot that is no file is a
conference in the directory: its id (fosdem_2026) or words of its title
(nordlicht). Without one, the Kafka Summit London 2019 sessions page built
into the binary is used. With standard output not a terminal and
no subcommand, the programme is printed as Markdown.

Commands:
  export     write the whole programme as JSON (default) or Markdown
  bookmarks  write the bookmarked talks as a Markdown agenda (default), JSON,
             an iCalendar file to import into a calendar (ics), CSV, or a
             link that Giggity opens to import them (giggity)
  bookmarks import
             add the talks of SOURCE (a file, - or a link) to REF's
             bookmarks: a Giggity link, a FOSDEM Companion or pretalx
             calendar, any iCalendar file, or a summit-tui JSON export
  changes    what changed from OLD to NEW, or in NEW since the browser last
             showed it: new, cancelled, moved and changed talks
  next       the running or next bookmarked talk, on one line; nothing when
             none is left. It never fetches: a URL is read from its
             offline copy
  conferences
             list the conference directory: id, title and dates, one a
             line, the conferences on or to come first
  serve      serve the browser over SSH to everyone who connects
             (ssh -p 2222 HOST), bookmarks kept per SSH key; over SSH
             also bookmarks, export and next. --listen (default :2222),
             --host-key (default: $XDG_DATA_HOME/summit-tui/serve/
             ssh_host_ed25519_key, made on the first start), --db (a
             SQLite file beside it, or postgres://… shared by several
             servers), --max-sessions (500), --idle-timeout (30m)
  help       print this help

Options:
  --file REF        the schedule to read, as REF above
  --tz ZONE         the time zone (as Europe/Brussels) of a schedule that names
                    none, such as Sessionize's; otherwise times are shown as
                    the conference's local times
  --format-in NAME  read REF as page, frab-xml, frab-json, sessionize or ics
                    instead of telling the format from its first bytes
  --refresh         fetch a URL again even when the cached copy is fresh
  --refresh-every D how often the browser reads the schedule again (90s, 10m;
                    0: never); by default a URL every 10 minutes during the
                    conference and hourly in the week before, and a file
                    when it changes
  --directory URL   the conference directory, a Giggity menu.json
                    (default https://ggt.gaa.st/menu.json)
  --title NAME      what to call the schedule, such as a Sessionize
                    export, which names no event
  --bookmarks PATH  the bookmarks file
                    (default: $XDG_DATA_HOME/summit-tui/bookmarks.json)
  --theme NAME      colours: auto (follow the terminal), dark, light or
                    ascii (no colour)
  --format NAME     output format of export, bookmarks, changes and next
  --alarm DURATION  with bookmarks --format ics, remind this long before
                    each talk (15m, 1h)
  --now TIME        the time to take as now: 2026-01-31T14:05, 2026-01-31 14:05,
                    sat 14:05 or 14:05 (on the first day), in the conference's
                    zone, or RFC 3339 with an offset; the clock runs on from it
  --remind DURATION how long before each bookmarked talk the browser reminds
                    of it (status line, bell, desktop notification), as 5m;
                    0 never (default 10m)
  --version         print the version
  --help            print this help

Exit status: 0 on success, 1 on an error, 2 on a usage error.
`

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, term.IsTerminal(os.Stdout.Fd())))
}

// options are the command line's settings, shared by every command.
type options struct {
	command   string          // "", "export", "bookmarks", "changes" or "next"
	ref       string          // the schedule: REF or --file; "" for the built-in page
	switched  *scheduleSwitch // the browser's schedule, once O can switch it (main_recent.go)
	older     string          // changes OLD NEW: OLD, when two schedules are named
	alarm     string          // --alarm: how long before each talk a calendar reminds
	file      string          // --file as given
	bookmarks string
	theme     string
	format    string
	tz        string
	formatIn  string
	refresh   bool
	now       string
	source    string // bookmarks import SOURCE
	remind    time.Duration
	help      bool
	version   bool

	refreshEvery refreshFlag // --refresh-every (main_live.go)
	directory    string      // --directory: the conference directory's URL (main_conferences.go)

	open        data.OpenOptions // what tz, formatIn and refresh ask of reading
	alarmBefore time.Duration    // --alarm, read

	// progressTo is standard error when it is a terminal, where a
	// command shows a fetch's progress; nil otherwise.
	progressTo io.Writer
}

// run is the whole program short of os.Exit, so tests can drive it.
func run(args []string, stdout, stderr io.Writer, stdoutIsTerminal bool) int {
	if len(args) > 0 && args[0] == "serve" {
		return serveCommand(args[1:], stdout, stderr)
	}
	messages := newMessageWriter(stderr)
	defer messages.Flush()
	opts, err := parseArgs(args)
	opts.progressTo = terminalOf(stderr)
	stderr = messages
	if err != nil {
		fmt.Fprintf(stderr, "summit-tui: %v (see summit-tui --help)\n", err)
		return exitUsage
	}
	switch {
	case opts.help:
		fmt.Fprint(stdout, usageText+"\n"+ui.KeysHelp(80))
		return exitOK
	case opts.version:
		fmt.Fprintln(stdout, "summit-tui", versionString())
		return exitOK
	}
	return exitFor(dispatch(opts, stdout, stderr, stdoutIsTerminal), stderr)
}

// exitFor says what went wrong, if anything, in one line on stderr, and
// gives the exit status it calls for.
func exitFor(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "summit-tui: %s\n", oneLine(err.Error()))
	if errors.As(err, new(usageError)) {
		return exitUsage
	}
	return exitError
}

func dispatch(opts options, stdout, stderr io.Writer, stdoutIsTerminal bool) error {
	if opts.command == "conferences" {
		return conferencesCommand(opts, stdout, stderr)
	}
	if err := lookUpDirectory(&opts, stdout, stderr); err != nil {
		return err
	}
	switch opts.command {
	case "changes":
		return changesCommand(opts, stdout, stderr)
	case "next":
		return nextCommand(opts, stdout)
	case "import":
		return importCommand(opts, stdout, stderr)
	}
	if opts.command == "" && stdoutIsTerminal {
		return browse(opts)
	}
	endProgress := showFetchProgress(&opts)
	sayWaiting(&opts, stderr)
	opened, err := openRef(opts)
	if err != nil {
		endProgress()
		return err
	}
	if opened.CacheIgnored != nil {
		fmt.Fprintf(stderr, "summit-tui: offline copy ignored: %s\n", oneLine(opened.CacheIgnored.Error()))
	}
	if opened.Refresh != nil {
		// A command prints once: ask the server now rather than print a
		// copy it may have replaced.
		fresh, changed, err := opened.Refresh(context.Background())
		endProgress()
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "summit-tui: %s; using the offline copy\n", oneLine(err.Error()))
		case changed:
			opened = fresh
		}
	}
	endProgress()
	schedule := opened.Schedule
	if opened.Full != nil {
		if schedule, err = parseWithoutGC(opened.Full); err != nil {
			return err
		}
	}
	if n := tzNotice(opts, &schedule); n != "" {
		fmt.Fprintf(stderr, "summit-tui: %s\n", n)
	}
	if n := data.CutsNotice(&schedule); n != "" {
		fmt.Fprintf(stderr, "summit-tui: %s\n", n)
	}
	switch opts.command {
	case "export":
		return writeExport(opts.format, schedule, stdout)
	case "bookmarks":
		return writeBookmarks(opts, schedule, stdout, stderr)
	}
	return writeOut(export.WriteMarkdown(stdout, schedule, export.MarkdownOptions{}))
}

// browse opens the interactive browser with the user's bookmarks and the
// place remembered from last time. A large page opens on its first talks
// while the rest is read and parsed. Quitting (q, ctrl+c, SIGTERM, SIGINT,
// SIGHUP) saves pending bookmarks within a bound; the exit status is
// non-zero only when some could not be saved.
func browse(opts options) error {
	if data.WillFetch(opts.ref, withCacheDir(opts.open)) {
		return browseFetching(opts)
	}
	bg := askBackground(opts)
	defer bg()
	opened, err := openForBrowser(opts, bg)
	if errors.Is(err, errQuitWaiting) {
		return nil
	}
	if err != nil {
		return err
	}
	ctx, stopWatching := context.WithCancel(context.Background())
	defer stopWatching()
	cfg, marks, err := browserConfig(ctx, opts, opened)
	if err != nil {
		return err
	}
	cfg.Background = bg()
	outcome, err := runBrowser(ui.New(cfg))
	return marks.settle(outcome, err)
}

// browserConfig is the browser's Config for the schedule opened, with
// the user's bookmarks, place and the schedule kept current; what it
// starts stops with ctx.
func browserConfig(ctx context.Context, opts options, opened data.Opened) (ui.Config, conferenceBookmarks, error) {
	schedule := opened.Schedule
	clock, err := clockFor(opts, &schedule)
	if err != nil {
		return ui.Config{}, conferenceBookmarks{}, err
	}
	marks, err := openBookmarks(opts.bookmarks, schedule.BookmarkKey())
	if err != nil {
		return ui.Config{}, conferenceBookmarks{}, err
	}
	notice := withNotice(opened.Notice, tzNotice(opts, &schedule))
	if moved := migrateBookmarks(marks.file, &schedule); moved != "" {
		notice = moved + ": check ★ Bookmarks"
	}
	cfg := ui.Config{
		Schedule:     schedule,
		FullSchedule: fullSchedule(opened),
		Theme:        ui.ThemeName(opts.theme),
		Env:          os.Environ(),
		Now:          clock,
		Remind:       opts.remind,
		Notify:       desktopNotifier(),
		OpenLink:     openInBrowser,
	}
	base := ctx
	ctx, stop := context.WithCancel(base) // stopped when O opens another schedule
	marks.wire(ctx, &cfg, notice)
	wireRecent(base, stop, opts, &schedule, &cfg, &marks)
	wireState(&cfg)
	wireLive(ctx, opts, opened, &cfg)
	return cfg, marks, nil
}

// fullSchedule parses the whole of a large page that opened on its first
// talks; nil when the schedule is already whole.
func fullSchedule(opened data.Opened) func() (model.Schedule, error) {
	if opened.Full == nil {
		return nil
	}
	return func() (model.Schedule, error) { return parseWithoutGC(opened.Full) }
}

// runBrowser runs the browser until it quits, with signals turned into its
// own quit, and returns what became of the bookmarks.
func runBrowser(m *ui.Model, progOpts []tea.ProgramOption) (ui.Outcome, error) {
	p := tea.NewProgram(m, append(progOpts, tea.WithoutSignalHandler())...)
	stopSignals := relaySignals(p)
	final, err := p.Run()
	stopSignals()
	if fm, ok := final.(*ui.Model); ok {
		return fm.Outcome(), err
	}
	return m.Outcome(), err
}

// wireState hands the browser the state file, where the place it was in is
// kept; without one it opens on its first tab and remembers nothing.
func wireState(cfg *ui.Config) {
	path, err := store.DefaultStatePath()
	cfg.LoadState = func() ([]byte, error) {
		if err != nil {
			return nil, err
		}
		return store.ReadStateFile(path)
	}
	cfg.SaveState = func(b []byte) error {
		if err != nil {
			return err
		}
		return store.WriteStateFile(path, b)
	}
}

// conferenceBookmarks are one conference's bookmarks in the user's file.
type conferenceBookmarks struct {
	file     *store.BookmarkStore
	key      string
	switched *scheduleSwitch // the schedule O opened in place, whose bookmarks settle
}

func openBookmarks(path, key string) (conferenceBookmarks, error) {
	file, err := bookmarkStore(path)
	return conferenceBookmarks{file: file, key: key}, err
}

// wire hands the browser the bookmarks saved so far, the ways to save and
// re-read them, and word when another window changes them. A file that
// cannot be read is the notice at start, before the schedule's own.
func (b conferenceBookmarks) wire(ctx context.Context, cfg *ui.Config, scheduleNotice string) {
	saved, err := b.file.Load(b.key)
	cfg.Bookmarks = saved
	cfg.Notice = bookmarksNotice(err)
	if cfg.Notice == "" {
		cfg.Notice = scheduleNotice
	}
	cfg.SaveBookmarks = b.save
	cfg.ReadBookmarks = func() ([]string, error) { return b.file.Read(b.key) }
	// Without watching, another window's bookmarks show after the next save.
	if changed, err := b.file.Watch(ctx); err == nil {
		cfg.BookmarksChanged = changed
	}
}

// save applies the browser's toggles to the file. A corrupt file, moved
// aside and written afresh, is news for the status line, not an error.
func (b conferenceBookmarks) save(known []string, ops []ui.BookmarkOp) ([]string, string, error) {
	ids, err := b.file.Apply(b.key, known, bookmarkOps(ops))
	if corrupt := (*store.CorruptError)(nil); errors.As(err, &corrupt) {
		return ids, bookmarksNotice(err), nil
	}
	if err != nil {
		return ids, "", statusError{err}
	}
	return ids, "", nil
}

// settle is the run's error once the browser has stopped. When the
// terminal went away (a hang-up, say) before the browser's own quit, what
// is pending gets one more save; changes still unsaved make an error.
func (b conferenceBookmarks) settle(outcome ui.Outcome, runErr error) error {
	if b.switched != nil {
		b = b.switched.current()
	}
	var err error
	if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) {
		err = fmt.Errorf("terminal: %w", runErr)
		if outcome.Unsaved > 0 && b.saveLast(outcome) {
			outcome = ui.Outcome{}
		}
	}
	if outcome.Unsaved > 0 {
		return errors.Join(err, fmt.Errorf("bookmarks: %s could not be saved: %s",
			plural(outcome.Unsaved, "change", "changes"), outcome.Reason))
	}
	return err
}

// saveLast saves what the browser left pending, and reports whether it is
// safe: written, or the file was corrupt and is now written afresh.
func (b conferenceBookmarks) saveLast(outcome ui.Outcome) bool {
	_, err := b.file.Apply(b.key, outcome.Known, bookmarkOps(outcome.Pending))
	return err == nil || errors.As(err, new(*store.CorruptError))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func bookmarkOps(ops []ui.BookmarkOp) []store.BookmarkOp {
	out := make([]store.BookmarkOp, len(ops))
	for i, op := range ops {
		out[i] = store.BookmarkOp{ID: op.ID, Add: op.Add}
	}
	return out
}

// quitBackstop is how long a quit asked for by a signal may take before
// the program is stopped outright; the browser's own bound is shorter.
const quitBackstop = 5 * time.Second

// relaySignals turns SIGTERM, SIGINT and SIGHUP into the browser's own
// quit, which saves what is pending within its bound and restores the
// terminal; SIGQUIT stops the program at once, the terminal restored too.
func relaySignals(p *tea.Program) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case s := <-ch:
				if s == syscall.SIGQUIT {
					p.Kill()
					continue
				}
				go p.Send(ui.Quit())
				go func() {
					select {
					case <-done:
					case <-time.After(quitBackstop):
						p.Kill()
					}
				}()
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// openRef opens the schedule the command line names, or the built-in
// page, with the garbage collector held back while it is parsed.
func openRef(opts options) (data.Opened, error) {
	return openRefContext(context.Background(), opts)
}

func openRefContext(ctx context.Context, opts options) (data.Opened, error) {
	opts.open = withCacheDir(opts.open)
	var opened data.Opened
	_, err := parseWithoutGC(func() (model.Schedule, error) {
		var err error
		if opts.ref == "" {
			opened, err = data.OpenBytes(seeds.DefaultName, seeds.Default, opts.open)
		} else {
			opened, err = data.Open(ctx, opts.ref, opts.open)
		}
		return opened.Schedule, err
	})
	return opened, err
}

// withCacheDir gives o the user's cache directory unless it names one.
// Without one URLs still open; they are only not kept for offline use.
func withCacheDir(o data.OpenOptions) data.OpenOptions {
	if o.CacheDir == "" {
		o.CacheDir, _ = data.DefaultCacheDir()
	}
	return o
}

// bookmarksNotice words a problem with the bookmarks file for the status
// line, leading with what happened to the user's data; store.ShortReason
// keeps it whole on a 120-column line.
func bookmarksNotice(err error) string {
	if err == nil {
		return ""
	}
	if corrupt := (*store.CorruptError)(nil); errors.As(err, &corrupt) {
		return "Bookmarks file " + store.ShortReason(err) + "; started afresh"
	}
	return "Bookmarks kept in memory only: " + store.ShortReason(err)
}

// statusError is a bookmarks error worded for the status line: without the
// file's directory, which does not fit, and still matching errors.Is.
type statusError struct{ err error }

func (e statusError) Error() string { return store.ShortReason(e.err) }
func (e statusError) Unwrap() error { return e.err }

// writeBookmarks prints the bookmarked talks of this page, in programme
// order, changing the bookmarks file only to move those kept the old way.
func writeBookmarks(opts options, schedule model.Schedule, stdout, stderr io.Writer) error {
	file, err := bookmarkStore(opts.bookmarks)
	if err != nil {
		return err
	}
	if notice := migrateBookmarks(file, &schedule); notice != "" {
		fmt.Fprintf(stderr, "summit-tui: bookmarks: %s; check them\n", notice)
	}
	ids, err := file.Read(schedule.BookmarkKey())
	if err != nil {
		return err // its message already names the file
	}
	return writeBookmarked(schedule, ids, bookmarksOutput{
		format: opts.format,
		alarm:  opts.alarmBefore,
		ref:    opts.ref,
		clock:  func() (model.Clock, error) { return clockFor(opts, &schedule) },
	}, stdout, stderr)
}

// bookmarksOutput is how the bookmarked talks are written, whoever asks
// (the local command, or one over SSH).
type bookmarksOutput struct {
	format string
	alarm  time.Duration // --alarm, read
	// ref is the schedule's REF, whose URL a Giggity link carries;
	// refName is what to call it when it is no URL ("" names ref).
	ref, refName string
	clock        func() (model.Clock, error) // the calendar's time stamp
}

// writeBookmarked writes the talks of schedule whose ids are given, in
// programme order.
func writeBookmarked(schedule model.Schedule, ids []string, out bookmarksOutput, stdout, stderr io.Writer) error {
	marked := schedule.Only(model.NewBookmarkSet(ids))
	switch out.format {
	case "json":
		return writeOut(export.WriteJSON(stdout, marked))
	case "csv":
		return writeOut(export.WriteCSV(stdout, marked))
	case "ics":
		return writeCalendar(out, schedule, marked, stdout, stderr)
	case "giggity":
		return writeGiggityLink(out, marked, stdout)
	}
	return writeOut(export.WriteMarkdown(stdout, marked, export.MarkdownOptions{
		Heading: "Bookmarks — " + schedule.Conference,
		Agenda:  true,
	}))
}

// writeCalendar writes the bookmarked talks as an iCalendar file, and says
// on stderr how many had no time and are not in it.
func writeCalendar(out bookmarksOutput, schedule, marked model.Schedule, stdout, stderr io.Writer) error {
	clock, err := out.clock()
	if err != nil {
		return err
	}
	untimed, err := export.WriteICS(stdout, marked, export.ICSOptions{
		Name:  "Bookmarks — " + schedule.Conference,
		Stamp: clock(),
		Alarm: out.alarm,
	})
	switch {
	case errors.Is(err, export.ErrNoTimes) && len(marked.Sessions) == 0:
		return fmt.Errorf("bookmarks: no talk of %s is bookmarked, so there is no calendar to write", schedule.Conference)
	case errors.Is(err, export.ErrNoTimes) && len(marked.Sessions) == 1:
		return errors.New("bookmarks: the bookmarked talk has no time, so there is no calendar to write")
	case errors.Is(err, export.ErrNoTimes):
		return fmt.Errorf("bookmarks: none of the %d bookmarked talks has a time, so there is no calendar to write", len(marked.Sessions))
	case err != nil:
		return writeOut(err)
	case untimed == 1:
		fmt.Fprintln(stderr, "summit-tui: 1 bookmarked talk has no time and is left out of the calendar")
	case untimed > 1:
		fmt.Fprintf(stderr, "summit-tui: %d bookmarked talks have no time and are left out of the calendar\n", untimed)
	}
	return nil
}

// background asks the terminal for its background colour, unless the
// theme is chosen, so the first frame comes out in the right palette.
func background(opts options) ui.Background {
	if opts.theme != "auto" || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return ui.BackgroundUnknown
	}
	return ui.DetectBackground(os.Stdin, os.Stdout, backgroundBound)
}

// backgroundBound is how long the terminal may take to say its
// background colour before the browser starts without knowing.
const backgroundBound = 50 * time.Millisecond

// clockFor is the clock of this run: the system's, or one started at the
// time --now gives (read against the schedule's days and zone) and running
// on from there, so a past conference can be replayed live. Commands read
// it once.
func clockFor(opts options, schedule *model.Schedule) (model.Clock, error) {
	if opts.now == "" {
		return time.Now, nil
	}
	at, err := model.ParseNow(opts.now, schedule)
	if err != nil {
		return nil, usageError{"--now: " + err.Error()}
	}
	return model.RunningClock(at, time.Now), nil
}

func bookmarkStore(path string) (*store.BookmarkStore, error) {
	if path == "" {
		var err error
		if path, err = store.DefaultBookmarksPath(); err != nil {
			return nil, fmt.Errorf("bookmarks: %w", err)
		}
	}
	return store.NewBookmarkStore(path), nil
}

// parseWithoutGC parses with the garbage collector held back (see
// holdGC).
func parseWithoutGC(parse func() (model.Schedule, error)) (model.Schedule, error) {
	defer holdGC()()
	return parse()
}

// holdGC holds the garbage collector back until release is called: the
// heap's first goal is 4 MB, and a page read and parsed under it sets off
// cycles that stall the start, the first frame with it. A memory limit
// keeps the largest page allowed from growing the heap without bound.
func holdGC() (release func()) {
	gc := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(parseMemoryLimit)
	return func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(gc)
	}
}

// parseMemoryLimit is where the collector runs anyway while a page is
// read and parsed.
const parseMemoryLimit = 512 << 20

// writeExport prints the whole schedule as export does, locally and over
// SSH alike: Markdown or JSON.
func writeExport(format string, schedule model.Schedule, stdout io.Writer) error {
	if format == "markdown" {
		return writeOut(export.WriteMarkdown(stdout, schedule, export.MarkdownOptions{}))
	}
	return writeOut(export.WriteJSON(stdout, schedule))
}

func writeOut(err error) error {
	if err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// parseArgs reads "[flags] [command] [REF] [flags]": flags may come
// before or after the command's name and the reference. A first word
// that is not a command is the reference.
func parseArgs(args []string) (options, error) {
	var opts options
	fs := flag.NewFlagSet("summit-tui", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&opts.file, "file", "", "")
	fs.StringVar(&opts.bookmarks, "bookmarks", "", "")
	fs.StringVar(&opts.theme, "theme", "auto", "")
	fs.StringVar(&opts.format, "format", "", "")
	fs.StringVar(&opts.tz, "tz", "", "")
	fs.StringVar(&opts.formatIn, "format-in", "", "")
	fs.StringVar(&opts.open.Title, "title", "", "")
	fs.BoolVar(&opts.refresh, "refresh", false, "")
	fs.StringVar(&opts.now, "now", "", "")
	fs.StringVar(&opts.alarm, "alarm", "", "")
	fs.Var(&opts.refreshEvery, "refresh-every", "")
	fs.StringVar(&opts.directory, "directory", data.DefaultDirectoryURL, "")
	opts.remind = defaultRemind
	fs.Func("remind", "", func(v string) (err error) { opts.remind, err = parseRemind(v); return err })
	fs.BoolVar(&opts.help, "help", false, "")
	fs.BoolVar(&opts.help, "h", false, "")
	fs.BoolVar(&opts.version, "version", false, "")

	var words []string
	for rest := args; ; {
		if err := parseFlags(fs, rest); err != nil {
			return opts, err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		words, rest = append(words, rest[0]), rest[1:]
	}
	if len(words) > 0 && words[0] == "serve" {
		return opts, usageError{"serve comes first, its flags after it: summit-tui serve [REF] [--listen ADDR] …"}
	}
	if len(words) > 0 && words[0] == "help" {
		opts.help = true
		return opts, nil
	}
	if len(words) > 0 && slices.Contains([]string{"export", "bookmarks", "changes", "next", "conferences"}, words[0]) {
		opts.command, words = words[0], words[1:]
	}
	if opts.command == "bookmarks" && len(words) > 0 && words[0] == "import" {
		if opts.command, words = "import", words[1:]; len(words) == 0 {
			return opts, usageError{"bookmarks import: give SOURCE, a file, - or a link"}
		}
		opts.source, words = words[0], words[1:]
	}
	if opts.command == "changes" && len(words) > 1 {
		if len(words) > 2 {
			return opts, usageError{fmt.Sprintf("unexpected argument %q: give two schedules, OLD and NEW", words[2])}
		}
		opts.older, words = words[0], words[1:]
	}
	switch len(words) {
	case 0:
	case 1:
		opts.ref = words[0]
	default:
		return opts, usageError{fmt.Sprintf("unexpected argument %q: give one schedule", words[1])}
	}
	return opts, validate(&opts)
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
			msg = "unknown flag " + name
		}
		return usageError{asTyped(msg, args)}
	}
	return nil
}

// asTyped names the flag in a message of package flag as the user typed
// it: flag always writes "-bogus", even for "--bogus".
func asTyped(msg string, args []string) string {
	for _, arg := range args {
		if arg == "--" {
			break
		}
		bare := strings.TrimLeft(arg, "-")
		if bare == arg {
			continue
		}
		name, _, _ := strings.Cut(bare, "=")
		dashes := arg[:len(arg)-len(bare)]
		for _, end := range []string{"", ":", " "} {
			said := " -" + name + end
			if strings.HasSuffix(msg, said) && end == "" || end != "" && strings.Contains(msg, said) {
				return strings.Replace(msg, said, " "+dashes+name+end, 1)
			}
		}
	}
	return msg
}

// validate checks values and fills in each command's default format.
func validate(opts *options) error {
	if !slices.Contains([]string{"auto", "dark", "light", "ascii"}, opts.theme) {
		return usageError{fmt.Sprintf("unknown theme %q: use auto, dark, light or ascii", opts.theme)}
	}
	formats := map[string][]string{"export": {"json", "markdown"}, "bookmarks": {"markdown", "json", "ics", "csv", "giggity"},
		"changes": {"text", "json"}, "next": {"text", "json"}}
	allowed, ok := formats[opts.command]
	switch {
	case !ok && opts.format != "":
		return usageError{"--format applies to export, bookmarks, changes and next only"}
	case !ok:
	case opts.format == "":
		opts.format = allowed[0]
	case !slices.Contains(allowed, opts.format):
		return usageError{fmt.Sprintf("unknown format %q: use %s", opts.format, strings.Join(allowed, " or "))}
	}
	if opts.command == "export" && opts.bookmarks != "" {
		return usageError{"--bookmarks does not apply to export"}
	}
	if err := validateAlarm(opts); err != nil {
		return err
	}
	if opts.command == "conferences" && (opts.ref != "" || opts.file != "") {
		return usageError{"conferences takes no schedule"}
	}
	switch {
	case opts.file != "" && opts.ref != "" && opts.file != opts.ref:
		return usageError{fmt.Sprintf("two schedules named: %q and --file %q", opts.ref, opts.file)}
	case opts.file != "":
		opts.ref = opts.file
	}
	if opts.tz != "" {
		loc, err := time.LoadLocation(opts.tz)
		if err != nil || opts.tz == "Local" {
			return usageError{fmt.Sprintf("unknown time zone %q: use a tz database name such as Europe/Brussels or UTC", opts.tz)}
		}
		opts.open.Location = loc
	}
	if opts.formatIn != "" {
		f, err := data.ParseFormat(opts.formatIn)
		if err != nil {
			return usageError{err.Error()}
		}
		opts.open.Format = f
	}
	opts.open.Refresh = opts.refresh
	return nil
}
