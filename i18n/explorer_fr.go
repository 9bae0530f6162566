package i18n

// frenchMore is englishMore in French.
var frenchMore = map[string]string{
	"date.part.early": "début %s",
	"date.part.mid":   "mi-%s",
	"date.part.late":  "fin %s",

	"mark.after.one":    "1 jour après l'événement marqué : %s",
	"mark.before.one":   "1 jour avant l'événement marqué : %s",
	"mark.about.after":  "environ %s après l'événement marqué : %s",
	"mark.about.before": "environ %s avant l'événement marqué : %s",
	"mark.samemonth":    "le même mois que l'événement marqué : %s",
	"mark.sameyear":     "la même année que l'événement marqué : %s",
	"mark.sametime":     "à peu près en même temps que l'événement marqué : %s",
	"span.fewdays":      "quelques jours",
	"span.week":         "une semaine",
	"span.weeks":        "%d semaines",
	"span.month":        "un mois",
	"span.months":       "%d mois",
	"span.year":         "un an",
	"span.years":        "%s ans",
	"span.millionyears": "%s millions d'années",
	"span.billionyears": "%s milliards d'années",

	"stats.approx":         "▒ dates approximatives, comptées à leur date indiquée",
	"stats.unplaced.week":  "Dans aucune semaine, connus seulement au mois ou à l'année : %d (%s)",
	"stats.unplaced.month": "Dans aucun mois, connus seulement à l'année : %d (%s)",
}
