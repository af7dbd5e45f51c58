//! SHA-256 fingerprints that tie a signed report to exactly what was checked: the
//! configuration (every checked file's relative path and bytes, in path order, and the
//! Skolenhetsregistret snapshot the register rules compared with, if any), the policy pack
//! (every module's path and text; a local folder's modules by their path inside it, so naming
//! the folder another way does not change it), the waivers, and one combined fingerprint that
//! also names the date and the tool version. Files skipped for holding no provkoll document are
//! not part of the configuration, so an unrelated file in the repo does not change it.

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::finding::RunReport;
use crate::base::date::Date;
use crate::base::problem::OutputError;
use crate::config::model::{ModelDoc, Typed};
use crate::pack::catalogue::Catalogue;

/// The first 16 hex digits of a fingerprint in groups of four (`4cbc d46f bb9f 3c1e`): short
/// enough to compare by eye on a printed page; `provkoll fingerprint --verify` compares all 64.
pub fn short(hex: &str) -> String {
    let digits: Vec<char> = hex.chars().take(16).collect();
    digits
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The four fingerprints, lowercase hex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fingerprints {
    /// Over the checked files.
    pub configuration: String,
    /// Over the policy pack.
    pub policy_pack: String,
    /// Over the waivers.
    pub waivers: String,
    /// Over the three, the as-of date and the tool version.
    pub combined: String,
}

fn hex(h: Sha256) -> String {
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A text with its line endings as LF: a checkout with CRLF endings (Windows, `core.autocrlf`)
/// is the same configuration, and must give the same fingerprint as CI's.
fn lf(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        text.replace("\r\n", "\n").into()
    } else {
        text.into()
    }
}

/// Feed length-prefixed parts, so that ("ab", "c") and ("a", "bc") differ.
fn feed(h: &mut Sha256, part: &[u8]) {
    h.update((part.len() as u64).to_be_bytes());
    h.update(part);
}

/// The fingerprints of a run. A waiver that cannot be written as JSON is an error, never an
/// empty string silently covered by a signed fingerprint.
pub fn compute(
    run: &RunReport,
    docs: &[ModelDoc],
    pack: &Catalogue,
) -> Result<Fingerprints, OutputError> {
    // the snapshot decides the register rules' findings as much as the configuration does
    let mut files: Vec<(&str, &str)> = run
        .checked
        .iter()
        .chain(&run.registry)
        .filter_map(|id| run.sources.get(*id))
        .map(|f| (f.display.as_str(), &*f.text))
        .collect();
    files.sort();
    let mut config = Sha256::new();
    for (path, text) in files {
        feed(&mut config, path.as_bytes());
        feed(&mut config, lf(text).as_bytes());
    }
    let mut modules = pack.fingerprinted();
    modules.sort();
    let mut policy = Sha256::new();
    for (path, text) in modules {
        feed(&mut policy, path.as_bytes());
        feed(&mut policy, lf(text).as_bytes());
    }
    let mut waivers = Sha256::new();
    for d in docs.iter().filter(|d| matches!(*d.typed, Typed::Waiver(_))) {
        let path = run.display(Some(d.doc.file)).ok_or(OutputError::Render {
            what: "the waivers' fingerprint",
            reason: "a waiver's file is not among the files read".into(),
        })?;
        feed(&mut waivers, path.as_bytes());
        // canonical JSON (keys sorted), so reordering a waiver's fields does not change it
        let body = serde_json::to_string(&d.body).map_err(|e| OutputError::Render {
            what: "the waivers' fingerprint",
            reason: e.to_string(),
        })?;
        feed(&mut waivers, body.as_bytes());
    }
    let (configuration, policy_pack, waivers) = (hex(config), hex(policy), hex(waivers));
    let mut combined = Sha256::new();
    for part in [
        configuration.as_str(),
        policy_pack.as_str(),
        waivers.as_str(),
        &run.as_of.to_string(),
        &run.tool_version,
    ] {
        feed(&mut combined, part.as_bytes());
    }
    Ok(Fingerprints {
        configuration,
        policy_pack,
        waivers,
        combined: hex(combined),
    })
}

/// The fingerprints a written report states (its `provkoll-fingerprints` marker), with the date
/// and the tool version the combined one includes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    pub as_of: Date,
    pub tool_version: String,
    pub fingerprints: Fingerprints,
}

/// Read the fingerprints a report (HTML or Markdown, as `provkoll report` writes them) states.
pub fn stated_in(report: &str) -> Result<Stated, String> {
    const MARK: &str = "provkoll-fingerprints";
    let at = report
        .find(MARK)
        .ok_or("no provkoll fingerprints in it: is it a report written by `provkoll report`?")?;
    let rest = &report[at + MARK.len()..];
    let rest = rest
        .trim_start_matches(['"', ':', ' '])
        .trim_start_matches("content=\"");
    let end = rest.find(['"', '<', '>', '\n']).unwrap_or(rest.len());
    let fields: std::collections::BTreeMap<&str, &str> = rest[..end]
        .split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .collect();
    let field = |k: &str| {
        fields
            .get(k)
            .map(|v| (*v).to_owned())
            .ok_or(format!("its fingerprints lack `{k}`"))
    };
    let hex = |k: &str| {
        let v = field(k)?;
        if v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(v)
        } else {
            Err(format!("its `{k}` is not a SHA-256 fingerprint"))
        }
    };
    Ok(Stated {
        as_of: Date::parse(&field("as-of")?).ok_or("its `as-of` is not a date")?,
        tool_version: field("tool")?,
        fingerprints: Fingerprints {
            configuration: hex("configuration")?,
            policy_pack: hex("policy-pack")?,
            waivers: hex("waivers")?,
            combined: hex("combined")?,
        },
    })
}
