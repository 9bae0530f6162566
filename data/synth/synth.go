// Package synth generates synthetic timelines of any size, deterministically
// from a seed, for trying the explorer at scale and for benchmarks. The
// same size and seed always give the same dataset and the same bytes.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"timeline/model"
	"timeline/search"
)

// spanDays is how long a generated timeline runs: six years from startDate.
const (
	startDate = "2028-01-01"
	spanDays  = 6 * 365
)

// Generate returns a dataset of n events built from seed, indexed and
// ready to use. It is the dataset that Write(w, n, seed) writes.
func Generate(n int, seed int64) *model.Dataset {
	g := newGen(n, seed)
	ds := &model.Dataset{Title: g.title(), Description: g.description(), Updated: g.updated(),
		People: g.people, Orgs: g.orgs}
	ds.Events = make([]model.Event, n)
	for i := range n {
		ev, srcs := g.event(i)
		ds.Events[i] = ev
		ds.Sources = append(ds.Sources, srcs...)
	}
	ds.Index()
	return ds
}

// gen holds what every event draws from: the pools of people and
// organisations, which depend only on n and the seed.
type gen struct {
	n      int
	seed   uint64
	start  int32
	people []model.Person
	orgs   []model.Org
}

func newGen(n int, seed int64) *gen {
	g := &gen{n: max(n, 0), seed: uint64(seed), start: model.MustDate(startDate).Days()}
	for _, o := range orgList {
		g.orgs = append(g.orgs, model.Org{ID: o.id, Name: o.name, Kind: o.kind})
	}
	r := g.rng(0, 0)
	pool := min(max(n, 100), 3000)
	for k := range pool {
		first := firstNames[k%len(firstNames)]
		last := lastNames[(k/len(firstNames)+k*7)%len(lastNames)]
		name := first + " " + last
		p := model.Person{ID: slug(name), Name: name}
		if r.IntN(10) == 0 {
			_, size := utf8.DecodeRuneInString(first)
			p.Aliases = []string{first[:size] + ". " + last} // "İ. Petrov", not half of İ
		}
		role := roles[r.IntN(len(roles))]
		p.Roles = []model.Role{{Org: orgList[r.IntN(len(orgList))].id, Title: model.Text{En: role.en, Fr: role.fr},
			From: model.FromDays(g.start - int32(r.IntN(2000)))}}
		g.people = append(g.people, p)
	}
	return g
}

// rng returns the random stream for one purpose (0 for the pools, 1 for an
// event's head, 2 for the rest of it) and one index, so that any event can
// be generated on its own.
func (g *gen) rng(purpose, i int) *rand.Rand {
	return rand.New(rand.NewPCG(g.seed, uint64(i)<<2|uint64(purpose)))
}

func (g *gen) title() model.Text {
	return model.Text{En: fmt.Sprintf("Synthetic timeline: %d events (seed %d)", g.n, int64(g.seed)),
		Fr: fmt.Sprintf("Chronologie synthétique : %d événements (graine %d)", g.n, int64(g.seed))}
}

func (g *gen) description() model.Text {
	return model.Text{En: "Invented events, people, organisations and outlets, for trying the explorer at scale.",
		Fr: "Événements, personnes, organisations et médias inventés, pour essayer l'explorateur à grande échelle."}
}

func (g *gen) updated() model.Date { return model.FromDays(g.start + spanDays + 30) }

// head is what an event's id depends on, drawn from its own stream so that
// a later event can name an earlier one as related without regenerating it.
type head struct {
	kind   model.Kind
	person int
	org    int
}

var kindWeights = [...]int{25, 20, 12, 8, 8, 8, 7, 6, 6}

func (g *gen) head(i int) head {
	r := g.rng(1, i)
	h := head{kind: model.Kind(weighted(r, kindWeights[:])), org: r.IntN(len(g.orgs))}
	// Skewed: a few people appear in many events, as in real news.
	u := r.Float64()
	h.person = int(u * u * u * float64(len(g.people)))
	return h
}

// id returns the id of event i.
func (g *gen) id(i int) string {
	h := g.head(i)
	last := g.people[h.person].ID
	if k := strings.LastIndexByte(last, '-'); k >= 0 {
		last = last[k+1:]
	}
	return fmt.Sprintf("%s-%s-%s-%d", last, h.kind, g.orgs[h.org].ID, i)
}

// weighted returns an index drawn with the given weights.
func weighted(r *rand.Rand, w []int) int {
	total := 0
	for _, x := range w {
		total += x
	}
	v := r.IntN(total)
	for i, x := range w {
		if v < x {
			return i
		}
		v -= x
	}
	return len(w) - 1
}

// slug makes an ASCII id from a name: "Zoé Lefèvre" becomes "zoe-lefevre".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range search.Fold(s) {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
