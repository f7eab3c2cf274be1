package data

import (
	"runtime"
	"sync"
)

// batchMinimum is how many items make a batch worth spreading over cores.
const batchMinimum = 64

// plainTexts converts many texts with plainText, spread over the cores:
// each is independent, and on a large schedule they are most of the
// reading time.
func plainTexts(texts []string) []string {
	out := make([]string, len(texts))
	inParallel(len(texts), func(i int) { out[i] = plainText(texts[i]) })
	return out
}

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
