# The Skolenhetsregistret snapshot in input.registry, as `provkoll registry fetch` writes it: a
# wrapper (format, version, extract_date, api, organisation_numbers) around `school_units`, each
# the answer of Skolverket's open API v2 to GET /v2/school-units/{schoolUnitCode}, kept in the
# API's own shape (src/config/registry/mod.rs names the published specification):
#   data.schoolUnitCode, data.attributes.{displayName, status, schoolTypes,
#   schoolTypeProperties, startdate, endDate}, included.organizationNumber (the huvudman).
# provkoll has validated the codes, statuses, organisation numbers and dates before any rule
# runs. Without a snapshot, input.registry is null and `present` is false: every register rule
# is then quiet (and the report calls it not applicable).
package provkoll.lib.registry

import data.provkoll.lib.idnum
import data.provkoll.lib.values

# present: a snapshot was given.
present if is_object(input.registry)

_snapshot := values.obj(object.get(input, "registry", null))

# units: the school units of the snapshot.
units := values.list(object.get(_snapshot, "school_units", null))

# extract_date: the day the register was read.
extract_date := object.get(_snapshot, "extract_date", null)

# asked: the organisation numbers the snapshot was fetched for (ten digits each).
asked := {o | some o in values.list(object.get(_snapshot, "organisation_numbers", null))}

# by_code: every unit by its skolenhetskod.
by_code := {code(u): u | some u in units}

code(u) := u.data.schoolUnitCode

status(u) := u.data.attributes.status

# name(u): the unit's name in the register ("" when it has none).
name(u) := n if {
	n := object.get(u, ["data", "attributes", "displayName"], "")
	is_string(n)
} else := ""

# org(u): the organisation number of the unit's huvudman, ten digits.
org(u) := u.included.organizationNumber

start(u) := object.get(u, ["data", "attributes", "startdate"], null)

end(u) := object.get(u, ["data", "attributes", "endDate"], null)

school_types(u) := values.list(object.get(u, ["data", "attributes", "schoolTypes"], null))

_vux_parts(u) := values.list(object.get(u, ["data", "attributes", "schoolTypeProperties", "vux", "schoolTypeParts"], null))

# The school forms in which digital national tests are given, as Skolverket's open-data API for
# DNP states them: GR, GY, SP, SAM and, of kommunal vuxenutbildning, VUXGY only.
dnp_school_types := {"GR", "GY", "SP", "SAM"}

# takes_tests(u): the unit runs a school form with digital national tests.
takes_tests(u) if {
	some t in school_types(u)
	t in dnp_school_types
}

takes_tests(u) if {
	"VUX" in school_types(u)
	"VUXGY" in _vux_parts(u)
}

# key(org_nr): an organisation number as the register writes it (ten digits), from any form
# the configuration accepts.
key(org_nr) := idnum.org_nr_key(org_nr)

# shown(digits): ten digits written NNNNNN-NNNN.
shown(d) := sprintf("%s-%s", [substring(d, 0, 6), substring(d, 6, 4)]) if count(d) == 10

else := d
