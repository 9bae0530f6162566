package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"timeline/locale"
	"timeline/model"
)

// event generates event i and the sources it introduces.
func (g *gen) event(i int) (model.Event, []model.Source) {
	h := g.head(i)
	r := g.rng(2, i)
	e := model.Event{ID: g.id(i), Kind: h.kind, Status: model.Status(weighted(r, []int{65, 27, 8}))}
	g.date(r, i, &e)

	p := &g.people[h.person]
	o := &g.orgs[h.org]
	o2 := &g.orgs[(h.org+1+r.IntN(len(g.orgs)-1))%len(g.orgs)]
	team := teams[r.IntN(len(teams))]
	role := roles[r.IntN(len(roles))]
	outlet := outlets[r.IntN(len(outlets))]
	title, lead := headline(r, h.kind, p.Name, o.Name, o2.Name, team, role, outlet)
	e.Title = model.Text{En: title.en, Fr: title.fr}
	sum := lead
	for range 1 + r.IntN(2) {
		f := fillers[r.IntN(len(fillers))]
		sum.en += " " + fill(f.en, o.Name, team.en)
		sum.fr += " " + fill(f.fr, o.Name, team.fr)
	}
	e.Summary = model.Text{En: sum.en, Fr: sum.fr}

	e.People = []model.PersonRef{model.NewPersonRef(p.ID).WithRole(&model.Text{En: role.en, Fr: role.fr})}
	for range r.IntN(3) {
		q := &g.people[r.IntN(len(g.people))]
		if !hasPerson(e.People, q.ID) {
			e.People = append(e.People, model.NewPersonRef(q.ID))
		}
	}
	orgs := []string{o.ID}
	if h.kind == model.Vendor || h.kind == model.Investment || r.IntN(4) == 0 {
		orgs = append(orgs, o2.ID)
	}

	var srcs []model.Source
	var sources, tags []string
	for j := range 1 + r.IntN(2) {
		s := model.Source{ID: fmt.Sprintf("src-%d-%d", i, j), Outlet: outlets[(r.IntN(len(outlets)))],
			Title: title.en, Published: model.FromDays(e.Date.Days() + int32(r.IntN(3)))}
		if j == 0 {
			s.Outlet = outlet
		} else {
			s.Title = fmt.Sprintf("%s: what we know", o.Name)
		}
		if r.IntN(3) == 0 {
			s.URL = fmt.Sprintf("https://example.com/%s/%d", slug(s.Outlet), i)
		}
		srcs = append(srcs, s)
		sources = append(sources, s.ID)
	}
	if i > 0 && r.IntN(10) == 0 {
		sources = append(sources, fmt.Sprintf("src-%d-0", i-1))
	}
	if i > 0 && r.IntN(10) == 0 {
		e.More().Related = []string{g.id(i - 1 - r.IntN(min(i, 20)))}
	}
	if r.IntN(8) == 0 {
		g.claims(r, &e, p, o, sources[0])
	}
	if r.IntN(6) == 0 {
		e.More().Quotes = []model.Quote{{Speaker: p.ID, Lang: locale.English, Source: sources[0],
			Text:        fmt.Sprintf("It was time to leave the %s team at %s. I am proud of what we built.", team.en, o.Name),
			Translation: model.Text{Fr: fmt.Sprintf("Il était temps de quitter l'équipe %s de %s. Je suis fier·e de ce que nous avons construit.", team.fr, o.Name)}}}
	}
	if r.IntN(3) == 0 {
		tags = []string{tagList[r.IntN(len(tagList))]}
	}
	e.SetRefs(orgs, sources, tags)
	return e, srcs
}

// date places event i along the span, with mostly day precision, some
// month or year precision and some approximate dates with a label.
func (g *gen) date(r *rand.Rand, i int, e *model.Event) {
	day := g.start + int32(int64(i)*spanDays/int64(max(g.n, 1))) + int32(r.IntN(7)) - 3
	day = max(day, g.start)
	d := model.FromDays(day)
	switch v := r.IntN(100); {
	case v < 84:
		e.Date = d
		if r.IntN(25) == 0 {
			e.SetEnd(model.FromDays(day + 1 + int32(r.IntN(60))))
		}
	case v < 94:
		e.Date = model.NewDate(int(d.Year), int(d.Month), 0)
	case v < 99:
		e.Date = model.NewDate(int(d.Year), int(d.Month), 0)
		e.Approximate = true
		part, m := monthParts[int(d.Day-1)/11], months[d.Month-1]
		e.SetDateLabel(model.Text{En: joinPart(part.en, m.en) + fmt.Sprint(" ", d.Year),
			Fr: joinPart(part.fr, m.fr) + fmt.Sprint(" ", d.Year)})
	default:
		e.Date = model.NewDate(int(d.Year), 0, 0)
	}
}

