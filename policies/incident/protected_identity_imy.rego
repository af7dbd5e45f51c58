# METADATA
# title: Exposure of protected identities is always reported to IMY
# description: |
#   When protected personal data (students with sekretessmarkering or skyddad folkbokföring) risk
#   having been disclosed, for example when protected students appear without a pseudonym on the
#   test platform, Skolverket says an IMY report shall be made. The routine must therefore not
#   weigh such an incident against GDPR art. 33(1)'s "unlikely to result in a risk" exception,
#   but always report it (protected_identity_exposure_always_reported: true).
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (last updated 1 July 2025): "Om skyddade personuppgifter riskerar att ha röjts ska en anmälan till IMY göras." and, under personal-data incidents, "Skyddade personuppgifter utan pseudonym syns i provplattformen."'
# custom:
#   id: INCIDENT-003
#   severity: error
#   title_sv: Röjda skyddade personuppgifter anmäls alltid till IMY
#   hint: Write into the routine that a risk that protected personal data have been disclosed is always reported to IMY, and set protected_identity_exposure_always_reported to true.
#   hint_sv: Skriv in i rutinen att en risk att skyddade personuppgifter har röjts alltid anmäls till IMY, och sätt protected_identity_exposure_always_reported till true.
#   messages:
#     not_always:
#       en: "the incident routine does not always report exposure of protected personal data to IMY (protected_identity_exposure_always_reported: {value})"
#       sv: "incidentrutinen anmäler inte alltid till IMY när skyddade personuppgifter kan ha röjts (protected_identity_exposure_always_reported: {value})"
package provkoll.rules.incident.protected_identity_imy

_routine := object.get(input, "incident_routine", null)

deny contains v if {
	is_object(_routine)
	always := object.get(_routine, "protected_identity_exposure_always_reported", null)
	always != true
	v := {
		"path": ["incident_routine", "protected_identity_exposure_always_reported"],
		"subject": "incident_routine",
		"message": "not_always",
		"args": {"value": sprintf("%v", [always])},
	}
}
