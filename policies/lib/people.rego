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

# person(id): the first Person document with that id (undefined when there is none).
person(id) := ps[0] if {
	is_string(id)
	ps := [p | some p in values.list(input.people); p.id == id]
	count(ps) > 0
}
