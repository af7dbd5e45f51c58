# METADATA
# title: Every waiver names a known rule, gives a reason and has a configured approver
# description: |
#   An exception is only auditable when it says which rule it excuses, why, and who approved it:
#   the data-protection officer signs off the waiver ledger and an auditor must be able to follow
#   each exception to a person in the organisation. A waiver of an unknown rule, without a reason,
#   or approved by someone who is not a configured Person does not apply, and its findings stay.
#   That an exception needs all three is provkoll's own practice, resting on the controller's
#   duty to be able to demonstrate compliance and to assign responsibilities.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'EUR-Lex, Regulation (EU) 2016/679 (GDPR), 27 April 2016, art. 5(2): "The controller shall be responsible for, and be able to demonstrate compliance with, paragraph 1 (''accountability'')."; art. 24(1): "the controller shall implement appropriate technical and organisational measures to ensure and to be able to demonstrate that processing is performed in accordance with this Regulation. Those measures shall be reviewed and updated where necessary."; art. 39(1)(b), a task of the data protection officer: "to monitor compliance with this Regulation, with other Union or Member State data protection provisions and with the policies of the controller or processor in relation to the protection of personal data, including the assignment of responsibilities, awareness-raising and training of staff involved in processing operations, and the related audits"'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (section Generella frågor, updated 2023-09-29): whoever processes personal data must ensure "att de bedömningar som gjorts med anledning av personuppgiftshanteringen dokumenteras."'
# custom:
#   id: WAIVER-003
#   severity: error
#   checked_by: provkoll
#   title_sv: Varje undantag anger en känd regel, ett skäl och vem som godkände det
#   hint: Give the waiver of {rule} a rule ID from `provkoll rules`, a reason, and approved_by naming a configured Person's id.
#   hint_sv: Ge undantaget för {rule} ett regel-ID från `provkoll rules`, ett skäl (reason) och approved_by med id för en konfigurerad Person.
#   messages:
#     unknown_rule:
#       en: "the waiver names rule {rule}, which the pack does not have"
#       sv: "undantaget gäller regeln {rule}, som inte finns i regelpaketet"
#     unknown_rule_near:
#       en: "the waiver names rule {rule}, which the pack does not have (did you mean {suggestion}?)"
#       sv: "undantaget gäller regeln {rule}, som inte finns i regelpaketet (menade du {suggestion}?)"
#     no_reason:
#       en: "the waiver of {waiver} gives no reason"
#       sv: "undantaget för {waiver} anger inget skäl"
#     no_approver:
#       en: "the waiver of {waiver} names no approver"
#       sv: "undantaget för {waiver} anger inte vem som godkände det"
#     approver_unknown:
#       en: "the waiver of {waiver} is approved by {approver}, who is not a configured Person"
#       sv: "undantaget för {waiver} är godkänt av {approver}, som inte finns bland personerna i konfigurationen"
package provkoll.rules.waiver.malformed
