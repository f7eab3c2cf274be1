package main

import (
	"fmt"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/ratelimiter"
	"golang.org/x/time/rate"
)

// sessionLimit turns away connections beyond max open sessions with one
// clear line (`summit-tui: the server is full (N sessions); try again
// later`) and exit status 1, and a line in the log. A max below 1 sets no
// limit.
func sessionLimit(max int, log turnedAwayLog) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		if max < 1 {
			return next
		}
		open := make(chan struct{}, max)
		return func(s ssh.Session) {
			select {
			case open <- struct{}{}:
				defer func() { <-open }()
				next(s)
			default:
				full := "the server is full (" + plural(max, "session", "sessions") + ")"
				log(s, full)
				refuse(s, "summit-tui: "+full+"; try again later")
			}
		}
	}
}

// How often one address may connect: a venue's network may put many
// attendees behind one address, and a person reconnecting a few times
// (a dropped Wi-Fi, a resize gone wrong) must never meet the limit, so
// the burst is generous; what it stops is a script connecting without
// end.
const (
	rateBurst   = 40              // sessions an address may open at once
	rateRefill  = time.Second / 2 // and one more each this long after
	rateAddrMax = 4096            // addresses remembered, the least recent forgotten
)

// rateLimit is wish's per-IP rate limiter (charm.land/wish/v2/ratelimiter)
// with this server's settings: a burst that a person reconnecting a few
// times never hits, and a clear line when refused.
func rateLimit(log turnedAwayLog) wish.Middleware {
	return rateLimitWith(ratelimiter.NewRateLimiter(rate.Every(rateRefill), rateBurst, rateAddrMax), log)
}

// rateLimitWith is rateLimit's middleware around any limiter. Unlike
// ratelimiter.Middleware, it says why in a whole line of this program's.
func rateLimitWith(limiter ratelimiter.RateLimiter, log turnedAwayLog) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			if limiter.Allow(s) != nil {
				log(s, "too many connections from the address")
				refuse(s, "summit-tui: too many connections from your address; try again in a minute")
				return
			}
			next(s)
		}
	}
}

// turnedAwayLog logs a connection turned away, and why: the sessions it
// never opened are not in the connect and disconnect lines.
type turnedAwayLog func(s ssh.Session, why string)

// refuse ends a session with line on its standard error and exit status
// 1. A terminal in raw mode needs the carriage return to start the next
// line at its left edge; a command's stderr gets a plain newline.
func refuse(s ssh.Session, line string) {
	end := "\n"
	if _, _, isPty := s.Pty(); isPty {
		end = "\r\n"
	}
	_, _ = fmt.Fprint(s.Stderr(), line+end)
	_ = s.Exit(exitError)
}
