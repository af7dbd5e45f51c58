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
#   messages:
#     no_mechanism:
#       en: "{name} ({processor}) processes data in {location}, outside the EU/EEA, without a transfer mechanism (transfer_mechanism: none)"
#       sv: "{name} ({processor}) behandlar uppgifter i {location}, utanför EU/EES, utan stöd för överföring till tredjeland (transfer_mechanism saknas)"
#     bad_mechanism:
#       en: "{name} ({processor}) processes data in {location}, outside the EU/EEA, without a transfer mechanism (transfer_mechanism: {mechanism})"
#       sv: "{name} ({processor}) behandlar uppgifter i {location}, utanför EU/EES, utan stöd för överföring till tredjeland (transfer_mechanism: {mechanism})"
#     adequacy_dpf_only:
#       en: "{name} ({processor}) processes data in {location}, outside the EU/EEA, under adequacy, but the US adequacy decision ({decision}) covers only organisations certified under the EU–US Data Privacy Framework: name dpf and record its dpf_certified_until"
#       sv: "{name} ({processor}) behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men beslutet om adekvat skyddsnivå för USA ({decision_sv}) omfattar bara organisationer som är certifierade enligt EU–US Data Privacy Framework: ange dpf och för in dpf_certified_until"
#     adequacy_not_yet:
#       en: "{name} ({processor}) processes data in {location}, outside the EU/EEA, under adequacy, but the Commission's adequacy decision for {country}, {decision}, was adopted only on {adopted}, after {as_of}"
#       sv: "{name} ({processor}) behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men kommissionens beslut om adekvat skyddsnivå för {country_sv}, {decision_sv}, antogs först {adopted}, efter {as_of}"
#     adequacy_ran_out:
#       en: "{name} ({processor}) processes data in {location}, outside the EU/EEA, under adequacy, but the Commission's adequacy decision for {country}, {decision}, ran until {until}, before {as_of}"
#       sv: "{name} ({processor}) behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men kommissionens beslut om adekvat skyddsnivå för {country_sv}, {decision_sv}, gällde till {until}, före {as_of}"
#     adequacy_none:
#       en: "{name} ({processor}) processes data in {location}, outside the EU/EEA, under adequacy, but the Commission has no adequacy decision for {location}"
#       sv: "{name} ({processor}) behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men kommissionen har inget beslut om adekvat skyddsnivå för {location}"
#     adequacy_limited:
#       en: "{name} ({processor}) processes data in {country} under adequacy; {decision} covers {scope}: make sure the recipient falls within it"
#       sv: "{name} ({processor}) behandlar uppgifter i {country_sv} med stöd av ett beslut om adekvat skyddsnivå; {decision_sv} omfattar {scope_sv}: se till att mottagaren faller inom det"
#     dpf_not_us:
#       en: "{name} ({processor}) processes data in {location}, outside the EU/EEA, under dpf, but the EU–US Data Privacy Framework covers only US recipients"
#       sv: "{name} ({processor}) behandlar uppgifter i {location}, utanför EU/EES, med stöd av dpf, men EU–US Data Privacy Framework omfattar bara mottagare i USA"
#     no_mechanism_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {location}, outside the EU/EEA, without a transfer mechanism (transfer_mechanism: none)"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {location}, utanför EU/EES, utan stöd för överföring till tredjeland (transfer_mechanism saknas)"
#     bad_mechanism_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {location}, outside the EU/EEA, without a transfer mechanism (transfer_mechanism: {mechanism})"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {location}, utanför EU/EES, utan stöd för överföring till tredjeland (transfer_mechanism: {mechanism})"
#     adequacy_dpf_only_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {location}, outside the EU/EEA, under adequacy, but the US adequacy decision ({decision}) covers only organisations certified under the EU–US Data Privacy Framework: name dpf and record its dpf_certified_until"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men beslutet om adekvat skyddsnivå för USA ({decision_sv}) omfattar bara organisationer som är certifierade enligt EU–US Data Privacy Framework: ange dpf och för in dpf_certified_until"
#     adequacy_not_yet_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {location}, outside the EU/EEA, under adequacy, but the Commission's adequacy decision for {country}, {decision}, was adopted only on {adopted}, after {as_of}"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men kommissionens beslut om adekvat skyddsnivå för {country_sv}, {decision_sv}, antogs först {adopted}, efter {as_of}"
#     adequacy_ran_out_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {location}, outside the EU/EEA, under adequacy, but the Commission's adequacy decision for {country}, {decision}, ran until {until}, before {as_of}"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men kommissionens beslut om adekvat skyddsnivå för {country_sv}, {decision_sv}, gällde till {until}, före {as_of}"
#     adequacy_none_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {location}, outside the EU/EEA, under adequacy, but the Commission has no adequacy decision for {location}"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {location}, utanför EU/EES, med stöd av ett beslut om adekvat skyddsnivå, men kommissionen har inget beslut om adekvat skyddsnivå för {location}"
#     adequacy_limited_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {country} under adequacy; {decision} covers {scope}: make sure the recipient falls within it"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {country_sv} med stöd av ett beslut om adekvat skyddsnivå; {decision_sv} omfattar {scope_sv}: se till att mottagaren faller inom det"
#     dpf_not_us_sub:
#       en: "{name} ({processor}) has a sub-processor, {sub}, that processes data in {location}, outside the EU/EEA, under dpf, but the EU–US Data Privacy Framework covers only US recipients"
#       sv: "{name} ({processor}) har ett underbiträde, {sub}, som behandlar uppgifter i {location}, utanför EU/EES, med stöd av dpf, men EU–US Data Privacy Framework omfattar bara mottagare i USA"
#     dpf_not_yet:
#       en: "{name} ({processor}) relies on the EU–US Data Privacy Framework, but its adequacy decision, {decision}, was adopted only on {adopted}, after {as_of}"
#       sv: "{name} ({processor}) förlitar sig på EU–US Data Privacy Framework, men beslutet om adekvat skyddsnivå, {decision_sv}, antogs först {adopted}, efter {as_of}"
#     dpf_not_recorded:
#       en: "{name} ({processor}) relies on the EU–US Data Privacy Framework, but dpf_certified_until is not recorded"
#       sv: "{name} ({processor}) förlitar sig på EU–US Data Privacy Framework, men dpf_certified_until är inte ifyllt"
#     expired:
#       en: "the Data Privacy Framework certification of {name} ({processor}) expired on {date}"
#       sv: "certifieringen enligt Data Privacy Framework för {name} ({processor}) löpte ut {date}"
#     ends_too_soon:
#       en: "the Data Privacy Framework certification of {name} ({processor}) expires {date}, before the end of window {window} ({start} – {end})"
#       sv: "certifieringen enligt Data Privacy Framework för {name} ({processor}) upphör att gälla {date}, före slutet av provperioden {window} ({start} – {end})"
#     expiring:
#       en: "the Data Privacy Framework certification of {name} ({processor}) expires {date}, within {warn_days} days of {as_of}"
#       sv: "certifieringen enligt Data Privacy Framework för {name} ({processor}) upphör att gälla {date}, inom {warn_days} dagar från {as_of}"
package provkoll.rules.gdpr.data_location

