package main

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeSaysHowToGetTheBinary: the README's examples call timeline;
// it says how to build or install it, and where it lands.
func TestReadmeSaysHowToGetTheBinary(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"go build -o timeline .", "go install .", "go env GOPATH)/bin", "PATH"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the README does not say %q", want)
		}
	}
}
