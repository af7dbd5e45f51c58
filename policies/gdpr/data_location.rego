# METADATA
# title: Personal data stay in the EU/EEA, or a valid transfer mechanism covers them
# description: |
#   The controller must make sure the processor and every sub-processor handle the data in the
#   EU/EEA (the 27 member states and Iceland, Liechtenstein and Norway; a location written as
#   EU, EEA or EES counts as inside), or that a transfer to a third country rests on a valid
#   mechanism (GDPR arts. 44-46). A processor's transfer_mechanism is taken to cover its
#   sub-processors too. Valid are: adequacy, only for a country (or the European Patent
#   Organisation) with a Commission adequacy decision in force on the as-of date, taken from
#   provkoll's dated list of the decisions (a decision adopted after that date does not count);
#   the EU-US Data Privacy Framework (dpf) for a US recipient whose certification is current
#   now and through the upcoming windows (dpf_certified_until), since the US decision covers
#   only organisations on the DPF List, so adequacy alone is not enough for the US; standard
#   contractual clauses (scc, which also need a transfer impact assessment, GDPR-012); or
#   binding corporate rules (bcr). Where a decision covers only part of a country's recipients
#   (Canada: PIPEDA; Japan: APPI) the finding is an info that names the scope, since provkoll
#   cannot tell whether the recipient falls within it. privacy_shield is reported by GDPR-004
#   and not again here. A DPF certification that is otherwise current but expires within
#   warn_days after as_of is reported as a warning.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), 27 April 2016, art. 44: "Any transfer of personal data which are undergoing processing or are intended for processing after transfer to a third country or to an international organisation shall take place only if, subject to the other provisions of this Regulation, the conditions laid down in this Chapter are complied with by the controller and processor"; art. 45(1): "A transfer of personal data to a third country or an international organisation may take place where the Commission has decided that the third country, a territory or one or more specified sectors within that third country, or the international organisation in question ensures an adequate level of protection."'
#   - ref: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32002D0002
#     description: 'European Commission, Decision 2002/2/EC of 20 December 2001 "on the adequate protection of personal data provided by the Canadian Personal Information Protection and Electronic Documents Act": an adequacy decision limited to the recipients that Act covers'
#   - ref: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023D1795
#     description: 'European Commission, Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework), art. 1: the United States ensures an adequate level of protection for personal data transferred from the Union to "organisations in the United States that are included in the ''Data Privacy Framework List''", maintained by the U.S. Department of Commerce'
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?", the controller''s duties: "Säkra att uppgifterna hanteras i EU/EES eller på annat sätt ansluter till de så kallade Privacy Shield-principerna." (the Privacy Shield part is outdated, see GDPR-004)'
# custom:
#   id: GDPR-003
#   severity: error
#   title_sv: Personuppgifterna stannar inom EU/EES, eller täcks av en giltig överföringsgrund
#   hint: Have {processor} process the data in the EU/EEA, or record a valid transfer_mechanism for {location}, adequacy only where the Commission has an adequacy decision in force for that country (for the US, dpf with a current dpf_certified_until instead), otherwise scc with a transfer impact assessment, or bcr.
#   hint_sv: Se till att {processor} behandlar uppgifterna inom EU/EES, eller för in en giltig transfer_mechanism för {location}, adequacy bara där kommissionen har ett gällande beslut om adekvat skyddsnivå för landet (för USA i stället dpf med ett aktuellt dpf_certified_until), annars scc med en bedömning av överföringens konsekvenser, eller bcr.
package provkoll.rules.gdpr.data_location

import data.provkoll.lib.adequacy
import data.provkoll.lib.dates
import data.provkoll.lib.eea
import data.provkoll.lib.values

# mechanisms that cover any third country by themselves
_general := {"scc", "bcr"}

# [path, location, who] for every location outside the EU/EEA, of a processor and of its sub-processors
_outside(i, p) := {[["processors", i, "locations", k], loc, "processes data"] |
	some k, loc in values.list(object.get(p, "locations", null))
	not eea.is_eea(loc)
} | {[["processors", i, "subprocessors", j, "locations", k], loc, sprintf("has a sub-processor, %v, that processes data", [object.get(s, "name", "?")])] |
	some j, s in values.list(object.get(p, "subprocessors", null))
	some k, loc in values.list(object.get(s, "locations", null))
	not eea.is_eea(loc)
}

_id(p) := sprintf("%v", [object.get(p, "id", "?")])

_is_us(loc) if eea.code(loc) == "US"

# a location outside the EU/EEA with no mechanism (or eea, or an unknown one)
deny contains v if {
	some i, p in values.list(input.processors)
	mech := object.get(p, "transfer_mechanism", null)
	not mech in (_general | {"adequacy", "dpf", "privacy_shield"})
	some [path, loc, who] in _outside(i, p)
	id := _id(p)
	v := {
		"path": path,
		"subject": id,
		"msg": sprintf(
			"%s (%s) %s in %v, outside the EU/EEA, without a transfer mechanism (transfer_mechanism: %v)",
			[object.get(p, "name", id), id, who, loc, _shown(mech)],
		),
		"args": {"processor": id, "location": sprintf("%v", [loc])},
	}
}

