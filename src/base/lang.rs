//! The language a person reads an output in.

/// Swedish or English. Machine fields (rule IDs, severities, paths, JSON keys) never change
/// with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Svenska.
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag, as HTML's `lang` attribute wants it.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
        }
    }
}
