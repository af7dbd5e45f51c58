# METADATA
# title: The notice e-mail for protected personal data is not on a free e-mail service
# description: |
#   Skolverket sends important information about protected personal data to the address
#   registered in Administration provtjänsten, and the organiser must keep it current; some of
#   what those responsible are told needs action within days (since version 1.3, an invented
#   personnummer must be corrected within ten days). E-mail that carries
#   personal data is part of the organiser's processing: it belongs in its record of processing
#   and must be secured by the organiser, which a private account on a consumer service (Gmail,
#   Hotmail, Outlook.com, Yahoo, iCloud and the like) is not: the organiser has no agreement
#   with its provider, cannot reach the mailbox when its holder is away or leaves, and cannot
#   tell where the mail is kept. So a warning when the address is on such a domain; use a
#   function mailbox on the organiser's own domain, monitored by the agents for protected
#   personal data. The advice to use the organiser's own domain is provkoll's inference from
#   IMY's guidance; no source names free e-mail services. The list is kept short on purpose, so
#   that it never flags an organiser's own domain: gmail.com, googlemail.com, hotmail.*,
#   outlook.*, live.*, msn.com, yahoo.*, ymail.com, icloud.com, me.com, mac.com, aol.com, gmx.*,
#   protonmail.*, proton.me, pm.me and mail.com. Internet providers' domains (such as telia.com)
#   are left out, as some also serve business customers.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Huvudmannens representant med behörighet att hantera skyddade personuppgifter behöver se till att det finns minst en aktuell e-postadress registrerad för mottagande av meddelanden om viktig information gällande skyddade personuppgifter."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/CHANGELOG.md
#     description: Skolverket, dnp-usermanagement CHANGELOG, version 1.3 (2025-09-22), "Ansvariga för skyddade personuppgifter hos huvudmannen får information via Administration provtjänsten om att ändra personnumret inom 10 dagar."
#   - ref: https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/informationssakerhet/personuppgifter-i-e-post/
#     description: IMY, "Personuppgifter i e-post", "Den personuppgiftsbehandling som sker i e-post ska därför finnas med i er organisations förteckning över personuppgiftsbehandling och uppfylla alla andra krav i dataskyddsförordningen."
#   - ref: https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/informationssakerhet/sakerhet-for/
#     description: IMY, "Säkerhet för personuppgifter i e-post", "Det är varje organisations ansvar att säkerställa en säkerhetsnivå som är lämplig i förhållande till risken som behandlingen i e-post medför."
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29), "E-post är inte en säker förvaring och det kan vara svårt att hitta uppgifter om en enskild i e-posten eller säkerställa att uppgifterna blir gallrade när så ska ske."
# custom:
#   id: PSEUDO-007
#   severity: warning
#   title_sv: E-postadressen för notiser om skyddade personuppgifter ligger inte hos en gratis e-posttjänst
#   hint: Create a function mailbox on {org_nr}'s own domain (such as skyddade-uppgifter@your-domain), monitored by the agents for protected personal data, register it in Administration provtjänsten instead of {address}, and update protected_data.notice_email.address.
#   hint_sv: Skapa en funktionsbrevlåda på den egna domänen för {org_nr} (till exempel skyddade-uppgifter@er-doman), som bevakas av ombuden för skyddade personuppgifter, registrera den i Administration provtjänsten i stället för {address} och uppdatera protected_data.notice_email.address.
#   messages:
#     free_mail:
#       en: "the notice e-mail for protected personal data of {name} ({org_nr}), {address}, is on {domain}, a free e-mail service outside the organiser's control"
#       sv: "e-postadressen för notiser om skyddade personuppgifter för {name} ({org_nr}), {address}, ligger hos {domain}, en gratis e-posttjänst som huvudmannen inte har kontroll över"
package provkoll.rules.pseudo.notice_email_domain

import data.provkoll.lib.values

# the domains of consumer e-mail services, matched against the whole domain in lower case
_free_mail := `^(gmail\.com|googlemail\.com|hotmail\.[a-z]{2,3}(\.[a-z]{2})?|outlook\.[a-z]{2,3}(\.[a-z]{2})?|live\.[a-z]{2,3}(\.[a-z]{2})?|msn\.com|yahoo\.[a-z]{2,3}(\.[a-z]{2})?|ymail\.com|icloud\.com|me\.com|mac\.com|aol\.com|gmx\.[a-z]{2,3}|protonmail\.(com|ch)|proton\.me|pm\.me|mail\.com)$`

# the domain of an address: what follows its last @, in lower case
domain(address) := lower(parts[count(parts) - 1]) if {
	is_string(address)
	parts := split(address, "@")
	count(parts) > 1
}

free_mail(address) if regex.match(_free_mail, domain(address))

deny contains v if {
	some i, e in values.list(input.legal_entities)
	address := object.get(e, ["protected_data", "notice_email", "address"], null)
	free_mail(address)
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "notice_email", "address"],
		"subject": org,
		"message": "free_mail",
		"args": {"org_nr": org, "address": address, "name": sprintf("%v", [object.get(e, "name", org)]), "domain": domain(address)},
	}
}
