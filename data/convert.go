package data

import (
	"fmt"
	"strings"

	"timeline/model"
)

// converter turns decoded wire structs into the model, sanitising every
// string once and collecting every problem rather than stopping at the
// first.
type converter struct {
	file     string
	src      []byte
	offsets  []int64
	eventIDs []string // the converted id of each event, for locating problems
	issues   []Issue
	errors   int
	event    int // index of the event being converted, or -1
	eventID  string
}

func (c *converter) add(warning bool, field, format string, args ...any) {
	is := Issue{File: c.file, Event: c.eventID, Field: field, Msg: fmt.Sprintf(format, args...), Warning: warning}
	if c.event >= 0 && c.event < len(c.offsets) {
		is.Line, is.Col = position(c.src, c.offsets[c.event])
	}
	c.issues = append(c.issues, is)
	if !warning {
		c.errors++
	}
}

// problem records a model-level validation problem, locating its event.
func (c *converter) problem(p model.Problem) {
	is := Issue{File: c.file, Event: p.Event, Field: p.Field, Msg: p.Msg}
	if p.Event != "" {
		for i := range c.offsets {
			if i < len(c.eventIDs) && c.eventIDs[i] == p.Event {
				is.Line, is.Col = position(c.src, c.offsets[i])
				break
			}
		}
	}
	c.issues = append(c.issues, is)
	c.errors++
}

// str sanitises a one-line string field.
func (c *converter) str(field, s string) string {
	out, clipped := model.SanitizeLine(s)
	if clipped {
		c.add(true, field, "clipped to %d KiB", model.MaxFieldBytes>>10)
	}
	return out
}

// long sanitises a multi-line string field.
func (c *converter) long(field, s string) string {
	out, clipped := model.Sanitize(s)
	if clipped {
		c.add(true, field, "clipped to %d KiB", model.MaxFieldBytes>>10)
	}
	return out
}

func (c *converter) strs(field string, ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = c.str(fmt.Sprintf("%s[%d]", field, i), s)
	}
	return out
}

// text converts a language map. oneLine is true for titles and labels.
func (c *converter) text(field string, t jText, oneLine bool) model.Text {
	var out model.Text
	for lang, s := range t {
		f := field
		if lang != "" {
			f = field + "." + lang
		}
		if oneLine {
			s = c.str(f, s)
		} else {
			s = c.long(f, s)
		}
		switch strings.ToLower(lang) {
		case "", "en":
			out.En = s
		case "fr":
			out.Fr = s
		default:
			if out.Other == nil {
				out.Other = map[string]string{}
			}
			out.Other[c.str(field+" language", lang)] = s
		}
	}
	return out
}

func (c *converter) date(field, s string, required bool) model.Date {
	if s == "" {
		if required {
			c.add(false, field, "missing date")
		}
		return model.Date{}
	}
	d, err := model.ParseDate(strings.TrimSpace(s))
	if err != nil {
		c.add(false, field, "%s", sanitizedErr(err))
	}
	return d
}

func sanitizedErr(err error) string {
	s, _ := model.SanitizeLine(err.Error())
	return s
}
