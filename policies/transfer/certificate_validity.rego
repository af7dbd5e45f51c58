# METADATA
# title: Every Skolfederation certificate is valid through the upcoming windows, and the metadata is newer
# description: |
#   Skolverket's and the supplier's services recognise each other by the certificate and the
#   metadata uploaded to Skolfederation, over mutual TLS; a certificate that fails validation ends
#   the connection, and with it the automatic transfer of changes to groups and students. Each
#   certificate must not have expired, must be valid lead_days before every upcoming window
#   starts, and must last through the window's last day. Metadata uploaded before a certificate's
#   not_before cannot describe that certificate (a renewed certificate means a new pin), so it must
#   be uploaded again. FedTLS does not say whether an expired but pinned certificate is rejected;
#   treating expiry as fatal and the lead time are provkoll's conservative inference. A
#   certificate that is otherwise valid but expires within warn_days after as_of is reported as
#   a warning.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), "Bella har fått ett certifikat av IST. Hon loggar in i Skolfederation. Där laddar hon upp certifikatet och tillhörande metadata."; "Förändringar i grupper och personuppgifter skickas automatiskt till Skolverket"
#   - ref: https://github.com/dotse/tls-fed-auth
#     description: FedTLS, "tls-fed-auth.md", peers validate certificates against the public-key pins in the federation metadata; failure to validate means immediate termination of the connection
# custom:
#   id: TRANSFER-006
#   severity: error
#   title_sv: Varje certifikat i Skolfederation gäller under kommande provperioder, och metadata är nyare
#   hint: Get a new client certificate from the supplier that is valid from before the ready-by date through the last day of each upcoming window, have a technical contact upload it with its metadata to Skolfederation, and update federation.certificates (not_before, not_after) and metadata.uploaded_on for {certificate}.
#   hint_sv: Skaffa ett nytt klientcertifikat från leverantören som gäller från före klar-datumet till och med sista dagen i varje kommande provperiod, låt en teknisk kontakt ladda upp det med tillhörande metadata i Skolfederation, och uppdatera federation.certificates (not_before, not_after) och metadata.uploaded_on för {certificate}.
package provkoll.rules.transfer.certificate_validity

import data.provkoll.lib.dates
import data.provkoll.lib.values

_fed := values.obj(object.get(input, "federation", null))

_field := {"valid_from": "not_before", "valid_until": "not_after"}

_id(c, k) := sprintf("%v", [object.get(c, "id", k)])

deny contains v if {
	some k, c in values.list(object.get(_fed, "certificates", null))
	some problem in dates.findings(object.get(c, "not_before", null), object.get(c, "not_after", null))
	id := _id(c, k)
	v := {
		"path": ["federation", "certificates", k, _field[problem.field]],
		"subject": id,
		"severity": object.get(problem, "severity", null),
		"msg": sprintf("the Skolfederation certificate %s %s", [id, _verb(problem)]),
		"args": {"certificate": id, "date": problem.date, "window": object.get(problem, ["window", "id"], "")},
	}
}

# "expired on ..." / "is valid only from ..." / "expires ..., before ..." /
# "expires ..., within ... days of ..." (expiring, a warning)
_verb(problem) := concat(" ", ["is", problem.msg]) if problem.kind == "not_valid_in_time"

else := problem.msg

deny contains v if {
	uploaded := object.get(_fed, ["metadata", "uploaded_on"], null)
	dates.is_set(uploaded)
	some k, c in values.list(object.get(_fed, "certificates", null))
	not_before := object.get(c, "not_before", null)
	dates.is_set(not_before)
	uploaded < not_before
	id := _id(c, k)
	v := {
		"path": ["federation", "metadata", "uploaded_on"],
		"subject": id,
		"msg": sprintf(
			"the Skolfederation metadata was uploaded on %s, before certificate %s became valid (not_before %s), so it cannot hold that certificate",
			[uploaded, id, not_before],
		),
		"args": {"certificate": id, "date": uploaded, "window": ""},
	}
}

# a Federation document without any certificate
deny contains v if {
	is_object(object.get(input, "federation", null))
	count(values.list(object.get(_fed, "certificates", null))) == 0
	v := {
		"path": ["federation", "certificates"],
		"subject": "federation",
		"msg": "the Federation document records no certificate, so nothing is valid for the upcoming windows",
		"args": {"certificate": "the client certificate", "date": "", "window": ""},
	}
}
