# METADATA
# title: A legal basis under GDPR article 6(1) is recorded
# description: |
#   Processing is lawful only if at least one of the grounds in GDPR art. 6(1)(a)-(f) applies;
#   for a school organiser it is usually (e), a task carried out in the public interest, or (c),
#   a legal obligation. The controller must know which, so organiser.gdpr.legal_basis must name
#   one, or each LegalEntity's gdpr.legal_basis, which takes precedence for that entity. Any
#   usual spelling is accepted: 6.1e, 6(1)(e), art. 6.1 e, artikel 6.1 e, article 6(1)(e) GDPR,
#   several joined by a comma or "och"/"and", and a short explanation in brackets after it
#   (6.1e (allmänt intresse)). A value that names no ground (6.2, 6.1g, "allmänt intresse"
#   alone) is reported with the value found; so is a missing basis.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 6(1): "Processing shall be lawful only if and to the extent that at least one of the following applies:" (a) consent to (f) legitimate interests, including "(e) processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller"'
#   - ref: https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:32016R0679
#     description: 'Europaparlamentet och rådet, förordning (EU) 2016/679 (dataskyddsförordningen), artikel 6.1: "Behandling är endast laglig om och i den mån som åtminstone ett av följande villkor är uppfyllt:" a) till f), bland annat "e) Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning."'
# custom:
#   id: GDPR-011
#   severity: error
#   title_sv: En rättslig grund enligt artikel 6.1 är angiven
#   hint: Record the legal basis for {who} as one of GDPR article 6(1)(a)-(f), e.g. legal_basis "6.1e" (a task in the public interest) in organiser.gdpr, or in the LegalEntity's gdpr where it differs.
#   hint_sv: Ange den rättsliga grunden för {who} som en av artikel 6.1 a-f i dataskyddsförordningen, till exempel legal_basis "6.1e" (uppgift av allmänt intresse) i organiser.gdpr, eller i juridiska personens gdpr där den skiljer sig.
#   messages:
#     none:
#       en: "no legal basis is recorded for {who} (organiser.gdpr.legal_basis)"
#       sv: "ingen rättslig grund är angiven för {who} (organiser.gdpr.legal_basis)"
#     none_for_entity:
#       en: "no legal basis is recorded for {who}: neither its gdpr.legal_basis nor organiser.gdpr.legal_basis names one"
#       sv: "ingen rättslig grund är angiven för {who}: varken dess gdpr.legal_basis eller organiser.gdpr.legal_basis anger någon"
#     not_article_6:
#       en: "the legal basis \"{basis}\" recorded for {who} (organiser.gdpr.legal_basis) is not one of GDPR article 6(1)(a)-(f), such as 6.1e"
#       sv: "den rättsliga grunden \"{basis}\" som är angiven för {who} (organiser.gdpr.legal_basis) är inte någon av grunderna i artikel 6.1 a–f i dataskyddsförordningen, till exempel 6.1e"
#     entity_not_article_6:
#       en: "the legal basis \"{basis}\" recorded for {who} (its gdpr.legal_basis) is not one of GDPR article 6(1)(a)-(f), such as 6.1e"
#       sv: "den rättsliga grunden \"{basis}\" som är angiven för {who} (dess gdpr.legal_basis) är inte någon av grunderna i artikel 6.1 a–f i dataskyddsförordningen, till exempel 6.1e"
package provkoll.rules.gdpr.legal_basis

import data.provkoll.lib.values

_organiser := values.obj(object.get(input, "organiser", null))

_name := sprintf("%v", [object.get(_organiser, "name", "the organiser")])

_entities := values.list(object.get(input, "legal_entities", null))

_named(x) if {
	is_string(x)
	trim_space(x) != ""
}

# one ground: an optional "art."/"artikel"/"article" (and "GDPR" before or after), 6, 1 and a
# letter a-f, separated by dots, brackets or spaces, and an optional explanation in brackets
_one := `^(gdpr|dataskyddsförordningen)?\s*(art(icle|ikel)?\.?)?\s*6\s*(\.|\(|\s)\s*1\s*\)?\s*(\.|\(|\s)?\s*[a-f]\s*\)?\s*(gdpr|dataskyddsförordningen)?\s*(\([^()]*\))?\s*$`

_separator := `\s*(,|;|\+|&|/|\boch\b|\band\b)\s*`

# valid(s): s names one or more grounds of art. 6(1), and nothing else
valid(s) if {
	is_string(s)
	parts := regex.split(_separator, lower(trim_space(s)))
	count(parts) > 0
	every part in parts {
		regex.match(_one, part)
	}
}

_organiser_basis := object.get(_organiser, ["gdpr", "legal_basis"], null)

_own(e) := object.get(values.obj(e), ["gdpr", "legal_basis"], null)

# the entities that take the organiser's basis (they record none of their own)
_inheriting := [e | some e in _entities; not _named(_own(e))]

# the organiser's basis applies to someone: an entity without its own, or there are no entities
_organiser_applies if count(_inheriting) > 0

_organiser_applies if count(_entities) == 0

_who(e) := sprintf("%v (%v)", [object.get(values.obj(e), "name", "?"), object.get(values.obj(e), "org_nr", "?")])

# nobody records a basis: one finding, on the organiser
deny contains v if {
	is_object(input.organiser)
	not _named(_organiser_basis)
	count(_inheriting) == count(_entities)
	v := {
		"path": ["organiser", "gdpr", "legal_basis"],
		"subject": _name,
		"message": "none",
		"args": {"who": _name},
	}
}

# some entities record their own, the organiser none: each entity without one
deny contains v if {
	is_object(input.organiser)
	not _named(_organiser_basis)
	count(_inheriting) < count(_entities)
	some i, e in _entities
	not _named(_own(e))
	who := _who(e)
	v := {
		"path": ["legal_entities", i, "gdpr", "legal_basis"],
		"subject": sprintf("%v", [object.get(values.obj(e), "org_nr", "?")]),
		"message": "none_for_entity",
		"args": {"who": who},
	}
}

# the organiser's basis, where it applies, names no ground of art. 6(1)
deny contains v if {
	is_object(input.organiser)
	_named(_organiser_basis)
	_organiser_applies
	not valid(_organiser_basis)
	v := {
		"path": ["organiser", "gdpr", "legal_basis"],
		"subject": _name,
		"message": "not_article_6",
		"args": {"who": _name, "basis": sprintf("%v", [_organiser_basis])},
	}
}

# an entity's own basis names no ground of art. 6(1)
deny contains v if {
	some i, e in _entities
	basis := _own(e)
	_named(basis)
	not valid(basis)
	who := _who(e)
	v := {
		"path": ["legal_entities", i, "gdpr", "legal_basis"],
		"subject": sprintf("%v", [object.get(values.obj(e), "org_nr", "?")]),
		"message": "entity_not_article_6",
		"args": {"who": who, "basis": sprintf("%v", [basis])},
	}
}
