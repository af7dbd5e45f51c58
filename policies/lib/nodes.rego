# The configuration's strings with their paths into `input`, for the rules that look at every
# value (personal data and secrets). provkoll writes them once as two texts in `input.context`,
# one line per string: the path as JSON, a tab, the string as JSON, like
#   ["legal_entities",0,"notes"]	"Kontakt via växeln"
# Each text is an array of pieces of whole lines (a large repo's text is tens of megabytes, and
# provkoll hands it to the engine a piece at a time so that it is never held twice).
# `value_lines` holds every string value; `key_lines` every mapping key, at the path of the
# mapping that holds it. A rule searches a text with one regular expression and parses only the
# lines that matched: iterating over every string in Rego cost more than the rest of a check, a
# list of [path, string] pairs held a copy of every path in memory, and the compiled engine (RVM)
# has no `walk`. Rule tests build the same texts with `testdata.indexed`.
package provkoll.lib.nodes

value_lines := t if {
	t := input.context.value_lines
	is_array(t)
} else := []

key_lines := t if {
	t := input.context.key_lines
	is_array(t)
} else := []

# values_matching(re): {[path, string]} for every string value whose JSON form holds a match of
# re. re is searched inside a JSON string literal, so it must not need quotes, backslashes or
# control characters to match, nor span a line; test the parsed string again for anything exact.
values_matching(re) := _matching(re, value_lines)

# keys_matching(re): {[path of the mapping, key]} for every mapping key whose JSON form holds a
# match of re, on the same terms as values_matching.
keys_matching(re) := _matching(re, key_lines)

# matching(re): values_matching(re) and keys_matching(re) together.
matching(re) := values_matching(re) | keys_matching(re)

# A search for re alone comes first: it is many times faster than the search for whole lines,
# and usually finds nothing.
_matching(re, texts) := {entry |
	some text in texts
	regex.match(re, text)
	some line in regex.find_n(_line_pattern(re), text, -1)
	entry := _parse(line)
}

# A whole line whose string part (after the tab; JSON escapes tabs and line breaks inside
# strings, so the first tab ends the path) holds a match of re.
_line_pattern(re) := sprintf("(?m)^[^\t\n]*\t[^\n]*(?:%s)[^\n]*$", [re])

_parse(line) := [json.unmarshal(parts[0]), json.unmarshal(parts[1])] if {
	parts := split(line, "\t")
}
