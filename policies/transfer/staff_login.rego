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
package provkoll.rules.transfer.staff_login

import data.provkoll.lib.values

_login := values.obj(object.get(input, ["organiser", "login"], null))


deny contains v if {
	level := object.get(_login, "staff_assurance_level", null)
	not _enough(level)
	v := {
		"path": ["organiser", "login", "staff_assurance_level"],
		"subject": "login",
		"msg": _level_msg(level),
		"args": {"field": "staff_assurance_level"},
	}
}

_enough(level) if {
	is_number(level)
	level >= 2
}

_level_msg(level) := "the staff login records no assurance level (staff_assurance_level); tillitsnivå 2 or higher is required" if {
	level == null
}

_level_msg(level) := sprintf("staff log in at assurance level %v, below the required tillitsnivå 2", [level]) if {
	level != null
}

deny contains v if {
	eppn := object.get(_login, "releases_eppn", null)
	eppn != true
	v := {
		"path": ["organiser", "login", "releases_eppn"],
		"subject": "login",
		"msg": _eppn_msg(eppn),
		"args": {"field": "releases_eppn"},
	}
}

_eppn_msg(false) := "the identity provider does not release EPPN (releases_eppn: false), so staff cannot be matched to their users in the test service"

_eppn_msg(eppn) := "the staff login does not record that the identity provider releases EPPN (releases_eppn)" if eppn != false
