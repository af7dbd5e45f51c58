//! `provkoll fingerprint`: the fingerprints of a configuration, to compare with a signed report.

use serde_json::json;

use crate::check::finding::RunReport;
use crate::check::fingerprint::Fingerprints;

/// As lines to read beside the report.
pub fn text(run: &RunReport, fp: &Fingerprints) -> String {
    format!(
        "as of {}, provkoll {}\nconfiguration  {}\npolicy pack    {}\nwaivers        {}\ncombined       {}\n",
        run.as_of, run.tool_version, fp.configuration, fp.policy_pack, fp.waivers, fp.combined
    )
}

/// As JSON, with the date and the tool version the combined fingerprint includes.
pub fn json(run: &RunReport, fp: &Fingerprints) -> serde_json::Value {
    json!({"as_of": run.as_of, "tool_version": run.tool_version, "fingerprints": fp})
}
