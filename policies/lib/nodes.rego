# The configuration's strings with their paths into `input`, for the rules that look at every
# value (personal data and secrets). provkoll lists them once, in `input.context.strings` and
# `input.context.keys`, because walking the whole input in each rule took most of a check's
# time, and because the compiled engine (RVM) has no `walk`. Rule tests build the same lists
# with `testdata.indexed`.
package provkoll.lib.nodes

# texts: [path, string] for every string value.
texts := t if {
	t := input.context.strings
	is_array(t)
} else := []

# keys: [path of the mapping, key] for every mapping key.
keys := k if {
	k := input.context.keys
	is_array(k)
} else := []

# strings: every string value and every mapping key, each with the path where it is written
# (a key at the mapping that holds it).
strings := array.concat(texts, keys)

# all_text: every string of `strings`, one per line (`input.context.text`), for a rule to search
# the whole configuration with one regular expression before it looks at single strings. A line
# break is neither a digit, `-` nor `+`, so no number runs across two strings.
all_text := t if {
	t := input.context.text
	is_string(t)
} else := ""
