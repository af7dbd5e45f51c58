# METADATA
# title: Every processor has a data processing agreement, and the DNP vendors named are configured processors
# description: |
#   A processor (personuppgiftsbiträde) may process personal data on the organiser's behalf only
#   under a data processing agreement (personuppgiftsbiträdesavtal, PUBA) that sets out the
#   controller's instructions and the processor's duties (GDPR art. 28(3)). Every Processor must
#   therefore record when its DPA was signed (dpa.signed_on). The school-data system holds the
#   students' data that are transferred to Skolverket, so organiser.school_data_system.processor
#   must name a configured Processor, where that DPA is recorded and checked. The same holds
#   where a vendor is named for the staff login service (organiser.login.processor) or for a
#   legal entity's transfer to Skolverket (transfer.processor): each must name a configured
#   Processor; left out, nothing is checked.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 28(3): "Processing by a processor shall be governed by a contract or other legal act under Union or Member State law, that is binding on the processor with regard to the controller and that sets out the subject-matter and duration of the processing, the nature and purpose of the processing, the type of personal data and categories of data subjects and the obligations and rights of the controller."'
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?", the controller''s duties: "Teckna Personuppgiftsbiträdesavtal, där ansvar regleras."'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29): "För att det ska vara tillåtet krävs enligt GDPR att universitetet upprättar ett personuppgiftsbiträdesavtal (PUBA) med den som ska behandla personuppgifter för universitetets räkning."'
# custom:
#   id: GDPR-001
#   severity: error
#   title_sv: Varje personuppgiftsbiträde har ett personuppgiftsbiträdesavtal, och de angivna leverantörerna av digitala nationella prov finns bland biträdena
#   hint: Sign a data processing agreement with {processor} before any personal data flow, and record its date in dpa.signed_on; make organiser.school_data_system.processor, organiser.login.processor and each transfer.processor the id of a Processor document.
#   hint_sv: Teckna ett personuppgiftsbiträdesavtal med {processor} innan några personuppgifter överförs och för in datumet i dpa.signed_on; låt organiser.school_data_system.processor, organiser.login.processor och varje transfer.processor vara id för ett Processor-dokument.
#   messages:
#     no_dpa:
#       en: "the processor {processor} ({name}) has no data processing agreement: dpa.signed_on is not recorded"
#       sv: "personuppgiftsbiträdet {processor} ({name}) har inget personuppgiftsbiträdesavtal: dpa.signed_on är inte ifyllt"
#     school_system_no_processor:
#       en: "the school administrative system names no processor (organiser.school_data_system.processor)"
#       sv: "det skoladministrativa systemet anger inget personuppgiftsbiträde (organiser.school_data_system.processor)"
#     school_system_unknown:
#       en: "the school administrative system's processor \"{processor}\" is not a configured Processor"
#       sv: "personuppgiftsbiträdet \"{processor}\" för det skoladministrativa systemet finns inte bland biträdena i konfigurationen"
#     login_unknown:
#       en: "the login service's processor \"{processor}\" is not a configured Processor"
#       sv: "personuppgiftsbiträdet \"{processor}\" för inloggningstjänsten finns inte bland biträdena i konfigurationen"
#     transfer_unknown:
#       en: "the transfer of {name} ({org_nr}) names the processor \"{processor}\", which is not a configured Processor"
#       sv: "överföringen för {name} ({org_nr}) anger personuppgiftsbiträdet \"{processor}\", som inte finns bland biträdena i konfigurationen"
package provkoll.rules.gdpr.processor_dpa

import data.provkoll.lib.dates
import data.provkoll.lib.values

_ids := {p.id | some p in values.list(input.processors); is_string(p.id)}

# a processor without a signed DPA
deny contains v if {
	some i, p in values.list(input.processors)
	not dates.is_set(object.get(p, ["dpa", "signed_on"], null))
	id := sprintf("%v", [object.get(p, "id", "?")])
	v := {
		"path": ["processors", i, "dpa", "signed_on"],
		"subject": id,
		"message": "no_dpa",
		"args": {"processor": id, "name": sprintf("%v", [object.get(p, "name", id)])},
	}
}

# the school-data system names no processor, or one that is not configured
deny contains v if {
	is_object(input.organiser)
	ref := object.get(input.organiser, ["school_data_system", "processor"], null)
	not ref in _ids
	v := {
		"path": ["organiser", "school_data_system", "processor"],
		"subject": sprintf("%v", [object.get(input.organiser, ["school_data_system", "product"], "school_data_system")]),
		"message": _sds_key(ref),
		"args": {"processor": _ref_arg(ref)},
	}
}

_sds_key(ref) := "school_system_no_processor" if not values.present(ref)

else := "school_system_unknown"

# no processor named: the system's product (or the field) stands for its vendor in the hint
_ref_arg(ref) := sprintf("%v", [object.get(input.organiser, ["school_data_system", "product"], "school_data_system")]) if not values.present(ref)

else := sprintf("%v", [ref])

# the login service names a vendor that is not a configured Processor
deny contains v if {
	is_object(input.organiser)
	ref := object.get(input.organiser, ["login", "processor"], null)
	values.present(ref)
	not ref in _ids
	shown := sprintf("%v", [ref])
	v := {
		"path": ["organiser", "login", "processor"],
		"subject": shown,
		"message": "login_unknown",
		"args": {"processor": shown},
	}
}

# a legal entity's transfer names a vendor that is not a configured Processor
deny contains v if {
	some i, e in values.list(input.legal_entities)
	ref := object.get(values.obj(e), ["transfer", "processor"], null)
	values.present(ref)
	not ref in _ids
	shown := sprintf("%v", [ref])
	org_nr := sprintf("%v", [object.get(values.obj(e), "org_nr", "?")])
	v := {
		"path": ["legal_entities", i, "transfer", "processor"],
		"subject": org_nr,
		"message": "transfer_unknown",
		"args": {"processor": shown, "name": sprintf("%v", [object.get(values.obj(e), "name", org_nr)]), "org_nr": org_nr},
	}
}
