# METADATA
# title: A waiver applies only from the day it was approved
# description: |
#   An exception is in force from its approval, not before: a waiver whose approved_on is after
#   the date of the check (a planned exception, or a typing error in the date) excuses nothing
#   yet, and its findings stand. The data-protection officer signs the ledger as of a date, so a
#   waiver the approver had not yet approved on that date must not appear as in force. This is
#   provkoll's own bookkeeping, checked after every rule has run.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), article 5(2): the controller \"shall be responsible for, and be able to demonstrate compliance with\" the principles (accountability); an exception counts from the decision that made it"
# custom:
#   id: WAIVER-004
#   severity: warning
#   checked_by: provkoll
#   title_sv: Ett undantag gäller först från den dag det godkändes
#   hint: Correct approved_on of the waiver of {rule} if it was approved earlier; otherwise it applies from that day, and until then its findings stand.
#   hint_sv: Rätta approved_on i undantaget för {rule} om det godkändes tidigare; annars gäller det från den dagen, och till dess kvarstår fynden.
#   messages:
#     approved_later:
#       en: "the waiver of {waiver} is approved on {approved_on}, after {as_of}: it does not apply before then, and its findings stand"
#       sv: "undantaget för {waiver} godkändes {approved_on}, efter {as_of}: det gäller inte före det datumet, och fynden kvarstår"
package provkoll.rules.waiver.not_yet_approved
