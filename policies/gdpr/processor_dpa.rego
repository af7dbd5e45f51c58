# METADATA
# title: Every processor has a data processing agreement, and the school-data system's processor is configured
# description: |
#   A processor (personuppgiftsbiträde) may process personal data on the organiser's behalf only
#   under a data processing agreement (personuppgiftsbiträdesavtal, PUBA) that sets out the
#   controller's instructions and the processor's duties (GDPR art. 28(3)). Every Processor must
#   therefore record when its DPA was signed (dpa.signed_on). The school-data system holds the
#   students' data that are transferred to Skolverket, so organiser.school_data_system.processor
#   must name a configured Processor, where that DPA is recorded and checked.
# related_resources:
#   - ref: seed:003_58c97f49be8b6172.txt
#     description: Unikum, the controller's duties, "Teckna Personuppgiftsbiträdesavtal, där ansvar regleras."
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, FAQ, "För att det ska vara tillåtet krävs enligt GDPR att universitetet upprättar ett personuppgiftsbiträdesavtal (PUBA) med den som ska behandla personuppgifter för universitetets räkning."
#   - ref: https://gdprhub.eu/index.php?title=Article_28_GDPR
#     description: GDPR art. 28(3), "Processing by a processor shall be governed by a contract or other legal act", with its minimum contents (a)-(h)
# custom:
#   id: GDPR-001
#   severity: error
#   title_sv: Varje personuppgiftsbiträde har ett biträdesavtal, och skoldatasystemets biträde är konfigurerat
#   hint: Sign a data processing agreement with {processor} before any personal data flow, and record its date in dpa.signed_on; set organiser.school_data_system.processor to the id of a Processor document.
#   hint_sv: Teckna ett personuppgiftsbiträdesavtal med {processor} innan några personuppgifter överförs och för in datumet i dpa.signed_on; sätt organiser.school_data_system.processor till id för ett Processor-dokument.
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
