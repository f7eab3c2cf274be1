package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
)

// A file of the store's may be a symbolic link to where the user keeps it
// (a dotfiles repository). The link is a way to the user's own file, never
// a way to write somewhere else: it is followed only when the link and
// what it names belong to the user running summit-tui, a file it names
// that is not recognisably of the kind is never moved aside or replaced,
// and no directory is made for a link that leads nowhere.

// users tells who runs summit-tui and who owns a file.
type users struct {
	running func() int
	owner   func(fs.FileInfo) (int, bool)
}

// realUsers are the system's answers.
var realUsers = users{
	running: os.Geteuid,
	owner: func(fi fs.FileInfo) (int, bool) {
		uid, _, ok := ownerOf(fi)
		return uid, ok
	},
}

// playedUsers, when set, stands in for realUsers: tests play other users
// without being root. It is atomic because a watcher started by an
// earlier test may still be checking a file.
var playedUsers atomic.Pointer[users]

func currentUsers() users {
	if u := playedUsers.Load(); u != nil {
		return *u
	}
	return realUsers
}

// foreignOwner returns fi's owner, and whether that is not the user
// running summit-tui. Files with no Unix owner are nobody else's.
func foreignOwner(fi fs.FileInfo) (uid int, foreign bool) {
	u := currentUsers()
	uid, ok := u.owner(fi)
	return uid, ok && uid != u.running()
}

// refusedLink is the error for a link not followed: why reads after the
// file's name ("is a symbolic link of another user …").
func refusedLink(path, why string, role fileRole) error {
	return &StoreError{Path: path, Why: why, Err: role.not, named: true}
}

// danglingLink checks a link that names nothing yet: the file may be made
// there only in an existing directory of the user's. Directories are
// never made along a link.
func danglingLink(t target, role fileRole) error {
	dir, err := os.Stat(filepath.Dir(t.resolved))
	if err != nil || !dir.IsDir() {
		return refusedLink(t.path, "links into a directory that does not exist, not made", role)
	}
	if uid, foreign := foreignOwner(dir); foreign {
		return refusedLink(t.path, fmt.Sprintf("links into a directory of another user (uid %d), not followed", uid), role)
	}
	return nil
}

// checkLinkedContent refuses to replace a file reached through a link
// unless it is empty or role recognises it: a link to precious.txt must
// not turn it into a state file.
func checkLinkedContent(t *target, role fileRole) error {
	if !t.linked || t.info == nil {
		return nil
	}
	text, ok, err := readRegular(t, role)
	if err != nil || !ok || isBlank(text) || role.recognise != nil && role.recognise(text) {
		return err
	}
	return notRecognised(*t, role, "")
}

// checkLinkedStart refuses, before a lock file is made beside it, a file
// reached through a link that cannot be a JSON file of the kind: its
// start is neither blank nor "{". The whole is checked under the lock.
func checkLinkedStart(t target, role fileRole) error {
	if !t.linked || t.info == nil {
		return nil
	}
	f, err := openNoFollow(t.resolved)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return systemError(t.path, "", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil // what is there now is checked again under the lock
	}
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	start := strings.TrimLeft(strings.TrimPrefix(string(head[:n]), "\uFEFF"), " \t\r\n")
	if start == "" || start[0] == '{' {
		return nil
	}
	return notRecognised(t, role, "not a JSON object")
}

// notRecognised says that the file a link names is not of the kind,
// naming it (the link's own name is in the message already).
func notRecognised(t target, role fileRole, why string) error {
	msg := "links to " + printablePath(filepath.Base(t.resolved)) + ", not " + role.noun
	if why != "" {
		msg += " (" + why + ")"
	}
	return refusedLink(t.path, msg, role)
}

func isBlank(text string) bool {
	return strings.TrimLeft(text, " \t\r\n\uFEFF") == ""
}

// isJSONObject reports whether text is one JSON object, as the state and
// seen files are.
func isJSONObject(text string) bool {
	text = strings.TrimLeft(strings.TrimPrefix(text, "\uFEFF"), " \t\r\n")
	return strings.HasPrefix(text, "{") && json.Valid([]byte(text))
}
