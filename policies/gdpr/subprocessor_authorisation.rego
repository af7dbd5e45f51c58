# METADATA
# title: Sub-processors only with the controller's specific or general authorisation
# description: |
#   A processor may not engage another processor (a sub-processor) without the controller's
#   prior specific or general written authorisation (GDPR art. 28(2)); under a general one the
#   processor must tell the controller of changes so that it can object. A processor that lists
#   sub-processors while its DPA records no authorisation (none, or nothing) uses them without
#   one. A warning: the configuration records the DPA's terms, not the signed text, so the
#   authorisation may exist but be unrecorded.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 28(2): "The processor shall not engage another processor without prior specific or general written authorisation of the controller. In the case of general written authorisation, the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes."'
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?", the controller''s duties: "Teckna Personuppgiftsbiträdesavtal, där ansvar regleras."'
# custom:
#   id: GDPR-005
#   severity: warning
#   title_sv: Underbiträden anlitas bara med den personuppgiftsansvariges särskilda eller allmänna godkännande
#   hint: Give {processor} written authorisation for its sub-processors in the DPA (specific, or general with notice of changes) and set dpa.subprocessor_authorisation to specific or general, or have it stop using them.
#   hint_sv: Ge {processor} ett skriftligt godkännande av underbiträdena i biträdesavtalet (särskilt, eller allmänt med besked om ändringar) och sätt dpa.subprocessor_authorisation till specific eller general, eller låt biträdet sluta anlita dem.
#   messages:
#     not_authorised:
#       en: "{name} ({processor}) uses {count} sub-processor(s) ({subprocessors}) without the controller's authorisation (subprocessor_authorisation: {authorisation})"
#       sv: "{name} ({processor}) anlitar {count} underbiträde(n) ({subprocessors}) utan den personuppgiftsansvariges godkännande (subprocessor_authorisation: {authorisation})"
#     not_recorded:
#       en: "{name} ({processor}) uses {count} sub-processor(s) ({subprocessors}) without the controller's authorisation (subprocessor_authorisation: not recorded)"
#       sv: "{name} ({processor}) anlitar {count} underbiträde(n) ({subprocessors}) utan den personuppgiftsansvariges godkännande (subprocessor_authorisation är inte ifyllt)"
package provkoll.rules.gdpr.subprocessor_authorisation

import data.provkoll.lib.values

_authorised := {"specific", "general"}

deny contains v if {
	some i, p in values.list(input.processors)
	subs := values.list(object.get(p, "subprocessors", null))
	count(subs) > 0
	auth := object.get(p, ["dpa", "subprocessor_authorisation"], null)
	not auth in _authorised
	id := sprintf("%v", [object.get(p, "id", "?")])
	names := concat(", ", [sprintf("%v", [object.get(s, "name", "?")]) | some s in subs])
	v := {
		"path": ["processors", i, "dpa", "subprocessor_authorisation"],
		"subject": id,
		"message": _key(auth),
		"args": {
			"processor": id,
			"name": sprintf("%v", [object.get(p, "name", id)]),
			"count": sprintf("%d", [count(subs)]),
			"subprocessors": names,
			"authorisation": sprintf("%v", [auth]),
		},
	}
}

_key(auth) := "not_recorded" if not values.present(auth)

else := "not_authorised"
