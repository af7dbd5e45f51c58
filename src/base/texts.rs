//! The catalogue of the texts Rust itself writes for a person: summaries, headings, status words,
//! labels. Each text has its English and its Swedish here and nowhere else, so a reviewer reads a
//! language in one file and a text cannot exist in one language only (the macro wants both, and
//! a test wants neither empty nor naming an argument the other lacks).
//!
//! Templates name their arguments in braces (`{as_of}`), filled by [`fill`]: a translation may
//! put them in another order. Counted nouns go through [`count`], because Swedish plurals are not
//! English ones ("1 fel", "2 fel"; "1 varning", "2 varningar").
//!
//! The Swedish follows the glossary, `policies/GLOSSARY.md`.

use crate::base::lang::Lang;
use crate::base::severity::Severity;

macro_rules! catalogue {
    ($(#[$meta:meta])* $name:ident { $($key:ident => $en:literal, $sv:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($key,)* }

        impl $name {
            /// Every key, for the tests.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];

            /// The text in `lang`.
            pub const fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$key, Lang::En) => $en, ($name::$key, Lang::Sv) => $sv,)*
                }
            }
        }
    };
}

// the problem texts (`problem_texts.rs`) are a catalogue of the same shape
pub(crate) use catalogue;

catalogue! {
    /// A text, by key.
    T {
        // `check --format human`: the summary line, built from the parts below
        SummaryHead => "provkoll {version} as of {as_of}: {files} checked", "provkoll {version} per {as_of}: {files} har kontrollerats";
        SummarySkipped => ", {yaml_files} without provkoll documents skipped ({names})", ", {yaml_files} utan provkoll-dokument hoppades över ({names})";
        SummarySettings => " (settings: {settings})", " (inställningar: {settings})";
        SummaryExcluded => ", {yaml_files} excluded by {settings}", ", {yaml_files} hoppades över enligt {settings}";
        SummaryCounts => ", {rules}: {errors}, {warnings}, {infos}", ", {rules}: {errors}, {warnings}, {infos}";
        SummaryWaived => ", {waived}", ", {waived}";
        SummaryProblems => "; {problems} kept the check from completing", "; {problems} hindrade kontrollen från att slutföras";
        SummaryNoRule => "; no rule was evaluated", "; ingen regel utvärderades";
        SummaryWithheld => " ({findings} withheld: they are about what did not load)", " ({findings} hålls inne: de gäller det som inte kunde läsas)";
        // `check`: the progress line on a terminal
        FilesLoaded => "files loaded", "filer lästa";
        RulesEvaluated => "rules evaluated", "regler utvärderade";
        // `check --format human`: a finding
        Here => "here", "här";
        WaivedPrefix => "waived: ", "undantagen: ";
        WaivedBy => "waived by {approver} on {date}{until}: {reason} ({place})", "undantaget godkändes av {approver} {date}{until}: {reason} ({place})";
        WaivedUntil => ", until {date}", ", gäller till och med {date}";
        UnrecordedDate => "an unrecorded date", "okänt datum";
        // `timeline`
        TimelineHead => "Timeline as of {as_of}: {artefacts}, sorted by expiry", "Tidslinje per {as_of}: {artefacts}, sorterade efter sista giltighetsdag";
        TimelineTitle => "Timeline as of ", "Tidslinje per ";
        // `timeline`, the report: the settings file used (provkoll.toml)
        SettingsUsed => "Settings: {settings}", "Inställningar: {settings}";
        SettingsLabel => "Settings", "Inställningar";
        NoSettings => "none (no provkoll.toml)", "inga (ingen provkoll.toml)";
        ReportExcluded => " (it excludes {yaml_files})", " (den utesluter {yaml_files})";
        NoEndDate => "no end date", "tills vidare";
        From => "from {date} ", "från {date} ";
        Covers => "covers {window} ({start} – {end}): {covered}", "täcker {window} ({start} – {end}): {covered}";
        Yes => "yes", "ja";
        No => "NO", "NEJ";
        StateExpiring => "expiring", "löper snart ut";
        StateExpired => "expired", "har löpt ut";
        StateNotYetValid => "not_yet_valid", "gäller ännu inte";
        StateValid => "valid", "gäller";
        ColValidUntil => "valid until", "giltig till";
        ColState => "state", "läge";
        ColArtefact => "artefact", "handling";
        ColValidFrom => "valid from", "giltig från";
        ColFile => "file", "fil";
        // `rules` and `explain`
        RulesFooter => "\n{rules}. `provkoll explain <ID>` shows one in full.\n", "\n{rules}. `provkoll explain <ID>` visar en regel i sin helhet.\n";
        ExplainSeverity => "Severity", "Allvarlighetsgrad";
        ExplainRule => "Rule", "Regel";
        ExplainPackage => "package", "paket";
        ExplainPack => "Pack", "Regelpaket";
        // which pack a rule comes from, and what a pack is made of (`rules`, `explain`, the
        // report, `fingerprint`)
        PackBundled => "bundled", "inbyggt";
        PackPolicies => "the pack in {dir}", "paketet i {dir}";
        PackLocal => "{rules} from {dir}", "{rules} från {dir}";
        RuleLocal => "local, from {dir}", "lokal, från {dir}";
        RulesPack => "Pack: {pack}", "Regelpaket: {pack}";
        WhyItMatters => "Why it matters", "Varför det spelar roll";
        HowToFix => "How to fix", "Så åtgärdar du";
        Sources => "Sources", "Källor";
        RulesPageTitle => "The provkoll rule pack", "Regelpaketet i provkoll";
        RulesPageGenerated => "Generated by `provkoll rules --format markdown` from each rule's METADATA; do not edit by hand.", "Skapad av `provkoll rules --format markdown --lang sv` ur varje regels METADATA; redigera inte för hand.";
        RulesPageIntro => "Each rule is one file, `policies/<area>/<slug>.rego`, with its tests beside it in `<slug>_test.rego`;\nshared helpers are in `policies/lib/`. Severity: **error** breaks a stated obligation, **warning** is a\nrecommendation or a likely failure, **info** is good practice.", "Varje regel är en fil, `policies/<område>/<namn>.rego`, med sina tester bredvid i `<namn>_test.rego`;\ngemensamma hjälpfunktioner finns i `policies/lib/`. Allvarlighetsgrad: **error** (fel) bryter mot en\nuttalad skyldighet, **warning** (varning) är en rekommendation eller ett troligt fel, **info**\n(upplysning) är god praxis.";
        RulesPageHead => "| ID | severity | rule | regel |", "| ID | allvarlighetsgrad | regel | rule |";
        RulesPageFile => "file", "fil";
        Fix => "Fix", "Åtgärd";
        // the language server: hovers, a waived finding, the waive action and its Waiver
        EmploymentEnds => ", employment ends {date}", ", anställningen upphör {date}";
        ExamWindowSummary => "Exam window `{id}` {name}: {start} to {end}", "Provperiod `{id}` {name}: {start} till {end}";
        HoverWaived => "Waived: {reason}", "Undantagen: {reason}";
        HoverFix => "Fix here: {hint}", "Åtgärd här: {hint}";
        NoReasonGiven => "no reason given", "inget skäl angivet";
        TheWaiver => "the waiver: {reason}", "undantaget: {reason}";
        Waive => "Waive {rule}", "Undanta {rule}";
        WaiveFor => "Waive {rule} for {subject}", "Undanta {rule} för {subject}";
        WaiverReasonPlaceholder => "why this exception is acceptable", "varför undantaget är godtagbart";
        WaiverApproverComment => "the id of the Person who approves it", "id för den Person som godkänner det";
        // `provkoll test`: why a test failed, and the summary line
        TestUndefined => "undefined: a condition in its body was false", "odefinierad: ett villkor i testets kropp var falskt";
        TestNotTrue => "{value}, not true", "{value}, inte true";
        TestSummary => "{passed} passed, {failed} failed", "godkända: {passed}, underkända: {failed}";
        TestOneError => ", 1 error", ", fel: 1";
        TestErrors => ", {errors} errors", ", fel: {errors}";
        // `--format junit`: why a rule's case failed
        JunitFailing => "{findings} at or above {severity}", "{findings} på nivån {severity} eller högre";
        // `fingerprint`
        FpHead => "as of {as_of}, provkoll {version}", "per {as_of}, provkoll {version}";
        FpConfiguration => "configuration", "konfigurationen";
        FpPolicyPack => "policy pack", "regelpaketet";
        FpWaivers => "waivers", "undantagen";
        FpCombined => "combined", "sammanlagt";
        FpCheckCode => "check code", "kontrollkod";
        FpPack => "policy pack: {pack}", "regelpaket: {pack}";
        FpVerifyHead => "{report}: as of {as_of}, provkoll {version}", "{report}: per {as_of}, provkoll {version}";
        FpMatches => "matches", "stämmer";
        FpDiffers => "DIFFERS: the report states {stated}, the configuration now gives {now}", "SKILJER SIG: rapporten anger {stated}, konfigurationen ger nu {now}";
        FpOtherVersion => "The report was written by provkoll {stated}; this is provkoll {now}, and the combined fingerprint includes the version.", "Rapporten skrevs av provkoll {stated}; detta är provkoll {now}, och det sammanlagda fingeravtrycket omfattar versionen.";
        // `init`
        InitWrote => "wrote {path}", "skrev {path}";
        RegistryWrote => "wrote {path}: {units} school units, Skolenhetsregistret as of {date}", "skrev {path}: {units} skolenheter, skolenhetsregistret per {date}";
        RegistryNoUnits => "note: the register lists no school unit of {org}; is the number right?", "obs: registret har ingen skolenhet för {org}; stämmer numret?";
        InitNext => "Fill in every CHANGE-ME, then run: provkoll check {dir}", "Fyll i varje CHANGE-ME och kör sedan: provkoll check {dir}";
        // `new-rule`
        NewRuleNext => "Fill in every CHANGE-ME in {rule}, replace the example condition and its tests, then run: provkoll test {dir}", "Fyll i varje CHANGE-ME i {rule}, byt ut exempelvillkoret och dess tester och kör sedan: provkoll test {dir}";
        NewRuleNextLocal => "Fill in every CHANGE-ME in {rule}, replace the example condition and its tests, then run: provkoll test --policies-extra {dir} (or provkoll test {dir} if {dir} is a whole pack that replaces the bundled one)", "Fyll i varje CHANGE-ME i {rule}, byt ut exempelvillkoret och dess tester och kör sedan: provkoll test --policies-extra {dir} (eller provkoll test {dir} om {dir} är ett helt paket som ersätter det inbyggda)";
        // `report`
        ReportTitle => "Sign-off report: digital national tests and data protection", "Underlag för godkännande: digitala nationella prov och dataskydd";
        ReportOrganiser => "Organiser", "Huvudman";
        ReportAsOf => "Checked as of", "Kontrollerat per";
        ReportTool => "Tool", "Verktyg";
        ReportPack => "Rule pack", "Regelpaket";
        ReportFingerprints => "Fingerprints (SHA-256)", "Fingeravtryck (SHA-256)";
        ReportFpConfig => "Configuration", "Konfigurationen";
        ReportFpPack => "Policy pack", "Regelpaketet";
        ReportFpWaivers => "Waivers", "Undantagen";
        ReportFpCombined => "Combined", "Sammanlagt";
        ReportFpShort => "Check code (the first 16 digits of the combined one)", "Kontrollkod (de första 16 tecknen av det sammanlagda)";
        ReportFpNote => "Line endings count as LF, so a checkout with CRLF endings (Windows) gives the same fingerprints. provkoll fingerprint --verify compares all four with the configuration as it is now.", "Filernas radslut räknas som LF, så en utcheckning med CRLF (Windows) ger samma fingeravtryck. provkoll fingerprint --verify jämför alla fyra med konfigurationen som den är nu.";
        ReportVerdict => "Verdict", "Bedömning";
        ReportReady => "Ready", "Redo";
        ReportNotReady => "Not ready", "Inte redo";
        ReportBasis => "--fail-on {level}", "bedömt vid allvarlighetsgraden {level}";
        ReportIncomplete => "The check could not be completed: the files below could not be read or understood.", "Kontrollen kunde inte slutföras: filerna nedan kunde inte läsas eller tolkas.";
        ReportCounts => "Open findings", "Öppna fynd";
        ReportCoverage => "Rules and status", "Regler och status";
        ReportRule => "Rule", "Regel";
        ReportStatus => "Status", "Status";
        ReportSources => "Sources", "Källor";
        ReportPass => "pass", "uppfylld";
        ReportPassPartial => "pass in the files that could be read", "uppfylld i de filer som kunde läsas";
        ReportFail => "fail", "ej uppfylld";
        ReportWaived => "waived", "undantagen";
        ReportNotApplicable => "not applicable", "ej tillämplig";
        ReportNotEvaluated => "not evaluated", "ej utvärderad";
        ReportNoWaivers => "there are no waivers", "inga undantag finns";
        ReportNoRegistry => "no Skolenhetsregistret snapshot was given", "ingen ögonblicksbild av skolenhetsregistret angavs";
        ReportFindings => "Findings", "Fynd";
        ReportNone => "None.", "Inga.";
        ReportPlace => "Place", "Plats";
        ReportValue => "Value", "Värde";
        ReportFix => "Fix", "Åtgärd";
        ReportLedger => "Waivers", "Undantag";
        ReportSubject => "Subject", "Gäller";
        ReportAllSubjects => "all", "alla";
        ReportReason => "Reason", "Skäl";
        ReportApprovedBy => "Approved by", "Godkänt av";
        ReportApprovedOn => "Approved", "Godkänt";
        ReportExpires => "Expires", "Gäller till";
        ReportUsed => "Used", "Används";
        ReportStale => "Expired, unused or malformed waivers", "Utgångna, oanvända eller felaktiga undantag";
        ReportTimeline => "What expires before or within the exam windows", "Det som löper ut före eller under provperioderna";
        ReportNothingExpires => "Nothing expires before or within the upcoming exam windows.", "Inget löper ut före eller under de kommande provperioderna.";
        ReportArtefact => "What", "Vad";
        ReportValidUntil => "Valid until", "Giltigt till";
        ReportNoEnd => "no end date", "tills vidare";
        ReportCovers => "Covers", "Täcker";
        ReportSignoff => "Sign-off", "Godkännande";
        ReportSignoffText => "I have reviewed the report above. It applies to the configuration whose combined fingerprint is", "Jag har granskat underlaget ovan. Det gäller den konfiguration vars sammanlagda fingeravtryck är";
        ReportName => "Name", "Namn";
        ReportRole => "Role", "Roll";
        ReportDate => "Date", "Datum";
        ReportSignature => "Signature", "Underskrift";
        ReportErrors => "check errors", "kontrollfel";
        ReportSeverity => "Severity", "Allvarlighetsgrad";
    }
}

