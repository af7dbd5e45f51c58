# Person lookup. People are always referred to by their `id` (config-format.md).
package provkoll.lib.people

import data.provkoll.lib.values

# ids: the set of configured Person ids.
ids := {p.id | some p in values.list(input.people); is_string(p.id)}

# is_person(id) is true when id names a configured Person.
is_person(id) if {
	is_string(id)
	id in ids
}

# The first Person document of each id, built once: a lookup per call instead of a scan of all
# people (a scan per legal entity or role holder made PSEUDO-006 quadratic).
# Sorting (id, position) pairs puts each id's first document first among its equals.
_pairs := sort([[p.id, i] | some i, p in values.list(input.people); is_string(p.id)])

_first_index := {pair[0]: pair[1] |
	some k, pair in _pairs
	_starts_group(k)
}

_starts_group(0) := true

_starts_group(k) if {
	k > 0
	_pairs[k - 1][0] != _pairs[k][0]
}

# person(id): the first Person document with that id (undefined when there is none).
person(id) := input.people[_first_index[id]] if is_string(id)
