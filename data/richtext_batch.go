package data

import (
	"runtime"
	"strings"
	"sync"
)

// batchMinimum is how many items make a batch worth spreading over cores.
const batchMinimum = 64

// inParallel calls f(0) … f(n-1), in contiguous chunks over the cores
// when n is large enough to pay for it. The calls must be independent.
func inParallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), 8, (n+batchMinimum-1)/batchMinimum)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for start := 0; start < n; start += chunk {
		end := min(start+chunk, n)
		wg.Go(func() {
			for i := start; i < end; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}

// plainTextQueue converts texts with plainText on every core while its
// caller goes on producing them.
type plainTextQueue struct {
	texts chan string
	wg    sync.WaitGroup
	mu    sync.Mutex
	done  map[string]string
}

func startPlainTexts() *plainTextQueue {
	q := &plainTextQueue{texts: make(chan string, 256), done: map[string]string{}}
	for range runtime.GOMAXPROCS(0) {
		q.wg.Go(func() {
			mine := map[string]string{}
			for t := range q.texts {
				if _, ok := mine[t]; !ok {
					mine[t] = safePlainText(t)
				}
			}
			q.mu.Lock()
			for k, v := range mine {
				q.done[k] = v
			}
			q.mu.Unlock()
		})
	}
	return q
}

// add queues a text; empty text needs no work.
func (q *plainTextQueue) add(t string) {
	if strings.TrimSpace(t) != "" {
		q.texts <- t
	}
}

// wait finishes the queue and returns the conversion of any text: from
// the queue's work when it was queued, else done now.
func (q *plainTextQueue) wait() func(string) string {
	close(q.texts)
	q.wg.Wait()
	return func(t string) string {
		if p, ok := q.done[t]; ok {
			return p
		}
		return plainText(t)
	}
}

// safePlainText is plainText for a goroutine of its own, where a panic in
// a converter would end the program: the words are kept instead.
func safePlainText(t string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = plainParagraphs(stripTags(t))
		}
	}()
	return plainText(t)
}
