package data

import (
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// FetchProgress is how far a download has got, for a progress line.
type FetchProgress struct {
	// Host is the server asked, as the URL names it (host[:port]).
	Host string
	// Bytes is how much of the body has come so far.
	Bytes int64
	// Total is the body's declared length; -1 when the server gives none
	// or its answer has not come yet.
	Total int64
	// Elapsed is the time since the download began.
	Elapsed time.Duration
}

// progressEvery is how often FetchOptions.Progress is told how a download
// goes, whether or not bytes came: the time so far moves on.
const progressEvery = 100 * time.Millisecond

// progressMeter counts a download's bytes and tells them, and the time so
// far, to FetchOptions.Progress from a goroutine of its own.
type progressMeter struct {
	report func(FetchProgress)
	host   string
	start  time.Time
	bytes  atomic.Int64
	total  atomic.Int64
	stop   chan struct{}
	done   sync.WaitGroup
}

// startProgress starts telling report how the download goes, every
// progressEvery; nil report tells nobody. Call end before the fetch
// returns, so no report comes after it.
func startProgress(report func(FetchProgress), host string) *progressMeter {
	m := &progressMeter{report: report, host: host, start: time.Now(), stop: make(chan struct{})}
	m.total.Store(-1)
	if report == nil {
		return m
	}
	m.done.Go(func() {
		tick := time.NewTicker(progressEvery)
		defer tick.Stop()
		for {
			select {
			case <-m.stop:
				return
			case <-tick.C:
				m.report(m.now())
			}
		}
	})
	return m
}

func (m *progressMeter) now() FetchProgress {
	return FetchProgress{Host: m.host, Bytes: m.bytes.Load(), Total: m.total.Load(), Elapsed: time.Since(m.start)}
}

// end stops the reports and waits for the last to return.
func (m *progressMeter) end() {
	close(m.stop)
	m.done.Wait()
}

// counting is a body whose bytes the meter counts as they are read.
func (m *progressMeter) counting(r io.Reader) io.Reader { return &countingReader{r: r, n: &m.bytes} }

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
