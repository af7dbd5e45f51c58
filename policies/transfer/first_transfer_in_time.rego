# METADATA
# title: The first machine transfer is planned lead_days before the next exam window
# description: |
#   Skolverket asks that user data be transferred "i god tid innan provgenomförandet", and it is
#   the organiser's responsibility that they are: groups, students and staff must be in the test
#   platform before the window opens, with time left to correct what goes wrong. So each legal
#   entity that transfers by machine (ss12000_pull or provisioning_api) must record a
#   first_transfer_on on or before the next upcoming window's ready-by date (lead_days before its
#   start). Skolverket gives no number of days for "i god tid": lead_days is the organiser's own
#   setting (readiness.lead_days, 14 when absent), not a Skolverket deadline, hence a warning. A
#   file upload is checked by TRANSFER-010 instead, upload by upload and window by window.
# related_resources:
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: 'Skolverket, "Överföring av uppgifter till Skolverket": "För att lärare och elever ska kunna logga in och genomföra prov i provplattformen måste deras användaruppgifter föras över till Skolverket i god tid innan provgenomförandet. Det är huvudmannens ansvar att användaruppgifterna förs över till provtjänsten."'
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: 'IST, "Digitala nationella prov" (web page): "Det är huvudmannens ansvar att säkerställa att dessa uppgifter överförs till provplattformen i god tid innan proven ska genomföras."'
# custom:
#   id: TRANSFER-008
#   severity: warning
#   title_sv: Den första maskinella överföringen är planerad i god tid före nästa provperiod
#   hint: Plan the first transfer of user data for {org_nr} on or before {ready_by} ({lead_days} days before window {window} starts, the lead time set in readiness.lead_days) and record it in transfer.first_transfer_on.
#   hint_sv: Planera den första överföringen av användaruppgifter för {org_nr} till senast {ready_by} ({lead_days} dagar innan provperioden {window} börjar, den framförhållning som anges i readiness.lead_days) och för in datumet i transfer.first_transfer_on.
#   messages:
#     late:
#       en: "the first transfer of {name} ({org_nr}) is on {first}, after {ready_by}, {lead_days} days before window {window} ({start} – {end})"
#       sv: "den första överföringen för {name} ({org_nr}) sker {first}, efter {ready_by}, {lead_days} dagar före provperioden {window} ({start} – {end})"
#     not_recorded:
#       en: "{name} ({org_nr}) records no first transfer (first_transfer_on); it is due by {ready_by}, {lead_days} days before window {window} ({start} – {end})"
#       sv: "{name} ({org_nr}) anger ingen första överföring (first_transfer_on); den ska ske senast {ready_by}, {lead_days} dagar före provperioden {window} ({start} – {end})"
package provkoll.rules.transfer.first_transfer_in_time

import data.provkoll.lib.dates
import data.provkoll.lib.values

_next := dates.upcoming[0]

_args(org, e) := {
	"org_nr": org,
	"ready_by": _next.ready_by,
	"lead_days": dates.lead_days,
	"window": _next.id,
	"start": _next.start,
	"end": _next.end,
	"name": sprintf("%v", [object.get(e, "name", org)]),
}


deny contains v if {
	# A guard before binding `_next`: regorus' RVM does not fail a body at an undefined binding.
	count(dates.upcoming) > 0
	w := _next
	some i, e in values.list(input.legal_entities)
	object.get(e, ["transfer", "method"], null) != "file_upload"
	first := object.get(e, ["transfer", "first_transfer_on"], null)
	dates.is_set(first)
	first > w.ready_by
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "first_transfer_on"],
		"subject": org,
		"message": "late",
		"args": object.union(_args(org, e), {"first": first}),
	}
}

# a machine transfer method is chosen, but no first transfer is planned
deny contains v if {
	# A guard before binding `_next`: regorus' RVM does not fail a body at an undefined binding.
	count(dates.upcoming) > 0
	w := _next
	some i, e in values.list(input.legal_entities)
	method := object.get(e, ["transfer", "method"], null)
	values.present(method)
	method != "file_upload"
	not dates.is_set(object.get(e, ["transfer", "first_transfer_on"], null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "first_transfer_on"],
		"subject": org,
		"message": "not_recorded",
		"args": _args(org, e),
	}
}
