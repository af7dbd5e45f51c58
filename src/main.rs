//! The `provkoll` binary: parse the command line, run, print, and choose the exit code.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use provkoll::cli::{
    CheckArgs, Cli, ColorChoice, Command, ExplainArgs, ExplainFormat, FingerprintArgs, Format,
    InitArgs, ReportArgs, ReportFormat, ReportLang, RulesArgs, RulesFormat, SchemaArgs,
    TimelineArgs, TimelineFormat,
};
use provkoll::emit::Emit;
use provkoll::finding::{RunReport, Severity};
use provkoll::progress::{Progress, Step};

// A check allocates millions of small values on two threads (documents, the engine's values);
// with mimalloc it took a quarter less time than with the system allocator (see the README's
// Performance section), at about a sixth more peak memory.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// Exit codes, and why these three:
// 0 — nothing at or above --fail-on: the configuration passes the gate.
// 1 — findings at or above --fail-on: the configuration is wrong; fix it.
// 2 — the check itself could not be completed (unreadable or invalid YAML, a schema error, a
//     broken policy pack, an unwritable output, bad usage). A CI must not read a partial check
//     as a pass, and "could not check" needs different action from "found problems", so 2
//     outranks 1. clap also exits 2 on bad usage, which fits.
const EXIT_CLEAN: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_INCOMPLETE: u8 = 2;

fn main() -> ExitCode {
    // 130 = 128 + SIGINT, the shell's code for a run stopped by Ctrl-C; SIGTERM and SIGHUP
    // give it too, as the handler is not told which signal came.
    if let Err(e) = provkoll::output::install_interrupt_cleanup(|| std::process::exit(130)) {
        let _ = writeln!(std::io::stderr(), "provkoll: warning: {e}");
    }
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Check(args) => check(args),
        Command::Schema(args) => schema(args),
        Command::Rules(args) => rules(args),
        Command::Explain(args) => explain(args),
        Command::Init(args) => init(args),
        Command::Timeline(args) => timeline(args),
        Command::Report(args) => report(args),
        Command::Fingerprint(args) => fingerprint(args),
    };
    ExitCode::from(code)
}

/// A progress line on stderr (files loaded, then rules evaluated) for a person at a terminal,
/// shown only once a check has run for a second: never with --quiet, never in a machine format,
/// never when stderr is not a terminal. `PROVKOLL_PROGRESS_AFTER_MS` changes the second (tests
/// set it to 0).
fn progress_line(args: &CheckArgs) -> Option<(ProgressBar, Progress)> {
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
            Step::FileLoaded { done, total } => ("files loaded", done, total),
            Step::RuleEvaluated { done, total } => ("rules evaluated", done, total),
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

fn check(args: CheckArgs) -> u8 {
    let opts = provkoll::CheckOptions {
        paths: args.paths.clone(),
        as_of: args.as_of.unwrap_or_else(provkoll::cli::today),
        policies: args.policies.clone(),
        max_file_size: args.max_file_size,
        limits: provkoll::load::Limits::default(),
    };
    let progress = progress_line(&args);
    let checked = provkoll::check_full_with(&opts, progress.as_ref().map(|(_, p)| p));
    let run = checked.report;
    // Freeing every document of a large configuration took a twentieth of the check, just
    // before the process ends and the system takes the memory back anyway.
    std::mem::forget((checked.docs, checked.input, checked.pack));
    if let Some((bar, _)) = &progress {
        bar.finish_and_clear();
    }
    let fail_on = Severity::from(args.fail_on);
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
        let emitter: Box<dyn Emit> = match format {
            Format::Human => Box::new(provkoll::emit::human::Human {
                color: color && path.is_none(),
                quiet: args.quiet,
                fail_on,
            }),
            Format::Json => Box::new(provkoll::emit::json::Json),
            Format::Sarif => Box::new(provkoll::emit::sarif::Sarif),
            Format::Junit => Box::new(provkoll::emit::junit::Junit),
            Format::Github => Box::new(provkoll::emit::github::Github),
        };
        let mut buf = Vec::new();
        if let Err(e) = emitter.emit(&mut buf, &run) {
            return fail(&format!("cannot render the output: {e}"));
        }
        rendered.push((buf, path));
    }
    let mut code = exit_code(&run, fail_on);
    for (buf, path) in rendered {
        if let Err(c) = deliver(&buf, path.as_deref()) {
            code = c;
        }
    }
    code
}

