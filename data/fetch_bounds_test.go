package data

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// silentServer accepts connections and never says anything, as a server
// that hangs; it stops with the test.
func silentServer(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return l.Addr().String()
}

// trickleServer sends its body a byte at a time, every, then stalls
// until the client goes (stall) or ends the body.
func trickleServer(t *testing.T, body string, every time.Duration, stall bool) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", itoa(len(body)+stallExtra(stall)))
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		for i := range len(body) {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(every):
			}
			w.Write([]byte{body[i]})
			w.(http.Flusher).Flush()
		}
		if stall {
			<-r.Context().Done()
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// stallExtra makes a stalling body declare more than it sends.
func stallExtra(stall bool) int {
	if stall {
		return 100
	}
	return 0
}

func itoa(n int) string { return strconv.Itoa(n) }

// shortBounds are the fetch's bounds shortened, so that tests of them
// take a fraction of a second.
func shortBounds(t *testing.T) FetchOptions {
	opt := fetchOptions(t, newClock())
	opt.Timeout = 0
	opt.ConnectTimeout = 150 * time.Millisecond
	opt.IdleTimeout = 200 * time.Millisecond
	return opt
}

// TestFetchGivesUpOnSilence: a server that never answers, or stops
// sending, is given up on once nothing has come for the idle bound, with
// one line saying so; bytes that keep coming, however slowly, keep the
// fetch going past it.
func TestFetchGivesUpOnSilence(t *testing.T) {
	silent := silentServer(t)
	tests := []struct {
		name, url string
		want      string // the error's reason; "" for success
	}{
		{"http: no answer", "http://" + silent + "/schedule.xml", "the server sent nothing for 200ms"},
		{"https: no handshake", "https://" + silent + "/schedule.xml", "the server sent nothing for 200ms"},
		{"a trickle that stops", trickleServer(t, "12345678", 40*time.Millisecond, true).URL + "/s", "the server sent nothing for 200ms"},
		{"a trickle longer than the bound", trickleServer(t, "12345678", 40*time.Millisecond, false).URL + "/s", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Fetch(context.Background(), tt.url, shortBounds(t))
			if tt.want == "" {
				if err != nil || string(got.Body) != "12345678" {
					t.Fatalf("Fetch = %q, %v; want the whole body", got.Body, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("fetched %q, want %q", got.Body, tt.want)
			}
			if want := tt.url + ": " + tt.want; err.Error() != want {
				t.Errorf("error = %q, want %q", err, want)
			}
			if err := checkErrorMessage(err); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestFetchConnectBound: a server that cannot be reached is given up on
// after the connect bound.
func TestFetchConnectBound(t *testing.T) {
	opt := shortBounds(t)
	opt.dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		<-ctx.Done() // packets dropped: no answer, no refusal
		return nil, &net.OpError{Op: "dial", Net: network, Err: ctx.Err()}
	}
	const url = "http://schedule.example.org/schedule.xml"
	_, err := Fetch(context.Background(), url, opt)
	if want := url + ": could not connect within 150ms (is the server down or are you offline?)"; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// TestFetchCancelled: cancelling a fetch (q while it runs) ends it at
// once, whatever the bounds.
func TestFetchCancelled(t *testing.T) {
	opt := fetchOptions(t, newClock())
	opt.Timeout = 0
	ctx, cancel := context.WithCancel(context.Background())
	opt.Progress = func(FetchProgress) { cancel() }
	url := "http://" + silentServer(t) + "/schedule.xml"
	_, err := Fetch(ctx, url, opt)
	if want := url + ": cancelled"; err == nil || err.Error() != want || !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// TestFetchProgress: while a download runs, the host, the bytes so far
// and the time so far are told, however slowly the bytes come; nothing is
// told once Fetch has returned.
func TestFetchProgress(t *testing.T) {
	srv := trickleServer(t, strings.Repeat("x", 6), 60*time.Millisecond, false)
	var mu sync.Mutex
	var seen []FetchProgress
	returned := false
	opt := shortBounds(t)
	opt.Progress = func(p FetchProgress) {
		mu.Lock()
		defer mu.Unlock()
		if returned {
			t.Errorf("progress told after Fetch returned: %+v", p)
		}
		seen = append(seen, p)
	}
	if _, err := Fetch(context.Background(), srv.URL+"/s", opt); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	returned = true
	defer mu.Unlock()
	if len(seen) < 2 {
		t.Fatalf("progress told %d times, want several: %+v", len(seen), seen)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	for i, p := range seen {
		if p.Host != host {
			t.Errorf("progress names the host %q, want %q", p.Host, host)
		}
		if i > 0 && (p.Bytes < seen[i-1].Bytes || p.Elapsed <= seen[i-1].Elapsed) {
			t.Errorf("progress went back: %+v after %+v", p, seen[i-1])
		}
		if p.Bytes > 0 && p.Total != 6 {
			t.Errorf("progress says a total of %d, want 6", p.Total)
		}
	}
	if last := seen[len(seen)-1]; last.Bytes == 0 {
		t.Errorf("no bytes told: %+v", seen)
	}
}
