//! `provkoll fingerprint`: the fingerprints of a configuration, to compare with a signed report.

use serde_json::json;

use crate::base::lang::Lang;
use crate::base::texts::{T, fill};
use crate::check::finding::RunReport;
use crate::check::fingerprint::{Fingerprints, Stated, short};
use crate::emit::rules::pack_text;
use crate::pack::catalogue::PackSummary;

/// The labels of the four fingerprints and the check code, and the width they are padded to
/// (the longest, and one space).
fn labels(lang: Lang) -> ([&'static str; 5], usize) {
    let labels = [
        T::FpConfiguration,
        T::FpPolicyPack,
        T::FpWaivers,
        T::FpCombined,
        T::FpCheckCode,
    ]
    .map(|t| t.get(lang));
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    (labels, width)
}

/// As lines to read beside the report.
pub fn text(run: &RunReport, fp: &Fingerprints, lang: Lang) -> String {
    let (labels, w) = labels(lang);
    let mut out = fill(
        lang,
        T::FpHead,
        &[
            ("as_of", &run.as_of.to_string()),
            ("version", &run.tool_version),
        ],
    );
    out.push('\n');
    if let Some(settings) = &run.settings {
        out.push_str(&fill(lang, T::SettingsUsed, &[("settings", settings)]));
        out.push('\n');
    }
    out.push_str(&pack_line(run, lang));
    let check_code = short(&fp.combined);
    let values = [
        fp.configuration.as_str(),
        &fp.policy_pack,
        &fp.waivers,
        &fp.combined,
        &check_code,
    ];
    for (label, value) in labels.into_iter().zip(values) {
        out.push_str(&format!("{label:<w$} {value}\n"));
    }
    out
}

/// "policy pack: bundled + 2 local rules from egna-regler", and a line break.
fn pack_line(run: &RunReport, lang: Lang) -> String {
    let pack = pack_text(&PackSummary::of(&run.rules), lang);
    fill(lang, T::FpPack, &[("pack", &pack)]) + "\n"
}

/// As JSON, with the date and the tool version the combined fingerprint includes, and what the
/// pack is made of.
pub fn json(run: &RunReport, fp: &Fingerprints) -> serde_json::Value {
    json!({"as_of": run.as_of, "tool_version": run.tool_version, "settings": run.settings, "pack": PackSummary::of(&run.rules), "fingerprints": fp, "check_code": short(&fp.combined)})
}

/// Each fingerprint a report states beside the one the configuration gives now.
pub fn comparison<'a>(
    stated: &'a Fingerprints,
    now: &'a Fingerprints,
) -> [(&'static str, &'a str, &'a str); 4] {
    [
        ("configuration", &stated.configuration, &now.configuration),
        ("policy pack", &stated.policy_pack, &now.policy_pack),
        ("waivers", &stated.waivers, &now.waivers),
        ("combined", &stated.combined, &now.combined),
    ]
}

/// `--verify` as lines to read: which fingerprints match, and what differs.
pub fn verify_text(
    report: &str,
    stated: &Stated,
    run: &RunReport,
    now: &Fingerprints,
    lang: Lang,
) -> String {
    let mut out = fill(
        lang,
        T::FpVerifyHead,
        &[
            ("report", report),
            ("as_of", &stated.as_of.to_string()),
            ("version", &stated.tool_version),
        ],
    );
    out.push('\n');
    out.push_str(&pack_line(run, lang));
    let (labels, w) = labels(lang);
    for (label, (_, was, is)) in labels
        .into_iter()
        .zip(comparison(&stated.fingerprints, now))
    {
        let verdict = if was == is {
            T::FpMatches.get(lang).to_owned()
        } else {
            fill(
                lang,
                T::FpDiffers,
                &[("stated", &short(was)), ("now", &short(is))],
            )
        };
        out.push_str(&format!("{label:<w$} {verdict}\n"));
    }
    if stated.tool_version != run.tool_version {
        out.push_str(&fill(
            lang,
            T::FpOtherVersion,
            &[("stated", &stated.tool_version), ("now", &run.tool_version)],
        ));
        out.push('\n');
    }
    out
}

/// `--verify` as JSON.
pub fn verify_json(
    report: &str,
    stated: &Stated,
    run: &RunReport,
    now: &Fingerprints,
) -> serde_json::Value {
    let parts: serde_json::Map<String, serde_json::Value> = comparison(&stated.fingerprints, now)
        .into_iter()
        .map(|(name, was, is)| {
            (
                name.replace(' ', "_"),
                json!({"stated": was, "now": is, "matches": was == is}),
            )
        })
        .collect();
    json!({
        "report": report,
        "as_of": stated.as_of,
        "stated_tool_version": stated.tool_version,
        "tool_version": run.tool_version,
        "matches": stated.fingerprints == *now,
        "fingerprints": parts,
    })
}
