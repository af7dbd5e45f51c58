# METADATA
# title: At least one exam window, each starting no later than it ends
# description: |
#   Every date rule measures readiness against the exam windows, and Skolverket's timetable
#   changes from year to year, so the windows are input data taken from Skolverket's provdatum
#   pages, never built into the rules. Without a window, or with one whose start is after its
#   end, the date rules cannot say whether anything is ready in time. When none of the windows
#   is upcoming (all have ended before as_of), the date rules can only check expiry, and this
#   rule says so as info.
# related_resources:
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/demoprov-och-manual-for-elever/hantering-av-personuppgifter-vid-demoprov
#     description: Skolverket, digitala nationella prov, where the test dates and the platform are described; the timetable changes (rules-research.md §1.1)
# custom:
#   id: DATA-003
#   severity: error
#   title_sv: Minst en provperiod, och varje provperiod börjar senast när den slutar
#   hint: Add the exam windows, including the coming ones, from Skolverket's provdatum pages under organiser.exam_windows (id, name, start, end), and correct {window} so that start is on or before end.
#   hint_sv: För in provperioderna, även de kommande, från Skolverkets sidor om provdatum under organiser.exam_windows (id, name, start, end), och rätta {window} så att start ligger på eller före end.
package provkoll.rules.data.exam_windows

import data.provkoll.lib.values

deny contains v if {
	is_object(input.organiser)
	count(values.list(object.get(input.organiser, "exam_windows", null))) == 0
	v := {
		"path": ["organiser", "exam_windows"],
		"subject": "exam_windows",
		"msg": "no exam window is configured (organiser.exam_windows)",
		"args": {"window": "the exam windows"},
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
		"msg": sprintf("the exam window %s ends on %s, before it starts on %s", [id, w.end, w.start]),
		"args": {"window": sprintf("window %s", [id])},
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
		"msg": sprintf("no exam window ends on or after %s; date rules only check expiry", [as_of]),
		"args": {"window": "any window"},
	}
}
