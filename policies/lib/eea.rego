# The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway,
# 30 states, as ISO 3166-1 alpha-2 codes (rules-research.md §1.3). Switzerland (CH) and the
# United Kingdom (GB) are not in the EEA: they have adequacy decisions, a transfer mechanism
# (lib/adequacy.rego). Greece is GR in ISO 3166 (the EU's own abbreviation EL is accepted too).
#
# A location list may also name the region itself instead of a state: `EU`, `EEA`, `EES` (the
# Swedish EES), `EU/EEA` or `EU/EES`, in any case. Data processed "in the EU" are inside the
# EU/EEA, so these count as EEA locations (a rule must never say "processes data in EU, outside
# the EU/EEA").
package provkoll.lib.eea

eu := {
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}

# countries: the 30 EEA states.
countries := eu | {"IS", "LI", "NO"}

# regions: names of the area itself; "EU" lies inside the EU, the others inside the EEA.
regions := {"EU", "EEA", "EES", "EU/EEA", "EU/EES"}

# _aliases: other spellings of an EEA state's code.
_aliases := {"EL": "GR"}

# code(c): c as an upper-case ISO code (EL -> GR), or a region name with its spaces removed
# ("EU / EEA" -> "EU/EEA"); undefined when c is not a string.
code(c) := x if {
	is_string(c)
	u := upper(trim_space(c))
	x := object.get(_aliases, u, _compact(u))
}

_compact(u) := r if {
	r := replace(u, " ", "")
	r in regions
} else := u

# is_region(c): c names the EU or the EEA itself rather than a state.
is_region(c) if code(c) in regions

# is_eea(c): the country code c (any case) is an EEA state, or c names the EU or the EEA.
is_eea(c) if code(c) in countries

is_eea(c) if is_region(c)

# is_eu(c): the country code c (any case) is an EU member state, or c is "EU".
is_eu(c) if code(c) in eu

is_eu(c) if code(c) == "EU"
