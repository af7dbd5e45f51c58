//! Emitters: one per output format, all reading the same sorted [`RunReport`].

use std::io::{self, Write};

use crate::finding::RunReport;

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod report;
pub mod sarif;

/// Writes a report in one format.
pub trait Emit {
    /// Write the whole report to `w`.
    fn emit(&self, w: &mut dyn Write, run: &RunReport) -> io::Result<()>;
}
