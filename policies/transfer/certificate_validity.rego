# METADATA
# title: Every client certificate in use is valid through the upcoming windows, and the Moa metadata is newer
# description: |
#   A machine transfer (ss12000_pull or provisioning_api) authenticates to the test service's
#   authorisation server over mutual TLS with the huvudman's client certificate; a certificate
#   that fails validation ends the connection, and with it the transfer of changes to groups and
#   students. The certificates in use are those of the route each legal entity takes: on the Moa
#   route (transfer.authentication moa or absent), the certificates registered in the metadata of
#   Moa, Skolfederation's TLS federation (federation.certificates); on the CA route
#   (authentication ca_certificate), the entity's own client certificate from a certificate
#   authority approved by Fidus (SITHS, EFOS, Expisoft; transfer.client_certificate), which every
#   such entity must record. A file upload uses no certificate, and Federation certificates are
#   not checked when no legal entity takes the Moa route.
#
#   Each certificate in use must not have expired, must be valid lead_days before every upcoming
#   window starts, and must last through the window's last day. On the Moa route only, metadata
#   uploaded before a certificate's not_before cannot hold it (a renewed certificate means a new
#   pin), so it must be uploaded again. Moa metadata may list several certificates: a certificate
#   beside another that is valid now and covers every upcoming window is a rollover, not a gap,
#   so its own dates are not held against it, and one that has expired is reported only as a
#   warning to remove it. Treating expiry as fatal and the lead time are provkoll's conservative
#   inference; a certificate that is otherwise valid but expires within warn_days after as_of is
#   reported as a warning.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: 'Skolverket, dnp-usermanagement, "API för autentisering" (commit a06cf58, 2026-04-14): the two routes, "1. Vara medlem i en TLS-federation som är ansluten till Fidus samt se till att huvudmannens klientcertifikat är registrerat i ett metadataregister som tillhandahålls av TLS-federationen. 2. Skaffa ett klientcertifikat från en certifikatutfärdare som är godkänd av Fidus."; "Klientcertifikatet används för att identifiera huvudmannen. Därför ska varje huvudman ha minst ett klientcertifikat."; "Inför maskinell överföring av uppgifter till Skolverkets provtjänst krävs det att klienter autentiserar sig mot provtjänstens auktoriseringsserver enligt principen mTLS"; the approved authorities "SITHS funktionscertifikat", "E-identitet för offentlig sektor - EFOS", "Expisoft serverlegitimation/organisationslegitimation certifikat"'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista for en huvudman som överför uppgifter enligt standarden SS 12000" (last changed 2025-09-04), step 4: "Skaffa klientcertifikat och etablera integration mot provtjänstens auktoriseringsserver."'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-via-Provisioning-API.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista för en huvudman som överför uppgifter genom att skicka data till provtjänstens Provisioning API" (last changed 2025-09-04), step 3: "Skaffa klientcertifikat och etablera integration mot provtjänstens auktoriseringsserver." (the file-upload checklist has no certificate step)'
#   - ref: https://github.com/dotse/tls-fed-auth/blob/349676f37e54553c08c2e06d8b143ec162601293/tls-fed-auth.md
#     description: 'J. Schlyter, S. Halén, "Federated TLS Authentication" (FedTLS, draft-halen-fed-tls-auth-08, 2024-02-16), the protocol of Moa: "clients and servers validate the received certificate against the pre-configured public key pins retrieved from the federation metadata" and "failure to validate a received certificate against the established parameters, whether through pinning or issuer verification, results in immediate termination of the connection."'
# custom:
#   id: TRANSFER-006
#   severity: error
#   title_sv: Varje klientcertifikat som används gäller under kommande provperioder, och metadata i Moa är nyare
#   hint: "Get a new client certificate in place of {certificate} that is valid from before the ready-by date through the last day of each upcoming window. On the Moa route, have a technical contact upload it with new metadata to Skolfederation and update federation.certificates and metadata.uploaded_on; with a certificate from SITHS, EFOS or Expisoft holding the organisationsnummer, update transfer.client_certificate. An expired certificate that a valid one has replaced: remove it from the metadata and from federation.certificates."
#   hint_sv: "Skaffa ett nytt klientcertifikat i stället för {certificate} som gäller från före klar-datumet till och med sista dagen i varje kommande provperiod. Med Moa: låt en teknisk kontakt ladda upp det med ny metadata i Skolfederation och uppdatera federation.certificates och metadata.uploaded_on; med ett certifikat från SITHS, EFOS eller Expisoft som innehåller organisationsnumret: uppdatera transfer.client_certificate. Ett utgånget certifikat som ett giltigt har ersatt: ta bort det ur metadata och ur federation.certificates."
#   messages:
#     fed_expired:
#       en: "the Skolfederation certificate {certificate} expired on {date}"
#       sv: "Skolfederationscertifikatet {certificate} löpte ut {date}"
#     fed_not_valid_in_time:
#       en: "the Skolfederation certificate {certificate} is valid only from {date}, after {ready_by}, {lead_days} days before window {window} ({start} – {end})"
#       sv: "Skolfederationscertifikatet {certificate} gäller först från {date}, efter {ready_by}, {lead_days} dagar före provperioden {window} ({start} – {end})"
#     fed_ends_too_soon:
#       en: "the Skolfederation certificate {certificate} expires {date}, before the end of window {window} ({start} – {end})"
#       sv: "Skolfederationscertifikatet {certificate} upphör att gälla {date}, före slutet av provperioden {window} ({start} – {end})"
#     fed_expiring:
#       en: "the Skolfederation certificate {certificate} expires {date}, within {warn_days} days of {as_of}"
#       sv: "Skolfederationscertifikatet {certificate} upphör att gälla {date}, inom {warn_days} dagar från {as_of}"
#     client_expired:
#       en: "the client certificate {certificate} of {name} ({org_nr}) expired on {date}"
#       sv: "klientcertifikatet {certificate} för {name} ({org_nr}) löpte ut {date}"
#     client_not_valid_in_time:
#       en: "the client certificate {certificate} of {name} ({org_nr}) is valid only from {date}, after {ready_by}, {lead_days} days before window {window} ({start} – {end})"
#       sv: "klientcertifikatet {certificate} för {name} ({org_nr}) gäller först från {date}, efter {ready_by}, {lead_days} dagar före provperioden {window} ({start} – {end})"
#     client_ends_too_soon:
#       en: "the client certificate {certificate} of {name} ({org_nr}) expires {date}, before the end of window {window} ({start} – {end})"
#       sv: "klientcertifikatet {certificate} för {name} ({org_nr}) upphör att gälla {date}, före slutet av provperioden {window} ({start} – {end})"
#     client_expiring:
#       en: "the client certificate {certificate} of {name} ({org_nr}) expires {date}, within {warn_days} days of {as_of}"
#       sv: "klientcertifikatet {certificate} för {name} ({org_nr}) upphör att gälla {date}, inom {warn_days} dagar från {as_of}"
#     superseded:
#       en: "the Skolfederation certificate {certificate} expired on {date} and is superseded by {next}, which covers the upcoming windows: remove {certificate} from the metadata and from the list"
#       sv: "Skolfederationscertifikatet {certificate} löpte ut {date} och har ersatts av {next}, som täcker de kommande provperioderna: ta bort {certificate} ur metadata och ur listan"
#     no_client_certificate:
#       en: "{name} ({org_nr}) transfers by {method} with a certificate from an approved certificate authority (authentication: ca_certificate) but records no client_certificate"
#       sv: "{name} ({org_nr}) överför med {method} och ett certifikat från en godkänd certifikatutfärdare (authentication: ca_certificate) men anger inget client_certificate"
#     uploaded_before_valid:
#       en: "the Skolfederation metadata was uploaded on {date}, before certificate {certificate} became valid (not_before {not_before}), so it cannot hold that certificate"
#       sv: "metadata laddades upp till Skolfederation {date}, innan certifikatet {certificate} började gälla (not_before {not_before}), så den kan inte innehålla det certifikatet"
#     no_certificates:
#       en: "the Federation document records no certificate, so nothing is valid for the upcoming windows"
#       sv: "Federation-dokumentet anger inget certifikat, så inget certifikat gäller under de kommande provperioderna"
package provkoll.rules.transfer.certificate_validity

