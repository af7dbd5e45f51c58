package provkoll.lib.nodes_test

import data.provkoll.lib.nodes

test_every_nested_string_is_found_with_its_path if {
	found := nodes.strings with input as {"people": [{"id": "a", "notes": "x"}], "context": {"as_of": "2026-11-25"}}
	[["people", 0, "notes"], "x"] in found
	[["people", 0, "id"], "a"] in found
}

test_context_is_left_out if {
	found := nodes.strings with input as {"context": {"as_of": "2026-11-25"}}
	count({s | some [_, s] in found; s == "2026-11-25"}) == 0
}

test_keys_are_found_at_their_mapping if {
	found := nodes.strings with input as {"organiser": {"notes": {"secret": 1}}}
	[["organiser", "notes"], "secret"] in found
}
