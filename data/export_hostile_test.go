package data

import (
	"fmt"

	"timeline/locale"
	"timeline/model"
)

// exportDataset is a dataset in which every string an export writes is
// s(field), field naming the string: the titles, description, date label,
// summary, people and roles, claims, quotes, sources (outlet, title, note,
// the path of their URLs), tags, era labels, ids, and what a slide shows:
// media (caption, credit, a quotation, description, title; addresses that
// must never be written), background and group. Multi-line texts hold
// two paragraphs and a line break. The exports' tests compare a dataset
// of hostile strings with one of plain words.
func exportDataset(s func(field string) string) *model.Dataset {
	para := func(f string) model.Text {
		return model.Plain(s(f+"1") + "\n\n" + s(f+"2") + "\n" + s(f+"3"))
	}
	ds := &model.Dataset{
		Title:       model.Plain(s("title")),
		Description: para("description"),
		People:      []model.Person{{ID: "p1", Name: s("person")}},
		Sources: []model.Source{
			model.Source{ID: "s1", Outlet: s("outlet"), Title: s("headline"), Published: model.NewDate(2025, 6, 1),
				URL: "https://example.com/" + s("url")}.WithVia("https://archive.example/" + s("via")),
			model.Source{ID: "s2", Outlet: s("outlet2")}.WithNote(model.Plain(s("note"))),
		},
		Eras: []model.Era{{Start: model.NewDate(2025, 6, 0), End: model.NewDate(2025, 7, 0), Label: model.Plain(s("era"))}},
	}
	role := model.Plain(s("role"))
	for i, approx := range []bool{false, true} {
		e := model.Event{ID: s("id") + fmt.Sprint(i), Date: model.NewDate(2025, 6, 10+i), Approximate: approx,
			Title: model.Plain(s("event")), Summary: para("summary"),
			People: []model.PersonRef{model.NewPersonRef("p1").WithRole(&role)}}.WithRefs(nil, []string{"s1", "s2"}, []string{s("tag"), s("tag2")})
		if approx {
			e.SetDateLabel(model.Plain(s("label")))
		}
		sl := e.MoreSlide()
		if approx {
			sl.Group = s("group")
			sl.Media = &model.Media{Quote: s("mediaquote1") + "\n\n" + s("mediaquote2"), Credit: s("credit2")}
		} else {
			sl.Media = &model.Media{URL: "https://example.org/" + s("media"), Caption: s("caption"), Credit: s("credit"),
				Alt: s("alt"), Title: s("mediatitle"), Link: "javascript:alert(1)", Thumbnail: "javascript:alert(2)"}
			sl.Background = &model.Background{URL: "javascript:alert(3)", Color: s("color"), Alt: s("bgalt")}
		}
		e.More().Claims = []model.Claim{{Text: model.Plain(s("claim")), By: s("by"), Stance: "asserts", Source: "s1"}}
		e.More().Quotes = []model.Quote{{Speaker: "p1", Text: s("quote"), Lang: locale.English, Source: "s2"}}
		ds.Events = append(ds.Events, e)
	}
	ds.Index()
	return ds
}
