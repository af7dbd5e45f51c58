# Every node of the configuration with its path into `input`, for the rules that look at every
# value (personal data and secrets). `context` is the tool's own and is left out.
package provkoll.lib.nodes

all contains [path, node] if {
	walk(object.remove(input, ["context"]), [path, node])
}

# every string value, and every mapping key (located at the mapping that holds it)
strings contains [path, node] if {
	some [path, node] in all
	is_string(node)
}

strings contains [path, key] if {
	some [path, node] in all
	is_object(node)
	some key, _ in node
	is_string(key)
}
