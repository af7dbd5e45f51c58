# METADATA
# title: Every school's legal entity is configured, once
# description: |
#   An independent organiser whose schools belong to companies with different organisation
#   numbers must do every preparatory step (power of attorney, notice e-mail, pseudonymisation
#   method) for each of those companies: "alla steg göras för samtliga bolag", in Skolon's help
#   article "Hantering av sekretessmarkerade elever" (2024-10-09); Skolverket's documents
#   likewise speak of every huvudman, identified by its organisation number. So every school's
#   legal_entity must be a configured LegalEntity, where those steps are recorded and checked;
#   and each organisation number may be configured only once, or the two copies could disagree.
#   Numbers are compared by their 10 digits, so 212999-9997, 2129999997 and 162129999997 are the
#   same entity.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Varje huvudman behöver utse och ge fullmakt till minst en person som hanterar skyddade personuppgifter."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: Skolverket, authentication API README (GitHub), "Klientcertifikatet används för att identifiera huvudmannen. Därför ska varje huvudman ha minst ett klientcertifikat. Leverantörer som hanterar överföring av uppgifter för flera huvudmän behöver tillhandahålla minst ett klientcertifikat per huvudman."; "Klientcertifikatet ska ha en koppling till huvudmannens organisationsnummer."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-via-filinl%C3%A4sning.md
#     description: Skolverket, "Checklista för provisionering via filinläsning" (GitHub, 2025-09-04), step 6, "Om en person är ombud för flera huvudmän väljer ombudet den huvudman som hen kommer att överföra uppgifter för."
# custom:
#   id: ORG-002
#   severity: error
#   title_sv: Varje skolas juridiska person finns beskriven, och bara en gång
#   hint: Add one LegalEntity document per organisation number that owns a school (with its own powers_of_attorney and protected_data), set each school's legal_entity to one of them, and merge or remove a LegalEntity that repeats an org_nr.
#   hint_sv: Lägg till ett LegalEntity-dokument per organisationsnummer som äger en skola (med egna powers_of_attorney och protected_data), låt varje skolas legal_entity peka på ett av dem, och slå ihop eller ta bort en LegalEntity som upprepar ett org_nr.
#   messages:
#     not_configured:
#       en: "school {school} belongs to {org_nr}, which is not a configured LegalEntity"
#       sv: "skolenheten {school} hör till {org_nr}, som inte finns bland de juridiska personerna i konfigurationen"
#     no_entity:
#       en: "school {school} names no legal_entity"
#       sv: "skolenheten {school} anger ingen legal_entity"
#     repeated:
#       en: "organisation number {org_nr} is configured again: legal_entities[{first}] ({first_name}) and legal_entities[{again}] ({name})"
#       sv: "organisationsnumret {org_nr} förekommer två gånger: legal_entities[{first}] ({first_name}) och legal_entities[{again}] ({name})"
package provkoll.rules.org.entity_per_org_nr

import data.provkoll.lib.idnum
import data.provkoll.lib.values

_entities := values.list(input.legal_entities)

# the comparison keys of the configured organisation numbers
_keys := {idnum.org_nr_key(e.org_nr) | some e in _entities; is_string(e.org_nr)}

_configured(le) if {
	is_string(le)
	idnum.org_nr_key(le) in _keys
}

# the legal_entity values schools name that are not configured: each distinct value is checked
# once (ten schools share an entity; the check costs two regular expressions)
_unconfigured := {le |
	some le in {object.get(s, "legal_entity", null) | some s in values.list(input.schools)}
	values.present(le)
	not _configured(le)
}

# a school whose legal_entity is not configured
deny contains v if {
	count(_unconfigured) > 0
	some i, s in values.list(input.schools)
	le := object.get(s, "legal_entity", null)
	le in _unconfigured
	id := object.get(s, "id", sprintf("schools[%d]", [i]))
	v := {
		"path": ["schools", i, "legal_entity"],
		"subject": id,
		"message": "not_configured",
		"args": {"school": id, "org_nr": sprintf("%v", [le])},
	}
}

# a school that names no legal entity
deny contains v if {
	some i, s in values.list(input.schools)
	not values.present(object.get(s, "legal_entity", null))
	id := object.get(s, "id", sprintf("schools[%d]", [i]))
	v := {
		"path": ["schools", i, "legal_entity"],
		"subject": id,
		"message": "no_entity",
		"args": {"school": id, "org_nr": ""},
	}
}

# [key, index] of every entity, sorted: equal keys end up side by side (linear after the sort,
# no comparison of every entity with every other)
_pairs := sort([[idnum.org_nr_key(e.org_nr), i] | some i, e in _entities; is_string(e.org_nr)])

# a legal entity that repeats an earlier one's organisation number
deny contains v if {
	count(_pairs) > 1
	some j in numbers.range(1, count(_pairs) - 1)
	_pairs[j][0] == _pairs[j - 1][0]
	i := _pairs[j][1]
	first := _pairs[j - 1][1]
	e := _entities[i]
	v := {
		"path": ["legal_entities", i, "org_nr"],
		"subject": e.org_nr,
		"message": "repeated",
		"args": {
			"school": "",
			"org_nr": e.org_nr,
			"first": sprintf("%d", [first]),
			"first_name": sprintf("%v", [object.get(_entities[first], "name", "?")]),
			"again": sprintf("%d", [i]),
			"name": sprintf("%v", [object.get(e, "name", "?")]),
		},
	}
}
