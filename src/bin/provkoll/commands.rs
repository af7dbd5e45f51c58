//! One handler per command: each runs the library, writes what it made, and says how it went
//! as an [`Outcome`]; `main` turns that into the exit code. Problems that are not part of an
//! output (a broken pack, a file that did not load while making a timeline) are printed one
//! way, by [`print_problems`].

use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use provkoll::base::date::today;
use provkoll::base::lang::Lang;
use provkoll::base::problem::{Described, P, Problem};
use provkoll::base::progress::{Progress, Step};
use provkoll::base::severity::Severity;
use provkoll::base::source::Sources;
use provkoll::base::terminal::{
    escape_controls, neutralise_runner_commands, neutralise_runner_commands_in_json,
};
use provkoll::base::texts::{T, fill};
use provkoll::base::write::write_atomic;
use provkoll::check::finding::{RunReport, Verdict};
use provkoll::check::{self, CheckOptions, Checked, Inputs, redact};
use provkoll::config::schema::document_schema;
use provkoll::config::{init, settings};
use provkoll::emit::{self, EmitOptions, Format};
use provkoll::pack::scaffold;
use provkoll::pack::tests::TestRun;
use provkoll::pack::{Pack, PackSource};

use crate::args::{
    CheckArgs, ColorChoice, ExplainArgs, ExplainFormat, FingerprintArgs, FingerprintFormat,
    InitArgs, NewRuleArgs, PackArgs, ReportArgs, ReportFormat, RulesArgs, RulesFormat, SchemaArgs,
    TargetArgs, TestArgs, TestFormat, TimelineArgs, TimelineFormat, resolve_lang,
};

/// How a command went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done, and nothing at or above `--fail-on`.
    Clean,
    /// Done, with findings at or above `--fail-on`.
    Findings,
    /// Not done, or done on part of the input: a file, the pack, an output or the usage failed.
    Incomplete,
}

impl From<Verdict> for Outcome {
    fn from(v: Verdict) -> Self {
        match v {
            Verdict::Clean => Self::Clean,
            Verdict::Findings => Self::Findings,
            Verdict::Incomplete => Self::Incomplete,
        }
    }
}

impl Outcome {
    /// The worse of two outcomes ("could not complete" outranks "found problems").
    fn and(self, other: Self) -> Self {
        use Outcome::*;
        match (self, other) {
            (Incomplete, _) | (_, Incomplete) => Incomplete,
            (Findings, _) | (_, Findings) => Findings,
            _ => Clean,
        }
    }
}

impl TargetArgs {
    /// The settings file these flags choose, or its problems printed (the command stops, exit 2).
    /// `lang`: the command's `--lang`, for the problems of a broken file (its own `lang` is
    /// not known then).
    fn settings(&self, lang: Option<Lang>) -> Result<Settings, Outcome> {
        match settings::resolve(&self.settings.lookup(), &self.paths) {
            Ok(s) => Ok(Settings(s)),
            Err(broken) => Err(print_problems(
                &broken.problems,
                &broken.sources,
                resolve_lang(lang, Lang::En),
            )),
        }
    }

    fn options(&self, progress: Option<Progress>, settings: &Settings) -> CheckOptions {
        let file = settings.0.as_ref();
        CheckOptions {
            max_file_size: self.max_file_size,
            max_total_size: self.max_total_size,
            progress,
            exclude: file.map(|s| s.exclude.clone()).unwrap_or_default(),
            settings: file.map(|s| s.display.clone()),
            // --registry, else the settings file's, else (in the check) the Organiser's field
            registry: self
                .registry
                .clone()
                .or_else(|| file.and_then(|s| s.registry.clone())),
            ..CheckOptions::new(self.as_of.unwrap_or_else(today))
        }
    }

