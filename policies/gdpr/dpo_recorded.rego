# METADATA
# title: A data-protection officer is recorded
# description: |
#   Public authorities and bodies must designate a data-protection officer
#   (dataskyddsombud, GDPR art. 37(1)(a)), so for a kommun or region as huvudman it is
#   mandatory; for an independent organiser it depends on its core activities. The DPO is the
#   one to ask about processors, transfers and incidents, so record them in organiser.gdpr.dpo
#   (a Person id). Kept at info: the seeds mention a DPO only descriptively, and the duty for
#   private organisers is not settled here.
# related_resources:
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, FAQ, "Ta därför kontakt med dataskyddsombudet för att göra en säkrare bedömning i just ditt fall."; "Vem är Umeå universitets dataskyddsombud?"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: GDPR art. 37(1)(a), the controller shall designate a data protection officer where "the processing is carried out by a public authority or body"
# custom:
#   id: GDPR-009
#   severity: info
#   title_sv: Ett dataskyddsombud är angivet
#   hint: Record the data-protection officer of {organiser} as a Person and set organiser.gdpr.dpo to their id (for a kommun or region the appointment is mandatory, art. 37).
#   hint_sv: För in dataskyddsombudet för {organiser} som en Person och sätt organiser.gdpr.dpo till personens id (för en kommun eller region är det obligatoriskt att utse ett, art. 37).
package provkoll.rules.gdpr.dpo_recorded

deny contains v if {
	is_object(input.organiser)
	dpo := object.get(input.organiser, ["gdpr", "dpo"], null)
	not _names(dpo)
	name := sprintf("%v", [object.get(input.organiser, "name", "the organiser")])
	v := {
		"path": ["organiser", "gdpr", "dpo"],
		"subject": name,
		"msg": sprintf("no data-protection officer is recorded for %s (organiser.gdpr.dpo)%s", [name, _public(input.organiser)]),
		"args": {"organiser": name},
	}
}

_names(x) if {
	is_string(x)
	trim_space(x) != ""
}

_public(o) := sprintf("; a %s must designate one", [o.legal_form]) if o.legal_form in {"kommun", "region"}

else := ""
