# METADATA
# title: Every waiver names a known rule, gives a reason and has a configured approver
# description: |
#   An exception is only auditable when it says which rule it excuses, why, and who approved it:
#   the data-protection officer signs off the waiver ledger and an auditor must be able to follow
#   each exception to a person in the organisation. A waiver of an unknown rule, without a reason,
#   or approved by someone who is not a configured Person does not apply, and its findings stay.
# related_resources:
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, "FAQ Personuppgiftsfrågor", on documenting decisions about personal data (accountability, art. 5(2))
# custom:
#   id: WAIVER-003
#   severity: error
#   checked_by: provkoll
#   title_sv: Varje undantag anger en känd regel, ett skäl och en konfigurerad godkännare
#   hint: Give the waiver of {rule} a rule ID from `provkoll rules`, a reason, and approved_by naming a configured Person's id.
#   hint_sv: Ge undantaget för {rule} ett regel-ID från `provkoll rules`, ett skäl (reason) och approved_by med id för en konfigurerad Person.
package provkoll.rules.waiver.malformed