    /// Load the pack, then check. A broken pack is a report of its problems alone: nothing was
    /// read.
    fn check(
        &self,
        progress: Option<Progress>,
        settings: &Settings,
    ) -> Result<Checked, Box<RunReport>> {
        let opts = self.options(progress, settings);
        match Pack::load(&settings.pack(&self.pack)) {
            Ok(pack) => Ok(check::run(&pack, Inputs::Paths(self.paths.clone()), &opts)),
            Err(problems) => {
                let mut report = RunReport::incomplete(&opts.context, problems);
                report.settings = opts.settings;
                Err(Box::new(report))
            }
        }
    }
}

/// The settings file a command runs with, if any; a flag wins over each of its keys.
struct Settings(Option<settings::Settings>);

impl Settings {
    /// `--fail-on`, else the file's `fail_on`, else error.
    fn fail_on(&self, flag: Option<Severity>) -> Severity {
        flag.or_else(|| self.0.as_ref()?.fail_on)
            .unwrap_or(Severity::Error)
    }

    /// `--lang`, else the file's `lang`, else the locale's, else `default`.
    fn lang(&self, flag: Option<Lang>, default: Lang) -> Lang {
        resolve_lang(flag.or_else(|| self.0.as_ref()?.lang), default)
    }

    /// The pack the flags name, with the file's `policies_extra` folders added after the
    /// flag's (a folder named in both is loaded once).
    fn pack(&self, args: &PackArgs) -> PackSource {
        args.source().with_extras(self.policies_extra())
    }

    /// The file's `policies_extra` folders, each relative to the working folder when it lies
    /// inside it: every output names a local pack by its folder as a flag would give it, not by
    /// a path that differs from machine to machine.
    fn policies_extra(&self) -> Vec<PathBuf> {
        let cwd = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
        let given = |dir: &PathBuf| {
            cwd.as_deref()
                .and_then(|cwd| dir.strip_prefix(cwd).ok())
                .filter(|rel| !rel.as_os_str().is_empty())
                .map_or_else(|| dir.clone(), Path::to_path_buf)
        };
        self.0
            .iter()
            .flat_map(|s| s.policies_extra.iter().map(given))
            .collect()
    }

    /// For the commands that name no PATH (`rules`, `explain`, `test`): the provkoll.toml of
    /// the current folder or the nearest above it, or its problems printed (exit 2).
    /// A broken file is told in `flag`'s language, else the locale's: its own `lang` is
    /// not known.
    fn of_current_dir(flag: Option<Lang>) -> Result<Self, Outcome> {
        match settings::resolve(&settings::Lookup::Find, &[PathBuf::from(".")]) {
            Ok(s) => Ok(Self(s)),
            Err(broken) => Err(print_problems(
                &broken.problems,
                &broken.sources,
                resolve_lang(flag, Lang::En),
            )),
        }
    }

    /// The file's `[report]` table (empty without a file).
    fn report(&self) -> settings::ReportSettings {
        self.0
            .as_ref()
            .map(|s| s.report.clone())
            .unwrap_or_default()
    }
}

