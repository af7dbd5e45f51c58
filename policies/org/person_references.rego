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
#   per_item: [legal_entities, schools, waivers]
#   title_sv: Varje person som nämns finns beskriven i konfigurationen
#   hint: Add a Person document with id {id} (name, e-mail, employment_end if known), or correct the reference to an existing person's id.
#   hint_sv: Lägg till ett Person-dokument med id {id} (namn, e-post, employment_end om den är känd), eller rätta hänvisningen till en befintlig persons id.
#   messages:
#     not_a_person:
#       en: "\"{id}\", the {what}, is not a configured Person"
#       sv: "\"{id}\", {what}, finns inte bland personerna i konfigurationen"
#     poa_holder:
#       en: "holder of a {scope} power of attorney of {org}"
#       sv: "innehavaren av en fullmakt ({scope}) för {org}"
#     poa_issuer:
#       en: "issuer of a {scope} power of attorney of {org}"
#       sv: "utfärdaren av en fullmakt ({scope}) för {org}"
#     main_contact:
#       en: "main contact of {org}"
#       sv: "huvudkontaktpersonen för {org}"
#     notice_owner:
#       en: "owner of the notice e-mail of {org}"
#       sv: "ägaren till e-postadressen för notiser för {org}"
#     attester:
#       en: "attester of the pseudonymisation method of {org}"
#       sv: "den som intygade pseudonymiseringsmetoden för {org}"
#     activator:
#       en: "activator of the transfer subscription of {org}"
#       sv: "den som aktiverade prenumerationen för överföring för {org}"
#     uploader:
#       en: "uploader of the user file of {org} on {date}"
#       sv: "den som laddade upp användarfilen för {org} {date}"
#     entity_dpo:
#       en: "data-protection officer of {org}"
#       sv: "dataskyddsombudet för {org}"
#     role_holder:
#       en: "holder of the organiser's {role} role"
#       sv: "innehavaren av huvudmannens roll {role}"
#     dpo:
#       en: "data-protection officer"
#       sv: "dataskyddsombudet"
#     dnp_administrator:
#       en: "DNP administrator of school {school}"
#       sv: "DNP-administratören på skolenheten {school}"
#     school_support_contact:
#       en: "support contact of school {school}"
#       sv: "supportkontakten för skolenheten {school}"
#     technical_contact:
#       en: "technical contact in Skolfederation"
#       sv: "den tekniska kontakten i Skolfederation"
#     metadata_uploader:
#       en: "uploader of the federation metadata"
#       sv: "den som laddade upp federationsmetadata"
#     default_support_contact:
#       en: "default support contact"
#       sv: "standardkontakten för support"
#     area_support_contact:
#       en: "support contact for {area}"
#       sv: "supportkontakten för {area}"
#     incident_routine_owner:
#       en: "owner of the incident routine"
#       sv: "ägaren till incidentrutinen"
#     waiver_approver:
#       en: "approver of the waiver of {rule}"
#       sv: "den som godkände undantaget för {rule}"
package provkoll.rules.org.person_references

import data.provkoll.lib.people
import data.provkoll.lib.values

_entities := values.list(input.legal_entities)

# refs: every reference to an id that is not a configured Person: {"path": <path into input>,
# "id": <the id>, "what": <the role, as a message of this rule>}. Absent and null references are skipped (other rules say when
# one is required). Each clause tests the id before it builds its description: building one for
# every reference, most of them good, was most of this rule's time.

refs contains {"path": ["legal_entities", i, "powers_of_attorney", j, field], "id": id, "what": what} if {
	some i, e in _entities
	some j, p in values.list(object.get(e, "powers_of_attorney", null))
	some field in ["holder", "issued_by"]
	id := object.get(p, field, null)
	id != null
	not people.is_person(id)
	what := {"message": _poa_key[field], "args": {"scope": sprintf("%v", [object.get(p, "scope", "?")]), "org": _org(e)}}
}

refs contains {"path": ["legal_entities", i, "main_contacts", k], "id": id, "what": what} if {
	some i, e in _entities
	some k, id in values.list(object.get(e, "main_contacts", null))
	not people.is_person(id)
	what := {"message": "main_contact", "args": {"org": _org(e)}}
}

refs contains {"path": ["legal_entities", i, "protected_data", "notice_email", "owner"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["protected_data", "notice_email", "owner"], null)
	id != null
	not people.is_person(id)
	what := {"message": "notice_owner", "args": {"org": _org(e)}}
}

