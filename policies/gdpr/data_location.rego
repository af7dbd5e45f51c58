# METADATA
# title: Personal data stay in the EU/EEA, or a valid transfer mechanism covers them
# description: |
#   The controller must make sure the processor and every sub-processor handle the data in the
#   EU/EEA (the 27 member states and Iceland, Liechtenstein and Norway), or that a transfer to
#   a third country rests on a valid mechanism (GDPR arts. 44-46): an adequacy decision (UK,
#   Switzerland, ...), the EU-US Data Privacy Framework for a US recipient whose certification
#   is current now and through the upcoming windows (dpf_certified_until), standard contractual
#   clauses or binding corporate rules. A processor's transfer_mechanism is taken to cover its
#   sub-processors too. privacy_shield is reported by GDPR-004 and not again here. provkoll
#   does not check that an adequacy decision exists for the country named. A DPF certification
#   that is otherwise current but expires within warn_days after as_of is reported as a warning.
# related_resources:
#   - ref: seed:003_58c97f49be8b6172.txt
#     description: Unikum, the controller's duties, "Säkra att uppgifterna hanteras i EU/EES eller på annat sätt ansluter till de så kallade Privacy Shield-principerna." (the Privacy Shield part is outdated, see GDPR-004)
#   - ref: https://www.gdprsummary.com/gdpr-definitions/european-economic-area/
#     description: The EEA is the 27 EU member states plus Iceland, Liechtenstein and Norway; Switzerland and the UK are not members
#   - ref: https://www.huntonprivacyblog.com/2023/07/10/breaking-eu-commission-adopts-eu-u-s-data-privacy-framework-adequacy-decision/
#     description: The EU-US Data Privacy Framework adequacy decision (10 July 2023) covers only US organisations self-certified with the US Department of Commerce
# custom:
#   id: GDPR-003
#   severity: error
#   title_sv: Personuppgifterna stannar inom EU/EES, eller täcks av en giltig överföringsgrund
#   hint: Have {processor} process the data in the EU/EEA, or record a valid transfer_mechanism for {location} (adequacy, scc, bcr, or dpf with a current dpf_certified_until for a US recipient).
#   hint_sv: Se till att {processor} behandlar uppgifterna inom EU/EES, eller för in en giltig transfer_mechanism för {location} (adequacy, scc, bcr, eller dpf med ett aktuellt dpf_certified_until för en mottagare i USA).
package provkoll.rules.gdpr.data_location

import data.provkoll.lib.dates
import data.provkoll.lib.eea
import data.provkoll.lib.values

# mechanisms that cover any third country by themselves
_general := {"adequacy", "scc", "bcr"}

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
	not mech in (_general | {"dpf", "privacy_shield"})
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
