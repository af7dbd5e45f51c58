# METADATA
# title: Privacy Shield is not a transfer mechanism
# description: |
#   The Court of Justice of the EU invalidated the EU-US Privacy Shield on 16 July 2020
#   (C-311/18, Schrems II), so no transfer can rest on it, although older guidance, such as a
#   vendor's page still online, names it. A US recipient now needs a current certification
#   under the EU-US Data Privacy Framework (adequacy decision of 10 July 2023), standard
#   contractual clauses or binding corporate rules, or the data must stay in the EU/EEA.
# related_resources:
#   - ref: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62018CJ0311
#     description: 'Court of Justice of the EU (Grand Chamber), judgment of 16 July 2020, Data Protection Commissioner v Facebook Ireland and Maximillian Schrems, C-311/18, ECLI:EU:C:2020:559, operative part 5: "Commission Implementing Decision (EU) 2016/1250 of 12 July 2016 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequacy of the protection provided by the EU-U.S. Privacy Shield is invalid."'
#   - ref: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023D1795
#     description: 'European Commission, Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework), art. 1: the United States ensures an adequate level of protection for personal data transferred from the Union to "organisations in the United States that are included in the ''Data Privacy Framework List''"'
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?" (outdated on this point), the controller''s duties: "Säkra att uppgifterna hanteras i EU/EES eller på annat sätt ansluter till de så kallade Privacy Shield-principerna."'
# custom:
#   id: GDPR-004
#   severity: error
#   title_sv: Privacy Shield är ingen giltig överföringsgrund
#   hint: Replace privacy_shield in transfer_mechanism of {processor} by dpf (and set dpf_certified_until) if the recipient is certified under the EU-US Data Privacy Framework, otherwise by scc (with a transfer impact assessment), or move the data to the EU/EEA (eea).
#   hint_sv: Byt ut privacy_shield i transfer_mechanism för {processor} mot dpf (och sätt dpf_certified_until) om mottagaren är certifierad enligt EU-US Data Privacy Framework, annars mot scc (med en konsekvensbedömning av överföringen), eller flytta uppgifterna till EU/EES (eea).
#   messages:
#     privacy_shield:
#       en: "{name} ({processor}) names privacy_shield as its transfer mechanism; the EU–US Privacy Shield was invalidated on 2020-07-16 (C-311/18, Schrems II)"
#       sv: "{name} ({processor}) anger privacy_shield som stöd för överföringen; EU–US Privacy Shield ogiltigförklarades 2020-07-16 (C-311/18, Schrems II)"
package provkoll.rules.gdpr.no_privacy_shield

import data.provkoll.lib.values

deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "transfer_mechanism", null) == "privacy_shield"
	id := sprintf("%v", [object.get(p, "id", "?")])
	v := {
		"path": ["processors", i, "transfer_mechanism"],
		"subject": id,
		"message": "privacy_shield",
		"args": {"processor": id, "name": sprintf("%v", [object.get(p, "name", id)])},
	}
}
