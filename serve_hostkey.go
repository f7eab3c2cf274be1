package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/adrg/xdg"
	gossh "golang.org/x/crypto/ssh"
)

// hostKeyName is the host key's file name in the serve directory, as
// OpenSSH names its own.
const hostKeyName = "ssh_host_ed25519_key"

// defaultServeDir is $XDG_DATA_HOME/summit-tui/serve (github.com/adrg/xdg,
// as the rest of the project does).
func defaultServeDir() string {
	xdg.Reload() // honour the environment as it is now, not as it was at init
	return filepath.Join(xdg.DataHome, "summit-tui", "serve")
}

// loadHostKey reads the ed25519 host key at path, creating it (mode 0600,
// its directory 0700) on the first start and keeping it after, so
// clients that trusted the server keep trusting it. An unreadable or
// invalid key is an error naming the path and why, and is never
// overwritten. Any private key OpenSSH reads is taken, so an
// organiser may bring their own.
func loadHostKey(path string) (gossh.Signer, error) {
	pemBytes, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if pemBytes, err = createHostKey(path); err != nil {
			return nil, fmt.Errorf("host key %s: cannot create it: %w", path, err)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, pathless(err))
	}
	signer, err := gossh.ParsePrivateKey(pemBytes)
	if missing := (*gossh.PassphraseMissingError)(nil); errors.As(err, &missing) {
		return nil, fmt.Errorf("host key %s: it is protected by a passphrase, which the server cannot ask for", path)
	}
	if err != nil {
		return nil, fmt.Errorf("host key %s: not a private key: %w", path, err)
	}
	return signer, nil
}

// createHostKey writes a new ed25519 key at path and returns it. The key
// is written to a temporary file, synced and then linked into place, so
// a crash leaves no half-written key, and a key another server wrote
// meanwhile is kept and read instead.
func createHostKey(path string) ([]byte, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(private, "")
	if err != nil {
		return nil, err
	}
	pemBytes := pem.EncodeToMemory(block)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp") // mode 0600
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(pemBytes)
	if err == nil {
		err = tmp.Sync()
	}
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return nil, err
	}
	// A link, unlike a rename, never replaces a key already there.
	switch err := os.Link(tmp.Name(), path); {
	case errors.Is(err, fs.ErrExist):
		return os.ReadFile(path)
	case err != nil:
		// A file system without hard links: the rename is as atomic.
		if err := os.Rename(tmp.Name(), path); err != nil {
			return nil, err
		}
	}
	syncDir(dir)
	return pemBytes, nil
}

// syncDir makes a new name in dir last through a crash; failing that
// only weakens the guarantee, so it is not an error.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// pathless is err without the path an error of package os repeats, which
// the message already names.
func pathless(err error) error {
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) && pe.Path != "" {
		return pe.Err
	}
	return err
}
