package provkoll.lib.nodes_test

import data.provkoll.lib.nodes
import data.provkoll.lib.testdata

_inp := {"people": [{"id": "a", "notes": "x"}], "organiser": {"notes": {"secret": 1}}, "context": {"as_of": "2026-11-25"}}

test_every_nested_string_is_found_with_its_path if {
	found := nodes.strings with input as testdata.indexed(_inp)
	[["people", 0, "notes"], "x"] in found
	[["people", 0, "id"], "a"] in found
}

test_context_is_left_out if {
	found := nodes.strings with input as testdata.indexed(_inp)
	count([s | some [_, s] in found; s == "2026-11-25"]) == 0
}

test_keys_are_found_at_their_mapping if {
	found := nodes.keys with input as testdata.indexed(_inp)
	[["organiser", "notes"], "secret"] in found
	[[], "people"] in found
}

test_the_lists_provkoll_gives_are_used_as_they_are if {
	inp := object.union(_inp, {"context": {"strings": [[["x"], "given"]], "keys": []}})
	found := nodes.strings with input as inp
	found == [[["x"], "given"]]
}

test_without_the_lists_nothing_is_scanned if {
	found := nodes.strings with input as _inp
	found == []
}
