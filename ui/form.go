package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/model"
)

// eventForm adds or changes one event: its date with its precision, end
// date, approximation and wording; kind; status; title and summary in
// English and French; people, organisations and tags with completion from
// the dataset; its sources, claims and quotes. It is built on bubbles'
// text inputs (one per line), checked as the reporter types with the
// rules the file is held to (model.Draft.Check), each problem shown under
// its field. It changes nothing itself: enter on the last field or ctrl+s
// sends the edit up (formDoneMsg), esc closes it (closeMsg), and the root
// applies and saves.
type eventForm struct {
	outbox
	ds     *model.Dataset
	base   *model.Event // the event as it was when the form opened; nil for a new one
	fields []formField
	focus  int
	offset int // first line on screen
	notice string
	valid  bool // the last check found nothing wrong
	keys   formKeys
	width  int
	height int
	cat    i18n.Catalog
	st     *styles

	sources, claims, quotes []entryOf
	main                    map[fieldID]string
}

// formDoneMsg carries the edit the form describes, the id of its event,
// and the form itself, so that the reporter can come back to it when
// the file changed the same event meanwhile (see conflict.go).
type formDoneMsg struct {
	edit model.Edit
	id   string
	form eventForm
}

// formKeys are the form's bindings; every other key edits the field.
type formKeys struct {
	Next, Enter, Prev, Save, Cancel key.Binding
	Toggle, Choose, ChooseBack      key.Binding
	AddRow, DelRow, Accept, Suggest key.Binding
}

// newFormKeys returns the form's bindings in cat's language.
func newFormKeys(cat i18n.Catalog) formKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, cat.T(desc)))
	}
	return formKeys{
		Next:       b([]string{"tab", "down"}, "tab/↓", "key.form.next"),
		Enter:      b([]string{"enter"}, "enter", "key.form.enter"),
		Prev:       b([]string{"shift+tab", "up"}, "shift+tab/↑", "key.form.prev"),
		Save:       b([]string{"ctrl+s"}, "ctrl+s", "key.form.save"),
		Cancel:     b([]string{"esc"}, "esc", "key.form.cancel"),
		Toggle:     b([]string{"space"}, "space", "key.form.toggle"),
		Choose:     b([]string{"right"}, "←/→", "key.form.choose"),
		ChooseBack: b([]string{"left"}, "←", "key.form.choose"),
		AddRow:     b([]string{"ctrl+o"}, "ctrl+o", "key.form.addrow"),
		DelRow:     b([]string{"ctrl+x"}, "ctrl+x", "key.form.delrow"),
		Accept:     b([]string{"right"}, "→", "key.form.accept"),
		Suggest:    b([]string{"ctrl+n", "ctrl+p"}, "ctrl+n/p", "key.form.suggest"),
	}
}

// newEventForm returns the form for a new event (base nil), its date
// and kind taken from near, the event selected, or for a change of base.
func newEventForm(ds *model.Dataset, base, near *model.Event, cat i18n.Catalog, st *styles) eventForm {
	f := eventForm{ds: ds, base: base.Clone(), keys: newFormKeys(cat), cat: cat, st: st}
	lang := cat.Lang()
	switch {
	case base != nil:
		f.main = mainValues(ds, base)
		for _, id := range base.Sources() {
			if s := ds.Source(id); s != nil {
				f.sources = append(f.sources, sourceEntry(s.Clone()))
			}
		}
		for _, c := range base.Claims() {
			f.claims = append(f.claims, claimEntry(&c, ds, lang))
		}
		for _, q := range base.Quotes() {
			f.quotes = append(f.quotes, quoteEntry(&q, ds))
		}
	default:
		f.main = map[fieldID]string{fStatus: model.Reported.String(), fKind: model.Report.String()}
		if near != nil {
			f.main[fDate] = dateText(near.Date)
			f.main[fKind] = near.Kind.String()
		}
		f.sources = []entryOf{{values: map[fieldID]string{}}}
	}
	f.layoutFields()
	f.focusField(0)
	f.check()
	return f
}

