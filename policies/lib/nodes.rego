# The configuration's strings and keys with their paths into `input`, for the rules that look at
# every value (personal data and secrets). provkoll writes them once as a text in
# `input.context.lines`, one line per mapping and per list that holds a string or a key: its path
# as JSON, a tab, and its strings and keys as JSON, a mapping with every key (and null where a
# value is no string) and a list with null where an item is no string, like
#   ["schools",0]	{"dnp_administrators":null,"id":"ekbacken","name":"Ekbackens skola"}
#   ["schools",0,"dnp_administrators"]	["anna-lind","bo-ek"]
# The text is an array of pieces of whole lines: a large repo's text is megabytes, and provkoll
# hands it to the engine a piece at a time so that it is never held twice. A rule searches the
# text with one regular expression and parses only the lines that matched: iterating over every
# string in Rego cost more than the rest of a check, a list of [path, string] pairs held a copy
# of every path in memory, and the compiled engine (RVM) has no `walk`. Rule tests build the
# same text with `testdata.indexed`.
package provkoll.lib.nodes

lines := t if {
	t := input.context.lines
	is_array(t)
} else := []

# values_matching(re): {[path, string]} for every string value that holds a match of re. re is
# searched first in the JSON form of the line, so it must not need quotes, backslashes or
# control characters to match, nor span a line; each string found is then tested on its own.
values_matching(re) := _values(re, _matching(re))

# keys_matching(re): {[path of the mapping, key]} for every mapping key that holds a match of
# re, on the same terms as values_matching.
keys_matching(re) := _keys(re, _matching(re))

# matching(re): values_matching(re) and keys_matching(re) together, from one search of the text.
matching(re) := _values(re, found) | _keys(re, found) if {
	found := _matching(re)
}

_values(re, found) := {[array.concat(path, [k]), s] |
	some [path, node] in found
	some k, s in node
	is_string(s)
	regex.match(re, s)
}

_keys(re, found) := {[path, k] |
	some [path, node] in found
	is_object(node)
	some k, _ in node
	regex.match(re, k)
}

# A search for re alone comes first: it is many times faster than the search for whole lines,
# and usually finds nothing.
_matching(re) := {entry |
	some text in lines
	regex.match(re, text)
	some line in regex.find_n(_line_pattern(re), text, -1)
	entry := _parse(line)
}

# A whole line whose JSON part (after the tab; JSON escapes tabs and line breaks inside strings,
# so the first tab ends the path) holds a match of re.
_line_pattern(re) := sprintf("(?m)^[^\t\n]*\t[^\n]*(?:%s)[^\n]*$", [re])

_parse(line) := [json.unmarshal(parts[0]), json.unmarshal(parts[1])] if {
	parts := split(line, "\t")
}
