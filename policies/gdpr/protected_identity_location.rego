# METADATA
# title: Protected identities are not processed outside the EU/EEA
# description: |
#   Pupils with protected personal data (sekretessmarkering, skyddad folkbokföring) have them
#   because someone is a concrete threat to them, and Skolverket counts their exposure as an
#   incident to report to IMY. A processor that handles them (personal_data lists
#   protected_identity) and processes data outside the EU/EEA, itself or through a
#   sub-processor, puts them where EU law does not reach the third country's authorities.
#   Schrems II shows that a transfer mechanism cannot by itself bind those authorities. So this
#   is at least a warning even when a valid transfer mechanism covers the transfer: keep the
#   protected identities in the EU/EEA, or record why the transfer is acceptable (a waiver with
#   a reason). A transfer without any valid mechanism is also an error under GDPR-003.
#   Treating every such transfer as a warning is provkoll's inference from these sources.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov": "Om skyddade personuppgifter riskerar att ha röjts ska en anmälan till IMY göras."'
#   - ref: https://skatteverket.se/privat/folkbokforing/skyddadepersonuppgifter/sekretessmarkering.4.76a43be412206334b89800022975.html
#     description: 'Skatteverket, "Sekretessmarkering": "En sekretessmarkering gör det svårare för andra att ta del av dina personuppgifter i folkbokföringsregistret." and "Det ska röra sig om ett konkret hot."'
#   - ref: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62018CJ0311
#     description: 'Court of Justice of the EU (Grand Chamber), judgment of 16 July 2020, C-311/18 (Schrems II), ECLI:EU:C:2020:559, operative part 2: the assessment of a transfer under standard data protection clauses must take into consideration, "as regards any access by the public authorities of that third country to the personal data transferred, the relevant aspects of the legal system of that third country"'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 44: transfers to a third country "shall take place only if [...] the conditions laid down in this Chapter are complied with by the controller and processor"'
# custom:
#   id: GDPR-013
#   severity: warning
#   title_sv: Skyddade identiteter behandlas inte utanför EU/EES
#   hint: Have {processor} keep protected identities in the EU/EEA (not in {locations}), for instance by leaving protected_identity out of what it receives, or, if the transfer is deliberate and assessed, record the reason in a waiver for {processor}.
#   hint_sv: Se till att {processor} håller skyddade identiteter inom EU/EES (inte i {locations}), till exempel genom att protected_identity inte lämnas till biträdet, eller, om överföringen är avsiktlig och bedömd, för in skälet i ett undantag (Waiver) för {processor}.
#   messages:
#     outside:
#       en: "{name} ({processor}) handles protected identities (protected_identity) and processes data outside the EU/EEA, in {locations} (transfer_mechanism: {mechanism})"
#       sv: "{name} ({processor}) hanterar skyddade personuppgifter (protected_identity) och behandlar uppgifter utanför EU/EES, i {locations} (transfer_mechanism: {mechanism})"
#     outside_no_mechanism:
#       en: "{name} ({processor}) handles protected identities (protected_identity) and processes data outside the EU/EEA, in {locations} (no transfer_mechanism)"
#       sv: "{name} ({processor}) hanterar skyddade personuppgifter (protected_identity) och behandlar uppgifter utanför EU/EES, i {locations} (transfer_mechanism saknas)"
package provkoll.rules.gdpr.protected_identity_location

import data.provkoll.lib.eea
import data.provkoll.lib.values

# the locations outside the EU/EEA of a processor and its sub-processors, upper-cased and sorted
_outside(p) := sort({upper(trim_space(loc)) |
	some loc in values.list(object.get(p, "locations", null))
	is_string(loc)
	not eea.is_eea(loc)
} | {upper(trim_space(loc)) |
	some s in values.list(object.get(p, "subprocessors", null))
	some loc in values.list(object.get(values.obj(s), "locations", null))
	is_string(loc)
	not eea.is_eea(loc)
})

_is_protected(item) if {
	is_string(item)
	lower(trim_space(item)) == "protected_identity"
}

# the processor's personal_data lists protected_identity (a guard: a binding to an undefined
# value does not fail a body in the compiled engine)
_handles_protected(p) if {
	some item in values.list(object.get(p, "personal_data", null))
	_is_protected(item)
}

# the index of the first protected_identity in personal_data
_protected_at(p) := min({k |
	some k, item in values.list(object.get(p, "personal_data", null))
	_is_protected(item)
})

_key(p) := "outside" if values.present(object.get(p, "transfer_mechanism", null))

else := "outside_no_mechanism"

deny contains v if {
	some i, p in values.list(input.processors)
	_handles_protected(p)
	k := _protected_at(p)
	outside := _outside(p)
	count(outside) > 0
	id := sprintf("%v", [object.get(p, "id", "?")])
	where := concat(", ", outside)
	v := {
		"path": ["processors", i, "personal_data", k],
		"subject": id,
		"message": _key(p),
		"args": {
			"processor": id,
			"name": sprintf("%v", [object.get(p, "name", id)]),
			"locations": where,
			"mechanism": sprintf("%v", [object.get(p, "transfer_mechanism", null)]),
		},
	}
}
