# METADATA
# title: Standard contractual clauses rest on a recorded transfer impact assessment
# description: |
#   Standard contractual clauses bind only the parties to them, not the authorities of the
#   third country. The Court of Justice held in Schrems II (C-311/18, 16 July 2020) that a
#   transfer under them must still give the data subjects a level of protection essentially
#   equivalent to the EU's, assessed in view of the clauses and of the third country's law on
#   public authorities' access to the data, and that the exporter must suspend the transfer
#   where the clauses cannot be complied with. So a processor whose transfer_mechanism is scc
#   and that (or one of whose sub-processors) processes data outside the EU/EEA needs a
#   transfer impact assessment (transfer_impact_assessment, with done_on and ref); one dated
#   after the as-of date has not been made yet. A processor with scc but every location in the
#   EU/EEA transfers nothing and needs none. Binding corporate rules are not checked here.
# related_resources:
#   - ref: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62018CJ0311
#     description: 'Court of Justice of the EU (Grand Chamber), judgment of 16 July 2020, Data Protection Commissioner v Facebook Ireland and Maximillian Schrems, C-311/18, ECLI:EU:C:2020:559, operative part 2: "the appropriate safeguards, enforceable rights and effective legal remedies required by those provisions must ensure that data subjects whose personal data are transferred to a third country pursuant to standard data protection clauses are afforded a level of protection essentially equivalent to that guaranteed within the European Union by that regulation [...] the assessment of the level of protection afforded in the context of such a transfer must, in particular, take into consideration both the contractual clauses agreed between the controller or processor established in the European Union and the recipient of the transfer established in the third country concerned and, as regards any access by the public authorities of that third country to the personal data transferred, the relevant aspects of the legal system of that third country"'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 46(1): "In the absence of a decision pursuant to Article 45(3), a controller or processor may transfer personal data to a third country or an international organisation only if the controller or processor has provided appropriate safeguards, and on condition that enforceable data subject rights and effective legal remedies for data subjects are available."'
# custom:
#   id: GDPR-012
#   severity: error
#   title_sv: Standardavtalsklausuler vilar på en dokumenterad bedömning av överföringens konsekvenser
#   hint: Assess, before relying on the standard contractual clauses with {processor}, whether the law of {locations} lets the recipient keep them (public authorities' access, remedies) and which supplementary measures are needed, and record it in transfer_impact_assessment with done_on and ref.
#   hint_sv: Bedöm, innan ni förlitar er på standardavtalsklausulerna med {processor}, om lagstiftningen i {locations} låter mottagaren följa dem (myndigheters åtkomst, rättsmedel) och vilka kompletterande åtgärder som behövs, och för in bedömningen i transfer_impact_assessment med done_on och ref.
#   messages:
#     no_assessment:
#       en: "{name} ({processor}) relies on standard contractual clauses for data in {locations}, outside the EU/EEA, but no transfer impact assessment is recorded (transfer_impact_assessment with done_on and ref)"
#       sv: "{name} ({processor}) förlitar sig på standardavtalsklausuler för uppgifter i {locations}, utanför EU/EES, men ingen bedömning av överföringens konsekvenser är dokumenterad (transfer_impact_assessment med done_on och ref)"
#     no_date:
#       en: "{name} ({processor}) relies on standard contractual clauses for data in {locations}, outside the EU/EEA, but its transfer impact assessment has no date (transfer_impact_assessment.done_on)"
#       sv: "{name} ({processor}) förlitar sig på standardavtalsklausuler för uppgifter i {locations}, utanför EU/EES, men bedömningen av överföringens konsekvenser saknar datum (transfer_impact_assessment.done_on)"
#     no_ref:
#       en: "{name} ({processor}) relies on standard contractual clauses for data in {locations}, outside the EU/EEA, but its transfer impact assessment has no reference (transfer_impact_assessment.ref)"
#       sv: "{name} ({processor}) förlitar sig på standardavtalsklausuler för uppgifter i {locations}, utanför EU/EES, men bedömningen av överföringens konsekvenser saknar hänvisning (transfer_impact_assessment.ref)"
#     not_made_yet:
#       en: "{name} ({processor}) relies on standard contractual clauses for data in {locations}, outside the EU/EEA, but its transfer impact assessment is dated {done_on}, after {as_of}: it has not been made yet"
#       sv: "{name} ({processor}) förlitar sig på standardavtalsklausuler för uppgifter i {locations}, utanför EU/EES, men bedömningen av överföringens konsekvenser är daterad {done_on}, efter {as_of}: den är inte gjord ännu"
package provkoll.rules.gdpr.scc_transfer_assessment

import data.provkoll.lib.dates
import data.provkoll.lib.eea
import data.provkoll.lib.values

# the locations outside the EU/EEA of a processor and its sub-processors, upper-cased and sorted
_outside(p) := sort({upper(trim_space(loc)) |
	some loc in values.list(object.get(p, "locations", null))
	is_string(loc)
	not eea.is_eea(loc)
} | {upper(trim_space(loc)) |
	some s in values.list(object.get(p, "subprocessors", null))
	some loc in values.list(object.get(values.obj(s), "locations", null))
	is_string(loc)
	not eea.is_eea(loc)
})

_id(p) := sprintf("%v", [object.get(p, "id", "?")])

_named(x) if {
	is_string(x)
	trim_space(x) != ""
}

# what is missing from the assessment: [path tail, message key]; empty when it is complete
_gaps(tia) := [[[], "no_assessment"]] if {
	not is_object(tia)
} else := [g |
	some g in [
		[["done_on"], "no_date"],
		[["ref"], "no_ref"],
	]
	_missing(tia, g[0][0])
]

_missing(tia, "done_on") if not dates.is_set(object.get(tia, "done_on", null))

_missing(tia, "ref") if not _named(object.get(tia, "ref", null))

deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "transfer_mechanism", null) == "scc"
	outside := _outside(p)
	count(outside) > 0
	some [tail, key] in _gaps(object.get(p, "transfer_impact_assessment", null))
	id := _id(p)
	where := concat(", ", outside)
	v := {
		"path": array.concat(["processors", i, "transfer_impact_assessment"], tail),
		"subject": id,
		"message": key,
		"args": {"processor": id, "name": sprintf("%v", [object.get(p, "name", id)]), "locations": where},
	}
}

# an assessment dated after the as-of date has not been made yet
deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "transfer_mechanism", null) == "scc"
	outside := _outside(p)
	count(outside) > 0
	done := object.get(p, ["transfer_impact_assessment", "done_on"], null)
	dates.is_set(done)
	done > dates.as_of
	id := _id(p)
	where := concat(", ", outside)
	v := {
		"path": ["processors", i, "transfer_impact_assessment", "done_on"],
		"subject": id,
		"message": "not_made_yet",
		"args": {
			"processor": id,
			"name": sprintf("%v", [object.get(p, "name", id)]),
			"locations": where,
			"done_on": done,
			"as_of": dates.as_of,
		},
	}
}
