//! provkoll: checks a Swedish school organiser's configuration for Skolverket's digital
//! national tests and its GDPR duties against a pack of Rego policies.
//!
//! The flow is one way: discover → load → model → input → evaluate → locate → report → emit.
//! The library never prints; `main` turns the report into output and an exit code.
#![warn(clippy::print_stdout, clippy::print_stderr, missing_docs)]
// `Problem` is large, but it travels only on the cold path of broken input; boxing it would
// add noise at every site for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod catalogue;
pub mod cli;
pub mod discover;
pub mod emit;
pub mod error;
pub mod evaluate;
pub mod explain;
pub mod finding;
pub mod fingerprint;
pub mod init;
pub mod input;
pub mod load;
pub mod locate;
pub mod model;
pub mod output;
pub mod read;
pub mod redact;
pub mod source;
pub mod suggest;
pub mod timeline;
pub mod waiver;

use std::path::PathBuf;

use crate::catalogue::Catalogue;
use crate::error::{LoadError, Problem};
use crate::evaluate::Evaluator;
use crate::finding::{Finding, RunReport};
use crate::load::Limits;
use crate::model::{Date, ModelDoc};
use crate::source::{SourceFile, Sources};

/// This build's version, echoed in every output.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What `check` needs to know.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Files and directories to check.
    pub paths: Vec<PathBuf>,
    /// The date the check is made "as of".
    pub as_of: Date,
    /// A policy directory to use instead of the bundled pack.
    pub policies: Option<PathBuf>,
    /// Files larger than this are refused.
    pub max_file_size: u64,
    /// YAML limits.
    pub limits: Limits,
}

/// Default `--max-file-size`: far above any real configuration file.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// Load the policy pack named by the options.
pub fn load_catalogue(policies: Option<&std::path::Path>) -> Result<Catalogue, Vec<Problem>> {
    match policies {
        Some(dir) => Catalogue::from_dir(dir),
        None => Catalogue::bundled(),
    }
}

/// The policy pack, parsed once: the rule table and the engine with every module loaded.
#[derive(Clone)]
pub struct Pack {
    /// The rules and modules.
    pub catalogue: Catalogue,
    /// The engine.
    pub evaluator: Evaluator,
}

impl Pack {
    /// Load the bundled pack, or the one in `policies`.
    pub fn load(policies: Option<&std::path::Path>) -> Result<Self, Vec<Problem>> {
        let catalogue = load_catalogue(policies)?;
        let evaluator = Evaluator::new(&catalogue)?;
        Ok(Self {
            catalogue,
            evaluator,
        })
    }
}

/// One file to check, as read (or not) from disk or given in memory.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Where it came from.
    pub candidate: discover::Candidate,
    /// Its bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, LoadError>,
}

/// A check's report with the documents and `input` behind it (for the timeline and the report).
pub struct Checked {
    /// What was found.
    pub report: RunReport,
    /// The documents that passed the model.
    pub docs: Vec<ModelDoc>,
    /// What the rules saw.
    pub input: input::Input,
    /// The pack, when it loaded.
    pub pack: Option<Pack>,
}

/// Run a whole check. Problems in the input or the pack are part of the report, never an `Err`.
pub fn check(opts: &CheckOptions) -> RunReport {
    check_full(opts).report
}

/// Run a whole check and keep what it was made from.
pub fn check_full(opts: &CheckOptions) -> Checked {
    let pack = match Pack::load(opts.policies.as_deref()) {
        Ok(p) => p,
        Err(problems) => {
            // A broken pack cannot say anything trustworthy about the configuration.
            let mut report = RunReport::new(opts.as_of);
            report.problems = problems;
            let input = input::build(&[], opts.as_of, VERSION);
            return Checked {
                report,
                docs: Vec::new(),
                input,
                pack: None,
            };
        }
    };
    let (candidates, problems) = discover::discover(&opts.paths);
    let files = candidates
        .into_iter()
        .map(|candidate| {
            let bytes = read::read_bytes(&candidate.path, opts.max_file_size);
            InputFile { candidate, bytes }
        })
        .collect();
    let mut checked = check_files_full(&pack, files, problems, opts.as_of, opts.limits);
    checked.pack = Some(pack);
    checked
}

/// Check files already read (or given in memory, as the fuzzer does), with `problems` found
/// before reading them.
pub fn check_files(
    pack: &Pack,
    files: Vec<InputFile>,
    problems: Vec<Problem>,
    as_of: Date,
    limits: Limits,
) -> RunReport {
    check_files_full(pack, files, problems, as_of, limits).report
}

