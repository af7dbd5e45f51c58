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
pub mod progress;
pub mod read;
pub mod redact;
mod rvm;
pub mod source;
pub mod suggest;
pub mod timeline;
pub mod waiver;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::catalogue::Catalogue;
use crate::error::{LoadError, Problem};
use crate::evaluate::Evaluator;
use crate::finding::{Finding, RunReport};
use crate::load::Limits;
use crate::model::{Date, ModelDoc};
use crate::progress::{Progress, Step};
use crate::source::SourceFile;

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
    check_full_with(opts, None)
}

/// [`check_full`], telling `progress` of every file loaded and rule evaluated.
pub fn check_full_with(opts: &CheckOptions, progress: Option<&Progress>) -> Checked {
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
    // Read in parallel too: with thousands of small files, waiting on each in turn dominated.
    let files = candidates
        .into_par_iter()
        .map(|candidate| {
            let bytes = read::read_bytes(&candidate.path, opts.max_file_size);
            InputFile { candidate, bytes }
        })
        .collect();
    let mut checked = check_files_full(&pack, files, problems, opts.as_of, opts.limits, progress);
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
    check_files_full(pack, files, problems, as_of, limits, None).report
}

/// [`check_files`], keeping the documents and the `input` the rules saw (the `engines` fuzz
/// target evaluates that `input` again with each engine).
pub fn check_files_input(
    pack: &Pack,
    files: Vec<InputFile>,
    problems: Vec<Problem>,
    as_of: Date,
    limits: Limits,
) -> Checked {
    check_files_full(pack, files, problems, as_of, limits, None)
}

fn check_files_full(
    pack: &Pack,
    files: Vec<InputFile>,
    mut problems: Vec<Problem>,
    as_of: Date,
    limits: Limits,
    progress: Option<&Progress>,
) -> Checked {
    let mut report = RunReport::new(as_of);
    let mut docs: Vec<ModelDoc> = Vec::new();
    // Each file is loaded on its own, in parallel; the results are merged in discovery order,
    // so file ids, documents and problems come out the same whatever the thread count.
    let loaded: Vec<FileLoad> = {
        let total = files.len();
        let done = std::sync::atomic::AtomicUsize::new(0);
        files
            .into_par_iter()
            .enumerate()
            .map(|(i, file)| {
                let loaded = load_file(source::FileId(i), file, limits);
                if let Some(p) = progress {
                    let done = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                    p.step(Step::FileLoaded { done, total });
                }
                loaded
            })
            .collect()
    };
    for mut file in loaded {
        let id = report.sources.add(file.source);
        match file.outcome {
            FileOutcome::Checked => {
                report.files_checked += 1;
                report.checked.push(id);
            }
            FileOutcome::Skipped => report.files_skipped += 1,
        }
        problems.append(&mut file.problems);
        docs.append(&mut file.docs);
    }
    // With a file unread, a "missing" Organiser may just be in it: report absence only when every file loaded.
    let all_loaded = problems.is_empty();
    problems.extend(
        model::check_cardinality(&docs)
            .into_iter()
            .filter(|p| all_loaded || p.file.is_some()),
    );

    let input = input::build(&docs, as_of, VERSION);
    let (violations, mut rule_problems) =
        pack.evaluator
            .evaluate_reporting(&pack.catalogue, &input.value, progress);
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
    // Rule messages and schema errors may quote a value: mask identity numbers before any
    // emitter sees the report.
    redact::report(&mut report);
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

/// One file decoded, loaded and checked, on its own (files are loaded in parallel).
struct FileLoad {
    source: SourceFile,
    outcome: FileOutcome,
    problems: Vec<Problem>,
    docs: Vec<ModelDoc>,
}

/// Decode, load and check one file, which will be file `id` of the run.
fn load_file(id: source::FileId, file: InputFile, limits: Limits) -> FileLoad {
    let InputFile {
        candidate: cand,
        bytes,
    } = file;
    let done = |source, problems| FileLoad {
        source,
        outcome: FileOutcome::Checked,
        problems,
        docs: Vec::new(),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            let source = SourceFile::new(
                cand.path.clone(),
                cand.display.clone(),
                String::new().into(),
            );
            return done(source, vec![Problem::in_file(e, id)]);
        }
    };
    let text = match read::decode(&bytes) {
        Ok(text) => text,
        Err(e) => {
            let source = SourceFile::new(
                cand.path.clone(),
                cand.display.clone(),
                read::valid_prefix(&bytes).into(),
            );
            // the valid text ends where the first bad byte is
            let at = source::Span::point(source.pos_of_byte(source.text.len()));
            let problem = match &e {
                LoadError::Encoding => {
                    Problem::at(e, id, at).with_label("first byte that is not UTF-8")
                }
                LoadError::Binary => Problem::at(e, id, at).with_label("first NUL byte"),
                _ => Problem::at(e, id, at),
            };
            return done(source, vec![problem]);
        }
    };
    let src = SourceFile::new(cand.path.clone(), cand.display.clone(), text.into());
    let documents = match load::load_documents(id, &src, limits) {
        Ok(d) => d,
        Err(p) => return done(src, vec![p]),
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
            return done(src, vec![Problem::in_file(LoadError::NoDocuments, id)]);
        }
        return FileLoad {
            source: src,
            outcome: FileOutcome::Skipped,
            problems: Vec::new(),
            docs: Vec::new(),
        };
    }
    let mut problems: Vec<Problem> = others
        .into_iter()
        .map(|stray| {
            Problem::at(
                LoadError::StrayDocument(stray.index + 1),
                id,
                stray.root_span(),
            )
        })
        .collect();
    let mut docs = Vec::new();
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
        match model::check_document(doc, &src) {
            Ok(d) => docs.push(d),
            Err(mut ps) => problems.append(&mut ps),
        }
    }
    FileLoad {
        source: src,
        outcome: FileOutcome::Checked,
        problems,
        docs,
    }
}
