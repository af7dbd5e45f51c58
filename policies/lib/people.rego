# Person lookup. People are always referred to by their `id` (config-format.md).
package provkoll.lib.people

import data.provkoll.lib.values

# ids: the set of configured Person ids.
ids := {id | some id, _ in _first_index}

# is_person(id) is true when id names a configured Person.
is_person(id) if {
	is_string(id)
	_first_index[id] != null
}

# _first_index: id → index of the first Person with that id. provkoll builds it once per check
# (`input.context.people_index`): built here, every rule that names a person paid for it again,
# and after an edit to one legal entity that was most of what the language server evaluated.
# tests/engine.rs holds provkoll's index equal to the one built here, which a test's input
# (without the context) still uses.
_first_index := i if {
	i := input.context.people_index
	is_object(i)
} else := _built_index

# The first Person document of each id, built once: a lookup per call instead of a scan of all
# people (a scan per legal entity or role holder made PSEUDO-006 quadratic). Ids are unique in
# a valid configuration, and then one pass builds it; only when one repeats (another rule
# reports that) does the first of each need a sort: sorting (id, position) pairs puts each id's
# first document first among its equals.
_built_index := {p.id: i | some i, p in _people; is_string(p.id)} if {
	count({p.id | some p in _people; is_string(p.id)}) == count([1 | some p in _people; is_string(p.id)])
} else := _first_of_each

_people := values.list(input.people)

_pairs := sort([[p.id, i] | some i, p in _people; is_string(p.id)])

# `pairs` is bound once and passed on: a reference to a rule costs a call in the compiled
# engine, even when its value is known.
_first_of_each := {pair[0]: pair[1] |
	pairs := _pairs
	some k, pair in pairs
	_starts_group(pairs, k)
}

_starts_group(_, 0) := true

_starts_group(pairs, k) if {
	k > 0
	pairs[k - 1][0] != pairs[k][0]
}

person(id) := input.people[_first_index[id]] if is_string(id)

# Employment. A person with no employment_end is taken to stay; an end date is the last day
# employed, so someone whose employment_end is before a date is gone on that date.

# has_left(id): the Person's employment_end is before the as-of date (a leaver).
has_left(id) if {
	end := object.get(person(id), "employment_end", null)
	is_string(end)
	end != ""
	end < input.context.as_of
}

# employed_through(id, date): the Person is still employed on `date` (no end, or an end on or
# after it). False for an id that is not a configured Person.
employed_through(id, date) if {
	p := person(id)
	not _ends_before(p, date)
}

_ends_before(p, date) if {
	end := object.get(p, "employment_end", null)
	is_string(end)
	end != ""
	end < date
}