// layoutFields makes the fields from the main values and the entries,
// keeping the focus on the same field where it still exists.
func (f *eventForm) layoutFields() {
	f.fields = f.fields[:0]
	add := func(id fieldID, g group, entry int, v string) {
		ff := formField{id: id, group: g, entry: entry, input: newInput(v), choices: choicesOf(id), toggle: id == fApprox}
		f.fields = append(f.fields, ff)
	}
	for _, id := range groupFields(mainGroup) {
		add(id, mainGroup, 0, f.main[id])
	}
	for _, g := range []group{sourceGroup, claimGroup, quoteGroup} {
		for i, en := range *f.entries(g) {
			for _, id := range groupFields(g) {
				add(id, g, i, en.values[id])
			}
		}
	}
	f.setSuggestions()
}

// entries returns the entries of group g.
func (f *eventForm) entries(g group) *[]entryOf {
	switch g {
	case claimGroup:
		return &f.claims
	case quoteGroup:
		return &f.quotes
	}
	return &f.sources
}

// store copies the fields' texts back into the main values and entries,
// before the fields are made again.
func (f *eventForm) store() {
	for i := range f.fields {
		ff := &f.fields[i]
		if ff.group == mainGroup {
			f.main[ff.id] = ff.input.Value()
			continue
		}
		(*f.entries(ff.group))[ff.entry].values[ff.id] = ff.input.Value()
	}
}

// focusField moves the focus to field i.
func (f *eventForm) focusField(i int) {
	if len(f.fields) == 0 {
		return
	}
	i = min(max(i, 0), len(f.fields)-1)
	f.fields[f.focus].input.Blur()
	f.focus = i
	f.fields[i].input.Focus()
	f.fields[i].input.CursorEnd()
	f.scrollToFocus()
}

// Update implements the component.
func (f eventForm) Update(msg tea.Msg) (eventForm, tea.Cmd) {
	f.notice = ""
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return f.handleKey(msg)
	case tea.PasteMsg:
		var cmd tea.Cmd
		ff := &f.fields[f.focus]
		if ff.choices == nil && !ff.toggle {
			ff.input, cmd = ff.input.Update(msg)
			f.edited()
		}
		return f, cmd
	}
	return f, nil
}

// handleKey applies one key press.
func (f eventForm) handleKey(msg tea.KeyPressMsg) (eventForm, tea.Cmd) {
	ff := &f.fields[f.focus]
	k := f.bindings()
	switch {
	case key.Matches(msg, k.Cancel):
		f.send(closeMsg{})
		return f, nil
	case key.Matches(msg, k.Save):
		f.submit()
		return f, nil
	case key.Matches(msg, k.Toggle):
		if ff.input.Value() == "x" {
			ff.input.SetValue("")
		} else {
			ff.input.SetValue("x")
		}
		f.edited()
		return f, nil
	case key.Matches(msg, k.Choose), key.Matches(msg, k.ChooseBack):
		ff.input.SetValue(cycle(ff.choices, ff.value(), key.Matches(msg, k.Choose)))
		f.edited()
		return f, nil
	case key.Matches(msg, k.Enter) && f.focus == len(f.fields)-1:
		f.submit()
		return f, nil
	case key.Matches(msg, k.Next), key.Matches(msg, k.Enter):
		f.focusField(f.focus + 1)
		return f, nil
	case key.Matches(msg, k.Prev):
		f.focusField(f.focus - 1)
		return f, nil
	case key.Matches(msg, k.AddRow):
		f.addEntry()
		return f, nil
	case key.Matches(msg, k.DelRow):
		f.removeEntry()
		return f, nil
	}
	if ff.choices != nil && msg.Text != "" {
		ff.input.SetValue(pick(ff.choices, ff.value(), msg.Text))
		f.edited()
		return f, nil
	}
	if ff.choices != nil || ff.toggle {
		return f, nil // other keys do nothing to a choice or a toggle
	}
	before := ff.input.Value()
	var cmd tea.Cmd
	ff.input, cmd = ff.input.Update(msg)
	if ff.input.Value() != before {
		f.edited()
	}
	return f, cmd
}

// cycle returns the word after (or before) cur among words.
func cycle(words []string, cur string, forward bool) string {
	i := 0
	for j, w := range words {
		if w == cur {
			i = j
		}
	}
	if forward {
		return words[(i+1)%len(words)]
	}
	return words[(i+len(words)-1)%len(words)]
}

