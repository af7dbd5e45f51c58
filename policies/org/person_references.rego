# METADATA
# title: Every person referenced is a configured Person
# description: |
#   People are referred to by their id everywhere in the configuration: agents and issuers of
#   powers of attorney, main contacts, the owner of the notice e-mail, the attester of the
#   pseudonymisation method, who activated the subscription or uploads the user file, the
#   preparatory roles, the data-protection officers (the organiser's and each legal entity's),
#   administrators, support contacts, approvers.
#   A reference to an id with no Person document is a typo or a person who has left, and the
#   rules that follow a person (employment end, powers of attorney) cannot see them. Skolverket
#   calls the users of Administration provtjänsten persons who log in personally; that an agent
#   must therefore be a recorded natural person is provkoll's inference.
# related_resources:
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov"; IST's presentation "DNP i IST" (IST Connect 2024, no public copy) gives the four preparatory roles to named people (Anders, Bella, Calle, Doris)
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/skolverkets-e-tjanst-administration-provtjansten
#     description: Skolverket, "Skolverkets e-tjänst Administration provtjänsten", "De personer som ska använda Administration provtjänsten kallas för ombud"
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-via-filinl%C3%A4sning.md
#     description: Skolverket, "Checklista för provisionering via filinläsning" (GitHub, 2025-09-04), step 6, "Huvudmannens ombud loggar in i Administration provtjänsten." and "Huvudmannens ombud laddar upp fil och väntar på överföringsstatus."
# custom:
#   id: ORG-006
#   severity: error
#   title_sv: Varje person som nämns finns beskriven i konfigurationen
#   hint: Add a Person document with id {id} (name, e-mail, employment_end if known), or correct the reference to an existing person's id.
#   hint_sv: Lägg till ett Person-dokument med id {id} (namn, e-post, employment_end om den är känd), eller rätta hänvisningen till en befintlig persons id.
package provkoll.rules.org.person_references

import data.provkoll.lib.people
import data.provkoll.lib.values

_entities := values.list(input.legal_entities)

# refs: every reference to an id that is not a configured Person: {"path": <path into input>,
# "id": <the id>, "what": <role>}. Absent and null references are skipped (other rules say when
# one is required). Each clause tests the id before it builds its description: building one for
# every reference, most of them good, was most of this rule's time.

refs contains {"path": ["legal_entities", i, "powers_of_attorney", j, field], "id": id, "what": what} if {
	some i, e in _entities
	some j, p in values.list(object.get(e, "powers_of_attorney", null))
	some field in ["holder", "issued_by"]
	id := object.get(p, field, null)
	id != null
	not people.is_person(id)
	what := sprintf("%s of a %v power of attorney of %s", [_field_name[field], object.get(p, "scope", "?"), _org(e)])
}

refs contains {"path": ["legal_entities", i, "main_contacts", k], "id": id, "what": what} if {
	some i, e in _entities
	some k, id in values.list(object.get(e, "main_contacts", null))
	not people.is_person(id)
	what := sprintf("main contact of %s", [_org(e)])
}

refs contains {"path": ["legal_entities", i, "protected_data", "notice_email", "owner"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["protected_data", "notice_email", "owner"], null)
	id != null
	not people.is_person(id)
	what := sprintf("owner of the notice e-mail of %s", [_org(e)])
}

refs contains {"path": ["legal_entities", i, "protected_data", "pseudonymisation", "attested_by"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["protected_data", "pseudonymisation", "attested_by"], null)
	id != null
	not people.is_person(id)
	what := sprintf("attester of the pseudonymisation method of %s", [_org(e)])
}

refs contains {"path": ["legal_entities", i, "transfer", "subscription", "activated_by"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["transfer", "subscription", "activated_by"], null)
	id != null
	not people.is_person(id)
	what := sprintf("activator of the transfer subscription of %s", [_org(e)])
}

refs contains {"path": ["legal_entities", i, "transfer", "file_uploads", k, "by"], "id": id, "what": what} if {
	some i, e in _entities
	some k, u in values.list(object.get(e, ["transfer", "file_uploads"], null))
	id := object.get(u, "by", null)
	id != null
	not people.is_person(id)
	what := sprintf("uploader of the user file of %s on %v", [_org(e), object.get(u, "date", "?")])
}

refs contains {"path": ["legal_entities", i, "gdpr", "dpo"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["gdpr", "dpo"], null)
	id != null
	not people.is_person(id)
	what := sprintf("data-protection officer of %s", [_org(e)])
}

refs contains {"path": ["organiser", "roles", role], "id": id, "what": sprintf("holder of the organiser's %s role", [role])} if {
	some role, id in values.obj(object.get(input, ["organiser", "roles"], null))
	id != null
	not people.is_person(id)
}

refs contains {"path": ["organiser", "gdpr", "dpo"], "id": id, "what": "data-protection officer"} if {
	id := object.get(input, ["organiser", "gdpr", "dpo"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["schools", i, "dnp_administrators", k], "id": id, "what": what} if {
	some i, s in values.list(input.schools)
	some k, id in values.list(object.get(s, "dnp_administrators", null))
	not people.is_person(id)
	what := sprintf("DNP administrator of school %v", [object.get(s, "id", i)])
}

refs contains {"path": ["schools", i, "support_contact"], "id": id, "what": what} if {
	some i, s in values.list(input.schools)
	id := object.get(s, "support_contact", null)
	id != null
	not people.is_person(id)
	what := sprintf("support contact of school %v", [object.get(s, "id", i)])
}

refs contains {"path": ["federation", "technical_contacts", k], "id": id, "what": "technical contact in Skolfederation"} if {
	some k, id in values.list(object.get(input, ["federation", "technical_contacts"], null))
	not people.is_person(id)
}

refs contains {"path": ["federation", "metadata", "uploaded_by"], "id": id, "what": "uploader of the federation metadata"} if {
	id := object.get(input, ["federation", "metadata", "uploaded_by"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["support", "default_contact"], "id": id, "what": "default support contact"} if {
	id := object.get(input, ["support", "default_contact"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["support", "areas", area], "id": id, "what": sprintf("support contact for %s", [area])} if {
	some area, id in values.obj(object.get(input, ["support", "areas"], null))
	id != null
	not people.is_person(id)
}

refs contains {"path": ["incident_routine", "owner"], "id": id, "what": "owner of the incident routine"} if {
	id := object.get(input, ["incident_routine", "owner"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["waivers", i, "approved_by"], "id": id, "what": what} if {
	some i, w in values.list(input.waivers)
	id := object.get(w, "approved_by", null)
	id != null
	not people.is_person(id)
	what := sprintf("approver of the waiver of %v", [object.get(w, "rule", "?")])
}

_field_name := {"holder": "holder", "issued_by": "issuer"}

_org(e) := sprintf("%v", [object.get(e, "org_nr", "?")])

deny contains v if {
	some r in refs
	id := sprintf("%v", [r.id])
	v := {
		"path": r.path,
		"subject": id,
		"msg": sprintf("%q, the %s, is not a configured Person", [id, r.what]),
		"args": {"id": id},
	}
}
