package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// sshCommandInput is what a command run over SSH may read: the server's
// schedule and the key's bookmarks, never a file of the server.
type sshCommandInput struct {
	Schedule  model.Schedule   // the server's, shared: read only
	Bookmarks []string         // the key's bookmarked ids (nil: none or keyless)
	Keyless   bool             // the client authenticated without a key
	Now       func() time.Time // the server's clock
	Zone      *time.Location   // the client's zone (TZ sent), or nil
	// Ref is the REF the server opened: a URL gives bookmarks --format
	// giggity its link; "" is the built-in page. A path is never shown.
	Ref string
}

// sshUsage is help over SSH: the commands a client may run.
const sshUsage = `summit-tui over SSH: the programme this server shows.

Usage:
  ssh HOST                  browse the programme
  ssh HOST bookmarks [--format markdown|json|ics|csv|giggity]
                     [--alarm DURATION]
  ssh HOST export    [--format json|markdown]
  ssh HOST next      [--format text|json]
  ssh HOST help

Commands:
  bookmarks  the talks the key you connect with has bookmarked, as a
             Markdown agenda (default), JSON, an iCalendar file (ics), CSV,
             or a link that Giggity opens to import them (giggity)
  export     the whole programme as JSON (default) or Markdown
  next       the running or next bookmarked talk, on one line; nothing when
             none is left
  help       print this help

Options:
  --format NAME     output format
  --alarm DURATION  with bookmarks --format ics, remind this long before
                    each talk (15m, 1h)

Exit status: 0 on success, 1 on an error, 2 on a usage error.
`

// sshCommands are the commands a client may run; sshLocalOnly are those
// of the command line that only run where the files are.
var (
	sshCommands  = []string{"bookmarks", "export", "next"}
	sshLocalOnly = []string{"changes", "conferences", "import", "serve"}
	// sshLocalFlags are the command line's flags that name or change
	// something of the machine the program runs on.
	sshLocalFlags = []string{"file", "bookmarks", "directory", "theme", "tz", "now", "format-in",
		"refresh", "refresh-every", "remind", "title", "version", "listen", "host-key", "db",
		"max-sessions", "idle-timeout"}
)

// sshCommand runs the command an SSH client asked for (`ssh HOST
// bookmarks --format json`) and returns its exit status (0, 1 error, 2
// usage).
func sshCommand(args []string, in sshCommandInput, stdout, stderr io.Writer) int {
	messages := newMessageWriter(stderr)
	defer messages.Flush()
	opts, err := parseSSHArgs(args)
	if err != nil {
		fmt.Fprintf(messages, "summit-tui: %s (see help)\n", oneLine(err.Error()))
		return exitUsage
	}
	if opts.help {
		fmt.Fprint(stdout, sshUsage)
		return exitOK
	}
	return exitFor(runSSHCommand(opts, in, stdout, messages), messages)
}

// errKeyless is a bookmarks command from a session without a key, whose
// bookmarks last only as long as the session.
var errKeyless = errors.New("bookmarks need a key: connect with an SSH key to keep bookmarks and print them")

func runSSHCommand(opts options, in sshCommandInput, stdout, stderr io.Writer) error {
	schedule := in.Schedule
	if in.Now == nil {
		in.Now = time.Now
	}
	switch opts.command {
	case "export":
		return writeExport(opts.format, schedule, stdout)
	case "bookmarks":
		if in.Keyless {
			return fmt.Errorf("bookmarks: %w", errKeyless)
		}
		out := bookmarksOutput{
			format: opts.format,
			alarm:  opts.alarmBefore,
			clock:  func() (model.Clock, error) { return in.Now, nil },
		}
		if out.ref = withoutUserinfo(in.Ref); out.ref != "" {
			out.refName = "the server's schedule"
		}
		return writeBookmarked(schedule, in.Bookmarks, out, stdout, stderr)
	case "next":
		if in.Keyless {
			return fmt.Errorf("next: %w", errKeyless)
		}
		up := model.UpcomingOf(&schedule, model.NewBookmarkSet(in.Bookmarks))
		return writeNext(up, func(*model.Schedule) (time.Time, error) {
			now := in.Now()
			if in.Zone != nil {
				// A schedule of floating times reads the client's wall
				// clock, as the local command reads the user's.
				now = now.In(in.Zone)
			}
			return now, nil
		}, opts.format, stdout)
	}
	return usageError{"give a command: " + strings.Join(sshCommands, ", ") + " or help"}
}

// parseSSHArgs reads a command over SSH: one of sshCommands with its
// --format (and bookmarks' --alarm), flags before or after its name, and
// nothing that names a schedule or a file.
func parseSSHArgs(args []string) (options, error) {
	opts := options{theme: "auto"}
	fs := flag.NewFlagSet("summit-tui", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&opts.format, "format", "", "")
	fs.StringVar(&opts.alarm, "alarm", "", "")
	fs.BoolVar(&opts.help, "help", false, "")
	fs.BoolVar(&opts.help, "h", false, "")

	// A command named first is judged before its flags: `ssh HOST sh -c
	// id` is an unknown command, not an unknown flag -c.
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		if err := knownSSHCommand(args[0]); err != nil {
			return opts, err
		}
	}
	var words []string
	for rest := args; ; {
		if err := parseFlags(fs, rest); err != nil {
			return opts, localFlagError(err, rest)
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		words, rest = append(words, rest[0]), rest[1:]
	}
	if opts.help || len(words) > 0 && words[0] == "help" {
		opts.help = true
		return opts, nil
	}
	if len(words) == 0 {
		return opts, usageError{"give a command: " + strings.Join(sshCommands, ", ") + " or help"}
	}
	opts.command, words = words[0], words[1:]
	unknown := knownSSHCommand(opts.command)
	switch {
	case opts.command == "bookmarks" && len(words) > 0 && words[0] == "import",
		slices.Contains(sshLocalOnly, opts.command):
		name := opts.command
		if name == "bookmarks" {
			name = "bookmarks import"
		}
		return opts, usageError{fmt.Sprintf("%s is not available over SSH", name)}
	case unknown != nil:
		return opts, unknown
	case len(words) > 0:
		return opts, usageError{fmt.Sprintf("unexpected argument %q: over SSH the schedule is the server's", words[0])}
	}
	return opts, validate(&opts)
}

// knownSSHCommand refuses a command that is neither served over SSH nor
// one of those that only run where the files are, which say so later.
func knownSSHCommand(name string) error {
	if name == "help" || slices.Contains(sshCommands, name) || slices.Contains(sshLocalOnly, name) {
		return nil
	}
	return usageError{fmt.Sprintf("unknown command %q: use %s or help", name, strings.Join(sshCommands, ", "))}
}

// localFlagError words a flag of the command line that a client may not
// give (--bookmarks, --file) as such, rather than as unknown.
func localFlagError(err error, args []string) error {
	msg := err.Error()
	for _, arg := range args {
		if arg == "--" {
			break
		}
		bare := strings.TrimLeft(arg, "-")
		name, _, _ := strings.Cut(bare, "=")
		if bare == arg || !slices.Contains(sshLocalFlags, name) {
			continue
		}
		if typed := arg[:len(arg)-len(bare)] + name; strings.HasSuffix(msg, " "+typed) {
			return usageError{typed + " is not available over SSH"}
		}
	}
	return err
}

// withoutUserinfo is a URL without the user name and password it may
// carry, which are the organiser's, not to be handed to every client.
func withoutUserinfo(ref string) string {
	u, err := url.Parse(ref)
	if err != nil || u.User == nil || !data.IsURL(ref) {
		return ref
	}
	u.User = nil
	return u.String()
}