fn exit_code(run: &RunReport, fail_on: Severity) -> u8 {
    if !run.problems.is_empty() {
        EXIT_INCOMPLETE
    } else if run.fails_at(fail_on) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// The pack, or the problems that make it unusable, printed to stderr.
fn catalogue(policies: Option<&std::path::Path>) -> Result<provkoll::catalogue::Catalogue, u8> {
    provkoll::load_catalogue(policies).map_err(|problems| {
        for p in problems {
            let _ = writeln!(std::io::stderr(), "provkoll: {}", p.error);
        }
        EXIT_INCOMPLETE
    })
}

fn rules(args: RulesArgs) -> u8 {
    let c = match catalogue(args.policies.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let text = match args.format {
        RulesFormat::Text => provkoll::explain::rules_text(&c),
        RulesFormat::Markdown => provkoll::explain::rules_markdown(&c),
        RulesFormat::Json => json_text(&provkoll::explain::rules_json(&c)),
    };
    match deliver(text.as_bytes(), args.output.as_deref()) {
        Ok(()) => EXIT_CLEAN,
        Err(code) => code,
    }
}

fn explain(args: ExplainArgs) -> u8 {
    let c = match catalogue(args.policies.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match provkoll::explain::find(&c, &args.id) {
        Ok(rule) => {
            let text = match args.format {
                ExplainFormat::Text => provkoll::explain::explain_text(rule),
                ExplainFormat::Json => json_text(&provkoll::explain::rule_json(rule)),
            };
            match deliver(text.as_bytes(), None) {
                Ok(()) => EXIT_CLEAN,
                Err(code) => code,
            }
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

fn options(
    paths: &[std::path::PathBuf],
    as_of: Option<provkoll::model::Date>,
    policies: &Option<std::path::PathBuf>,
) -> provkoll::CheckOptions {
    provkoll::CheckOptions {
        paths: paths.to_vec(),
        as_of: as_of.unwrap_or_else(provkoll::cli::today),
        policies: policies.clone(),
        max_file_size: provkoll::DEFAULT_MAX_FILE_SIZE,
        limits: provkoll::load::Limits::default(),
    }
}

fn report(args: ReportArgs) -> u8 {
    let checked = provkoll::check_full(&options(&args.paths, args.as_of, &args.policies));
    let Some(pack) = &checked.pack else {
        for p in &checked.report.problems {
            fail(&p.error.to_string());
        }
        return EXIT_INCOMPLETE;
    };
    let run = &checked.report;
    let timeline = match provkoll::timeline::build(pack, &checked.input, &checked.docs, run, None) {
        Ok(entries) => entries
            .into_iter()
            .filter(|e| e.state != "valid" || e.windows.iter().any(|w| !w.covered))
            .collect(),
        Err(p) => return fail(&p.error.to_string()),
    };
    let data = provkoll::emit::report::ReportData {
        run,
        docs: &checked.docs,
        fingerprints: provkoll::fingerprint::compute(run, &checked.docs, &pack.catalogue),
        timeline,
        fail_on: Severity::from(args.fail_on),
        lang: match args.lang {
            ReportLang::Sv => provkoll::emit::report::Lang::Sv,
            ReportLang::En => provkoll::emit::report::Lang::En,
        },
    };
    let text = match args.format {
        ReportFormat::Html => provkoll::emit::report::html(&data),
        ReportFormat::Markdown => provkoll::emit::report::markdown(&data),
    };
    match deliver(text.as_bytes(), args.output.as_deref()) {
        // the report was made; whether the configuration is ready is in it, and in the exit code
        Ok(()) => exit_code(run, data.fail_on),
        Err(c) => c,
    }
}

fn fingerprint(args: FingerprintArgs) -> u8 {
    let checked = provkoll::check_full(&options(&args.paths, args.as_of, &args.policies));
    let Some(pack) = &checked.pack else {
        return EXIT_INCOMPLETE;
    };
    let fp = provkoll::fingerprint::compute(&checked.report, &checked.docs, &pack.catalogue);
    let text = if args.json {
        json_text(
            &serde_json::json!({"as_of": checked.report.as_of, "tool_version": checked.report.tool_version, "fingerprints": fp}),
        )
    } else {
        format!(
            "as of {}, provkoll {}\nconfiguration  {}\npolicy pack    {}\nwaivers        {}\ncombined       {}\n",
            checked.report.as_of,
            checked.report.tool_version,
            fp.configuration,
            fp.policy_pack,
            fp.waivers,
            fp.combined
        )
    };
    match deliver(text.as_bytes(), None) {
        Ok(()) if checked.report.problems.is_empty() => EXIT_CLEAN,
        Ok(()) => EXIT_INCOMPLETE,
        Err(c) => c,
    }
}

fn timeline(args: TimelineArgs) -> u8 {
    let opts = provkoll::CheckOptions {
        paths: args.paths.clone(),
        as_of: args.as_of.unwrap_or_else(provkoll::cli::today),
        policies: args.policies.clone(),
        max_file_size: provkoll::DEFAULT_MAX_FILE_SIZE,
        limits: provkoll::load::Limits::default(),
    };
    let checked = provkoll::check_full(&opts);
    let run = &checked.report;
    let mut code = EXIT_CLEAN;
    for p in &run.problems {
        let place = match (run.display(p.file), p.span) {
            (Some(f), Some(s)) => format!("{f}:{}:{}: ", s.start.line, s.start.column),
            (Some(f), None) => format!("{f}: "),
            _ => String::new(),
        };
        code = fail(&format!("{place}{}", p.error));
    }
    let Some(pack) = &checked.pack else {
        return EXIT_INCOMPLETE;
    };
    let entries =
        match provkoll::timeline::build(pack, &checked.input, &checked.docs, run, args.within) {
            Ok(e) => e,
            Err(p) => return fail(&p.error.to_string()),
        };
    let text = match args.format {
        TimelineFormat::Text => provkoll::timeline::to_text(&entries, run.as_of),
        TimelineFormat::Markdown => provkoll::timeline::to_markdown(&entries, run.as_of),
        TimelineFormat::Json => {
            json_text(&serde_json::json!({"as_of": run.as_of, "entries": entries}))
        }
    };
    match deliver(text.as_bytes(), args.output.as_deref()) {
        Ok(()) => code,
        Err(c) => c,
    }
}

fn init(args: InitArgs) -> u8 {
    match provkoll::init::init(&args.dir) {
        Ok(files) => {
            let mut out = std::io::stdout().lock();
            for f in files {
                let _ = writeln!(out, "wrote {}", f.display());
            }
            let _ = writeln!(
                out,
                "Fill in every CHANGE-ME, then run: provkoll check {}",
                args.dir.display()
            );
            EXIT_CLEAN
        }
        Err(e) => fail_with(&e),
    }
}

fn json_text(v: &serde_json::Value) -> String {
    let mut t = serde_json::to_string_pretty(v).unwrap_or_default();
    t.push('\n');
    t
}

fn schema(args: SchemaArgs) -> u8 {
    let mut text = match serde_json::to_string_pretty(&provkoll::model::document_schema()) {
        Ok(t) => t,
        Err(e) => return fail(&format!("cannot render the schema: {e}")),
    };
    text.push('\n');
    match deliver(text.as_bytes(), args.output.as_deref()) {
        Ok(()) => EXIT_CLEAN,
        Err(code) => code,
    }
}

/// Write to the output file (atomically) or to stdout.
fn deliver(bytes: &[u8], output: Option<&std::path::Path>) -> Result<(), u8> {
    match output {
        Some(path) => provkoll::output::write_atomic(path, bytes).map_err(|e| fail_with(&e)),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`provkoll check | head`) is not the check's failure.
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(fail(&format!("cannot write to standard output: {e}"))),
            }
        }
    }
}

/// Report a typed error with its help line.
fn fail_with(e: &dyn miette::Diagnostic) -> u8 {
    match e.help() {
        Some(help) => fail(&format!("{e}\n  help: {help}")),
        None => fail(&e.to_string()),
    }
}

fn fail(message: &str) -> u8 {
    let _ = writeln!(std::io::stderr(), "provkoll: {message}");
    EXIT_INCOMPLETE
}
