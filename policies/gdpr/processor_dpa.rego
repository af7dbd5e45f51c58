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
		"msg": sprintf("the processor %s (%v) has no data processing agreement: dpa.signed_on is not recorded", [id, object.get(p, "name", id)]),
		"args": {"processor": id},
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
		"msg": _sds_msg(ref),
		"args": {"processor": _ref_arg(ref)},
	}
}

_sds_msg(ref) := "the school-data system names no processor (organiser.school_data_system.processor)" if not values.present(ref)

else := sprintf("the school-data system's processor %q is not a configured Processor", [sprintf("%v", [ref])])

_ref_arg(ref) := "the school-data system's vendor" if not values.present(ref)

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
		"msg": sprintf("the login service's processor %q is not a configured Processor", [shown]),
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
		"msg": sprintf("the transfer of %v (%s) names the processor %q, which is not a configured Processor", [object.get(values.obj(e), "name", org_nr), org_nr, shown]),
		"args": {"processor": shown},
	}
}