// claims adds a pair of claims, both citing source: one side asserts, the
// other denies or disputes.
func (g *gen) claims(r *rand.Rand, e *model.Event, p *model.Person, o *model.Org, source string) {
	by := claimBy[r.IntN(len(claimBy))]
	stance := "denies"
	if r.IntN(2) == 0 {
		stance = "disputes"
	}
	e.More().Claims = []model.Claim{
		{Text: model.Text{En: fmt.Sprintf("%s was pushed out after a dispute over resources.", p.Name),
			Fr: fmt.Sprintf("%s aurait été poussé·e vers la sortie après un différend sur les ressources.", p.Name)},
			By: by, Stance: "asserts", Source: source},
		{Text: model.Text{En: fmt.Sprintf("%s says the departure was planned.", o.Name),
			Fr: fmt.Sprintf("%s affirme que le départ était prévu.", o.Name)},
			By: p.ID, Stance: stance, Source: source},
	}
}

func hasPerson(refs []model.PersonRef, id string) bool {
	for _, p := range refs {
		if p.ID() == id {
			return true
		}
	}
	return false
}

// headline returns the event's title and the first sentence of its summary.
func headline(r *rand.Rand, k model.Kind, person, org, org2 string, team, role bi, outlet string) (title, lead bi) {
	switch k {
	case model.Departure:
		title = bi{person + " leaves " + org, person + " quitte " + org}
		lead = bi{fmt.Sprintf("%s, %s in the %s team, is leaving %s.", person, role.en, team.en, org),
			fmt.Sprintf("%s (%s, équipe %s) quitte %s.", person, role.fr, team.fr, org)}
	case model.Hire:
		title = bi{org + " hires " + person + " from " + org2, org + " recrute " + person + ", venu·e de " + org2}
		lead = bi{fmt.Sprintf("%s joins %s as %s.", person, org, role.en),
			fmt.Sprintf("%s rejoint %s au poste de %s.", person, org, role.fr)}
	case model.Appointment:
		title = bi{person + " named " + role.en + " at " + org, "Nomination de " + person + " chez " + org}
		lead = bi{fmt.Sprintf("%s names %s %s of its %s group.", org, person, role.en, team.en),
			fmt.Sprintf("%s nomme %s à la %s de son groupe %s.", org, person, role.fr, team.fr)}
	case model.Reorganization:
		n := 2 + r.IntN(4)
		title = bi{fmt.Sprintf("%s splits its %s team into %d groups", org, team.en, n),
			fmt.Sprintf("Réorganisation : %s scinde son équipe %s en %d groupes", org, team.fr, n)}
		lead = bi{fmt.Sprintf("A reorganization at %s puts %s in charge of one of the new groups.", org, person),
			fmt.Sprintf("Une réorganisation chez %s confie l'un des nouveaux groupes à %s.", org, person)}
	case model.Vendor:
		title = bi{org + " signs data-labelling deal with " + org2, org + " signe un contrat d'annotation avec " + org2}
		lead = bi{fmt.Sprintf("%s will supply training data to %s's %s team.", org2, org, team.en),
			fmt.Sprintf("%s fournira des données d'entraînement à l'équipe %s de %s.", org2, team.fr, org)}
	case model.Investment:
		amt := 10 * (1 + r.IntN(200))
		title = bi{fmt.Sprintf("%s invests $%dM in %s", org, amt, org2), fmt.Sprintf("%s investit %d M$ dans %s", org, amt, org2)}
		lead = bi{fmt.Sprintf("The round values %s at several billion dollars.", org2),
			fmt.Sprintf("Le tour de table valorise %s à plusieurs milliards de dollars.", org2)}
	case model.Layoff:
		pct := 3 + r.IntN(25)
		title = bi{fmt.Sprintf("%s cuts %d%% of staff", org, pct), fmt.Sprintf("%s supprime %d %% de ses effectifs", org, pct)}
		lead = bi{fmt.Sprintf("The cuts hit the %s team hardest, %s told staff.", team.en, person),
			fmt.Sprintf("Les suppressions touchent surtout l'équipe %s, a indiqué %s.", team.fr, person)}
	case model.Policy:
		title = bi{org + " freezes hiring in " + team.en, org + " gèle les embauches en " + team.fr}
		lead = bi{fmt.Sprintf("New roles in %s now need sign-off from %s.", team.en, person),
			fmt.Sprintf("Les nouveaux postes en %s doivent désormais être validés par %s.", team.fr, person)}
	default:
		title = bi{outlet + " reports turmoil at " + org, outlet + " fait état de tensions chez " + org}
		lead = bi{fmt.Sprintf("%s describes a clash between %s and the %s leadership.", outlet, person, team.en),
			fmt.Sprintf("%s décrit un conflit entre %s et la direction %s.", outlet, person, team.fr)}
	}
	return title, lead
}

// joinPart joins "early" and "July" with a space, "mid-" and "July" without.
func joinPart(part, month string) string {
	if part[len(part)-1] == '-' {
		return part + month
	}
	return part + " " + month
}

// fill puts the organisation and the team into a filler sentence. Not
// every sentence names both, so fmt.Sprintf would complain of the extra
// argument.
func fill(f, org, team string) string {
	return strings.NewReplacer("%[1]s", org, "%[2]s", team).Replace(f)
}