_shown(mech) := "none" if not values.present(mech)

else := mech

# adequacy for a location without a decision that covers it on the as-of date
deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "transfer_mechanism", null) == "adequacy"
	some [path, loc, who] in _outside(i, p)
	not adequacy.covers(loc, dates.as_of)
	id := _id(p)
	v := {
		"path": path,
		"subject": id,
		"msg": sprintf(
			"%s (%s) %s in %v, outside the EU/EEA, under adequacy, but %s",
			[object.get(p, "name", id), id, who, loc, _no_adequacy(loc)],
		),
		"args": {"processor": id, "location": sprintf("%v", [loc])},
	}
}

_no_adequacy(loc) := sprintf(
	"the US adequacy decision (%s) covers only organisations certified under the EU–US Data Privacy Framework: name dpf and record its dpf_certified_until",
	[adequacy.decision(loc).decision],
) if {
	adequacy.dpf_only(loc)
	adequacy.in_force(loc, dates.as_of)
}

else := sprintf(
	"the Commission's adequacy decision for %s, %s, was adopted only on %s, after %s",
	[adequacy.label(loc), adequacy.decision(loc).decision, adequacy.decision(loc).adopted, dates.as_of],
) if {
	adequacy.adopted_after(loc, dates.as_of)
}

else := sprintf(
	"the Commission's adequacy decision for %s, %s, ran until %s, before %s",
	[adequacy.label(loc), adequacy.decision(loc).decision, adequacy.decision(loc).until, dates.as_of],
) if {
	adequacy.ran_out(loc, dates.as_of)
}

else := sprintf("the Commission has no adequacy decision for %v", [loc])

# adequacy for a country whose decision covers only some recipients: an info naming the scope
deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "transfer_mechanism", null) == "adequacy"
	some [path, loc, who] in _outside(i, p)
	adequacy.covers(loc, dates.as_of)
	adequacy.limited(loc)
	id := _id(p)
	d := adequacy.decision(loc)
	v := {
		"path": path,
		"subject": id,
		"severity": "info",
		"msg": sprintf(
			"%s (%s) %s in %s under adequacy; %s covers %s: make sure the recipient falls within it",
			[object.get(p, "name", id), id, who, adequacy.label(loc), d.decision, d.scope],
		),
		"args": {"processor": id, "location": sprintf("%v", [loc])},
	}
}

# dpf covers US recipients only
deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "transfer_mechanism", null) == "dpf"
	some [path, loc, who] in _outside(i, p)
	not _is_us(loc)
	id := _id(p)
	v := {
		"path": path,
		"subject": id,
		"msg": sprintf(
			"%s (%s) %s in %v, outside the EU/EEA, under dpf, but the EU–US Data Privacy Framework covers only US recipients",
			[object.get(p, "name", id), id, who, loc],
		),
		"args": {"processor": id, "location": sprintf("%v", [loc])},
	}
}

# dpf for a US location: the certification must be recorded and current
_dpf_us(i, p) if {
	object.get(p, "transfer_mechanism", null) == "dpf"
	some [_, loc, _] in _outside(i, p)
	_is_us(loc)
}

# dpf before the Data Privacy Framework decision was adopted
deny contains v if {
	some i, p in values.list(input.processors)
	_dpf_us(i, p)
	adequacy.adopted_after("US", dates.as_of)
	id := _id(p)
	d := adequacy.decision("US")
	v := {
		"path": ["processors", i, "transfer_mechanism"],
		"subject": id,
		"msg": sprintf(
			"%s (%s) relies on the EU–US Data Privacy Framework, but its adequacy decision, %s, was adopted only on %s, after %s",
			[object.get(p, "name", id), id, d.decision, d.adopted, dates.as_of],
		),
		"args": {"processor": id, "location": "US"},
	}
}

deny contains v if {
	some i, p in values.list(input.processors)
	_dpf_us(i, p)
	not dates.is_set(object.get(p, "dpf_certified_until", null))
	id := _id(p)
	v := {
		"path": ["processors", i, "dpf_certified_until"],
		"subject": id,
		"msg": sprintf("%s (%s) relies on the EU–US Data Privacy Framework, but dpf_certified_until is not recorded", [object.get(p, "name", id), id]),
		"args": {"processor": id, "location": "US"},
	}
}

deny contains v if {
	some i, p in values.list(input.processors)
	_dpf_us(i, p)
	some problem in dates.findings(null, object.get(p, "dpf_certified_until", null))
	id := _id(p)
	v := {
		"path": ["processors", i, "dpf_certified_until"],
		"subject": id,
		"severity": object.get(problem, "severity", null),
		"msg": sprintf("the Data Privacy Framework certification of %s (%s) %s", [object.get(p, "name", id), id, problem.msg]),
		"args": {"processor": id, "location": "US"},
	}
}
