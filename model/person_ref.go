package model

// PersonRef names a person involved in an event, with their role then. It
// is one pointer to the pair, which a loader shares between the refs that
// name the same person in the same role: 8 bytes a ref instead of 24, and
// there are about two an event. A pair is never changed once made: the
// With methods make another.
type PersonRef struct{ p *personRef }

// personRef is what a PersonRef points to. The role is nil when none is
// given; refs with the same role may share it.
type personRef struct {
	id   string
	role *Text
}

// NewPersonRef returns a ref to the person with id, with no role.
func NewPersonRef(id string) PersonRef { return PersonRef{}.WithID(id) }

// ID returns the id of the person named.
func (p PersonRef) ID() string {
	if p.p == nil {
		return ""
	}
	return p.p.id
}

// Role returns the person's role in the event, zero when none is given.
func (p PersonRef) Role() Text {
	if r := p.role(); r != nil {
		return *r
	}
	return Text{}
}

// role returns the shared role, nil for none.
func (p PersonRef) role() *Text {
	if p.p == nil {
		return nil
	}
	return p.p.role
}

// WithID returns a ref to the person with id, in p's role.
func (p PersonRef) WithID(id string) PersonRef {
	if id == p.ID() && p.p != nil {
		return p
	}
	return PersonRef{&personRef{id: id, role: p.role()}}
}

// WithRole returns p with the role *t, or with none when t is nil or the
// zero Text. The ref keeps t itself, which callers may share between refs
// and must not change afterwards.
func (p PersonRef) WithRole(t *Text) PersonRef {
	return PersonRef{&personRef{id: p.ID(), role: someRole(t)}}
}

// someRole returns t, or nil for no role when t is the zero Text.
func someRole(t *Text) *Text {
	if t != nil && t.En == "" && t.Fr == "" && t.Other == nil {
		return nil
	}
	return t
}

// PersonRefs makes refs that name the same person in the same role, the
// role being the same pointer, share one pair, as a loader reads them.
// Its zero value is ready to use.
type PersonRefs struct{ m map[personRef]PersonRef }

// Ref returns the shared ref to the person with id in the role *role (nil
// for none; see WithRole), after at most max distinct pairs, a new one.
func (s *PersonRefs) Ref(id string, role *Text, max int) PersonRef {
	role = someRole(role)
	key := personRef{id: id, role: role}
	if r, ok := s.m[key]; ok {
		return r
	}
	r := PersonRef{&personRef{id: id, role: role}}
	if s.m == nil {
		s.m = map[personRef]PersonRef{}
	}
	if len(s.m) < max {
		s.m[key] = r
	}
	return r
}
