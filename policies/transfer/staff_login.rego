# METADATA
# title: Staff log in at assurance level 2 or higher, and the identity provider releases EPPN
# description: |
#   Staff log in to Skolverket's test service through the organiser's identity provider, with
#   multi-factor authentication by an e-legitimation at DIGG tillitsnivå 2 or higher. The identity
#   provider must also send the federation user name (eduPersonPrincipalName, EPPN) in its
#   assertion: it is what links a person's school login to their user in the test service, so
#   without it nobody can be matched to their groups. Either gap stops staff from logging in.
# related_resources:
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/tekniskt-verifieringstest---federerad-inloggning-med-e-legitimation-for-skolpersonal
#     description: Skolverket, technical verification test for federated login with e-legitimation for school staff, checks that the identity provider "skickar med federationsanvändarnamn (EPPN) i intyget" and is connected to Fidus
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/inloggningstjanst-och-e-legitimation/instruktioner-for-att-skaffa-och-anvanda-eduid-som-inloggningstjanst-med-e-legitimation
#     description: Skolverket, Eduid as login service and e-legitimation, the alternative for organisers without a login service at tillitsnivå 2
# custom:
#   id: TRANSFER-009
#   severity: error
#   title_sv: Personal loggar in med tillitsnivå 2 eller högre, och inloggningstjänsten skickar EPPN
#   hint: "Correct organiser.login.{field}: staff need an e-legitimation approved at DIGG tillitsnivå 2 or higher (or Eduid, ordered in Administration provtjänsten), and the identity provider must release eduPersonPrincipalName (EPPN) to Skolverket's service; check both with Skolverket's technical verification test."
#   hint_sv: "Rätta organiser.login.{field}: personalen behöver en e-legitimation godkänd på DIGG:s tillitsnivå 2 eller högre (eller Eduid, som beställs i Administration provtjänsten), och inloggningstjänsten måste skicka eduPersonPrincipalName (EPPN) till Skolverkets tjänst; kontrollera båda med Skolverkets tekniska verifieringstest."
#   messages:
#     no_level:
#       en: "the staff login records no assurance level (staff_assurance_level); tillitsnivå 2 or higher is required"
#       sv: "personalens inloggning anger ingen tillitsnivå (staff_assurance_level); tillitsnivå 2 eller högre krävs"
#     level_too_low:
#       en: "staff log in at assurance level {level}, below the required tillitsnivå 2"
#       sv: "personalen loggar in på tillitsnivå {level}, under den tillitsnivå 2 som krävs"
#     no_eppn:
#       en: "the identity provider does not release EPPN (releases_eppn: false), so staff cannot be matched to their users in the test service"
#       sv: "identitetsutfärdaren lämnar inte ut EPPN (releases_eppn: false), så personalen kan inte kopplas till sina användare i provtjänsten"
#     eppn_not_recorded:
#       en: "the staff login does not record that the identity provider releases EPPN (releases_eppn)"
#       sv: "personalens inloggning anger inte att identitetsutfärdaren lämnar ut EPPN (releases_eppn)"
package provkoll.rules.transfer.staff_login

import data.provkoll.lib.values

_login := values.obj(object.get(input, ["organiser", "login"], null))


deny contains v if {
	level := object.get(_login, "staff_assurance_level", null)
	not _enough(level)
	v := {
		"path": ["organiser", "login", "staff_assurance_level"],
		"subject": "login",
		"message": _level_key(level),
		"args": {"field": "staff_assurance_level", "level": sprintf("%v", [level])},
	}
}

_enough(level) if {
	is_number(level)
	level >= 2
}

_level_key(level) := "no_level" if level == null

_level_key(level) := "level_too_low" if level != null

deny contains v if {
	eppn := object.get(_login, "releases_eppn", null)
	eppn != true
	v := {
		"path": ["organiser", "login", "releases_eppn"],
		"subject": "login",
		"message": _eppn_key(eppn),
		"args": {"field": "releases_eppn"},
	}
}

_eppn_key(false) := "no_eppn"

_eppn_key(eppn) := "eppn_not_recorded" if eppn != false
