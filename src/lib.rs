//! provkoll: checks a Swedish school organiser's configuration for Skolverket's digital
//! national tests and its GDPR duties against a pack of Rego policies.
//!
//! The layers depend one way, each on those listed before it (a test reads the `use` lines):
//! - [`base`]: words every layer shares (places in files, paths, dates, severities, problems);
//! - [`config`]: the user's files → typed documents with a span for every node;
//! - [`pack`]: the policies → the rule table and the engine;
//! - [`check`]: documents + pack → one sorted report, and the timeline and fingerprints;
//! - [`emit`]: the report → each output format;
//! - the binary (`src/bin/provkoll/`): the command line, the only place that prints.
//!
//! The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]
// `Problem` is large, but it travels only on the cold path of broken input; boxing it would
// add noise at every site for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod base;
pub mod check;
pub mod config;
pub mod emit;
pub mod pack;
