//! `provkoll fingerprint`: the fingerprints of a configuration, to compare with a signed report.

use serde_json::json;

use crate::check::finding::RunReport;
use crate::check::fingerprint::{Fingerprints, Stated, short};

/// As lines to read beside the report.
pub fn text(run: &RunReport, fp: &Fingerprints) -> String {
    format!(
        "as of {}, provkoll {}\nconfiguration  {}\npolicy pack    {}\nwaivers        {}\ncombined       {}\ncheck code     {}\n",
        run.as_of,
        run.tool_version,
        fp.configuration,
        fp.policy_pack,
        fp.waivers,
        fp.combined,
        short(&fp.combined)
    )
}

/// As JSON, with the date and the tool version the combined fingerprint includes.
pub fn json(run: &RunReport, fp: &Fingerprints) -> serde_json::Value {
    json!({"as_of": run.as_of, "tool_version": run.tool_version, "fingerprints": fp, "check_code": short(&fp.combined)})
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
pub fn verify_text(report: &str, stated: &Stated, run: &RunReport, now: &Fingerprints) -> String {
    let mut out = format!(
        "{report}: as of {}, provkoll {}\n",
        stated.as_of, stated.tool_version
    );
    for (name, was, is) in comparison(&stated.fingerprints, now) {
        if was == is {
            out.push_str(&format!("{name:<14} matches\n"));
        } else {
            out.push_str(&format!(
                "{name:<14} DIFFERS: the report states {}, the configuration now gives {}\n",
                short(was),
                short(is)
            ));
        }
    }
    if stated.tool_version != run.tool_version {
        out.push_str(&format!(
            "The report was written by provkoll {}; this is provkoll {}, and the combined fingerprint includes the version.\n",
            stated.tool_version, run.tool_version
        ));
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
