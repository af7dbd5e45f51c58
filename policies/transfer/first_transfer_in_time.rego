# METADATA
# title: The first transfer is planned lead_days before the next exam window
# description: |
#   Skolverket asks that user data be transferred in good time before the test is taken, and it
#   is the organiser's responsibility that they are: groups, students and staff must be in the
#   test platform before the window opens, with time left to correct what goes wrong. So each
#   legal entity's first_transfer_on must be on or before the next upcoming window's ready-by
#   date (lead_days before its start). No source states a concrete lead time; lead_days is
#   provkoll's reading of "i god tid", hence a warning.
# related_resources:
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: Skolverket, "Överföring av uppgifter till Skolverket", data must be transferred "i god tid innan provgenomförandet"; "Det är huvudmannens ansvar att användaruppgifterna förs över till provtjänsten."
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), "Välj själv när grupperna är klara att skicka till Skolverket"; "Nu är alla förberedelser klara och det är dags att börja använda tjänsten!"
# custom:
#   id: TRANSFER-008
#   severity: warning
#   title_sv: Den första överföringen är planerad lead_days före nästa provperiod
#   hint: Plan the first transfer of user data for {org_nr} on or before {ready_by} ({lead_days} days before window {window} starts) and record it in transfer.first_transfer_on.
#   hint_sv: Planera den första överföringen av användaruppgifter för {org_nr} till senast {ready_by} ({lead_days} dagar innan provperioden {window} börjar) och för in datumet i transfer.first_transfer_on.
package provkoll.rules.transfer.first_transfer_in_time

import data.provkoll.lib.dates
import data.provkoll.lib.values

_next := dates.upcoming[0]

_args(org) := {"org_nr": org, "ready_by": _next.ready_by, "lead_days": dates.lead_days, "window": _next.id}

_window(w) := sprintf("window %s (%s – %s)", [w.id, w.start, w.end])

deny contains v if {
	# A guard before binding `_next`: regorus' RVM does not fail a body at an undefined binding.
	count(dates.upcoming) > 0
	w := _next
	some i, e in values.list(input.legal_entities)
	first := object.get(e, ["transfer", "first_transfer_on"], null)
	dates.is_set(first)
	first > w.ready_by
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "first_transfer_on"],
		"subject": org,
		"msg": sprintf(
			"the first transfer of %s (%s) is on %s, after %s, %d days before %s",
			[object.get(e, "name", org), org, first, w.ready_by, dates.lead_days, _window(w)],
		),
		"args": _args(org),
	}
}

# a transfer method is chosen, but no first transfer is planned
deny contains v if {
	# A guard before binding `_next`: regorus' RVM does not fail a body at an undefined binding.
	count(dates.upcoming) > 0
	w := _next
	some i, e in values.list(input.legal_entities)
	values.present(object.get(e, ["transfer", "method"], null))
	not dates.is_set(object.get(e, ["transfer", "first_transfer_on"], null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "first_transfer_on"],
		"subject": org,
		"msg": sprintf(
			"%s (%s) records no first transfer (first_transfer_on); it is due by %s, %d days before %s",
			[object.get(e, "name", org), org, w.ready_by, dates.lead_days, _window(w)],
		),
		"args": _args(org),
	}
}
