# Exempelby kommun's own rule, beside provkoll's bundled pack: run it with
#   provkoll check --policies-extra egna-regler
# METADATA
# title: Notices about protected personal data go to the kommun's own e-mail domain
# description: |
#   Skolverket sends notices about protected personal data to the address registered for each
#   organisation number, and some need action within days. Exempelby kommun keeps such mail in
#   its own mail system, on exempelby.se or one of its subdomains, where it is secured, logged
#   and reachable when a person is away. provkoll's PSEUDO-007 already warns about free e-mail
#   services; this rule is stricter, as only the kommun can be: any other domain, such as a
#   school's or a supplier's, is reported.
# related_resources:
#   - ref: https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/informationssakerhet/sakerhet-for/
#     description: IMY, "Säkerhet för personuppgifter i e-post", "Det är varje organisations ansvar att säkerställa en säkerhetsnivå som är lämplig i förhållande till risken som behandlingen i e-post medför."
# custom:
#   id: KOMMUN-002
#   severity: warning
#   title_sv: Notiser om skyddade personuppgifter går till kommunens egen e-postdomän
#   hint: Register a function mailbox on exempelby.se for {org_nr} in Administration provtjänsten instead of {address}, and update protected_data.notice_email.address.
#   hint_sv: Registrera en funktionsbrevlåda på exempelby.se för {org_nr} i Administration provtjänsten i stället för {address} och uppdatera protected_data.notice_email.address.
#   messages:
#     foreign_domain:
#       en: "the notice e-mail for protected personal data of {org_nr} is {address}, which is not on the kommun's domain {domain}"
#       sv: "e-postadressen för notiser om skyddade personuppgifter för {org_nr} är {address}, som inte ligger på kommunens domän {domain}"
package provkoll.rules.kommun.egen_epostdoman

import data.provkoll.lib.values

_domain := "exempelby.se"

# the domain of an address: what follows its last @, in lower case
_domain_of(address) := lower(parts[count(parts) - 1]) if {
	parts := split(address, "@")
	count(parts) > 1
}

own(address) if _domain_of(address) == _domain

own(address) if endswith(_domain_of(address), concat("", [".", _domain]))

deny contains v if {
	some i, e in values.list(input.legal_entities)
	address := object.get(values.obj(e), ["protected_data", "notice_email", "address"], null)
	is_string(address)
	values.present(address)
	not own(address)
	org := sprintf("%v", [object.get(values.obj(e), "org_nr", "?")])
	v := {
		"path": ["legal_entities", i, "protected_data", "notice_email", "address"],
		"subject": org,
		"message": "foreign_domain",
		"args": {"org_nr": org, "address": address, "domain": _domain},
	}
}
