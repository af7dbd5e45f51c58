//! Documents + pack → one sorted [`RunReport`], and what derives from a run (the timeline, the
//! fingerprints). One entry point: [`run`].

pub mod finding;
pub mod fingerprint;
pub mod input;
pub mod locate;
pub mod redact;
pub mod timeline;
pub mod waiver;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use self::finding::{Finding, RunReport};
use self::fingerprint::Fingerprints;
use self::input::Input;
use self::timeline::Entry;
use crate::base::VERSION;
use crate::base::date::Date;
use crate::base::path::{PathSeg, dotted};
use crate::base::problem::{OutputError, P, Problem, SchemaError, StageError};
use crate::base::progress::Progress;
use crate::base::source::{Sources, slashed};
use crate::config::discover::{self, Exclude};
use crate::config::model::{Kind, ModelDoc, Typed};
use crate::config::registry::{self, LoadedSnapshot};
use crate::config::yaml::Limits;
use crate::config::{
    self, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_TOTAL_SIZE, InputFile, LoadCache, SizeLimits, Unloaded,
};
use crate::pack::Pack;
use crate::pack::catalogue::Rule;
use crate::pack::engine::EvalOptions;
use crate::pack::reuse::Memo;

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
    /// What all files together may take; those beyond it are not read (`--max-total-size`).
    pub max_total_size: u64,
    /// YAML nesting and alias bounds.
    pub limits: Limits,
    /// Told of every file loaded and rule evaluated, for a progress line.
    pub progress: Option<Progress>,
    /// What the walk leaves out besides `.gitignore` (the settings file's `exclude`).
    pub exclude: Exclude,
    /// The settings file used, as every output names it (relative to the scan root); `None`
    /// when none was.
    pub settings: Option<String>,
    /// The Skolenhetsregistret snapshot to compare with (`--registry`); it overrides the
    /// Organiser's `registry` field. Neither: the register rules are not applicable.
    pub registry: Option<PathBuf>,
}