import data.provkoll.lib.adequacy
import data.provkoll.lib.dates
import data.provkoll.lib.eea
import data.provkoll.lib.values

# mechanisms that cover any third country by themselves
_general := {"scc", "bcr"}

# [path, location, who] for every location outside the EU/EEA, of a processor and of its sub-processors
# (who: "" for the processor itself, the sub-processor's name for one of its sub-processors)
_outside(i, p) := {[["processors", i, "locations", k], loc, ""] |
	some k, loc in values.list(object.get(p, "locations", null))
	not eea.is_eea(loc)
} | {[["processors", i, "subprocessors", j, "locations", k], loc, sprintf("%v", [object.get(s, "name", "?")])] |
	some j, s in values.list(object.get(p, "subprocessors", null))
	some k, loc in values.list(object.get(s, "locations", null))
	not eea.is_eea(loc)
}

_id(p) := sprintf("%v", [object.get(p, "id", "?")])

# the message key for the processor itself or one of its sub-processors
_key(base, "") := base

_key(base, who) := concat("", [base, "_sub"]) if who != ""

# the args every message of a processor's location names
_args(p, loc, who) := {
	"processor": _id(p),
	"name": sprintf("%v", [object.get(p, "name", _id(p))]),
	"location": sprintf("%v", [loc]),
	"sub": who,
}

# and those of a decision
_decision_args(loc) := {
	"country": adequacy.label(loc),
	"country_sv": adequacy.label_sv(loc),
	"decision": adequacy.decision(loc).decision,
	"decision_sv": adequacy.decision_sv(loc),
	"adopted": object.get(adequacy.decision(loc), "adopted", ""),
	"until": object.get(adequacy.decision(loc), "until", ""),
	"scope": adequacy.decision(loc).scope,
	"scope_sv": object.get(adequacy.decision(loc), "scope_sv", adequacy.decision(loc).scope),
	"as_of": dates.as_of,
}

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
		"message": _key(_mechanism_key(mech), who),
		"args": object.union(_args(p, loc, who), {"mechanism": sprintf("%v", [mech])}),
	}
}

_mechanism_key(mech) := "no_mechanism" if not values.present(mech)

else := "bad_mechanism"

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
		"message": _key(_no_adequacy(loc), who),
		"args": object.union(_args(p, loc, who), _no_adequacy_args(loc)),
	}
}

_no_adequacy(loc) := "adequacy_dpf_only" if {
	adequacy.dpf_only(loc)
	adequacy.in_force(loc, dates.as_of)
} else := "adequacy_not_yet" if {
	adequacy.adopted_after(loc, dates.as_of)
} else := "adequacy_ran_out" if {
	adequacy.ran_out(loc, dates.as_of)
} else := "adequacy_none"

_no_adequacy_args(loc) := _decision_args(loc) if adequacy.has_decision(loc)

else := {}

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
		"message": _key("adequacy_limited", who),
		"args": object.union(_args(p, loc, who), _decision_args(loc)),
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
		"message": _key("dpf_not_us", who),
		"args": _args(p, loc, who),
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
		"message": "dpf_not_yet",
		"args": object.union(_args(p, "US", ""), _decision_args("US")),
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
		"message": "dpf_not_recorded",
		"args": _args(p, "US", ""),
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
		"message": problem.kind,
		"args": object.union(_args(p, "US", ""), dates.args(problem)),
	}
}