fn check_files_full(
    pack: &Pack,
    files: Vec<InputFile>,
    mut problems: Vec<Problem>,
    as_of: Date,
    limits: Limits,
) -> Checked {
    let mut report = RunReport::new(as_of);
    let mut docs: Vec<ModelDoc> = Vec::new();
    for file in files {
        match load_file(file, limits, &mut report.sources, &mut problems, &mut docs) {
            FileOutcome::Checked => {
                report.files_checked += 1;
                report
                    .checked
                    .push(source::FileId(report.sources.len() - 1));
            }
            FileOutcome::Skipped => report.files_skipped += 1,
        }
    }
    // With a file unread, a "missing" Organiser may just be in it: report absence only when every file loaded.
    let all_loaded = problems.is_empty();
    problems.extend(
        model::check_cardinality(&docs)
            .into_iter()
            .filter(|p| all_loaded || p.file.is_some()),
    );

    let input = input::build(&docs, as_of, VERSION);
    let (violations, mut rule_problems) = pack.evaluator.evaluate(&pack.catalogue, &input.value);
    problems.append(&mut rule_problems);
    report.rules = pack.catalogue.rules.clone();

    for v in violations {
        let Some(rule) = pack.catalogue.rules.get(v.rule) else {
            continue;
        };
        let located = locate::locate(&v.path, &input.provenance, &docs);
        let mut finding = Finding::new(
            rule,
            v.msg,
            located,
            locate::dotted(&v.path),
            v.subject,
            &v.args,
        );
        if let Some(lower) = v.severity {
            finding.severity = lower;
        }
        report.findings.push(finding);
    }
    let waiver_findings = waiver::apply(&mut report.findings, &docs, &pack.catalogue.rules, as_of);
    report.findings.extend(waiver_findings);
    let sources = report.sources.clone();
    report.findings.sort_by_cached_key(|f| f.sort_key(&sources));
    report
        .findings
        .dedup_by(|a, b| a.sort_key(&sources) == b.sort_key(&sources));
    problems.sort_by_cached_key(|p| {
        let file = p
            .file
            .and_then(|f| sources.get(f))
            .map(|f| f.display.clone());
        (
            file.is_some(),
            file,
            p.span.map(|s| s.start),
            p.error.to_string(),
        )
    });
    report.problems = problems;
    Checked {
        report,
        docs,
        input,
        pack: None,
    }
}

enum FileOutcome {
    Checked,
    Skipped,
}

/// Decode, load and check one file; its problems go to `problems`, its documents to `docs`.
fn load_file(
    file: InputFile,
    limits: Limits,
    sources: &mut Sources,
    problems: &mut Vec<Problem>,
    docs: &mut Vec<ModelDoc>,
) -> FileOutcome {
    let InputFile {
        candidate: cand,
        bytes,
    } = file;
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            let id = sources.add(SourceFile::new(
                cand.path.clone(),
                cand.display.clone(),
                String::new().into(),
            ));
            problems.push(Problem::in_file(e, id));
            return FileOutcome::Checked;
        }
    };
    let text = match read::decode(&bytes) {
        Ok(text) => text,
        Err(e) => {
            let id = sources.add(SourceFile::new(
                cand.path.clone(),
                cand.display.clone(),
                read::valid_prefix(&bytes).into(),
            ));
            let problem = match sources.get(id) {
                // the valid text ends where the first bad byte is
                Some(src) => {
                    Problem::at(e, id, source::Span::point(src.pos_of_byte(src.text.len())))
                        .with_label("first byte that is not UTF-8")
                }
                None => Problem::in_file(e, id),
            };
            problems.push(problem);
            return FileOutcome::Checked;
        }
    };
    let id = sources.add(SourceFile::new(
        cand.path.clone(),
        cand.display.clone(),
        text.into(),
    ));
    let Some(src) = sources.get(id) else {
        return FileOutcome::Checked;
    };
    let documents = match load::load_documents(id, src, limits) {
        Ok(d) => d,
        Err(p) => {
            problems.push(p);
            return FileOutcome::Checked;
        }
    };
    let (ours, others): (Vec<_>, Vec<_>) = documents
        .into_iter()
        .filter(|d| !d.value.is_null())
        .partition(|d| {
            d.str_field("apiVersion")
                .is_some_and(|v| v.starts_with("provkoll/"))
        });
    if ours.is_empty() {
        if cand.explicit {
            problems.push(Problem::in_file(LoadError::NoDocuments, id));
            return FileOutcome::Checked;
        }
        return FileOutcome::Skipped;
    }
    for stray in others {
        problems.push(Problem::at(
            LoadError::StrayDocument(stray.index + 1),
            id,
            stray.root_span(),
        ));
    }
    for doc in ours {
        let version = doc.str_field("apiVersion").unwrap_or_default();
        if version != "provkoll/v1" {
            problems.push(Problem::at(
                LoadError::UnknownApiVersion(version.to_owned()),
                id,
                doc.field_span("apiVersion"),
            ));
            continue;
        }
        match model::check_document(doc, src) {
            Ok(d) => docs.push(d),
            Err(mut ps) => problems.append(&mut ps),
        }
    }
    FileOutcome::Checked
}