import data.provkoll.lib.dates
import data.provkoll.lib.skolfederation
import data.provkoll.lib.values

_fed := values.obj(object.get(input, "federation", null))

_certs := values.list(object.get(_fed, "certificates", null))

_field := {"valid_from": "not_before", "valid_until": "not_after"}

_id(c, k) := sprintf("%v", [object.get(c, "id", k)])

_findings(c) := dates.findings(object.get(c, "not_before", null), object.get(c, "not_after", null))

# c is valid today and ready for every upcoming window
_current(c) if {
	nb := object.get(c, "not_before", null)
	na := object.get(c, "not_after", null)
	dates.valid_on(nb, na, dates.as_of)
	dates.ready(nb, na)
}

# indices of the Moa certificates that are current, in order
_covering := [k | some k, c in _certs; _current(c)]

# the current Moa certificates other than the one at index k
_successors(k) := [j | some j in _covering; j != k]

# "expired on ..." / "is valid only from ..." / "expires ..., before ..." /
# "expires ..., within ... days of ..." (expiring, a warning)
# which certificate (fed: Skolfederation's, client: a legal entity's) and its date problem give
# the message; `who` holds the args naming the certificate
_violation(path, subject, which, who, problem) := {
	"path": array.concat(path, [_field[problem.field]]),
	"subject": subject,
	"severity": object.get(problem, "severity", null),
	"message": concat("_", [which, problem.kind]),
	"args": object.union(dates.args(problem), who),
}

