package data

import (
	"fmt"

	"timeline/model"
)

// wireEra is an era in a native file: {"label": …, "from": "1943",
// "to": "1946"}. Eras come from TimelineJS imports and are kept through a
// native export.
type wireEra struct {
	Label jText  `json:"label"`
	From  string `json:"from"`
	To    string `json:"to,omitempty"`
}

// eras converts the eras of a native file.
func (c *converter) eras(ws []wireEra) []model.Era {
	if len(ws) == 0 {
		return nil
	}
	out := make([]model.Era, len(ws))
	for i, w := range ws {
		f := fmt.Sprintf("eras[%d]", i)
		out[i] = model.Era{Label: c.text(f+".label", w.Label, true),
			Start: c.date(f+".from", w.From, true), End: c.date(f+".to", w.To, false)}
		if !out[i].End.IsZero() && out[i].End.LastDays() < out[i].Start.Days() {
			c.add(false, f+".to", "era ends (%s) before it starts (%s)", out[i].End, out[i].Start)
		}
	}
	return out
}

func erasOut(eras []model.Era) []wireEra {
	var out []wireEra
	for _, e := range eras {
		out = append(out, wireEra{Label: textOut(e.Label), From: dateOut(e.Start), To: dateOut(e.End)})
	}
	return out
}
