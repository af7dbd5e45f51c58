//! Documents + pack → one sorted [`RunReport`], and what derives from a run (the timeline, the
//! fingerprints). One entry point: [`run`].

pub mod finding;
pub mod fingerprint;
pub mod input;
pub mod locate;
pub mod redact;
pub mod timeline;
pub mod waiver;

use std::path::PathBuf;

use self::finding::{Finding, RunReport};
use self::fingerprint::Fingerprints;
use self::input::Input;
use self::timeline::Entry;
use crate::base::VERSION;
use crate::base::date::Date;
use crate::base::path::dotted;
use crate::base::problem::{OutputError, Problem};
use crate::base::progress::Progress;
use crate::config::model::{ModelDoc, Typed};
use crate::config::yaml::Limits;
use crate::config::{self, DEFAULT_MAX_FILE_SIZE, InputFile};
use crate::pack::Pack;
use crate::pack::engine::EvalOptions;

/// What a run is made in, handed to `input` (the rules read it), the waivers and every output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// The date expiries and exam windows are judged against (`--as-of`, default today).
    pub as_of: Date,
    pub tool_version: &'static str,
}

impl Context {
    /// A run of this build as of `as_of`.
    pub fn new(as_of: Date) -> Self {
        Self {
            as_of,
            tool_version: VERSION,
        }
    }
}

/// How to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub context: Context,
    /// Files larger than this are refused (`--max-file-size`).
    pub max_file_size: u64,
    /// YAML nesting and alias bounds.
    pub limits: Limits,
    /// Told of every file loaded and rule evaluated, for a progress line.
    pub progress: Option<Progress>,
}

impl CheckOptions {
    /// A check as of `as_of` with the default limits.
    pub fn new(as_of: Date) -> Self {
        Self {
            context: Context::new(as_of),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            limits: Limits::default(),
            progress: None,
        }
    }
}

/// What to check.
#[derive(Debug, Clone)]
pub enum Inputs {
    /// Files and directories on disk, walked as `provkoll check` walks them.
    Paths(Vec<PathBuf>),
    /// Files already read or held in memory (a fuzzer, an editor's unsaved buffers), with the
    /// problems found while gathering them.
    Files {
        files: Vec<InputFile>,
        problems: Vec<Problem>,
    },
}

/// A finished check: its report, and what it was made from, for the timeline, the fingerprints
/// and the sign-off report.
pub struct Checked {
    pub report: RunReport,
    /// The documents that passed the format.
    pub docs: Vec<ModelDoc>,
    /// What the rules saw.
    pub input: Input,
    /// The pack it was checked with.
    pub pack: Pack,
}

impl Checked {
    /// Every dated artefact with its validity (see [`timeline::build`]).
    pub fn timeline(&self, within: Option<u32>) -> Result<Vec<Entry>, Problem> {
        timeline::build(&self.pack, &self.input, &self.docs, &self.report, within)
    }

    /// The fingerprints that tie a report to exactly what was checked.
    pub fn fingerprints(&self) -> Result<Fingerprints, OutputError> {
        fingerprint::compute(&self.report, &self.docs, &self.pack.catalogue)
    }

    /// The organiser's name, when its document loaded.
    pub fn organiser_name(&self) -> Option<&str> {
        self.docs.iter().find_map(|d| match &d.typed {
            Typed::Organiser(o) => Some(o.name.as_str()),
            _ => None,
        })
    }
}

/// Check `inputs` with `pack`. Problems in the input are part of the report, never an `Err`:
/// every file that can be checked is checked. A broken pack never gets here (see [`Pack::load`]).
pub fn run(pack: &Pack, inputs: Inputs, opts: &CheckOptions) -> Checked {
    let (files, problems) = match inputs {
        Inputs::Paths(paths) => config::read(&paths, opts.max_file_size),
        Inputs::Files { files, problems } => (files, problems),
    };
    let progress = opts.progress.as_ref();
    let loaded = config::load(files, problems, opts.limits, progress);
    let docs = loaded.docs;
    let mut problems = loaded.problems;
    let mut report = RunReport::new(&opts.context);
    report.sources = loaded.sources;
    report.checked = loaded.checked;
    report.files_skipped = loaded.skipped;
    report.rules = pack.catalogue.rules.clone();

    let input = input::build(&docs, &opts.context);
    let (violations, mut rule_problems) = pack.evaluate(
        &input.value,
        &EvalOptions {
            progress,
            ..EvalOptions::default()
        },
    );
    problems.append(&mut rule_problems);
    for v in violations {
        let Some(rule) = pack.catalogue.rules.get(v.rule) else {
            continue;
        };
        let located = locate::locate(&v.path, &input.provenance, &docs);
        let mut finding = Finding::new(rule, v.msg, located, dotted(&v.path), v.subject, &v.args);
        if let Some(lower) = v.severity {
            finding.severity = lower;
        }
        report.findings.push(finding);
    }
    let (ledger, waiver_findings) = waiver::apply(
        &mut report.findings,
        &docs,
        &pack.catalogue.rules,
        opts.context.as_of,
    );
    report.findings.extend(waiver_findings);
    let sources = &report.sources;
    report.findings.sort_by_cached_key(|f| f.sort_key(sources));
    report
        .findings
        .dedup_by(|a, b| a.sort_key(sources) == b.sort_key(sources));
    report.waivers = ledger;
    report.waivers.count_uses(&report.findings);
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
        pack: pack.clone(),
    }
}
