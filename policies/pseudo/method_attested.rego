# METADATA
# title: An own or fictitious-users pseudonymisation method is attested
# description: |
#   An organiser that wants to avoid Skolverket's pseudonymisation must attest its own method in
#   Administration provtjänsten; until it does, Skolverket's platform still pseudonymises. Record
#   when (attested_on) and by whom (attested_by) the method was attested, so that the attestation
#   can be checked against the attester's power of attorney. Both own and fictitious_users
#   (fictitious users with a TF-nummer in the real groups) are the organiser's own
#   pseudonymisation, so both need the attestation; that fictitious users count as such is
#   provkoll's inference from Skolon's help article "Hantering av sekretessmarkerade elever"
#   (2024-10-09), which offers them as a way to do the pseudonymisation yourselves.
#   intermediary_file (users with protected identity uploaded to the intermediary by file) and
#   skolverket leave the pseudonymisation to Skolverket, so they need no attestation: also an
#   inference, as no source says that uploading by file avoids Skolverket's pseudonymisation.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Om ni vill undvika Skolverkets pseudonymisering är det viktigt att ni intygar er pseudonymiseringsmetod och följer instruktionerna."
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov"; in IST's presentation "DNP i IST" (IST Connect 2024, no public copy) "Han kan också välja att intyga befintlig pseudonymiseringsmetod för att Skolverkets plattform inte ska pseudonymisera information för skyddade personer."
# custom:
#   id: PSEUDO-002
#   severity: error
#   title_sv: En egen pseudonymiseringsmetod eller fiktiva användare är intygad
#   hint: Have the agent for protected personal data of {org_nr} attest the method in Administration provtjänsten, then record protected_data.pseudonymisation.{field}.
#   hint_sv: Låt ombudet för skyddade personuppgifter för {org_nr} intyga metoden i Administration provtjänsten och för sedan in protected_data.pseudonymisation.{field}.
#   messages:
#     no_attested_on:
#       en: "the {method} pseudonymisation method of {name} ({org_nr}) does not record when it was attested (attested_on)"
#       sv: "pseudonymiseringsmetoden {method} för {name} ({org_nr}) anger inte när den intygades (attested_on)"
#     no_attested_by:
#       en: "the {method} pseudonymisation method of {name} ({org_nr}) does not record who attested it (attested_by)"
#       sv: "pseudonymiseringsmetoden {method} för {name} ({org_nr}) anger inte vem som intygade den (attested_by)"
package provkoll.rules.pseudo.method_attested

import data.provkoll.lib.values

_needs_attestation := {"own", "fictitious_users"}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	ps := object.get(e, ["protected_data", "pseudonymisation"], null)
	method := object.get(values.obj(ps), "method", null)
	method in _needs_attestation
	some field in ["attested_on", "attested_by"]
	not values.present(object.get(ps, field, null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "pseudonymisation", field],
		"subject": org,
		"message": sprintf("no_%s", [field]),
		"args": {"org_nr": org, "field": field, "method": method, "name": sprintf("%v", [object.get(e, "name", org)])},
	}
}
