// Command timeline is a terminal timeline explorer for reporters. It opens
// on a bundled, sourced dataset of the summer 2025 turmoil at Meta
// Superintelligence Labs, and on the reporter's own timelines.
package main

import (
	"os"

	"timeline/cli"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	cli.LimitMemory()
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr, cli.Options{Version: version}))
}
