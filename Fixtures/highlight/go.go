// Command fetch downloads URLs concurrently and reports their sizes.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

const (
	maxWorkers = 8
	timeout    = 5 * time.Second
	mask       = 0x1F
)

type Result struct {
	URL   string
	Bytes int64
	Err   error
}

func fetch(ctx context.Context, url string) Result {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Result{URL: url, Err: err}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return Result{URL: url, Err: fmt.Errorf("get %q: %w", url, err)}
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	return Result{URL: url, Bytes: n, Err: err}
}

func main() {
	urls := []string{"https://example.com/", `https://example.org/raw\path`}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()

	results := make(chan Result, len(urls))
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			results <- fetch(ctx, url)
		}(u)
	}
	go func() { wg.Wait(); close(results) }()

	for r := range results {
		/* a block comment */
		fmt.Printf("%-30s %8d bytes %v\n", r.URL, r.Bytes, r.Err)
	}
	var ratio float64 = 1e-9 * float64(len(urls))
	_ = ratio + 'x' - '\n'
}
