//! SHA-256 fingerprints that tie a signed report to exactly what was checked: the
//! configuration (every checked file's relative path and bytes, in path order), the policy pack
//! (every module's path and text), the waivers, and one combined fingerprint that also names the
//! date and the tool version. Files skipped for holding no provkoll document are not part of the
//! configuration, so an unrelated file in the repo does not change it.

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::finding::RunReport;
use crate::base::problem::OutputError;
use crate::config::model::{ModelDoc, Typed};
use crate::pack::catalogue::Catalogue;

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
    let mut files: Vec<(&str, &str)> = run
        .checked
        .iter()
        .filter_map(|id| run.sources.get(*id))
        .map(|f| (f.display.as_str(), &*f.text))
        .collect();
    files.sort();
    let mut config = Sha256::new();
    for (path, text) in files {
        feed(&mut config, path.as_bytes());
        feed(&mut config, text.as_bytes());
    }
    let mut modules: Vec<&(String, String)> = pack.modules.iter().collect();
    modules.sort();
    let mut policy = Sha256::new();
    for (path, text) in modules {
        feed(&mut policy, path.as_bytes());
        feed(&mut policy, text.as_bytes());
    }
    let mut waivers = Sha256::new();
    for d in docs.iter().filter(|d| matches!(d.typed, Typed::Waiver(_))) {
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
