# METADATA
# title: A processor handling personnummer has a recorded justification
# description: |
#   Without the data subject's consent, personnummer may be processed only when that is
#   clearly justified by the purpose, by the importance of a secure identification, or by
#   another considerable reason (dataskyddslagen 2018:218, 3 kap. 10 §); where the birth date
#   suffices, only that should be used. When any processor handles personnummer, the organiser
#   must therefore record which reason applies in organiser.gdpr.personnummer_justification.
#   A warning: the reason may exist without being recorded.
# related_resources:
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2018218-med-kompletterande-bestammelser_sfs-2018-218/
#     description: 'Riksdagen, lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen), 3 kap. 10 §: "Personnummer och samordningsnummer får behandlas utan samtycke endast när det är klart motiverat med hänsyn till ändamålet med behandlingen, vikten av en säker identifiering eller något annat beaktansvärt skäl."'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29): "Enligt dataskyddslagen 3 kap 10 § framgår att om man inte har samtycke från den registrerade får personnummer endast behandlas vid följande situationer [...] 1. när det är klart motiverat med hänsyn till ändamålet med behandlingen, 2. vikten av en säker identifiering, eller 3. något annat beaktansvärt skäl."'
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?", "Varför används personnummer?": "För de som vill öka säkerheten ytterligare genom att använda inloggning med e-ID så är dessutom personnummer ett krav."'
# custom:
#   id: GDPR-007
#   severity: warning
#   title_sv: Ett biträde som behandlar personnummer har ett dokumenterat skäl
#   hint: Record why personnummer are processed by {processor} in organiser.gdpr.personnummer_justification (purpose, secure_identification or other, dataskyddslagen 3 kap. 10 §), or remove personnummer from its personal_data if the birth date suffices.
#   hint_sv: För in varför personnummer behandlas av {processor} i organiser.gdpr.personnummer_justification (purpose, secure_identification eller other, dataskyddslagen 3 kap. 10 §), eller ta bort personnummer ur dess personal_data om födelsedatum räcker.
#   messages:
#     not_justified:
#       en: "{name} ({processor}) processes personnummer, but no justification is recorded (organiser.gdpr.personnummer_justification)"
#       sv: "{name} ({processor}) behandlar personnummer, men inget skäl är dokumenterat (organiser.gdpr.personnummer_justification)"
package provkoll.rules.gdpr.personnummer_justification

import data.provkoll.lib.values

_reasons := {"purpose", "secure_identification", "other"}

_justified if object.get(input, ["organiser", "gdpr", "personnummer_justification"], null) in _reasons

deny contains v if {
	not _justified
	some i, p in values.list(input.processors)
	some k, item in values.list(object.get(p, "personal_data", null))
	item == "personnummer"
	id := sprintf("%v", [object.get(p, "id", "?")])
	v := {
		"path": ["processors", i, "personal_data", k],
		"subject": id,
		"message": "not_justified",
		"args": {"processor": id, "name": sprintf("%v", [object.get(p, "name", id)])},
	}
}
