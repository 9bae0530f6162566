package main

import (
	"os"
	"strings"

	"timeline/i18n"
	"timeline/locale"
)

// args is a parsed command line.
type args struct {
	cmd     string
	pos     []string
	data    string
	format  string
	lang    locale.Lang
	noMouse bool
	help    bool
	output  string // -o FILE, for export
	force   bool   // --force: let -o replace an existing file
	events  string // --events N, for generate
	seed    string // --seed S, for generate
	at      string // --at DATE, for orgchart
	cat     i18n.Catalog
}

// valueFlags are the flags that take a value.
var valueFlags = map[string]bool{"--data": true, "--format": true, "--lang": true, "-o": true, "--output": true,
	"--events": true, "--seed": true, "--at": true}

// parseArgs reads flags anywhere on the line, as git does: the first
// positional argument is the subcommand, the others its arguments. "--"
// ends the flags.
func parseArgs(argv []string) (args, error) {
	a := args{cat: i18n.For(langFromEnv(os.Getenv))}
	var pos []string
	for i := 0; i < len(argv); i++ {
		s := argv[i]
		if s == "--" {
			pos = append(pos, argv[i+1:]...)
			break
		}
		if !strings.HasPrefix(s, "-") || s == "-" {
			pos = append(pos, s)
			continue
		}
		name, val, hasVal := strings.Cut(s, "=")
		switch {
		case name == "-h" || name == "--help":
			a.help = true
			continue
		case name == "--no-mouse":
			a.noMouse = true
			continue
		case name == "--force":
			a.force = true
			continue
		case !valueFlags[name]:
			return a, usageError{a.cat.T("cli.unknownflag", name)}
		}
		if !hasVal {
			if i+1 >= len(argv) {
				return a, usageError{a.cat.T("cli.needsvalue", name)}
			}
			i++
			val = argv[i]
		}
		switch name {
		case "--data":
			a.data = val
		case "--format":
			a.format = val
		case "-o", "--output":
			a.output = val
		case "--events":
			a.events = val
		case "--seed":
			a.seed = val
		case "--at":
			a.at = val
		case "--lang":
			if val != "en" && val != "fr" {
				return a, usageError{a.cat.T("cli.badlang", val)}
			}
			a.lang = locale.Lang(val)
		}
	}
	if len(pos) > 0 {
		a.cmd, a.pos = pos[0], pos[1:]
	}
	if a.lang == "" {
		a.lang = langFromEnv(os.Getenv)
	}
	a.cat = i18n.For(a.lang)
	return a, nil
}

// langFromEnv picks the language from LC_ALL, LC_MESSAGES, then LANG.
func langFromEnv(getenv func(string) string) locale.Lang { return i18n.FromEnv(getenv) }
