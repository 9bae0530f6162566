package data

import "timeline/model"

// wireEra is an era in a native file: {"label": …, "from": "1943",
// "to": "1946"}. Eras come from TimelineJS imports and are kept through a
// native export.
type wireEra struct {
	Label jText  `json:"label"`
	From  string `json:"from"`
	To    string `json:"to,omitempty"`
}

func erasOut(eras []model.Era) []wireEra {
	var out []wireEra
	for _, e := range eras {
		out = append(out, wireEra{Label: textOut(e.Label), From: dateOut(e.Start), To: dateOut(e.End)})
	}
	return out
}