refs contains {"path": ["legal_entities", i, "protected_data", "pseudonymisation", "attested_by"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["protected_data", "pseudonymisation", "attested_by"], null)
	id != null
	not people.is_person(id)
	what := {"message": "attester", "args": {"org": _org(e)}}
}

refs contains {"path": ["legal_entities", i, "transfer", "subscription", "activated_by"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["transfer", "subscription", "activated_by"], null)
	id != null
	not people.is_person(id)
	what := {"message": "activator", "args": {"org": _org(e)}}
}

refs contains {"path": ["legal_entities", i, "transfer", "file_uploads", k, "by"], "id": id, "what": what} if {
	some i, e in _entities
	some k, u in values.list(object.get(e, ["transfer", "file_uploads"], null))
	id := object.get(u, "by", null)
	id != null
	not people.is_person(id)
	what := {"message": "uploader", "args": {"org": _org(e), "date": sprintf("%v", [object.get(u, "date", "?")])}}
}

refs contains {"path": ["legal_entities", i, "gdpr", "dpo"], "id": id, "what": what} if {
	some i, e in _entities
	id := object.get(e, ["gdpr", "dpo"], null)
	id != null
	not people.is_person(id)
	what := {"message": "entity_dpo", "args": {"org": _org(e)}}
}

refs contains {"path": ["organiser", "roles", role], "id": id, "what": {"message": "role_holder", "args": {"role": role}}} if {
	some role, id in values.obj(object.get(input, ["organiser", "roles"], null))
	id != null
	not people.is_person(id)
}

refs contains {"path": ["organiser", "gdpr", "dpo"], "id": id, "what": {"message": "dpo", "args": {}}} if {
	id := object.get(input, ["organiser", "gdpr", "dpo"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["schools", i, "dnp_administrators", k], "id": id, "what": what} if {
	some i, s in values.list(input.schools)
	some k, id in values.list(object.get(s, "dnp_administrators", null))
	not people.is_person(id)
	what := {"message": "dnp_administrator", "args": {"school": sprintf("%v", [object.get(s, "id", i)])}}
}

refs contains {"path": ["schools", i, "support_contact"], "id": id, "what": what} if {
	some i, s in values.list(input.schools)
	id := object.get(s, "support_contact", null)
	id != null
	not people.is_person(id)
	what := {"message": "school_support_contact", "args": {"school": sprintf("%v", [object.get(s, "id", i)])}}
}

refs contains {"path": ["federation", "technical_contacts", k], "id": id, "what": {"message": "technical_contact", "args": {}}} if {
	some k, id in values.list(object.get(input, ["federation", "technical_contacts"], null))
	not people.is_person(id)
}

refs contains {"path": ["federation", "metadata", "uploaded_by"], "id": id, "what": {"message": "metadata_uploader", "args": {}}} if {
	id := object.get(input, ["federation", "metadata", "uploaded_by"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["support", "default_contact"], "id": id, "what": {"message": "default_support_contact", "args": {}}} if {
	id := object.get(input, ["support", "default_contact"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["support", "areas", area], "id": id, "what": {"message": "area_support_contact", "args": {"area": area}}} if {
	some area, id in values.obj(object.get(input, ["support", "areas"], null))
	id != null
	not people.is_person(id)
}

refs contains {"path": ["incident_routine", "owner"], "id": id, "what": {"message": "incident_routine_owner", "args": {}}} if {
	id := object.get(input, ["incident_routine", "owner"], null)
	id != null
	not people.is_person(id)
}

refs contains {"path": ["waivers", i, "approved_by"], "id": id, "what": what} if {
	some i, w in values.list(input.waivers)
	id := object.get(w, "approved_by", null)
	id != null
	not people.is_person(id)
	what := {"message": "waiver_approver", "args": {"rule": sprintf("%v", [object.get(w, "rule", "?")])}}
}

_poa_key := {"holder": "poa_holder", "issued_by": "poa_issuer"}

_org(e) := sprintf("%v", [object.get(e, "org_nr", "?")])

deny contains v if {
	some r in refs
	id := sprintf("%v", [r.id])
	v := {
		"path": r.path,
		"subject": id,
		"message": "not_a_person",
		"args": {"id": id, "what": r.what},
	}
}
