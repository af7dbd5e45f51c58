package provkoll.rules.kommun.puba_diarienummer_test

# testdata is the bundled pack's own test fixture: a local test may import it, a bundled
# helper or a bundled rule, as `provkoll test --policies-extra` loads them together
import data.provkoll.lib.testdata
import data.provkoll.rules.kommun.puba_diarienummer

_with_notes(notes) := object.union(testdata.base, {"processors": [object.union(testdata.base.processors[0], {"notes": notes})]})

test_processor_without_notes_fires if {
	vs := puba_diarienummer.deny with input as testdata.base
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "notes"]
	v.subject == "ist"
	v.message == "no_diary_number"
	v.args == {"processor": "ist"}
}

test_notes_without_diarienummer_fire if {
	vs := puba_diarienummer.deny with input as _with_notes("Avtalet förvaras hos utbildningsförvaltningen.")
	count(vs) == 1
}

test_diarienummer_in_notes_is_quiet if {
	vs := puba_diarienummer.deny with input as _with_notes("Diariefört som KS 2025/388.")
	vs == set()
}

test_year_without_series_is_no_diarienummer if {
	vs := puba_diarienummer.deny with input as _with_notes("Tecknat 2025/10.")
	count(vs) == 1
}
