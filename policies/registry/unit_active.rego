# METADATA
# title: Every school's unit is active in Skolenhetsregistret through the exam windows
# description: |
#   Skolverket takes the school units for the digital national tests from Skolenhetsregistret.
#   A unit the register lists as closed (UPPHORT), dormant (VILANDE) or only planned (PLANERAD,
#   starting after the ready-by date of a window) cannot take part in that window, and one that
#   is active but has an end date (endDate) before a window ends closes in the middle of it. The
#   rule reports each school once, naming the first upcoming window its unit is not active for;
#   with no upcoming window it is quiet (DATA-003 says so). The status is the one the snapshot
#   recorded on its extract date: fetch it again after the register has been corrected.
#   Without a snapshot the rule is not applicable.
# related_resources:
#   - ref: https://api.skolverket.se/skolenhetsregistret/skolenhetsregistret_v2_openapi.yaml
#     description: Skolverket, "Skolenhetsregistret öppna API v2" (OpenAPI), CodeSchoolUnitStatus (AKTIV, VILANDE, UPPHORT, PLANERAD) and SchoolUnitInfo startdate, endDate
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/teknisk-checklista-for-digitala-nationella-prov
#     description: Skolverket, "Teknisk checklista för digitala nationella prov", "Uppgifterna i skolenhetsregistret är uppdaterade och korrekta. Skolverket hämtar uppgifter från skolenhetsregistret inför genomförandet av digitala nationella prov och bedömningsstöd."
# custom:
#   id: REG-002
#   severity: error
#   title_sv: Varje skolas enhet är aktiv i skolenhetsregistret under provperioderna
#   hint: Have the register's contact person correct the status of {school} ({code}) in Skolenhetsregistret's e-service before {ready_by}, or remove the school from the configuration if it no longer runs; then fetch the snapshot again.
#   hint_sv: Låt huvudmannens kontaktperson rätta statusen för {school} ({code}) i skolenhetsregistrets e-tjänst före {ready_by}, eller ta bort skolan ur konfigurationen om den inte längre bedrivs; hämta sedan ögonblicksbilden igen.
#   messages:
#     inactive:
#       en: "school {school} ({code}) {why}, but window {window} ({start} – {end}) needs it"
#       sv: "skolan {school} ({code}) {why}, men provperioden {window} ({start} – {end}) behöver den"
#     closed:
#       en: "is closed (UPPHORT) in Skolenhetsregistret"
#       sv: "är nedlagd (UPPHORT) i skolenhetsregistret"
#     dormant:
#       en: "is dormant (VILANDE) in Skolenhetsregistret"
#       sv: "är vilande (VILANDE) i skolenhetsregistret"
#     planned_late:
#       en: "is only planned (PLANERAD) in Skolenhetsregistret, from {start}, after {ready_by}"
#       sv: "är bara planerad (PLANERAD) i skolenhetsregistret, från {start}, efter {ready_by}"
#     planned_undated:
#       en: "is only planned (PLANERAD) in Skolenhetsregistret, with no start date"
#       sv: "är bara planerad (PLANERAD) i skolenhetsregistret, utan startdatum"
#     closes:
#       en: "closes on {end} in Skolenhetsregistret (endDate)"
#       sv: "upphör {end} i skolenhetsregistret (endDate)"
package provkoll.rules.registry.unit_active

import data.provkoll.lib.dates
import data.provkoll.lib.registry
import data.provkoll.lib.values

_status_keys := {
	"UPPHORT": "closed",
	"VILANDE": "dormant",
}

# why(u, w): why unit u cannot take part in window w, as a message; undefined when it can
why(u, _) := {"message": _status_keys[registry.status(u)], "args": {}}

why(u, w) := {"message": "planned_late", "args": {"start": registry.start(u), "ready_by": w.ready_by}} if {
	registry.status(u) == "PLANERAD"
	dates.is_set(registry.start(u))
	registry.start(u) > w.ready_by
}

why(u, _) := {"message": "planned_undated", "args": {}} if {
	registry.status(u) == "PLANERAD"
	not dates.is_set(registry.start(u))
}

why(u, w) := {"message": "closes", "args": {"end": registry.end(u)}} if {
	registry.status(u) == "AKTIV"
	dates.is_set(registry.end(u))
	registry.end(u) < w.end
}

deny contains v if {
	registry.present
	count(dates.upcoming) > 0
	some i, s in values.list(input.schools)
	code := object.get(s, "school_unit_code", null)
	u := registry.by_code[code]
	failing := _failing(u)
	count(failing) > 0
	w := failing[0][0]
	id := sprintf("%v", [object.get(s, "id", sprintf("schools[%d]", [i]))])
	v := {
		"path": ["schools", i, "school_unit_code"],
		"subject": id,
		"message": "inactive",
		"args": {
			"school": id, "code": code, "ready_by": w.ready_by, "why": failing[0][1],
			"window": w.id, "start": w.start, "end": w.end,
		},
	}
}

# [window, why] for every upcoming window the unit is not active for, by start
_failing(u) := [[w, r] | some w in dates.upcoming; r := why(u, w)]
