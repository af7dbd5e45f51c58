# METADATA
# title: Every school has at least one DNP administrator
# description: |
#   The central administrator grants access to the DNP module of the school-data system to
#   school-unit administrators, who then build the test groups and keep them up to date. A school
#   without one cannot prepare its groups for the tests. The source, a supplier's presentation,
#   describes IST Administration; that every school-data system works this way is provkoll's
#   inference, hence a warning. The presentation is not public; IST's page on the tests is cited
#   in its place.
# related_resources:
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: 'IST, "Digitala nationella prov" (web page). IST''s presentation "DNP i IST" (IST Connect 2024; no public copy): "Doris tilldelar även behörighet till den nya tjänsten till skolenhetsadministratörer i IST Administration."'
# custom:
#   id: ROLE-002
#   severity: warning
#   per_item: [schools]
#   title_sv: Varje skola har minst en DNP-administratör
#   hint: Have the central administrator grant the DNP module to at least one administrator of school {school} and list their person id under dnp_administrators.
#   hint_sv: Låt den centrala administratören ge minst en administratör på skolan {school} behörighet till DNP-modulen, och för in personens id under dnp_administrators.
#   messages:
#     no_administrator:
#       en: "school {school} ({name}) has no DNP administrator"
#       sv: "skolenheten {school} ({name}) har ingen DNP-administratör"
package provkoll.rules.role.school_administrators

import data.provkoll.lib.values

_has_admin(s) if {
	some a in values.list(object.get(s, "dnp_administrators", null))
	is_string(a)
	trim_space(a) != ""
}

deny contains v if {
	some i, s in values.list(input.schools)
	not _has_admin(s)
	school := sprintf("%v", [object.get(s, "id", i)])
	v := {
		"path": ["schools", i, "dnp_administrators"],
		"subject": school,
		"message": "no_administrator",
		"args": {"school": school, "name": sprintf("%v", [object.get(s, "name", school)])},
	}
}
