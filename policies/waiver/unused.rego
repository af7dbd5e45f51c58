# METADATA
# title: Every waiver matches a finding
# description: |
#   A waiver that matches no finding is dead weight: the problem it excused is gone, or the
#   waiver names the wrong rule or subject and so excuses nothing while looking as if it did.
#   Remove it, so that the waiver ledger the data-protection officer signs lists only exceptions
#   that are in force: an accountable record of approved exceptions is kept current. This is
#   provkoll's own bookkeeping, modelled on cargo-deny's advisory-not-detected; provkoll checks
#   it itself after every rule has run.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'EUR-Lex, Regulation (EU) 2016/679 (GDPR), 27 April 2016, art. 5(2): "The controller shall be responsible for, and be able to demonstrate compliance with, paragraph 1 (''accountability'')."; art. 24(1): "the controller shall implement appropriate technical and organisational measures to ensure and to be able to demonstrate that processing is performed in accordance with this Regulation. Those measures shall be reviewed and updated where necessary."'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (section Generella frågor, updated 2023-09-29): whoever processes personal data must ensure "att de bedömningar som gjorts med anledning av personuppgiftshanteringen dokumenteras."'
#   - ref: https://embarkstudios.github.io/cargo-deny/checks/advisories/diags.html
#     description: 'cargo-deny, "Advisories Diagnostics", the model for this check: "advisory-not-detected: An advisory in advisories.ignore didn''t apply to any crate."'
# custom:
#   id: WAIVER-001
#   severity: warning
#   checked_by: provkoll
#   title_sv: Varje undantag matchar ett fynd
#   hint: Remove the waiver of {rule}, or correct its rule and subject so that it names the finding it is meant to excuse.
#   hint_sv: Ta bort undantaget för {rule}, eller rätta dess rule och subject så att det pekar på det fynd det ska gälla.
#   messages:
#     unused:
#       en: "the waiver of {waiver} matched no finding (the subjects of {rule}'s findings are: {subjects}); remove or correct it"
#       sv: "undantaget för {waiver} motsvarar inget fynd (fynden för {rule} gäller: {subjects}); ta bort eller rätta det"
#     unused_nothing_found:
#       en: "the waiver of {waiver} matched no finding ({rule} found nothing to waive); remove or correct it"
#       sv: "undantaget för {waiver} motsvarar inget fynd ({rule} gav inga fynd att undanta); ta bort eller rätta det"
package provkoll.rules.waiver.unused