/// A noun that is counted: its singular and plural in each language (English first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    File,
    YamlFile,
    Rule,
    Error,
    Warning,
    Info,
    Waived,
    Problem,
    Finding,
    DatedArtefact,
    LocalRule,
}

impl Noun {
    /// Every noun, for the tests.
    pub const ALL: [Noun; 11] = [
        Noun::File,
        Noun::YamlFile,
        Noun::Rule,
        Noun::Error,
        Noun::Warning,
        Noun::Info,
        Noun::Waived,
        Noun::Problem,
        Noun::Finding,
        Noun::DatedArtefact,
        Noun::LocalRule,
    ];

    /// `(one, many)` in `lang`.
    pub const fn forms(self, lang: Lang) -> (&'static str, &'static str) {
        match (self, lang) {
            (Noun::File, Lang::En) => ("file", "files"),
            (Noun::File, Lang::Sv) => ("fil", "filer"),
            (Noun::YamlFile, Lang::En) => ("YAML file", "YAML files"),
            (Noun::YamlFile, Lang::Sv) => ("YAML-fil", "YAML-filer"),
            (Noun::Rule, Lang::En) => ("rule", "rules"),
            (Noun::Rule, Lang::Sv) => ("regel", "regler"),
            (Noun::Error, Lang::En) => ("error", "errors"),
            (Noun::Error, Lang::Sv) => ("fel", "fel"),
            (Noun::Warning, Lang::En) => ("warning", "warnings"),
            (Noun::Warning, Lang::Sv) => ("varning", "varningar"),
            // "3 info" is how the English summary has always read; scripts may match it
            (Noun::Info, Lang::En) => ("info", "info"),
            (Noun::Info, Lang::Sv) => ("upplysning", "upplysningar"),
            (Noun::Waived, Lang::En) => ("waived", "waived"),
            (Noun::Waived, Lang::Sv) => ("undantagen", "undantagna"),
            (Noun::Problem, Lang::En) => ("problem", "problems"),
            (Noun::Problem, Lang::Sv) => ("problem", "problem"),
            (Noun::Finding, Lang::En) => ("finding", "findings"),
            (Noun::Finding, Lang::Sv) => ("fynd", "fynd"),
            (Noun::DatedArtefact, Lang::En) => ("dated artefact", "dated artefacts"),
            (Noun::DatedArtefact, Lang::Sv) => ("daterad handling", "daterade handlingar"),
            (Noun::LocalRule, Lang::En) => ("local rule", "local rules"),
            (Noun::LocalRule, Lang::Sv) => ("lokal regel", "lokala regler"),
        }
    }
}

