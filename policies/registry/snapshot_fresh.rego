# METADATA
# title: The Skolenhetsregistret snapshot is at most 30 days old
# description: |
#   The register rules compare with the snapshot as it was on its extract date, while the
#   register changes whenever a huvudman reports a change (Skolverket's API is "uppdateras
#   löpande"). 30 days is the age at which even Skolverket's slowest published copy, the Excel
#   extract "uppdateras en gång i månaden", would have been replaced, so an older snapshot may
#   hide a change any reader of the register would already see; it is also the default
#   readiness.warn_days. The number is provkoll's choice, not Skolverket's, hence a warning.
#   Without a snapshot the rule is not applicable.
# related_resources:
#   - ref: https://www.skolverket.se/skolutveckling/skolenhetsregistret/vanliga-fragor-och-svar-om-skolenhetsregistret
#     description: Skolverket, "Vanliga frågor och svar om skolenhetsregistret", "Utdrag ur skolenhetsregistret finns tillgängligt som en excel-fil på skolenhetsregistrets huvudsida. Excel-filen uppdateras en gång i månaden. Skolenhetsregistret finns också tillgängligt som ett öppet API, vilket uppdateras löpande."
# custom:
#   id: REG-006
#   severity: warning
#   title_sv: Ögonblicksbilden av skolenhetsregistret är högst 30 dagar gammal
#   hint: Fetch the snapshot again with `provkoll registry fetch --org NNNNNN-NNNN --output FILE` for every organisation number, and commit it.
#   hint_sv: Hämta ögonblicksbilden igen med `provkoll registry fetch --org NNNNNN-NNNN --output FIL` för varje organisationsnummer och checka in den.
#   messages:
#     stale:
#       en: "the Skolenhetsregistret snapshot was extracted on {extract_date}, {age_days} days before {as_of} (more than {max_days})"
#       sv: "ögonblicksbilden av skolenhetsregistret togs ut {extract_date}, {age_days} dagar före {as_of} (mer än {max_days})"
package provkoll.rules.registry.snapshot_fresh

import data.provkoll.lib.dates
import data.provkoll.lib.registry

max_age_days := 30

# age_days: whole days from the extract date to as_of (both validated ISO dates; only with a
# snapshot, since null is no date)
age_days := dates.days_between(extracted, dates.as_of) if {
	registry.present
	extracted := registry.extract_date
	is_string(extracted)
}

deny contains v if {
	registry.present
	age_days > max_age_days
	v := {
		"path": ["organiser", "registry"],
		"subject": "registry",
		"message": "stale",
		"args": {"extract_date": registry.extract_date, "age_days": age_days, "as_of": dates.as_of, "max_days": max_age_days},
	}
}
