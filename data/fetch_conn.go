package data

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"time"
)

// The bounds of a download when FetchOptions leaves them zero. There is
// no bound on the whole: a large schedule on a slow line takes the time
// it takes, its progress shown (FetchOptions.Progress), while a server
// that stops sending is given up on.
const (
	// DefaultConnectTimeout bounds finding the server and connecting to it.
	DefaultConnectTimeout = 10 * time.Second
	// DefaultIdleTimeout is how long the server may send nothing, from
	// the request until the body's last byte (the TLS handshake
	// included), before the fetch gives up.
	DefaultIdleTimeout = 15 * time.Second
)

// connectTimeoutError: the server could not be reached within the
// connect bound. idleTimeoutError: it sent nothing for the idle bound.
// Both are timeouts to net/http, which then gives up on the connection.
type (
	connectTimeoutError struct{}
	idleTimeoutError    struct{}
)

func (connectTimeoutError) Error() string { return "connect timed out" }
func (connectTimeoutError) Timeout() bool { return true }
func (idleTimeoutError) Error() string    { return "no data from the server" }
func (idleTimeoutError) Timeout() bool    { return true }

// transport is net/http's default transport (proxies from the
// environment, HTTP/2) with the fetch's bounds on connecting and on
// silence, and without keeping connections: each fetch is one request
// and its redirects.
func (f *fetcher) transport() *http.Transport {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = f.dial
	tr.TLSHandshakeTimeout = 0 // the idle bound covers the handshake
	tr.DisableKeepAlives = true
	return tr
}

// dial connects within the connect bound, and hands net/http a
// connection whose every read gives up after the idle bound.
func (f *fetcher) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	bounded, cancel := context.WithTimeout(ctx, f.opt.ConnectTimeout)
	defer cancel()
	dial := f.opt.dial
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	c, err := dial(bounded, network, addr)
	if err != nil {
		if ctx.Err() == nil && errors.Is(bounded.Err(), context.DeadlineExceeded) {
			return nil, connectTimeoutError{}
		}
		return nil, err
	}
	return &idleConn{Conn: c, idle: f.opt.IdleTimeout}, nil
}

// idleConn is a connection whose reads time out when nothing has come
// for idle: each read moves the deadline on.
type idleConn struct {
	net.Conn
	idle time.Duration
}

func (c *idleConn) Read(p []byte) (int, error) {
	if err := c.Conn.SetReadDeadline(time.Now().Add(c.idle)); err != nil {
		return 0, err
	}
	n, err := c.Conn.Read(p)
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) {
		err = idleTimeoutError{}
	}
	return n, err
}
