package data

import (
	"runtime"
	"sync"
)

// batchMinimum is how many texts make a batch worth spreading over cores.
const batchMinimum = 64

// plainTexts converts many texts with plainText, spread over the cores:
// each is independent, and on a large schedule they are most of the
// reading time.
func plainTexts(texts []string) []string {
	out := make([]string, len(texts))
	workers := min(runtime.GOMAXPROCS(0), 8, (len(texts)+batchMinimum-1)/batchMinimum)
	if workers <= 1 {
		for i, t := range texts {
			out[i] = plainText(t)
		}
		return out
	}
	var wg sync.WaitGroup
	chunk := (len(texts) + workers - 1) / workers
	for start := 0; start < len(texts); start += chunk {
		end := min(start+chunk, len(texts))
		wg.Go(func() {
			for i := start; i < end; i++ {
				out[i] = plainText(texts[i])
			}
		})
	}
	wg.Wait()
	return out
}