/// `n` and the noun in the form `n` asks for: "1 varning", "2 varningar".
pub fn count(lang: Lang, n: usize, noun: Noun) -> String {
    let (one, many) = noun.forms(lang);
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A severity as one word a person reads. The machine name ([`Severity::as_str`]) stays in
/// every machine format; this is for tables and headings.
pub fn severity_word(lang: Lang, s: Severity) -> &'static str {
    let noun = match s {
        Severity::Error => Noun::Error,
        Severity::Warning => Noun::Warning,
        Severity::Info => Noun::Info,
    };
    noun.forms(lang).0
}

/// `key`'s text in `lang` with each `{name}` replaced by its value, in one pass over the
/// template, so a value that itself holds `{name}` (a file name, a waiver's reason) stays as
/// written. The values are inserted as they are: escaping for a format is the renderer's job.
pub fn fill(lang: Lang, key: T, args: &[(&str, &str)]) -> String {
    fill_template(key.get(lang), args)
}

/// [`fill`] for any template of a catalogue.
pub fn fill_template(template: &str, args: &[(&str, &str)]) -> String {
    let mut rest = template;
    let mut out = String::with_capacity(rest.len());
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.split_once('}').and_then(|(name, _)| {
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (name.len(), *v))
        });
        match value {
            Some((len, v)) => {
                out.push_str(v);
                rest = &after[len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` slots a template names, sorted, for the tests.
pub fn slots(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    names.sort_unstable();
    names
}

/// What is wrong with a catalogue's text in its two languages, if anything: an empty one, or
/// arguments the other does not name. For the tests of each catalogue.
#[cfg(test)]
pub(crate) fn pair_fault(en: &str, sv: &str) -> Option<&'static str> {
    if en.trim().is_empty() {
        Some("has no English")
    } else if sv.trim().is_empty() {
        Some("has no Swedish")
    } else if slots(en) != slots(sv) {
        Some("names other arguments in Swedish")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages_with_the_same_arguments() {
        for key in T::ALL {
            let fault = pair_fault(key.get(Lang::En), key.get(Lang::Sv));
            assert_eq!(fault, None, "{key:?}");
        }
        for noun in Noun::ALL {
            for lang in Lang::ALL {
                let (one, many) = noun.forms(lang);
                assert!(!one.is_empty() && !many.is_empty(), "{noun:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn swedish_plurals_follow_swedish() {
        let sv = |n, noun| count(Lang::Sv, n, noun);
        assert_eq!(sv(1, Noun::Warning), "1 varning");
        assert_eq!(sv(2, Noun::Warning), "2 varningar");
        assert_eq!(sv(0, Noun::Warning), "0 varningar");
        assert_eq!(sv(1, Noun::Error), "1 fel");
        assert_eq!(sv(2, Noun::Error), "2 fel");
        assert_eq!(sv(1, Noun::File), "1 fil");
        assert_eq!(sv(2, Noun::File), "2 filer");
        assert_eq!(sv(3, Noun::Info), "3 upplysningar");
        assert_eq!(count(Lang::En, 1, Noun::File), "1 file");
        assert_eq!(count(Lang::En, 2, Noun::Info), "2 info");
        assert_eq!(severity_word(Lang::Sv, Severity::Info), "upplysning");
    }

    #[test]
    fn fill_puts_each_argument_in_its_slot() {
        let line = fill(
            Lang::Sv,
            T::SummaryHead,
            &[
                ("version", "1.0"),
                ("as_of", "2027-03-01"),
                ("files", "2 filer"),
            ],
        );
        assert_eq!(
            line,
            "provkoll 1.0 per 2027-03-01: 2 filer har kontrollerats"
        );
        assert_eq!(slots("a {x} b {y_z} {x}"), ["x", "x", "y_z"]);
        // a value is never read as a slot
        let tricky = fill(Lang::En, T::InitWrote, &[("path", "{path} {dir}")]);
        assert_eq!(tricky, "wrote {path} {dir}");
    }
}
