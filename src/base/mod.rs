//! Words every layer shares: files and places in them, paths into `input`, dates, severities,
//! languages, problems, special files, atomic writes, progress, "did you mean" and text made
//! safe for a terminal or a CI log. Nothing here imports another part of the crate, so no stage
//! has to reach into another stage for them.

pub mod date;
pub mod file_kind;
pub mod lang;
pub mod path;
pub mod problem;
pub mod problem_texts;
pub mod progress;
pub mod severity;
pub mod source;
pub mod suggest;
pub mod terminal;
pub mod texts;
pub mod write;

/// This build's version, echoed in every output and part of the combined fingerprint.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
