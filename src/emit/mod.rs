//! Renderers: each reads a finished [`RunReport`] (or a view derived from a run) and writes one
//! format. They compute nothing a run did not already decide.

pub mod fingerprint;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod junit_xml;
pub mod pack_tests;
pub mod report;
pub mod rules;
pub mod sarif;
pub mod timeline;

use std::io::{self, Write};

use crate::base::lang::Lang;
use crate::base::severity::Severity;
use crate::check::finding::RunReport;

/// Writes a report in one format.
pub trait Emit {
    /// Write the whole report to `w`.
    fn emit(&self, w: &mut dyn Write, run: &RunReport) -> io::Result<()>;
}

/// The output formats of `provkoll check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Findings drawn on their YAML lines, with a fix hint and a summary line.
    Human,
    /// provkoll's own versioned JSON (`schema_version: 1`).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML: one suite per file, one case per rule and file.
    Junit,
    /// GitHub Actions workflow commands: annotations on the pull request's diff.
    Github,
}

/// What the human format needs to know beyond the report.
#[derive(Debug, Clone, Copy)]
pub struct EmitOptions {
    /// Colour (only on a terminal, and never with `NO_COLOR`; the caller decides).
    pub color: bool,
    /// Show only what fails the run, and no summary.
    pub quiet: bool,
    /// The `--fail-on` level.
    pub fail_on: Severity,
    /// The language a person reads (the human format's titles, hints and summary; the machine
    /// formats' messages and hints; their keys and machine values are the same whatever it is).
    pub lang: Lang,
}

impl Format {
    /// The emitter of this format.
    pub fn emitter(self, opts: EmitOptions) -> Box<dyn Emit> {
        match self {
            Self::Human => Box::new(human::Human {
                color: opts.color,
                quiet: opts.quiet,
                fail_on: opts.fail_on,
                lang: opts.lang,
            }),
            Self::Json => Box::new(json::Json { lang: opts.lang }),
            Self::Sarif => Box::new(sarif::Sarif { lang: opts.lang }),
            Self::Junit => Box::new(junit::Junit {
                fail_on: opts.fail_on,
                lang: opts.lang,
            }),
            Self::Github => Box::new(github::Github { lang: opts.lang }),
        }
    }
}
