# The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway,
# 30 states, as ISO 3166-1 alpha-2 codes (rules-research.md §1.3). Switzerland (CH) and the
# United Kingdom (GB) are not in the EEA: they have adequacy decisions, a transfer mechanism.
# Greece is GR in ISO 3166 (the EU's own abbreviation EL is accepted too).
package provkoll.lib.eea

eu := {
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}

# countries: the 30 EEA states.
countries := eu | {"IS", "LI", "NO"}

# _aliases: other spellings of an EEA state's code.
_aliases := {"EL": "GR"}

# code(c): c as an upper-case ISO code (EL -> GR); undefined when c is not a string.
code(c) := x if {
	is_string(c)
	u := upper(trim_space(c))
	x := object.get(_aliases, u, u)
}

# is_eea(c): the country code c (any case) is an EEA state.
is_eea(c) if code(c) in countries

# is_eu(c): the country code c (any case) is an EU member state.
is_eu(c) if code(c) in eu
