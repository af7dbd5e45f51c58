# METADATA
# title: Waivers are renewed before they expire
# description: |
#   A waiver is approved for a limited time. Once its expires date has passed it no longer
#   applies, so the finding it excused counts again and can fail the run. The expired waiver is
#   reported so that someone decides: fix the finding, or have the exception approved again with
#   a new date. An exception with an end date is how provkoll keeps accepted risks under review,
#   as the controller must review and update its measures. The dates are judged as of --as-of,
#   never the system clock.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'EUR-Lex, Regulation (EU) 2016/679 (GDPR), 27 April 2016, art. 5(2): "The controller shall be responsible for, and be able to demonstrate compliance with, paragraph 1 (''accountability'')."; art. 24(1): "the controller shall implement appropriate technical and organisational measures to ensure and to be able to demonstrate that processing is performed in accordance with this Regulation. Those measures shall be reviewed and updated where necessary."'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (section Generella frågor, updated 2023-09-29): whoever processes personal data must ensure "att de bedömningar som gjorts med anledning av personuppgiftshanteringen dokumenteras."'
# custom:
#   id: WAIVER-002
#   severity: warning
#   checked_by: provkoll
#   title_sv: Undantag förnyas innan de löper ut
#   hint: Fix the finding of {rule} that the waiver excused, or have the exception approved again and set a new expires date (and approved_on).
#   hint_sv: Åtgärda fyndet för {rule} som undantaget gällde, eller låt godkänna undantaget igen och sätt ett nytt expires-datum (och approved_on).
#   messages:
#     expired:
#       en: "the waiver of {waiver} expired on {expires}; it no longer applies and its findings are back"
#       sv: "undantaget för {waiver} löpte ut {expires}; det gäller inte längre och fynden räknas igen"
package provkoll.rules.waiver.expired
