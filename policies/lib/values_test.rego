package provkoll.lib.values_test

import data.provkoll.lib.values

test_list if {
	values.list([1, 2]) == [1, 2]
	values.list(null) == []
	values.list({"a": 1}) == []
}

# A function called with an undefined argument is undefined (as in OPA): read an optional field
# with object.get before guarding it.
test_list_of_absent_field if {
	not values.list(input.missing) with input as {}
	xs := values.list(object.get(input, ["organiser", "roles"], null)) with input as {"organiser": {}}
	xs == []
}

test_obj if {
	values.obj({"a": 1}) == {"a": 1}
	values.obj(null) == {}
	values.obj([1]) == {}
}

test_iterating_a_guarded_null_is_quiet if {
	xs := [x | some x in values.list(input.n)] with input as {"n": null}
	xs == []
	ks := [k | some k, _ in values.obj(input.n)] with input as {"n": null}
	ks == []
}

test_present if {
	values.present("anders")
	values.present(false)
	values.present(0)
	not values.present(null)
	not values.present("")
	not values.present(input.missing) with input as {}
}
