//! How serious a finding is, and the level `--fail-on` compares it with.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Ordered: `Info < Warning < Error`, so "at or above `--fail-on`" is a comparison.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Good practice.
    #[schemars(extend("x-description-sv" = "God praxis."))]
    Info,
    /// A recommendation or a likely failure.
    #[schemars(extend("x-description-sv" = "En rekommendation eller ett troligt fel."))]
    Warning,
    /// A stated obligation is broken.
    #[schemars(extend("x-description-sv" = "En uttalad skyldighet är inte uppfylld."))]
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`, as METADATA and violations write it.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "error" => Some(Self::Error),
            "warning" => Some(Self::Warning),
            "info" => Some(Self::Info),
            _ => None,
        }
    }

    /// The lowercase name, as every machine format writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

/// As `--fail-on LEVEL`: listed from the strictest gate's opposite, error first, as a user
/// reads the choice ("fail on errors only", then more).
impl clap::ValueEnum for Severity {
    fn value_variants<'a>() -> &'a [Self] {
        &[Self::Error, Self::Warning, Self::Info]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let help = match self {
            Self::Error => "Fail on errors only",
            Self::Warning => "Fail on warnings and errors",
            Self::Info => "Fail on any finding",
        };
        Some(clap::builder::PossibleValue::new(self.as_str()).help(help))
    }
}
