# METADATA
# title: An own pseudonymisation records where its key is kept
# description: |
#   Data are pseudonymised only while the additional information that links a pseudonym back to
#   the person, the key, is kept separately and protected (GDPR article 4(5)). An organiser that
#   pseudonymises protected students itself (method own, or fictitious_users, where the key is
#   the list linking each TF-nummer to the real student) holds that key, and should be able to
#   say where: record it in protected_data.pseudonymisation.key_kept_in, such as a protected
#   group in the student register, never in what is transferred to Skolverket. provkoll checks
#   that the place is recorded; that it is kept apart, and who can reach it, is for the organiser
#   to ensure. Recording it is provkoll's advice, not a stated requirement of Skolverket.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: GDPR, Regulation (EU) 2016/679, article 4(5), "'pseudonymisation' means the processing of personal data in such a manner that the personal data can no longer be attributed to a specific data subject without the use of additional information, provided that such additional information is kept separately and is subject to technical and organisational measures to ensure that the personal data are not attributed to an identified or identifiable natural person"
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29), "Kodnyckeln måste förvaras separat och vara föremål för tekniska och organisatoriska säkerhetsåtgärder för att uppgifterna ska anses vara pseudonymiserade."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Om ni vill undvika Skolverkets pseudonymisering är det viktigt att ni intygar er pseudonymiseringsmetod och följer instruktionerna."
# custom:
#   id: PSEUDO-008
#   severity: warning
#   title_sv: En egen pseudonymisering anger var nyckeln förvaras
#   hint: Record where the key of the {method} pseudonymisation of {org_nr} is kept (the list linking pseudonyms or TF-nummer to the real students), apart from the pseudonymised data, in protected_data.pseudonymisation.key_kept_in, e.g. "Elevregistret, skyddad behörighetsgrupp".
#   hint_sv: Ange var nyckeln till pseudonymiseringen ({method}) för {org_nr} förvaras (listan som kopplar pseudonymer eller TF-nummer till de verkliga eleverna), skild från de pseudonymiserade uppgifterna, i protected_data.pseudonymisation.key_kept_in, t.ex. "Elevregistret, skyddad behörighetsgrupp".
#   messages:
#     own:
#       en: "the own pseudonymisation of {name} ({org_nr}) does not record where the key that links each pseudonym to the student is kept (key_kept_in)"
#       sv: "den egna pseudonymiseringen (own) för {name} ({org_nr}) anger inte var nyckeln som kopplar varje pseudonym till eleven förvaras (key_kept_in)"
#     fictitious_users:
#       en: "the fictitious_users pseudonymisation of {name} ({org_nr}) does not record where the list that links each fictitious user's TF-nummer to the real student is kept (key_kept_in)"
#       sv: "pseudonymiseringen med fingerade användare (fictitious_users) för {name} ({org_nr}) anger inte var listan som kopplar varje fingerad användares TF-nummer till den verkliga eleven förvaras (key_kept_in)"
package provkoll.rules.pseudo.key_kept_apart

import data.provkoll.lib.values

# the organiser's own pseudonymisation methods, where it holds the key
_own := {"own", "fictitious_users"}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	ps := values.obj(object.get(e, ["protected_data", "pseudonymisation"], null))
	method := object.get(ps, "method", null)
	method in _own
	not _recorded(object.get(ps, "key_kept_in", null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "pseudonymisation", "key_kept_in"],
		"subject": org,
		"message": method,
		"args": {"org_nr": org, "method": method, "name": sprintf("%v", [object.get(e, "name", org)])},
	}
}

_recorded(x) if {
	is_string(x)
	trim_space(x) != ""
}
