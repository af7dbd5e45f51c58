# Exempelby kommun's own rule, beside provkoll's bundled pack: run it with
#   provkoll check --policies-extra egna-regler
# METADATA
# title: Every data processing agreement is registered with a diarienummer
# description: |
#   Exempelby kommun registers every personuppgiftsbiträdesavtal (PUBA) in its diary as soon as
#   it is signed, as the Public Access to Information and Secrecy Act asks of every document a
#   public authority draws up or receives. The diarienummer is how the agreement is found when
#   the data protection officer, an auditor or IMY asks for it. The configuration format has no
#   field for it, so the kommun writes it in the processor's notes ("diariefört som KS 2025/388")
#   and this rule reads them: a processor whose notes name no diarienummer of the form
#   SERIES YYYY/NNN is reported.
# related_resources:
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/offentlighets-och-sekretesslag-2009400_sfs-2009-400/
#     description: 'Offentlighets- och sekretesslag (2009:400), 5 kap. 1 §: "Allmänna handlingar ska registreras så snart de har kommit in till eller upprättats hos en myndighet"'
# custom:
#   id: KOMMUN-001
#   severity: error
#   title_sv: Varje personuppgiftsbiträdesavtal är diariefört med ett diarienummer
#   hint: Register the data processing agreement with {processor} in the kommun's diary and write its diarienummer in the processor's notes, e.g. "diariefört som KS 2026/118".
#   hint_sv: Diarieför personuppgiftsbiträdesavtalet med {processor} och skriv diarienumret i biträdets notes, till exempel "diariefört som KS 2026/118".
#   messages:
#     no_diary_number:
#       en: "the data processing agreement with {processor} names no diarienummer: the processor's notes hold none"
#       sv: "personuppgiftsbiträdesavtalet med {processor} anger inget diarienummer: biträdets notes innehåller inget"
package provkoll.rules.kommun.puba_diarienummer

import data.provkoll.lib.values

# a diarienummer as the kommun's diary writes it: a series of capitals, the year and a number
_diarienummer := `(^|[^A-ZÅÄÖ])[A-ZÅÄÖ]{2,5} [0-9]{4}/[0-9]{1,5}([^0-9]|$)`

registered(p) if {
	notes := object.get(p, "notes", null)
	is_string(notes)
	regex.match(_diarienummer, notes)
}

deny contains v if {
	some i, p in values.list(input.processors)
	not registered(p)
	id := sprintf("%v", [object.get(p, "id", "?")])
	v := {
		"path": ["processors", i, "notes"],
		"subject": id,
		"message": "no_diary_number",
		"args": {"processor": id},
	}
}
