# METADATA
# title: A file upload is planned or done before each upcoming exam window
# description: |
#   Where user data reach Skolverket by file upload, nothing arrives unless the huvudman's agent
#   logs in to Administration provtjänsten and uploads the file, and Skolverket asks that user data
#   be transferred "i god tid innan provgenomförandet". So a legal entity whose method is
#   file_upload must record an upload, planned or done, dated on or before the ready-by date of
#   each upcoming window (lead_days before it starts); the finding names the first window left
#   without one. Skolverket gives no number of days for "i god tid": lead_days is the organiser's
#   own setting (readiness.lead_days, 14 when absent). Only an agent, someone with a fullmakt in
#   Mina ombud, can log in and upload, so the person recorded as making an upload (by) should hold
#   a transfer power of attorney for that legal entity in force on the upload's date (a warning
#   when not). That an earlier upload serves every later window, and that the agent needs the
#   transfer scope, are provkoll's readings of the sources.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-via-filinl%C3%A4sning.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista för en huvudman som överför uppgifter via filinläsning" (last changed 2025-09-04), step 4: "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten."; step 6: "Läsa in fil via Skolverkets e-tjänst Administration provtjänsten." with "1. Huvudmannens ombud loggar in i Administration provtjänsten." and "3. Huvudmannens ombud laddar upp fil och väntar på överföringsstatus."; step 7: "Uppgifter som har ändrats från tidigare inläsning bör förberedas i en ny fil och läsas in via Administration provtjänsten"'
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: 'Skolverket, "Överföring av uppgifter till Skolverket": "För att lärare och elever ska kunna logga in och genomföra prov i provplattformen måste deras användaruppgifter föras över till Skolverket i god tid innan provgenomförandet. Det är huvudmannens ansvar att användaruppgifterna förs över till provtjänsten."'
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/tekniskt-verifieringstest---overforing-av-uppgifter-via-fil
#     description: 'Skolverket, "Tekniskt verifieringstest – överföring av uppgifter via fil": "En av dem är att föra över uppgifter om era användare till Skolverket i god tid före provgenomförandet." and "Personen som ska utföra testet ska ha blivit tilldelad Skolverkets fullmakt för provisionering i Bolagsverkets e-tjänst Mina ombud"'
# custom:
#   id: TRANSFER-010
#   severity: error
#   title_sv: En filinläsning är planerad eller gjord före varje kommande provperiod
#   hint: "Plan an upload of the user data of {org_nr} in Administration provtjänsten on or before the ready-by date of each upcoming window ({lead_days} days before it starts, from readiness.lead_days), and record it in transfer.file_uploads with date, status (planned or done) and by: an agent who holds a transfer fullmakt in Mina ombud for {org_nr} on that date."
#   hint_sv: "Planera en filinläsning av användaruppgifterna för {org_nr} i Administration provtjänsten senast klar-datumet för varje kommande provperiod ({lead_days} dagar innan den börjar, enligt readiness.lead_days), och för in den i transfer.file_uploads med date, status (planned eller done) och by: ett ombud som den dagen har en fullmakt att överföra uppgifter för {org_nr} i Mina ombud."
#   messages:
#     no_upload:
#       en: "{name} transfers by file upload but records no upload, planned or done, on or before {ready_by}, {lead_days} days before window {window} ({window_name}, {start} – {end})"
#       sv: "{name} överför genom filinläsning men har ingen filinläsning, planerad eller gjord, senast {ready_by}, {lead_days} dagar före provperioden {window} ({window_name}, {start} – {end})"
#     no_upload_nor_later:
#       en: "{name} transfers by file upload but records no upload, planned or done, on or before {ready_by}, {lead_days} days before window {window} ({window_name}, {start} – {end}); none either for {further}"
#       sv: "{name} överför genom filinläsning men har ingen filinläsning, planerad eller gjord, senast {ready_by}, {lead_days} dagar före provperioden {window} ({window_name}, {start} – {end}); inte heller för {further}"
#     later_window:
#       en: "window {window} (ready by {ready_by})"
#       sv: "provperioden {window} (klar senast {ready_by})"
#     not_an_agent:
#       en: "the file upload of {name} on {date} ({status}) is made by {by}, who holds no transfer power of attorney for it in force that day; only an agent can log in to Administration provtjänsten and upload"
#       sv: "filinläsningen för {name} {date} ({status}) görs av {by}, som inte har någon fullmakt att överföra uppgifter som gäller den dagen; bara ett ombud kan logga in i Administration provtjänsten och läsa in filen"
package provkoll.rules.transfer.file_upload_in_time

import data.provkoll.lib.dates
import data.provkoll.lib.poa
import data.provkoll.lib.values

# [index, entity, transfer] for every legal entity that transfers by file upload
_uploading contains [i, e, t] if {
	some i, e in values.list(input.legal_entities)
	t := values.obj(object.get(e, "transfer", null))
	object.get(t, "method", null) == "file_upload"
}

_uploads(t) := values.list(object.get(t, "file_uploads", null))

# some upload, planned or done, is dated on or before window w's ready-by date
_covered(t, w) if {
	some u in _uploads(t)
	d := object.get(u, "date", null)
	dates.is_set(d)
	d <= w.ready_by
}

# the upcoming windows (by start) that no upload is in time for
_uncovered(t) := [w | some w in dates.upcoming; not _covered(t, w)]

_name(e) := sprintf("%v (%v)", [object.get(e, "name", object.get(e, "org_nr", "")), object.get(e, "org_nr", "")])

# the later windows no upload covers either, each a message of this rule
_further(missing) := [{"message": "later_window", "args": {"window": w.id, "ready_by": w.ready_by}} |
	some k, w in missing
	k > 0
]

_key(missing) := "no_upload" if count(missing) == 1

else := "no_upload_nor_later"

deny contains v if {
	count(dates.upcoming) > 0
	some [i, e, t] in _uploading
	missing := _uncovered(t)
	count(missing) > 0
	w := missing[0]
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "file_uploads"],
		"subject": org,
		"message": _key(missing),
		"args": {
			"org_nr": org,
			"lead_days": dates.lead_days,
			"window": w.id,
			"ready_by": w.ready_by,
			"name": _name(e),
			"window_name": sprintf("%v", [object.get(w, "name", w.id)]),
			"start": w.start,
			"end": w.end,
			"further": _further(missing),
		},
	}
}

# id holds a transfer power of attorney of entity e in force on date
_agent_on(e, id, date) if {
	some p in values.list(object.get(e, "powers_of_attorney", null))
	object.get(p, "scope", null) == "transfer"
	object.get(p, "holder", null) == id
	poa.active_on(p, date)
}

deny contains v if {
	some [i, e, t] in _uploading
	some k, u in _uploads(t)
	by := object.get(u, "by", null)
	is_string(by)
	trim_space(by) != ""
	date := object.get(u, "date", null)
	dates.is_set(date)
	not _agent_on(e, by, date)
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "file_uploads", k, "by"],
		"subject": org,
		"severity": "warning",
		"message": "not_an_agent",
		"args": {
			"org_nr": org,
			"lead_days": dates.lead_days,
			"window": "",
			"ready_by": "",
			"name": _name(e),
			"date": date,
			"status": sprintf("%v", [object.get(u, "status", "")]),
			"by": by,
		},
	}
}
