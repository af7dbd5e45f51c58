# METADATA
# title: No personnummer or samordningsnummer anywhere in the configuration
# description: |
#   Personnummer are especially worthy of protection and should be exposed as little as
#   possible, and a config repository is copied, reviewed and backed up widely. People are
#   referred to by a short id, never by identity number: the configuration is not a purpose
#   that makes processing identity numbers clearly justified (dataskyddslagen 3 kap. 10 §).
#   Every string of every document is searched, notes and free text included, for a valid
#   personnummer or samordningsnummer (a real date, day + 60 for a samordningsnummer, and the
#   Luhn check digit); organisation numbers never match (their third digit is 2 or more). The
#   finding shows only the date part and masks the last four digits.
# related_resources:
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (sections Personnummer and Personuppgifter och e-post, updated 2023-09-29): "Personnummer anses vara en integritetskänslig/särskilt skyddsvärd personuppgift. Registrering av personuppgifter ska ske mycket restriktivt." and "Personnummer anses vara särskilt skyddsvärda personuppgifter och bör exponeras så lite som möjligt. Om ett fåtal personnummer behöver skickas via e-post, gör en bedömning om det är möjlighet att stryka de fyra sista siffrorna."'
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2018218-med-kompletterande-bestammelser_sfs-2018-218/
#     description: 'Riksdagen, lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen), 3 kap. 10 §: "Personnummer och samordningsnummer får behandlas utan samtycke endast när det är klart motiverat med hänsyn till ändamålet med behandlingen, vikten av en säker identifiering eller något annat beaktansvärt skäl."'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'EUR-Lex, Regulation (EU) 2016/679 (GDPR), 27 April 2016, art. 87: "Member States may further determine the specific conditions for the processing of a national identification number or any other identifier of general application. In that case the national identification number or any other identifier of general application shall be used only under appropriate safeguards for the rights and freedoms of the data subject pursuant to this Regulation."'
#   - ref: https://www4.skatteverket.se/rattsligvagledning/edition/2020.9/330245.html
#     description: 'Skatteverket, Rättslig vägledning (edition 2020.9), personnumrets uppbyggnad: "Ett personnummer består av en födelsetid, ett individuellt födelsenummer och en kontrollsiffra." "Det år en person fyller 100 år byts bindestrecket mellan födelsetiden och födelsenumret ut mot ett plustecken" and "Kontrollsiffran bestäms enligt den s.k. modulus-10-metoden med vikterna 1 och 2."'
#   - ref: https://www4.skatteverket.se/rattsligvagledning/edition/2016.5/330251.html
#     description: 'Skatteverket, Rättslig vägledning (edition 2016.5), samordningsnummer: "Siffran för födelsedag ökas med talet 60 så att den som exempelvis är född den tredje i månaden får siffran 63 för dag." and "Sista siffran är en kontrollsiffra vilken beräknas på samma sätt som för personnummer (18 a § FOL)."'
# custom:
#   id: DATA-001
#   severity: error
#   title_sv: Inga personnummer eller samordningsnummer någonstans i konfigurationen
#   hint: Remove {the_kind} {masked} from the configuration (and from its git history); refer to people by their Person id and keep identity numbers in the HR or school-data system.
#   hint_sv: Ta bort {the_kind} {masked} ur konfigurationen (och ur dess git-historik); hänvisa till personer med deras Person-id och förvara identitetsnummer i personalsystemet eller det skoladministrativa systemet.
#   messages:
#     identity_number:
#       en: "a {kind} ({masked}) is written here; identity numbers do not belong in the configuration"
#       sv: "ett {kind} ({masked}) står här; identitetsnummer hör inte hemma i konfigurationen"
#     the_personnummer:
#       en: the personnummer
#       sv: personnumret
#     the_samordningsnummer:
#       en: the samordningsnummer
#       sv: samordningsnumret
package provkoll.rules.data.no_personnummer

import data.provkoll.lib.pnr
import data.provkoll.lib.nodes

# The whole configuration is searched once for what could be a number, and only the strings
# holding one are searched exactly: a call of pnr.find per string cost more than the rest of the
# check, and organisation numbers, in every school, never look like one.
deny contains v if {
	some [path, s] in nodes.matching(pnr.likely)
	some n in pnr.find(s)
	kind := pnr.kind(n)
	masked := pnr.mask(n)
	v := {
		"path": path,
		"subject": masked,
		"message": "identity_number",
		"args": {"kind": kind, "the_kind": {"message": sprintf("the_%s", [kind])}, "masked": masked},
	}
}
