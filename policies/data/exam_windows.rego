# METADATA
# title: At least one exam window, each starting no later than it ends
# description: |
#   Every date rule measures readiness against the exam windows: user data must reach
#   Skolverket in good time before the tests. Skolverket decides the test dates and periods and
#   its timetable changes from year to year, so the windows are input data taken from
#   Skolverket's provdatum pages, never built into the rules. Without a window, or with one
#   whose start is after its end, the date rules cannot say whether anything is ready in time.
#   When none of the windows is upcoming (all have ended before as_of), the date rules can only
#   check expiry, and this rule says so as info.
# related_resources:
#   - ref: https://www.skolverket.se/undervisning/grundskolan/nationella-prov-i-grundskolan/provdatum-i-grundskolan
#     description: 'Skolverket, "Provdatum i grundskolan" (dates for läsåret 2024/2025): "Elever i grundskolan gör nationella prov under en bestämd provperiod eller på ett bestämt provdatum." "Eleverna ska genomföra proven under den period eller på det datum som är bestämt av Skolverket." and "Med start läsåret 2024/2025 genomförs en del prov digitalt i Skolverkets provplattform. Vilka prov som genomförs digitalt och vilka som genomförs i pappersformat framgår av tabellen."'
#   - ref: https://www.skolverket.se/om-skolverket/nyheter-och-pressmeddelanden/nyheter/nyheter/2025-06-24-provtjansten-for-digitala-nationella-prov-oppnar-igen-i-host
#     description: 'Skolverket, news, "Provtjänsten för digitala nationella prov öppnar igen i höst", 24 June 2025: "De nationella proven inom komvux på gymnasial nivå kommer att börja genomföras digitalt först i september 2026, det vill säga ett år efter den ursprungliga tidsplanen."'
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: 'Skolverket, "Överföring av uppgifter till Skolverket": "För att lärare och elever ska kunna logga in och genomföra prov i provplattformen måste deras användaruppgifter föras över till Skolverket i god tid innan provgenomförandet. Det är huvudmannens ansvar att användaruppgifterna förs över till provtjänsten."'
# custom:
#   id: DATA-003
#   severity: error
#   title_sv: Minst en provperiod, och varje provperiod börjar senast när den slutar
#   hint: Add the exam windows, including the coming ones, from Skolverket's provdatum pages under organiser.exam_windows (id, name, start, end), each with its start on or before its end.
#   hint_sv: För in provperioderna, även de kommande, från Skolverkets sidor om provdatum under organiser.exam_windows (id, name, start, end), var och en med start på eller före end.
#   messages:
#     none:
#       en: "no exam window is configured (organiser.exam_windows)"
#       sv: "ingen provperiod är införd (organiser.exam_windows)"
#     ends_before_start:
#       en: "the exam window {window} ends on {end}, before it starts on {start}"
#       sv: "provperioden {window} slutar {end}, innan den börjar {start}"
#     none_upcoming:
#       en: "no exam window ends on or after {as_of}; date rules only check expiry"
#       sv: "ingen provperiod slutar {as_of} eller senare; datumreglerna kontrollerar då bara om något har löpt ut"
package provkoll.rules.data.exam_windows

import data.provkoll.lib.values

deny contains v if {
	is_object(input.organiser)
	count(values.list(object.get(input.organiser, "exam_windows", null))) == 0
	v := {
		"path": ["organiser", "exam_windows"],
		"subject": "exam_windows",
		"message": "none",
		"args": {},
	}
}

deny contains v if {
	some i, w in values.list(object.get(input, ["organiser", "exam_windows"], null))
	is_string(w.start)
	is_string(w.end)
	w.start > w.end
	id := sprintf("%v", [object.get(w, "id", i)])
	v := {
		"path": ["organiser", "exam_windows", i, "end"],
		"subject": id,
		"message": "ends_before_start",
		"args": {"window": id, "start": w.start, "end": w.end},
	}
}

# windows, but none upcoming: the date rules check only expiry (info)
deny contains v if {
	count(values.list(object.get(input, ["organiser", "exam_windows"], null))) > 0
	count(values.list(object.get(input, ["context", "upcoming_windows"], null))) == 0
	as_of := input.context.as_of
	v := {
		"path": ["organiser", "exam_windows"],
		"subject": "exam_windows",
		"severity": "info",
		"message": "none_upcoming",
		"args": {"as_of": as_of},
	}
}