/// A progress line on stderr (files loaded, then rules evaluated) for a person at a terminal,
/// shown only once a check has run for a second: never with --quiet, never in a machine format,
/// never when stderr is not a terminal. `PROVKOLL_PROGRESS_AFTER_MS` changes the second (tests
/// set it to 0).
fn progress_line(args: &CheckArgs, lang: Lang) -> Option<(ProgressBar, Progress)> {
    if args.quiet || args.format != Format::Human || !std::io::stderr().is_terminal() {
        return None;
    }
    let after = std::env::var("PROVKOLL_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(Duration::from_secs(1), Duration::from_millis);
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    if let Ok(style) = ProgressStyle::with_template("provkoll: {msg} {pos}/{len}") {
        bar.set_style(style);
    }
    let (start, shown, line) = (Instant::now(), AtomicBool::new(false), bar.clone());
    let progress = Progress::new(move |step| {
        let (what, done, total) = match step {
            Step::FileLoaded { done, total } => (T::FilesLoaded.get(lang), done, total),
            Step::RuleEvaluated { done, total } => (T::RulesEvaluated.get(lang), done, total),
        };
        if start.elapsed() >= after && !shown.swap(true, Ordering::Relaxed) {
            line.set_draw_target(ProgressDrawTarget::stderr());
        }
        line.set_message(what);
        line.set_length(total as u64);
        line.set_position(done as u64);
    });
    Some((bar, progress))
}

pub fn check(args: CheckArgs) -> Outcome {
    let settings = match args.target.settings(args.lang.lang) {
        Ok(s) => s,
        Err(outcome) => return outcome,
    };
    let (lang, fail_on) = (
        settings.lang(args.lang.lang, Lang::En),
        settings.fail_on(args.fail_on),
    );
    let progress = progress_line(&args, lang);
    let run = match args
        .target
        .check(progress.as_ref().map(|(_, p)| p.clone()), &settings)
    {
        Ok(Checked {
            report,
            docs,
            input,
            pack,
        }) => {
            // Freeing every document of a large configuration took a twentieth of the check,
            // just before the process ends and the system takes the memory back anyway.
            std::mem::forget((docs, input, pack));
            report
        }
        Err(report) => *report,
    };
    if let Some((bar, _)) = &progress {
        bar.finish_and_clear();
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let mut outputs = vec![(args.format, args.output.clone())];
    for (format, path) in [
        (Format::Json, &args.output_json),
        (Format::Sarif, &args.output_sarif),
        (Format::Junit, &args.output_junit),
    ] {
        if let Some(p) = path {
            outputs.push((format, Some(p.clone())));
        }
    }
    // Render everything before writing anything, so a rendering failure leaves no file behind.
    let mut rendered = Vec::new();
    for (format, path) in outputs {
        let emitter = format.emitter(EmitOptions {
            color: color && path.is_none(),
            quiet: args.quiet,
            fail_on,
            lang,
        });
        let mut buf = Vec::new();
        if let Err(e) = emitter.emit(&mut buf, &run) {
            return fail(&format!("cannot render the output: {e}"));
        }
        let shape = match format {
            Format::Json | Format::Sarif => Shape::Json,
            Format::Human | Format::Junit => Shape::Text,
            Format::Github => Shape::Commands,
        };
        rendered.push((buf, path, shape));
    }
    let mut outcome = Outcome::from(run.verdict(fail_on));
    for (buf, path, shape) in rendered {
        outcome = outcome.and(deliver(&buf, path.as_deref(), shape));
    }
    outcome
}

pub fn rules(args: RulesArgs) -> Outcome {
    let c = match catalogue(&args.pack, args.lang.lang) {
        Ok(c) => c,
        Err(outcome) => return outcome,
    };
    let lang = args.lang.resolve(Lang::En);
    let (text, shape) = match args.format {
        RulesFormat::Text => (emit::rules::rules_text(&c, lang), Shape::Text),
        RulesFormat::Markdown => (emit::rules::rules_markdown(&c, lang), Shape::Text),
        RulesFormat::Json => match json_text(&emit::rules::rules_json(&c)) {
            Ok(t) => (t, Shape::Json),
            Err(outcome) => return outcome,
        },
    };
    deliver(text.as_bytes(), args.output.as_deref(), shape)
}

pub fn explain(args: ExplainArgs) -> Outcome {
    let c = match catalogue(&args.pack, args.lang.lang) {
        Ok(c) => c,
        Err(outcome) => return outcome,
    };
    match c.find(&args.id) {
        Ok(rule) => {
            let (text, shape) = match args.format {
                ExplainFormat::Text => (
                    emit::rules::explain_text(rule, args.lang.resolve(Lang::En)),
                    Shape::Text,
                ),
                ExplainFormat::Json => match json_text(&emit::rules::rule_json(rule)) {
                    Ok(t) => (t, Shape::Json),
                    Err(outcome) => return outcome,
                },
            };
            deliver(text.as_bytes(), None, shape)
        }
        Err(suggestion) => {
            let hint = match suggestion {
                Some(s) => format!("; did you mean {s}?"),
                None => "; `provkoll rules` lists them all".to_owned(),
            };
            fail(&format!("no rule {}{hint}", args.id))
        }
    }
}

pub fn report(args: ReportArgs) -> Outcome {
    let settings = match args.target.settings(args.lang) {
        Ok(s) => s,
        Err(outcome) => return outcome,
    };
    let defaults = settings.report();
    let fail_on = settings.fail_on(args.fail_on);
    // a Swedish document unless asked otherwise: it is signed by a Swedish officer
    let lang = settings.lang(args.lang.or(defaults.lang), Lang::Sv);
    let output = args.output.or(defaults.output);
    let checked = match args.target.check(None, &settings) {
        Ok(c) => c,
        Err(run) => return print_problems(&run.problems, &run.sources, lang),
    };
    let run = &checked.report;
    let fingerprints = match checked.fingerprints() {
        Ok(f) => f,
        Err(e) => return fail_with(&e, lang),
    };
    let mut timeline = match checked.timeline(None) {
        Ok(entries) => entries,
        Err(p) => return print_problems(&[p], &run.sources, lang),
    };
    redact::timeline(&mut timeline);
    let page = emit::report::build(&emit::report::ReportInput {
        run,
        organiser: checked.organiser_name(),
        fingerprints: &fingerprints,
        timeline: &timeline,
        fail_on,
        lang,
    });
    let text = match args
        .format
        .or(defaults.format)
        .unwrap_or(ReportFormat::Html)
    {
        ReportFormat::Html => emit::report::html::render(&page),
        ReportFormat::Markdown => emit::report::markdown::render(&page),
    };
    let Ok(text) = text else {
        return fail("cannot render the report");
    };
    let problems = print_problems(&run.problems, &run.sources, lang);
    // the report was made; whether the configuration is ready is in it, and in the exit code
    problems
        .and(Outcome::from(run.verdict(fail_on)))
        .and(deliver(text.as_bytes(), output.as_deref(), Shape::Text))
}

pub fn fingerprint(mut args: FingerprintArgs) -> Outcome {
    let json = args.json || args.format == FingerprintFormat::Json;
    let settings = match args.target.settings(args.lang.lang) {
        Ok(s) => s,
        Err(outcome) => return outcome,
    };
    let lang = settings.lang(args.lang.lang, Lang::En);
    // the report's own date: its combined fingerprint includes it
    let stated = match &args.verify {
        Some(path) => match read_report(path) {
            Ok(stated) => {
                args.target.as_of = Some(stated.as_of);
                Some((path.display().to_string(), stated))
            }
            Err(outcome) => return outcome,
        },
        None => None,
    };
    let checked = match args.target.check(None, &settings) {
        Ok(c) => c,
        Err(run) => return print_problems(&run.problems, &run.sources, lang),
    };
    let run = &checked.report;
    let fp = match checked.fingerprints() {
        Ok(f) => f,
        Err(e) => return fail_with(&e, lang),
    };
    let shape = if json { Shape::Json } else { Shape::Text };
    let (text, verdict) = match &stated {
        Some((name, stated)) => {
            let text = if json {
                json_text(&emit::fingerprint::verify_json(name, stated, run, &fp))
            } else {
                Ok(emit::fingerprint::verify_text(name, stated, run, &fp, lang))
            };
            let verdict = if stated.fingerprints == fp {
                Outcome::Clean
            } else {
                Outcome::Findings
            };
            (text, verdict)
        }
        None if json => (
            json_text(&emit::fingerprint::json(run, &fp)),
            Outcome::Clean,
        ),
        None => (Ok(emit::fingerprint::text(run, &fp, lang)), Outcome::Clean),
    };
    let text = match text {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    // fingerprints of a partial check are printed, but never with a clean exit
    print_problems(&run.problems, &run.sources, lang)
        .and(verdict)
        .and(deliver(text.as_bytes(), None, shape))
}

/// The fingerprints a written report states.
fn read_report(path: &Path) -> Result<provkoll::check::fingerprint::Stated, Outcome> {
    let bytes = provkoll::config::read::read_bytes(path, provkoll::config::DEFAULT_MAX_FILE_SIZE)
        .map_err(|e| fail_with(&e, resolve_lang(None, Lang::En)))?;
    let text = String::from_utf8_lossy(&bytes);
    provkoll::check::fingerprint::stated_in(&text)
        .map_err(|e| fail(&format!("{}: {e}", path.display())))
}

pub fn timeline(args: TimelineArgs) -> Outcome {
    let settings = match args.target.settings(args.lang.lang) {
        Ok(s) => s,
        Err(outcome) => return outcome,
    };
    let lang = settings.lang(args.lang.lang, Lang::En);
    let checked = match args.target.check(None, &settings) {
        Ok(c) => c,
        Err(run) => return print_problems(&run.problems, &run.sources, lang),
    };
    let run = &checked.report;
    // the timeline lists what could be read; what could not is on stderr
    let problems = print_problems(&run.problems, &run.sources, lang);
    let mut entries = match checked.timeline(args.within) {
        Ok(e) => e,
        Err(p) => return print_problems(&[p], &run.sources, lang),
    };
    redact::timeline(&mut entries);
    let settings_used = run.settings.as_deref();
    let (text, shape) = match args.format {
        TimelineFormat::Text => (
            emit::timeline::text(&entries, run.as_of, settings_used, lang),
            Shape::Text,
        ),
        TimelineFormat::Markdown => (
            emit::timeline::markdown(&entries, run.as_of, settings_used, lang),
            Shape::Text,
        ),
        TimelineFormat::Json => {
            match json_text(&emit::timeline::json(&entries, run.as_of, settings_used)) {
                Ok(t) => (t, Shape::Json),
                Err(outcome) => return outcome,
            }
        }
    };
    problems.and(deliver(text.as_bytes(), args.output.as_deref(), shape))
}

pub fn init(args: InitArgs) -> Outcome {
    let lang = args.lang.resolve(Lang::En);
    match init::init(&args.dir, lang) {
        Ok(files) => {
            let mut text = wrote(lang, &files);
            text.push_str(&fill(
                lang,
                T::InitNext,
                &[("dir", &args.dir.display().to_string())],
            ));
            text.push('\n');
            deliver(text.as_bytes(), None, Shape::Text)
        }
        Err(e) => fail_with(&e, lang),
    }
}

pub fn test(args: TestArgs) -> Outcome {
    let settings = match Settings::of_current_dir(args.lang.lang) {
        Ok(s) => s,
        Err(outcome) => return outcome,
    };
    let lang = settings.lang(args.lang.lang, Lang::En);
    let extras: Vec<PathBuf> = args
        .policies_extra
        .iter()
        .cloned()
        .chain(
            settings
                .0
                .iter()
                .flat_map(|s| s.policies_extra.iter().cloned()),
        )
        .collect();
    let sources: Vec<PackSource> = if args.dirs.is_empty() {
        vec![PackSource::bundled()]
    } else {
        args.dirs.into_iter().map(PackSource::dir).collect()
    };
    let sources = sources.into_iter().map(|s| s.with_extras(extras.clone()));
    // every pack is loaded before anything is printed: a half-tested set must not look whole
    let mut run = TestRun::default();
    let mut problems = Vec::new();
    for source in sources {
        match provkoll::pack::tests::run(&source) {
            Ok(mut r) => run.cases.append(&mut r.cases),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return print_problems(&problems, &Sources::default(), lang);
    }
    let (text, shape) = match args.format {
        TestFormat::Text => (emit::pack_tests::text(&run, lang), Shape::Text),
        TestFormat::Json => match json_text(&emit::pack_tests::json(&run)) {
            Ok(t) => (t, Shape::Json),
            Err(outcome) => return outcome,
        },
    };
    let verdict = if run.passed() {
        Outcome::Clean
    } else {
        Outcome::Findings
    };
    verdict.and(deliver(text.as_bytes(), None, shape))
}

pub fn new_rule(args: NewRuleArgs) -> Outcome {
    let lang = args.lang.resolve(Lang::En);
    match scaffold::new_rule(&args.dir, &args.name, args.id.as_deref()) {
        Ok(written) => {
            let mut text = wrote(lang, &written.files);
            // ./policies is the bundled pack's own source; any other folder is most likely an
            // organiser's own rules, added to the bundled pack
            let next = if args.dir == Path::new("policies") {
                T::NewRuleNext
            } else {
                T::NewRuleNextLocal
            };
            text.push_str(&fill(
                lang,
                next,
                &[
                    ("rule", &written.files[0].display().to_string()),
                    ("dir", &args.dir.display().to_string()),
                ],
            ));
            text.push('\n');
            deliver(text.as_bytes(), None, Shape::Text)
        }
        Err(e) => fail_with(&e, lang),
    }
}

/// A "wrote PATH" line per file a command created.
fn wrote(lang: Lang, files: &[std::path::PathBuf]) -> String {
    files
        .iter()
        .map(|f| fill(lang, T::InitWrote, &[("path", &f.display().to_string())]) + "\n")
        .collect()
}

pub fn schema(args: SchemaArgs) -> Outcome {
    let lang = args.lang.resolve(Lang::En);
    let schema = if args.settings {
        settings::schema(lang)
    } else {
        document_schema(lang)
    };
    match json_text(&schema) {
        Ok(text) => deliver(text.as_bytes(), args.output.as_deref(), Shape::Json),
        Err(outcome) => outcome,
    }
}

/// The rule table of the pack (with the local rules provkoll.toml adds), or its problems
/// printed.
fn catalogue(
    pack: &PackArgs,
    lang: Option<Lang>,
) -> Result<provkoll::pack::catalogue::Catalogue, Outcome> {
    let settings = Settings::of_current_dir(lang)?;
    Pack::catalogue(&settings.pack(pack)).map_err(|problems| {
        print_problems(&problems, &Sources::default(), resolve_lang(lang, Lang::En))
    })
}

/// Pretty JSON with a final newline.
fn json_text(v: &serde_json::Value) -> Result<String, Outcome> {
    match serde_json::to_string_pretty(v) {
        Ok(mut t) => {
            t.push('\n');
            Ok(t)
        }
        Err(e) => Err(fail(&format!("cannot render the JSON: {e}"))),
    }
}

/// How an output is masked and made inert on its way out: JSON inside its strings only, so that
/// it stays valid; anything else as rendered text. No line may command a CI runner that prints
/// it, except in GitHub's format, whose lines are the commands provkoll means to give.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Json,
    Text,
    Commands,
}

/// `bytes` with every personnummer and samordningsnummer masked. The values were masked before
/// they were rendered; this is the one boundary every output passes, so that no format, present
/// or future, can print one in full. Fingerprints and check codes are never touched: a digit run
/// inside a hex hash is no number.
fn masked(bytes: &[u8], shape: Shape) -> Cow<'_, [u8]> {
    // every renderer writes UTF-8; were one not to, the text is shown as a reader would see it
    let text = String::from_utf8_lossy(bytes);
    let masked = match shape {
        Shape::Json => Cow::Owned(neutralise_runner_commands_in_json(
            redact::mask_json(&text).into_owned(),
        )),
        Shape::Text => match redact::mask_rendered(&text) {
            Cow::Borrowed(t) => neutralise_runner_commands(t),
            Cow::Owned(t) => Cow::Owned(neutralise_runner_commands(&t).into_owned()),
        },
        Shape::Commands => redact::mask_rendered(&text),
    };
    if let Cow::Owned(m) = masked {
        return Cow::Owned(m.into_bytes());
    }
    match text {
        Cow::Borrowed(_) => Cow::Borrowed(bytes),
        Cow::Owned(t) => Cow::Owned(t.into_bytes()),
    }
}

/// Write to the output file (atomically) or to stdout, masked.
fn deliver(bytes: &[u8], output: Option<&Path>, shape: Shape) -> Outcome {
    let bytes = &*masked(bytes, shape);
    match output {
        Some(path) => match write_atomic(path, bytes) {
            Ok(()) => Outcome::Clean,
            // the output's own language is not known here: the locale's
            Err(e) => fail_with(&e, resolve_lang(None, Lang::En)),
        },
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`provkoll check | head`) is not the check's failure.
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Ok(()) => Outcome::Clean,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Clean,
                Err(e) => fail(&format!("cannot write to standard output: {e}")),
            }
        }
    }
}