impl CheckOptions {
    /// A check as of `as_of` with the default limits.
    pub fn new(as_of: Date) -> Self {
        Self {
            context: Context::new(as_of),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            max_total_size: DEFAULT_MAX_TOTAL_SIZE,
            limits: Limits::default(),
            progress: None,
            exclude: Exclude::default(),
            settings: None,
            registry: None,
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

    /// Let go of what the rules saw, which holds every string of the configuration a second
    /// time (`input.context.lines`): for a caller that keeps the run but will not ask for its
    /// timeline (the language server, between edits). A timeline asked for afterwards is empty.
    pub fn drop_input(&mut self) {
        self.input = Input {
            value: regorus::Value::Null,
            provenance: input::Provenance::default(),
        };
    }

    /// The organiser's name, when its document loaded.
    pub fn organiser_name(&self) -> Option<&str> {
        self.docs.iter().find_map(|d| match &*d.typed {
            Typed::Organiser(o) => Some(o.name.as_str()),
            _ => None,
        })
    }
}

/// Check `inputs` with `pack`. Problems in the input are part of the report, never an `Err`:
/// every file that can be checked is checked. A broken pack never gets here (see [`Pack::load`]).
pub fn run(pack: &Pack, inputs: Inputs, opts: &CheckOptions) -> Checked {
    run_with(pack, inputs, opts, None)
}

/// What a run keeps for the next over much the same files (the language server, after an
/// edit): the files as loaded, and what each rule returned.
#[derive(Default)]
pub struct Reuse {
    pub loads: LoadCache,
    pub rules: Memo,
}

/// [`run`] again over files much like the last run's: a file whose bytes and place did not
/// change is taken from `reuse`, not parsed again, and a rule whose part of `input` did not
/// change is not evaluated again.
pub fn run_reusing(pack: &Pack, inputs: Inputs, opts: &CheckOptions, reuse: &mut Reuse) -> Checked {
    run_with(pack, inputs, opts, Some(reuse))
}

fn run_with(
    pack: &Pack,
    inputs: Inputs,
    opts: &CheckOptions,
    mut reuse: Option<&mut Reuse>,
) -> Checked {
    let (
        paths,
        config::Read {
            files,
            problems,
            excluded,
        },
    ) = match inputs {
        Inputs::Paths(paths) => {
            let limits = SizeLimits {
                per_file: opts.max_file_size,
                total: opts.max_total_size,
            };
            let read = config::read(&paths, limits, &opts.exclude);
            (paths, read)
        }
        Inputs::Files { files, problems } => (
            Vec::new(),
            config::Read {
                files,
                problems,
                excluded: 0,
            },
        ),
    };
    let progress = opts.progress.as_ref();
    let nothing_found = files.is_empty() && !problems.is_empty();
    let loaded = match reuse.as_deref_mut() {
        Some(r) => config::load_reusing(files, problems, opts.limits, progress, &mut r.loads),
        None => config::load(files, problems, opts.limits, progress),
    };
    let docs = loaded.docs;
    let mut problems = loaded.problems;
    let mut report = RunReport::new(&opts.context);
    report.sources = loaded.sources;
    report.workdir = std::env::current_dir().ok();
    report.checked = loaded.checked;
    report.skipped = loaded.skipped;
    report.excluded = excluded;
    report.settings.clone_from(&opts.settings);

    // One mistake, one message: with nothing to check (a path that does not exist), or no
    // Organiser where nothing that failed to load could be it (a check run in a subfolder), no
    // rule runs: each would only report that everything is missing.
    let organiser_missing = !docs.iter().any(|d| d.kind == Kind::Organiser)
        && !loaded
            .unloaded
            .iter()
            .any(|u| u.kind.is_none_or(|k| k == Kind::Organiser));
    if nothing_found || organiser_missing {
        if nothing_found {
            problems.retain(|p| p.file.is_some() || !is_missing_document(p));
        } else {
            hint_nearest_organiser(&mut problems, &paths);
        }
        let input = input::build(&docs, &opts.context, None);
        return finish(report, problems, docs, input, pack);
    }
    report.rules = pack.catalogue.rules.clone();

    let snapshot = registry_snapshot(opts, &docs, &mut report.sources)
        .transpose()
        .unwrap_or_else(|problem| {
            problems.push(*problem);
            None
        });
    report.registry = snapshot.as_ref().map(|s| s.file);
    let input = input::build(&docs, &opts.context, snapshot.as_ref().map(|s| &s.snapshot));
    let eval = EvalOptions {
        progress,
        ..EvalOptions::default()
    };
    let (violations, mut rule_problems) = match reuse {
        Some(r) => pack.evaluate_reusing(&input.value, &eval, &mut r.rules),
        None => pack.evaluate(&input.value, &eval),
    };
    problems.append(&mut rule_problems);
    let unjudged = Unjudged::of(&loaded.unloaded, &docs);
    for v in violations {
        let Some(rule) = pack.catalogue.rules.get(v.rule) else {
            continue;
        };
        let located = locate::locate(&v.path, &input.provenance, &docs);
        let about = v
            .subject
            .iter()
            .map(String::as_str)
            .chain(v.args.values().filter_map(serde_json::Value::as_str));
        if unjudged.withholds(rule, located.is_some(), &v.path, about) {
            report.withheld += 1;
            continue;
        }
        // nothing in any file holds it: shown on the Organiser, which every check has
        let located = located.or_else(|| locate::on_organiser(&v.path, &docs));
        let mut finding = Finding::new(
            rule,
            v.message,
            located,
            dotted(&v.path),
            v.subject,
            &v.args,
        );
        if let Some(lower) = v.severity {
            finding.severity = lower;
        }
        report.findings.push(finding);
    }
    let (ledger, waiver_findings, mut waiver_problems) = waiver::apply(
        &mut report.findings,
        &docs,
        &pack.catalogue.rules,
        opts.context.as_of,
    );
    report.findings.extend(waiver_findings);
    problems.append(&mut waiver_problems);
    let sources = &report.sources;
    report.findings.sort_by_cached_key(|f| f.sort_key(sources));
    report
        .findings
        .dedup_by(|a, b| a.sort_key(sources) == b.sort_key(sources));
    report.waivers = ledger;
    report.waivers.count_uses(&report.findings);
    finish(report, problems, docs, input, pack)
}

/// The register snapshot named by `--registry`, else by the Organiser's `registry` field
/// (relative to the Organiser's file), read into `sources`; `None` when neither names one. A
/// snapshot that cannot be used is a problem: the register rules then see none, and every other
/// rule still runs.
fn registry_snapshot(
    opts: &CheckOptions,
    docs: &[ModelDoc],
    sources: &mut Sources,
) -> Option<Result<LoadedSnapshot, Box<Problem>>> {
    if let Some(path) = &opts.registry {
        let shown = slashed(path);
        let loaded = registry::load(path, shown, opts.max_file_size, sources);
        return Some(loaded.map_err(Box::new));
    }
    let doc = docs.iter().find(|d| d.kind == Kind::Organiser)?;
    let Typed::Organiser(organiser) = &*doc.typed else {
        return None;
    };
    let value = organiser.registry.as_deref()?;
    let field = [PathSeg::Key("registry".into())];
    let span = doc.doc.spans.get(&field).map(|s| s.value);
    let file = sources.get(doc.doc.file)?;
    let path = registry::beside(&file.path, value);
    let shown = slashed(&registry::beside(Path::new(&file.display), value));
    let loaded = registry::load(&path, shown, opts.max_file_size, sources).map_err(|mut p| {
        // the file could not be read: show the field that names it
        if p.file.is_none()
            && let Some(span) = span
        {
            p.file = Some(doc.doc.file);
            p.span = Some(span);
            p.label = Some(P::RegistryNamedHere.msg());
        }
        Box::new(p)
    });
    Some(loaded)
}

/// Sort the problems, mask identity numbers, and hand the run over.
fn finish(
    mut report: RunReport,
    mut problems: Vec<Problem>,
    docs: Vec<ModelDoc>,
    input: Input,
    pack: &Pack,
) -> Checked {
    let sources = &report.sources;
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

/// What did not load, as far as it keeps a rule from judging: a finding about it would only
/// report its absence, so it is withheld and the problem that kept it from loading stands alone.
struct Unjudged {
    /// A file none of whose content could be read: anything may have been in it.
    unknown: bool,
    /// The `input` keys of the kinds of documents that failed.
    keys: BTreeSet<&'static str>,
    /// Those of single documents (the Organiser, the Federation, the SupportPlan, the
    /// IncidentRoutine): a rule that reads one judged without it, wherever it reports.
    singles: BTreeSet<&'static str>,
    /// The ids of documents that failed (a person, a school, an org number), and each id's
    /// digits alone, so that an org nr written as a number still matches its dashed form.
    ids: BTreeSet<String>,
}

impl Unjudged {
    fn of(unloaded: &[Unloaded], docs: &[ModelDoc]) -> Self {
        let unknown = unloaded.iter().any(|u| u.kind.is_none());
        // a file none of whose content loaded may have held any single document not loaded
        let absent = Kind::ALL
            .into_iter()
            .filter(|k| unknown && k.cardinality().1 == Some(1))
            .filter(|k| !docs.iter().any(|d| d.kind == *k));
        Self {
            unknown,
            keys: unloaded
                .iter()
                .filter_map(|u| u.kind.map(input::key_of))
                .collect(),
            singles: unloaded
                .iter()
                .filter_map(|u| u.kind)
                .filter(|k| k.cardinality().1 == Some(1))
                .chain(absent)
                .map(input::key_of)
                .collect(),
            ids: unloaded
                .iter()
                .filter_map(|u| u.id.as_deref())
                .flat_map(|id| [id.to_owned(), digits(id)])
                .filter(|id| !id.is_empty())
                .collect(),
        }
    }

    /// Whether a violation of `rule` at `path` rests on what did not load: it is about nothing
    /// that any loaded document holds (`located` is false) while something that could hold it
    /// failed; its rule reads a single document that failed; or what it is `about` (its subject,
    /// the values it names) is the id of a document that failed.
    fn withholds<'a>(
        &self,
        rule: &Rule,
        located: bool,
        path: &[PathSeg],
        mut about: impl Iterator<Item = &'a str>,
    ) -> bool {
        let top = match path.first() {
            Some(PathSeg::Key(k)) => Some(k.as_str()),
            _ => None,
        };
        (!located && (self.unknown || top.is_some_and(|k| self.keys.contains(k))))
            || rule.reads.iter().any(|k| self.singles.contains(k.as_str()))
            || about.any(|s| self.ids.contains(s) || self.ids.contains(&digits(s)))
    }
}

/// The digits of an id with at least eight (an org nr's ten, with or without its dash); empty
/// for any other id, which must then match as written.
fn digits(id: &str) -> String {
    let d: String = id.chars().filter(char::is_ascii_digit).collect();
    if d.len() >= 8 { d } else { String::new() }
}

fn is_missing_document(p: &Problem) -> bool {
    matches!(p.error, StageError::Schema(SchemaError::MissingDocument(_)))
}

/// The help of "no Organiser document found" names the nearest folder above that holds one.
fn hint_nearest_organiser(problems: &mut [Problem], paths: &[PathBuf]) {
    let Some(found) = discover::nearest_organiser(paths) else {
        return;
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let shown = discover::shown_from(&found, &cwd);
    for p in problems.iter_mut().filter(|p| is_missing_document(p)) {
        if let StageError::Schema(SchemaError::MissingDocument("Organiser")) = p.error {
            p.help = Some(P::OrganiserAbove.msg().arg("shown", &shown));
        }
    }
}
