package i18n

// french is the French table. Every key here must exist in english too.
var french = map[string]string{
	"kind.departure":           "départ",
	"kind.hire":                "embauche",
	"kind.appointment":         "nomination",
	"kind.reorganization":      "réorganisation",
	"kind.vendor":              "fournisseur",
	"kind.investment":          "investissement",
	"kind.layoff":              "licenciement",
	"kind.policy":              "décision",
	"kind.report":              "enquête",
	"kindshort.departure":      "départ",
	"kindshort.hire":           "embauche",
	"kindshort.appointment":    "nommé",
	"kindshort.reorganization": "réorg",
	"kindshort.vendor":         "fourn.",
	"kindshort.investment":     "invest.",
	"kindshort.layoff":         "licenc.",
	"kindshort.policy":         "décision",
	"kindshort.report":         "enquête",
	"status.confirmed":         "confirmé",
	"status.reported":          "rapporté",
	"status.disputed":          "contesté",
	"stance.asserts":           "affirme",
	"stance.denies":            "dément",
	"stance.disputes":          "conteste",
	"stance.says":              "déclare",

	"events.one":        "%d événement",
	"events.many":       "%d événements",
	"pane.timeline":     "Chronologie",
	"pane.help":         "Aide — tapez pour filtrer, ? ou échap pour fermer",
	"too.small":         "terminal trop petit (%d×%d)",
	"too.small.short":   "trop petit (%d×%d)",
	"empty.dataset":     "Aucun événement.",
	"detail.people":     "Personnes",
	"detail.claims":     "Versions",
	"detail.quotes":     "Citations",
	"detail.sources":    "Sources",
	"detail.related":    "Voir aussi",
	"detail.orgs":       "Organisations : ",
	"detail.tags":       "Étiquettes : ",
	"detail.approx":     "date approximative ; classée au %s",
	"detail.monthonly":  "jour inconnu ; classé au début du mois",
	"detail.yearonly":   "mois inconnu ; classé au début de l'année",
	"detail.contested":  "! contesté",
	"detail.disputed":   "! contesté",
	"detail.via":        "via ",
	"detail.sourcenote": "note : ",
	"detail.translated": "traduction : ",
	"detail.fallback":   " [autre langue]",
	"detail.id":         "id : ",
	"date.about":        "vers %s",

	"key.up":          "haut",
	"key.down":        "bas",
	"key.first":       "premier",
	"key.last":        "dernier",
	"key.pagedown":    "page suivante",
	"key.pageup":      "page précédente",
	"key.prevmonth":   "mois précédent",
	"key.nextmonth":   "mois suivant",
	"key.tab":         "changer de volet",
	"key.zoom":        "agrandir le détail",
	"key.back":        "retour",
	"key.help":        "aide",
	"key.quit":        "quitter",
	"key.suspend":     "suspendre",
	"key.search":      "chercher",
	"key.filter":      "filtrer",
	"key.nextmatch":   "résultat suivant",
	"key.prevmatch":   "résultat précédent",
	"key.kinds":       "afficher/masquer les types",
	"key.jumpdate":    "aller à une date",
	"key.mark":        "marquer",
	"key.tomark":      "revenir à la marque",
	"key.jumpback":    "saut précédent",
	"key.jumpforward": "saut suivant",

	"prompt.search":   "/",
	"prompt.filter":   "filtre : ",
	"prompt.jump":     "aller au : ",
	"hint.jump":       "2025-08-19, 19 août, aug 19, +3w, -10d",
	"indexing":        "indexation…",
	"searching":       "recherche…",
	"matches.none":    "aucun résultat",
	"matches.count":   "résultat %d/%d",
	"matches.total":   "%d résultats",
	"count.filtered":  "%d sur %d événements",
	"empty.filter":    "Aucun événement. échap efface le filtre ; 1–9 affichent les types.",
	"mark.after":      "%d jours après l'événement marqué : %s",
	"mark.before":     "%d jours avant l'événement marqué : %s",
	"mark.same":       "le même jour que l'événement marqué : %s",
	"mark.this":       "c'est l'événement marqué",
	"status.marked":   "marqué",
	"status.unmarked": "marque retirée",
	"status.nomark":   "pas de marque : appuyez d'abord sur m sur un événement",
	"status.nojump":   "pas de saut précédent",
	"legend.off":      "masqué",
	"key.lang":        "English",

	"key.copy":     "copier…",
	"key.open":     "ouvrir la source",
	"key.person":   "événements d'une personne",
	"key.people":   "personnes, organisations, médias",
	"key.orgchart": "organigramme",
	"key.stats":    "statistiques",

	"copy.title":     "Copier — entrée ou 1–9 pour copier, échap pour fermer",
	"copy.preview":   "Sera copié",
	"copy.citation":  "Citation",
	"copy.markdown":  "Markdown",
	"copy.summary":   "Résumé en texte brut",
	"copy.urls":      "Adresses des sources (%d)",
	"copy.id":        "Identifiant de l'événement",
	"copy.quote":     "Citation de %s",
	"copy.sent":      "copie envoyée au terminal (OSC 52) : %s, %d caractères — timeline show ID --format citation l'affiche aussi",
	"open.title":     "Ouvrir une source — entrée ou 1–9, échap pour fermer",
	"open.nourl":     "cet événement n'a pas d'adresse web à ouvrir",
	"open.refused":   "seules les adresses http et https sont ouvertes",
	"open.noopener":  "pas de %s sur ce système ; l'adresse est %s",
	"open.opening":   "ouverture de %s",
	"open.failed":    "impossible d'ouvrir %s",
	"person.title":   "Événements d'une personne — entrée ou 1–9, échap pour fermer",
	"person.none":    "personne n'est associé à cet événement",
	"index.title":    "Personnes, organisations, médias — tapez pour filtrer, tab : onglet suivant, entrée : leurs événements, échap : retour",
	"index.people":   "Personnes",
	"index.orgs":     "Organisations",
	"index.outlets":  "Médias",
	"index.narrow":   "filtrer : ",
	"index.none":     "  aucun résultat",
	"chart.title":    "Organigramme — [ ] changement précédent/suivant, j/k défiler, échap retour",
	"chart.on":       "Organigramme au %s",
	"chart.before":   "Avant : %s",
	"chart.after":    "Après : %s",
	"chart.changes":  "Changements (+ arrivée, − départ, → mouvement)",
	"chart.nochange": "aucun changement de liens hiérarchiques",
	"chart.orgs":     "Organisations",
	"chart.people":   "Qui rend compte à qui",
	"chart.empty":    "aucun lien hiérarchique à cette date",
	"chart.disputed": "Liens hiérarchiques contestés",
	"chart.account":  "%s rend compte à %s, selon %s",
	"stats.title":    "Événements par type au fil du temps — j/k défiler, échap retour",

	// The command line.
	"cli.usage": `timeline — un explorateur de chronologies pour journalistes, dans le terminal

Utilisation :
  timeline [--data FICHIER]              explorer une chronologie (par défaut, l'été 2025 fourni)
  timeline list [REQUÊTE...] [--format text|json]
                                         afficher les événements qui répondent à REQUÊTE (tous par défaut),
                                         un par ligne ; REQUÊTE : mots, "expressions", kind: person: org:
                                         outlet: status: tag: from:DATE to:DATE, !terme pour exclure
  timeline show ID [--format text|json|citation|md]   afficher un événement (ou sa citation)
  timeline validate FICHIER              lister tous les problèmes d'un fichier ; code 1 s'il y en a
  timeline export --format json|timelinejs|md|csv|ics [-o FICHIER] [--force]   écrire les données dans un format
  timeline people [--format text|json]   chaque personne, son rôle, ses événements, premières et dernières dates
  timeline orgs [--format text|json]     chaque organisation et les événements qui la citent
  timeline orgchart --at DATE [--format text|json]
                                         qui rend compte à qui à DATE (AAAA-MM-JJ, ou AAAA-MM pour le 1er)
  timeline stats [--format text|json]    événements par type et par semaine, la semaine la plus chargée
  timeline index FICHIER                 garder un index de recherche de FICHIER pour que list réponde
                                         aussitôt, et le tenir à jour quand FICHIER change
  timeline generate --events N [--seed S]
                                         écrire sur la sortie un jeu synthétique de N événements (JSON natif)
  timeline version                       afficher la version
  timeline help                          ce texte

Options (avant ou après les arguments) :
  --data FICHIER      les données à ouvrir (JSON natif, JSON TimelineJS ou tableur CSV, reconnus au contenu)
  --format FORMAT     format de sortie de list, show et export
  -o, --output FICHIER  exporter vers FICHIER (écrit d'un coup ; ne remplace jamais un fichier sans --force)
  --force             autoriser -o à remplacer un fichier existant
  --lang en|fr        langue (par défaut selon LC_ALL, LC_MESSAGES, LANG ; sinon en)
  --no-mouse          ne pas capturer la souris (garde la sélection du terminal)
  -h, --help          ce texte

TIMELINE_CACHE=off dans l'environnement : aucun index n'est lu ni écrit.

Code de sortie : 0 succès, 1 un problème de données, 2 une ligne de commande incorrecte.
`,
	"cli.seehelp":             "Lancez « timeline help » pour l'aide.",
	"cli.unknowncmd":          "commande inconnue %q",
	"cli.unknownflag":         "option inconnue %q",
	"cli.needsvalue":          "l'option %s attend une valeur",
	"cli.badlang":             "--lang doit valoir en ou fr, pas %q",
	"cli.unexpected":          "%s ne prend pas d'argument : %s inattendu",
	"cli.badformat":           "format %q inconnu pour %s (attendu : %s)",
	"cli.showneedsid":         "show attend exactement un identifiant d'événement",
	"cli.noevent":             "aucun événement d'identifiant %q (timeline list affiche les identifiants)",
	"cli.validateneedsfile":   "validate attend un fichier",
	"cli.problems":            "%s : %d problèmes",
	"cli.valid":               "%s : valide, %d événements, %d personnes, %d sources",
	"cli.orgchartneedsat":     "orgchart attend --at DATE (AAAA-MM-JJ ou AAAA-MM)",
	"cli.badat":               "--at : %q n'est pas une date (attendu : AAAA-MM-JJ ou AAAA-MM)",
	"cli.exportneedsformat":   "export attend --format (parmi %s)",
	"cli.exists":              "%s existe déjà ; ajoutez --force pour le remplacer",
	"cli.isdir":               "%s est un dossier",
	"cli.cannotwrite":         "impossible d'écrire %s : %v",
	"cli.cannotwritein":       "impossible d'écrire dans %s : %v",
	"cli.wrote":               "%s écrit (%s, %d événements)",
	"cli.generateneedsevents": "generate attend --events N",
	"cli.badevents":           "--events doit être un nombre entier de 1 à %d, pas %q",
	"cli.badseed":             "--seed doit être un nombre entier, pas %q",
	"help.narrow":             "tapez pour filtrer : ",
	"loading.title":           "Chargement de ",
	"loading.stop":            "ctrl+c pour arrêter",
	"loading.anykey":          "appuyez sur une touche",
	"cli.indexhint":           "%s est lu en entier à chaque list ; « timeline index » sur ce fichier fait répondre list aussitôt",
	"cli.indexneedsfile":      "index demande un fichier, un seul",
	"cli.indexoff":            "les index sont désactivés (%s=off)",
	"cli.indexchanged":        "%s a changé pendant son indexation ; relancez la commande",
	"cli.indexed":             "%s : %d événements indexés dans %s ; timeline list répond depuis l'index tant que le fichier ne change pas",
	"cli.problem":             "%s : 1 problème",

	// Presentation of dates, citations, org charts and stats (package present).
	"cite.day":           "%[1]s %[2]s %[3]d",
	"cite.sep":           " ; ",
	"cite.quote":         "« %s »",
	"gutter.early":       "déb",
	"gutter.mid":         "mi",
	"gutter.late":        "fin",
	"chart.heading":      "Organigramme au %s",
	"charttext.people":   "Personnes (liens hiérarchiques)",
	"charttext.orgs":     "Organisations",
	"chart.none":         "(aucune)",
	"charttext.cycle":    "dans un cycle : %s",
	"charttext.disputed": "contesté",
	"chart.disputedalso": "contesté : également rattaché à %s",
	"change.under":       ", sous ",
	"change.was":         ", était sous ",
	"change.top":         "(sommet)",
	"change.in":          ", dans ",
	"change.wasin":       ", était dans ",
	"stats.perweek":      "Événements par semaine (du lundi)",
	"stats.busiestweek":  "Semaine la plus chargée",
	"stats.bykind":       "Par type",
	"stats.none":         "Aucun événement.",
	"stats.permonth":     "Événements par mois",
	"stats.busiestmonth": "Mois le plus chargé",

	// Headings of the Markdown export.
	"md.updated": "Mis à jour",
	"md.eras":    "Périodes",
	"md.people":  "Personnes",
	"md.claims":  "Affirmations",
	"md.quotes":  "Citations",
	"md.sources": "Sources",
}