/// Every problem on stderr, one way for every command: `provkoll: file:line:column: message`,
/// then its help. `Incomplete` when there were any.
pub fn print_problems(problems: &[Problem], sources: &Sources, lang: Lang) -> Outcome {
    let mut outcome = Outcome::Clean;
    for p in problems {
        let file = p
            .file
            .and_then(|f| sources.get(f))
            .map(|f| f.display.as_str());
        let place = match (file, p.span) {
            (Some(f), Some(s)) => format!("{f}:{}:{}: ", s.start.line, s.start.column),
            (Some(f), None) => format!("{f}: "),
            _ => String::new(),
        };
        outcome = fail(&format!(
            "{place}{}",
            with_help(p.message(lang), p.help_text(lang), lang)
        ));
    }
    outcome
}

/// Report a typed error with its help line, in `lang`.
pub fn fail_with(e: &dyn Described, lang: Lang) -> Outcome {
    let help = e.help_msg().map(|h| h.render(lang));
    fail(&with_help(e.message().render(lang), help, lang))
}

/// A message and, on the next line, its help.
fn with_help(message: String, help: Option<String>, lang: Lang) -> String {
    match help {
        Some(help) => P::HelpLine
            .msg()
            .arg("message", message)
            .arg("help", help)
            .render(lang),
        None => message,
    }
}

