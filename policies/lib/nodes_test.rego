package provkoll.lib.nodes_test

import data.provkoll.lib.nodes
import data.provkoll.lib.testdata

_inp := {"people": [{"id": "a", "notes": "x\ty \"z\"\nw"}], "organiser": {"notes": {"secret": 1}}, "context": {"as_of": "2026-11-25"}}

test_a_matching_string_is_found_with_its_path_and_its_exact_text if {
	found := nodes.values_matching("y") with input as testdata.indexed(_inp)
	found == {[["people", 0, "notes"], "x\ty \"z\"\nw"]}
}

test_every_nested_string_is_a_line if {
	found := nodes.values_matching(".") with input as testdata.indexed(_inp)
	[["people", 0, "id"], "a"] in found
	count(found) == 2
}

test_the_path_is_not_searched if {
	found := nodes.values_matching("people") with input as testdata.indexed(_inp)
	found == set()
}

test_context_is_left_out if {
	found := nodes.matching("2026") with input as testdata.indexed(_inp)
	found == set()
}

test_keys_are_found_at_their_mapping if {
	found := nodes.keys_matching("secret") with input as testdata.indexed(_inp)
	found == {[["organiser", "notes"], "secret"]}
	[[], "people"] in nodes.keys_matching("peo") with input as testdata.indexed(_inp)
	count(nodes.matching("secret")) == 1 with input as testdata.indexed(_inp)
}

test_the_text_provkoll_gives_is_used_as_it_is if {
	inp := object.union(_inp, {"context": {"lines": ["[\"x\"]\t{\"k\":\"given\"}"]}})
	found := nodes.values_matching("giv") with input as inp
	found == {[["x", "k"], "given"]}
}

test_every_piece_of_the_text_is_searched if {
	pieces := [
		"[\"a\"]\t{\"k\":\"given\"}\n[\"b\"]\t{\"k\":\"other\"}",
		"[\"c\"]\t[null,\"given too\"]",
	]
	inp := object.union(_inp, {"context": {"lines": pieces}})
	found := nodes.values_matching("giv") with input as inp
	found == {[["a", "k"], "given"], [["c", 1], "given too"]}
}

test_a_value_is_found_by_itself_not_by_its_neighbours_or_its_key if {
	inp := {"people": [{"given": "x", "notes": "y", "id": "a-given-id"}]}
	found := nodes.values_matching("giv") with input as testdata.indexed(inp)
	found == {[["people", 0, "id"], "a-given-id"]}
	keys := nodes.keys_matching("giv") with input as testdata.indexed(inp)
	keys == {[["people", 0], "given"]}
}

test_a_list_item_is_found_at_its_index if {
	inp := {"schools": [{"admins": ["a", 7, "b-secret"]}]}
	found := nodes.values_matching("secret") with input as testdata.indexed(inp)
	found == {[["schools", 0, "admins", 2], "b-secret"]}
}

test_without_the_text_nothing_is_scanned if {
	found := nodes.matching(".") with input as _inp
	found == set()
}
