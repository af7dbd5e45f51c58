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

test_the_texts_provkoll_gives_are_used_as_they_are if {
	inp := object.union(_inp, {"context": {"value_lines": ["[\"x\"]\t\"given\""], "key_lines": []}})
	found := nodes.values_matching("giv") with input as inp
	found == {[["x"], "given"]}
}

test_every_piece_of_a_text_is_searched if {
	pieces := ["[\"a\"]\t\"given\"\n[\"b\"]\t\"other\"", "[\"c\"]\t\"given too\""]
	inp := object.union(_inp, {"context": {"value_lines": pieces, "key_lines": []}})
	found := nodes.values_matching("giv") with input as inp
	found == {[["a"], "given"], [["c"], "given too"]}
}

test_without_the_texts_nothing_is_scanned if {
	found := nodes.matching(".") with input as _inp
	found == set()
}