/// Print `message` on stderr, masked, with its controls shown and no line a CI runner would run
/// (it may quote a value or a line of the configuration).
pub fn fail(message: &str) -> Outcome {
    let message = redact::mask_rendered(message);
    let message = escape_controls(&message);
    let message = neutralise_runner_commands(&message);
    // stderr closed: nothing left to tell anyone
    let _ = writeln!(std::io::stderr(), "provkoll: {message}");
    Outcome::Incomplete
}

/// `registry fetch`: the snapshot written atomically, then one line on what it holds (and one
/// per organisation number the register lists no unit of: most likely a mistyped number).
pub fn registry_fetch(args: crate::args::RegistryFetchArgs) -> Outcome {
    use provkoll::config::registry::fetch;
    let lang = args.lang.resolve(Lang::En);
    let opts = fetch::FetchOptions {
        org_nrs: args.orgs,
        base_url: args.base_url,
        timeout: Duration::from_secs(args.timeout.max(1)),
        today: today(),
    };
    let snapshot = match fetch::fetch(&opts) {
        Ok(s) => s,
        Err(e) => return fail_with(&e, lang),
    };
    let text = match snapshot.to_json() {
        Ok(t) => t,
        Err(e) => return fail(&format!("cannot render the snapshot: {e}")),
    };
    if let Err(e) = write_atomic(&args.output, text.as_bytes()) {
        return fail_with(&e, lang);
    }
    let mut out = fill(
        lang,
        T::RegistryWrote,
        &[
            ("path", &args.output.display().to_string()),
            ("units", &snapshot.school_units.len().to_string()),
            ("date", &snapshot.extract_date.to_string()),
        ],
    );
    out.push('\n');
    for org in &snapshot.organisation_numbers {
        let of_org = |u: &&serde_json::Value| {
            u.pointer("/included/organizationNumber")
                .and_then(serde_json::Value::as_str)
                == Some(org)
        };
        if !snapshot.school_units.iter().any(|u| of_org(&u)) {
            out.push_str(&fill(lang, T::RegistryNoUnits, &[("org", org)]));
            out.push('\n');
        }
    }
    deliver(out.as_bytes(), None, Shape::Text)
}

pub fn lsp(args: crate::args::LspArgs) -> Outcome {
    match crate::lsp::serve(&args.pack.source()) {
        Ok(crate::lsp::Ended::Orderly) => Outcome::Clean,
        // the protocol's exit code 1 for an exit without shutdown, which is Findings' code
        Ok(crate::lsp::Ended::Abrupt) => Outcome::Findings,
        Err(e) => fail(&e),
    }
}
