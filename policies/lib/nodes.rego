# The configuration's strings with their paths into `input`, for the rules that look at every
# value (personal data and secrets). provkoll lists them once, in `input.context.strings` and
# `input.context.keys`, because walking the whole input in each rule took most of a check's
# time; without those lists (a rule test's own input) they are found with `walk`. `context`
# itself is the tool's own and is left out.
package provkoll.lib.nodes

_config := object.remove(input, ["context"])

# texts: [path, string] for every string value.
texts := t if {
	t := input.context.strings
	is_array(t)
} else := [[path, node] |
	walk(_config, [path, node])
	is_string(node)
]

# keys: [path of the mapping, key] for every mapping key.
keys := k if {
	k := input.context.keys
	is_array(k)
} else := [[path, key] |
	walk(_config, [path, node])
	is_object(node)
	some key, _ in node
	is_string(key)
]

# strings: every string value and every mapping key, each with the path where it is written
# (a key at the mapping that holds it).
strings := array.concat(texts, keys)
