package provkoll.lib.people_test

import data.provkoll.lib.people

_people := [
	{"id": "anders", "name": "Anders Exempelsson", "email": "anders@exempelby.example"},
	{"id": "bella", "name": "Bella Exempelsdotter"},
]

test_is_person if {
	people.is_person("anders") with input as {"people": _people}
	people.is_person("bella") with input as {"people": _people}
}

test_unknown_id if {
	not people.is_person("calle") with input as {"people": _people}
	not people.is_person("Anders") with input as {"people": _people}
	not people.is_person(null) with input as {"people": _people}
}

test_no_people if {
	not people.is_person("anders") with input as {}
	not people.is_person("anders") with input as {"people": []}
	not people.is_person("anders") with input as {"people": null}
}

test_person if {
	p := people.person("anders") with input as {"people": _people}
	p.name == "Anders Exempelsson"
	not people.person("calle") with input as {"people": _people}
}

test_ids if {
	ids := people.ids with input as {"people": _people}
	ids == {"anders", "bella"}
}

test_person_takes_the_first_of_duplicate_ids if {
	inp := {"people": [{"id": "b", "name": "B"}, {"id": "a", "name": "First"}, {"id": "a", "name": "Second"}]}
	p := people.person("a") with input as inp
	p.name == "First"
	q := people.person("b") with input as inp
	q.name == "B"
}

_dated := {
	"context": {"as_of": "2026-11-25"},
	"people": [
		{"id": "gone", "name": "G", "employment_end": "2026-10-31"},
		{"id": "leaving", "name": "L", "employment_end": "2027-03-12"},
		{"id": "staying", "name": "S"},
	],
}

test_has_left_only_before_as_of if {
	people.has_left("gone") with input as _dated
	not people.has_left("leaving") with input as _dated
	not people.has_left("staying") with input as _dated
	not people.has_left("nobody") with input as _dated
}

test_employed_through_a_date if {
	people.employed_through("leaving", "2027-03-12") with input as _dated
	not people.employed_through("leaving", "2027-03-19") with input as _dated
	people.employed_through("staying", "2099-01-01") with input as _dated
	not people.employed_through("nobody", "2026-11-25") with input as _dated
}
