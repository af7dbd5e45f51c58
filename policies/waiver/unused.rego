# METADATA
# title: Every waiver matches a finding
# description: |
#   A waiver that matches no finding is dead weight: the problem it excused is gone, or the
#   waiver names the wrong rule or subject and so excuses nothing while looking as if it did.
#   Remove it, so that the waiver ledger the data-protection officer signs lists only exceptions
#   that are in force. This is provkoll's own bookkeeping, modelled on cargo-deny's
#   advisory-not-detected; provkoll checks it itself after every rule has run.
# related_resources:
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, "FAQ Personuppgiftsfrågor", on documenting decisions about personal data (accountability, art. 5(2))
# custom:
#   id: WAIVER-001
#   severity: warning
#   checked_by: provkoll
#   title_sv: Varje undantag matchar ett fynd
#   hint: Remove the waiver of {rule}, or correct its rule and subject so that it names the finding it is meant to excuse.
#   hint_sv: Ta bort undantaget för {rule}, eller rätta dess rule och subject så att det pekar på det fynd det ska gälla.
package provkoll.rules.waiver.unused