// pick returns the next word after cur among words that starts with
// typed, as a letter typed in a list picks: "l" is layoff, "d"
// departure then, typed again, the next word in d. cur when none does.
func pick(words []string, cur, typed string) string {
	start := 0
	for j, w := range words {
		if w == cur {
			start = j + 1
		}
	}
	for k := range words {
		if w := words[(start+k)%len(words)]; strings.HasPrefix(w, strings.ToLower(typed)) {
			return w
		}
	}
	return cur
}

// edited checks the form again after a change, and offers completions
// for the field being typed.
func (f *eventForm) edited() {
	f.setSuggestions()
	f.check()
}

// submit sends the edit up when the form has nothing wrong, and otherwise
// moves to the first field with a problem.
func (f *eventForm) submit() {
	edit, id, ok := f.build()
	if !ok {
		for i := range f.fields {
			if f.fields[i].err != "" {
				f.focusField(i)
				break
			}
		}
		f.notice = f.cat.T("form.fix")
		return
	}
	if edit.IsZero() {
		f.send(closeMsg{})
		return
	}
	f.send(formDoneMsg{edit: edit, id: id, form: *f})
}

// addEntry adds a source, a claim or a quote: one of the kind the focus
// is in, a source from the event's own fields.
func (f *eventForm) addEntry() {
	g := f.fields[f.focus].group
	if g == mainGroup {
		g = sourceGroup
	}
	f.store()
	list := f.entries(g)
	*list = append(*list, entryOf{values: map[fieldID]string{}})
	if g == quoteGroup {
		(*list)[len(*list)-1].values[fQuoteLang] = string(f.cat.Lang())
	}
	if g == claimGroup {
		(*list)[len(*list)-1].values[fClaimStance] = "asserts"
	}
	f.layoutFields()
	for i := len(f.fields) - 1; i >= 0; i-- {
		if f.fields[i].group == g && f.fields[i].entry == len(*list)-1 {
			if i == 0 || f.fields[i-1].group != g || f.fields[i-1].entry != len(*list)-1 {
				f.focus = 0
				f.focusField(i)
				break
			}
		}
	}
	f.check()
}

// removeEntry removes the source, claim or quote the focus is in.
func (f *eventForm) removeEntry() {
	ff := f.fields[f.focus]
	if ff.group == mainGroup {
		return
	}
	f.store()
	list := f.entries(ff.group)
	*list = append((*list)[:ff.entry], (*list)[ff.entry+1:]...)
	f.layoutFields()
	f.focus = min(f.focus, len(f.fields)-1)
	f.focusField(f.focus)
	f.check()
}

// bindings returns the key map with what does not apply to the focused
// field turned off.
func (f *eventForm) bindings() formKeys {
	k := f.keys
	ff := &f.fields[f.focus]
	k.Toggle.SetEnabled(ff.toggle)
	k.Choose.SetEnabled(ff.choices != nil)
	k.ChooseBack.SetEnabled(ff.choices != nil)
	k.DelRow.SetEnabled(ff.group != mainGroup)
	suggest := ff.input.ShowSuggestions && len(ff.input.MatchedSuggestions()) > 0
	k.Accept.SetEnabled(suggest)
	k.Suggest.SetEnabled(suggest)
	return k
}

// ShortHelp implements help.KeyMap.
func (f eventForm) ShortHelp() []key.Binding {
	k := f.bindings()
	return []key.Binding{k.Save, k.Cancel, k.Next, k.Toggle, k.Choose, k.Accept, k.AddRow}
}

// FullHelp implements help.KeyMap.
func (f eventForm) FullHelp() [][]key.Binding {
	k := f.bindings()
	return [][]key.Binding{{k.Next, k.Prev, k.Enter, k.Toggle, k.Choose}, {k.Accept, k.Suggest, k.AddRow, k.DelRow}, {k.Save, k.Cancel}}
}

// SetSize implements the component.
func (f *eventForm) SetSize(width, height int) {
	f.width, f.height = max(width, 0), max(height, 0)
	f.sizeInputs()
	f.scrollToFocus()
}
