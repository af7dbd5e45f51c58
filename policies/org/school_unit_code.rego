# METADATA
# title: Every school has its own eight-digit skolenhetskod
# description: |
#   Skolverket fetches the school units from Skolenhetsregistret before the digital national
#   tests, and identifies each by its skolenhetskod (school unit code); the organiser must make
#   sure the register is correct. A school in this configuration is matched to the register, and
#   to what the school-data system sends, by its school_unit_code, so each school needs one, in
#   the register's form (eight digits, quoted so that a leading zero is kept), and no two schools
#   may share one: the second school with a code is reported, naming the first. A school
#   without a code is an error too, as nothing ties it to a unit Skolverket knows. The
#   eight-digit form is taken from the codes Skolverket publishes (its open-data API's example
#   is "31279295"); no source provkoll found states the length as a rule. Whether a code is
#   registered, provkoll cannot check.
# related_resources:
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/teknisk-checklista-for-digitala-nationella-prov
#     description: Skolverket, "Teknisk checklista för digitala nationella prov", heading "Skolenhetsregistret innehåller korrekta uppgifter", then "Uppgifterna i skolenhetsregistret är uppdaterade och korrekta. Skolverket hämtar uppgifter från skolenhetsregistret inför genomförandet av digitala nationella prov och bedömningsstöd."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/open-data-api/provisioning-data-api.yaml
#     description: Skolverket, Open-data API (OpenAPI, GitHub), SchoolUnit, "En skolenhet är en administrativ enhet där lärare och/eller elever finns och som har en skolenhetskod i Skolverkets skolenhetsregister."; schoolUnitCode, "En registrerad skolenhetskod för att identifiera skolenheten.", example "31279295"
#   - ref: https://www.skolverket.se/skolutveckling/skolenhetsregistret/vanliga-fragor-och-svar-om-skolenhetsregistret
#     description: Skolverket, "Vanliga frågor och svar om skolenhetsregistret", "Huvudmännen ansvarar för att deras uppgifter i skolenhetsregistret är korrekta."
# custom:
#   id: ORG-008
#   severity: error
#   title_sv: Varje skola har en egen åttasiffrig skolenhetskod
#   hint: Copy the skolenhetskod of {school} from Skolenhetsregistret and write it as eight digits in quotes (school_unit_code "12345678"); two schools never share a code, so check which of them the code belongs to.
#   hint_sv: Hämta skolenhetskoden för {school} från skolenhetsregistret och skriv den som åtta siffror inom citattecken (school_unit_code "12345678"); två skolor delar aldrig kod, så kontrollera vilken av dem koden tillhör.
#   messages:
#     missing:
#       en: "school {school} records no school_unit_code (skolenhetskod)"
#       sv: "skolenheten {school} saknar skolenhetskod (school_unit_code)"
#     not_eight_digits:
#       en: "the school_unit_code of school {school}, \"{code}\", is not a skolenhetskod: eight digits are expected"
#       sv: "skolenhetskoden för skolenheten {school}, \"{code}\", är ingen skolenhetskod: den ska vara åtta siffror"
#     repeated:
#       en: "school {school} has school_unit_code {code}, which school {first} already has"
#       sv: "skolenheten {school} har skolenhetskoden {code}, som skolenheten {first} redan har"
package provkoll.rules.org.school_unit_code

import data.provkoll.lib.values

_schools := values.list(input.schools)

_id(i, s) := sprintf("%v", [object.get(s, "id", sprintf("schools[%d]", [i]))])

# eight ASCII digits (trimming the digits leaves nothing; a regular expression here was most of
# this rule's time, one match per school)
well_formed(code) if {
	is_string(code)
	count(code) == 8
	trim(code, "0123456789") == ""
}

# a school without a code
deny contains v if {
	some i, s in _schools
	not values.present(object.get(s, "school_unit_code", null))
	id := _id(i, s)
	v := {
		"path": ["schools", i, "school_unit_code"],
		"subject": id,
		"message": "missing",
		"args": {"school": id},
	}
}

# a code that is not eight digits
deny contains v if {
	some i, s in _schools
	code := object.get(s, "school_unit_code", null)
	values.present(code)
	not well_formed(code)
	id := _id(i, s)
	v := {
		"path": ["schools", i, "school_unit_code"],
		"subject": id,
		"message": "not_eight_digits",
		"args": {"school": id, "code": sprintf("%v", [code])},
	}
}

# [code, index] of every well-formed code, sorted: equal codes end up side by side (linear after
# the sort, no comparison of every school with every other)
_pairs := sort([[code, i] |
	some i, s in _schools
	code := object.get(s, "school_unit_code", null)
	well_formed(code)
])

# a school that repeats an earlier school's code (each repeat names the first with the code)
deny contains v if {
	count(_pairs) > 1
	some k in numbers.range(1, count(_pairs) - 1)
	_pairs[k][0] == _pairs[k - 1][0]
	code := _pairs[k][0]
	first := _first_of[code]
	i := _pairs[k][1]
	id := _id(i, _schools[i])
	v := {
		"path": ["schools", i, "school_unit_code"],
		"subject": id,
		"message": "repeated",
		"args": {"school": id, "code": code, "first": _id(first, _schools[first])},
	}
}

# the codes that repeat, and for each the index of its first school (the smallest index, as
# the pairs are sorted): one pass, whatever the number of schools
_repeated := {_pairs[k][0] |
	count(_pairs) > 1
	some k in numbers.range(1, count(_pairs) - 1)
	_pairs[k][0] == _pairs[k - 1][0]
}

_first_of := {pair[0]: pair[1] |
	some m, pair in _pairs
	pair[0] in _repeated
	_starts_group(m)
}

_starts_group(0) := true

_starts_group(m) if {
	m > 0
	_pairs[m - 1][0] != _pairs[m][0]
}