# a Moa certificate with no current certificate beside it
deny contains v if {
	skolfederation.moa_in_use
	some k, c in _certs
	count(_successors(k)) == 0
	some problem in _findings(c)
	id := _id(c, k)
	v := _violation(["federation", "certificates", k], id, "fed", {"certificate": id}, problem)
}

# a Moa certificate that has expired beside a current one: superseded, to be removed
deny contains v if {
	skolfederation.moa_in_use
	some k, c in _certs
	successors := _successors(k)
	count(successors) > 0
	some problem in dates.expired(object.get(c, "not_after", null))
	id := _id(c, k)
	next := _id(_certs[successors[0]], successors[0])
	v := {
		"path": ["federation", "certificates", k, "not_after"],
		"subject": id,
		"severity": "warning",
		"message": "superseded",
		"args": {"certificate": id, "date": problem.date, "window": "", "next": next},
	}
}

# a legal entity on the CA route: its own client certificate
deny contains v if {
	some i, e in values.list(input.legal_entities)
	t := values.obj(object.get(e, "transfer", null))
	skolfederation.ca(t)
	c := object.get(t, "client_certificate", null)
	is_object(c)
	some problem in _findings(c)
	id := _id(c, "client_certificate")
	org := object.get(e, "org_nr", "")
	who := {"certificate": id, "name": sprintf("%v", [object.get(e, "name", org)]), "org_nr": sprintf("%v", [org])}
	v := _violation(["legal_entities", i, "transfer", "client_certificate"], id, "client", who, problem)
}

# a legal entity on the CA route that records no client certificate
deny contains v if {
	some i, e in values.list(input.legal_entities)
	t := values.obj(object.get(e, "transfer", null))
	skolfederation.ca(t)
	not is_object(object.get(t, "client_certificate", null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "client_certificate"],
		"subject": org,
		"message": "no_client_certificate",
		"args": {
			"certificate": "client_certificate",
			"date": "",
			"window": "",
			"name": sprintf("%v", [object.get(e, "name", org)]),
			"org_nr": sprintf("%v", [org]),
			"method": sprintf("%v", [object.get(t, "method", null)]),
		},
	}
}

# Moa only: metadata uploaded before a certificate became valid cannot hold it
deny contains v if {
	skolfederation.moa_in_use
	uploaded := object.get(_fed, ["metadata", "uploaded_on"], null)
	dates.is_set(uploaded)
	some k, c in _certs
	not_before := object.get(c, "not_before", null)
	dates.is_set(not_before)
	uploaded < not_before
	id := _id(c, k)
	v := {
		"path": ["federation", "metadata", "uploaded_on"],
		"subject": id,
		"message": "uploaded_before_valid",
		"args": {"certificate": id, "date": uploaded, "window": "", "not_before": not_before},
	}
}

# a Federation document without any certificate, where some legal entity uses Moa
deny contains v if {
	skolfederation.moa_in_use
	is_object(object.get(input, "federation", null))
	count(_certs) == 0
	v := {
		"path": ["federation", "certificates"],
		"subject": "federation",
		"message": "no_certificates",
		"args": {"certificate": "certificates", "date": "", "window": ""},
	}
}
