# METADATA
# title: Waivers are renewed before they expire
# description: |
#   A waiver is approved for a limited time. Once its expires date has passed it no longer
#   applies, so the finding it excused counts again and can fail the run. The expired waiver is
#   reported so that someone decides: fix the finding, or have the exception approved again with
#   a new date. The dates are judged as of --as-of, never the system clock.
# related_resources:
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, "FAQ Personuppgiftsfrågor", on documenting decisions about personal data (accountability, art. 5(2))
# custom:
#   id: WAIVER-002
#   severity: warning
#   checked_by: provkoll
#   title_sv: Undantag förnyas innan de löper ut
#   hint: Fix the finding of {rule} that the waiver excused, or have the exception approved again and set a new expires date (and approved_on).
#   hint_sv: Åtgärda fyndet för {rule} som undantaget gällde, eller låt godkänna undantaget igen och sätt ett nytt expires-datum (och approved_on).
package provkoll.rules.waiver.expired
