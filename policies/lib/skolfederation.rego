# Where Skolfederation is needed: a machine transfer (SS 12000 pull or the Provisioning API)
# that authenticates through Moa, or staff logging in through the organiser's own login service
# (login.idp set and not eduid). A transfer with a CA certificate, a file upload, or Eduid as
# the login service needs no membership.
package provkoll.lib.skolfederation

import data.provkoll.lib.values

_machine := {"ss12000_pull", "provisioning_api"}

# moa(t): transfer block t authenticates a machine transfer through Moa (authentication moa or
# absent).
moa(t) if {
	object.get(t, "method", null) in _machine
	object.get(t, "authentication", null) != "ca_certificate"
}

# ca(t): transfer block t authenticates a machine transfer with a certificate from an approved
# CA (SITHS, EFOS or Expisoft) instead of Moa.
ca(t) if {
	object.get(t, "method", null) in _machine
	object.get(t, "authentication", null) == "ca_certificate"
}

# moa_in_use: some legal entity transfers through Moa.
moa_in_use if {
	some e in values.list(input.legal_entities)
	moa(values.obj(object.get(e, "transfer", null)))
}

# own_idp(x): x names the organiser's own login service (present, not eduid).
own_idp(x) if {
	is_string(x)
	trim_space(x) != ""
	lower(trim_space(x)) != "eduid"
}

# idp: organiser.login.idp as written, or null.
idp := object.get(input, ["organiser", "login", "idp"], null)

# own_login: staff log in through the organiser's own login service.
own_login if own_idp(idp)

# needed: Skolfederation is needed, for a transfer or for the login.
needed if moa_in_use

needed if own_login
