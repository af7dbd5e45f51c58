# METADATA
# title: Privacy Shield is not a transfer mechanism
# description: |
#   The Court of Justice of the EU invalidated the EU-US Privacy Shield on 16 July 2020
#   (C-311/18, Schrems II), so no transfer can rest on it, although older guidance such as
#   seed 003 still names it. A US recipient now needs a current certification under the EU-US
#   Data Privacy Framework (adequacy decision of 10 July 2023), standard contractual clauses
#   or binding corporate rules, or the data must stay in the EU/EEA.
# related_resources:
#   - ref: https://www.giantscreening.com/blog/significant-improvements-for-international-transfers-of-personal-data
#     description: The EU-US Privacy Shield was declared invalid by the CJEU on 16 July 2020 (Schrems II)
#   - ref: https://www.huntonprivacyblog.com/2023/07/10/breaking-eu-commission-adopts-eu-u-s-data-privacy-framework-adequacy-decision/
#     description: Its successor, the EU-US Data Privacy Framework adequacy decision, adopted 10 July 2023, for self-certified US organisations
#   - ref: seed:003_58c97f49be8b6172.txt
#     description: Unikum (outdated on this point), "Säkra att uppgifterna hanteras i EU/EES eller på annat sätt ansluter till de så kallade Privacy Shield-principerna."
# custom:
#   id: GDPR-004
#   severity: error
#   title_sv: Privacy Shield är ingen giltig överföringsgrund
#   hint: Replace privacy_shield in transfer_mechanism of {processor} by dpf (and set dpf_certified_until) if the recipient is certified under the EU-US Data Privacy Framework, otherwise by scc (with a transfer impact assessment), or move the data to the EU/EEA (eea).
#   hint_sv: Byt ut privacy_shield i transfer_mechanism för {processor} mot dpf (och sätt dpf_certified_until) om mottagaren är certifierad enligt EU-US Data Privacy Framework, annars mot scc (med en konsekvensbedömning av överföringen), eller flytta uppgifterna till EU/EES (eea).
package provkoll.rules.gdpr.no_privacy_shield

import data.provkoll.lib.values

deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "transfer_mechanism", null) == "privacy_shield"
	id := sprintf("%v", [object.get(p, "id", "?")])
	v := {
		"path": ["processors", i, "transfer_mechanism"],
		"subject": id,
		"msg": sprintf(
			"%v (%s) names privacy_shield as its transfer mechanism; the EU–US Privacy Shield was invalidated on 2020-07-16 (C-311/18, Schrems II)",
			[object.get(p, "name", id), id],
		),
		"args": {"processor": id},
	}
}
