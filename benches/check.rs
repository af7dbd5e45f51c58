//! `cargo bench --bench check`: every stage of a check, and the whole check, on generated
//! organiser repos of 10, 1,000 and 10,000 schools (see `generator.rs`), and the loader on one
//! long line (group `long_line`).
//!
//! Environment:
//! - `PROVKOLL_BENCH_SIZES=10,1000`: the sizes to measure (default `10,1000,10000`).
//! - `PROVKOLL_BENCH_WRITE=DIR`: instead of benchmarking, write `DIR/repo-N/` (the generated repo)
//!   and `DIR/input-N.json` (the Rego `input` provkoll builds from it) for each size, and print
//!   what was generated. `benches/compare-opa` and the README's timings use these.
//! - `PROVKOLL_BENCH_RULES=1`: instead of benchmarking, time each rule of the pack on its own at
//!   each size (median of 3), to find rules that grow faster than the input; `=ORG-005,ROLE-004`
//!   times only those.
//! - `PROVKOLL_BENCH_POLICIES=DIR`: use the pack in DIR (as `--policies DIR`) instead of the
//!   bundled one, to measure a change to a rule without rebuilding.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a bench fails loudly
#![allow(missing_docs)]

mod generator;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion};
use provkoll::base::date::Date;
use provkoll::base::lang::Lang;
use provkoll::base::path::dotted;
use provkoll::base::source::{SourceFile, Sources};
use provkoll::check::finding::RunReport;
use provkoll::check::input::{self, Input};
use provkoll::check::{CheckOptions, Context, Inputs, locate, run};
use provkoll::config::discover::{self, Candidate};
use provkoll::config::model::ModelDoc;
use provkoll::config::yaml::{self, Document, Limits};
use provkoll::config::{DEFAULT_MAX_FILE_SIZE, InputFile, read, schema};
use provkoll::emit::{Emit, json::Json, sarif::Sarif};
use provkoll::pack::engine::{Backend, EvalOptions};
use provkoll::pack::{Pack, PackSource};
use std::hint::black_box;

// The binary's allocator (src/main.rs), so the stages are timed as a check runs them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn sizes() -> Vec<usize> {
    std::env::var("PROVKOLL_BENCH_SIZES")
        .unwrap_or_else(|_| "10,1000,10000".into())
        .split(',')
        .map(|s| s.trim().parse().expect("PROVKOLL_BENCH_SIZES: numbers"))
        .collect()
}

fn as_of() -> Date {
    Date::parse(generator::AS_OF).unwrap()
}

fn context() -> Context {
    Context::new(as_of())
}

/// From files in memory to a sorted report, as `check` runs it after reading.
fn check_files(pack: &Pack, files: Vec<InputFile>) -> RunReport {
    let inputs = Inputs::Files {
        files,
        problems: Vec::new(),
    };
    run(pack, inputs, &CheckOptions::new(as_of())).report
}

/// A generated repo, written to a temporary directory, and every stage's output on it.
struct Fixture {
    _dir: tempfile::TempDir,
    root: PathBuf,
    files: Vec<InputFile>,
    sources: Sources,
    loaded: Vec<Document>,
    docs: Vec<ModelDoc>,
    input: Input,
}

impl Fixture {
    fn new(schools: usize) -> Self {
        let repo = generator::generate(schools, generator::SEED);
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("repo");
        repo.write(&root).unwrap();
        let files = read_all(&root);
        let (sources, loaded) = stage_load(&files);
        let docs = stage_model(&sources, loaded.clone());
        let input = input::build(&docs, &context(), None);
        Self {
            _dir: dir,
            root,
            files,
            sources,
            loaded,
            docs,
            input,
        }
    }
}

/// discover + read, as `check` does it.
fn read_all(root: &Path) -> Vec<InputFile> {
    let discover::Discovered {
        candidates,
        problems,
        ..
    } = discover::discover(&[root.to_path_buf()], &Default::default());
    assert!(problems.is_empty());
    candidates
        .into_iter()
        .map(|candidate: Candidate| {
            let content = read::read_bytes(&candidate.path, DEFAULT_MAX_FILE_SIZE).map(Into::into);
            InputFile { candidate, content }
        })
        .collect()
}

/// Decode and parse every file; keep the provkoll documents.
fn stage_load(files: &[InputFile]) -> (Sources, Vec<Document>) {
    let mut sources = Sources::default();
    let mut docs = Vec::new();
    for f in files {
        let text = read::decode(f.content.as_ref().unwrap().as_bytes()).unwrap();
        let id = sources.add(SourceFile::new(
            f.candidate.path.clone(),
            f.candidate.display.clone(),
            text.into(),
        ));
        let src = sources.get(id).unwrap();
        let loaded = yaml::load_documents(id, src, Limits::default()).unwrap();
        docs.extend(loaded.into_iter().filter(|d| {
            d.str_field("apiVersion")
                .is_some_and(|v| v.starts_with("provkoll/"))
        }));
    }
    (sources, docs)
}

/// Check every document against the schema and type it.
fn stage_model(sources: &Sources, loaded: Vec<Document>) -> Vec<ModelDoc> {
    loaded
        .into_iter()
        .map(|d| {
            let src = sources.get(d.file).unwrap();
            schema::check_document(d, src).unwrap_or_else(|p| panic!("schema errors: {p:?}"))
        })
        .collect()
}

fn bench_size(c: &mut Criterion, pack: &Pack, schools: usize) {
    let fx = Fixture::new(schools);
    let mut g = c.benchmark_group(format!("{schools}_schools"));
    if schools >= 5_000 {
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(4));
    } else {
        g.sample_size(20)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
    }

    g.bench_function("discover", |b| {
        b.iter(|| {
            discover::discover(
                black_box(std::slice::from_ref(&fx.root)),
                &Default::default(),
            )
        })
    });
    g.bench_function("read", |b| b.iter(|| read_all(black_box(&fx.root))));
    g.bench_function("load", |b| b.iter(|| stage_load(black_box(&fx.files))));
    g.bench_function("model", |b| {
        b.iter_batched(
            || fx.loaded.clone(),
            |loaded| stage_model(&fx.sources, loaded),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("input", |b| {
        b.iter(|| input::build(black_box(&fx.docs), &context(), None))
    });
    g.bench_function("evaluate", |b| {
        b.iter(|| pack.evaluate(black_box(&fx.input.value), &EvalOptions::default()))
    });
    let (violations, problems) = pack.evaluate(&fx.input.value, &EvalOptions::default());
    assert!(problems.is_empty(), "rule errors: {problems:?}");
    g.bench_function("locate", |b| {
        b.iter(|| {
            violations
                .iter()
                .map(|v| locate::locate(&v.path, &fx.input.provenance, &fx.docs))
                .filter(Option::is_some)
                .count()
        })
    });
    let report = check_files(pack, fx.files.clone());
    assert!(
        report.problems.is_empty(),
        "problems: {:?}",
        report.problems
    );
    g.bench_function("emit_json", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            Json { lang: Lang::En }
                .emit(&mut out, black_box(&report))
                .unwrap();
            out.len()
        })
    });
    g.bench_function("emit_sarif", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            Sarif { lang: Lang::En }
                .emit(&mut out, black_box(&report))
                .unwrap();
            out.len()
        })
    });
    // From bytes in memory to a sorted report: load, model, input, evaluate, locate, sort.
    g.bench_function("check_files", |b| {
        b.iter_batched(
            || fx.files.clone(),
            |files| check_files(pack, files),
            BatchSize::LargeInput,
        )
    });
    // What `provkoll check DIR` does before emitting: load the pack, discover, read, check.
    let opts = CheckOptions::new(as_of());
    g.bench_function("check_whole", |b| {
        b.iter(|| {
            let pack = Pack::load(&PackSource::bundled()).unwrap();
            run(
                &pack,
                Inputs::Paths(vec![black_box(fx.root.clone())]),
                &opts,
            )
            .report
        })
    });
    g.finish();
}

/// `PROVKOLL_BENCH_WRITE=DIR`: the repos and their `input` on disk.
fn write_mode(pack: &Pack, dir: &Path) {
    for n in sizes() {
        let repo = generator::generate(n, generator::SEED);
        let root = dir.join(format!("repo-{n}"));
        if root.exists() {
            std::fs::remove_dir_all(&root).unwrap();
        }
        repo.write(&root).unwrap();
        let files = read_all(&root);
        let (sources, loaded) = stage_load(&files);
        let docs = stage_model(&sources, loaded);
        let input = input::build(&docs, &context(), None);
        let json = serde_json::to_vec(&input.value).unwrap();
        std::fs::write(dir.join(format!("input-{n}.json")), &json).unwrap();
        // The evaluate stage as `check` runs it (input conversion included), median of 3, and
        // its violations, for `benches/compare-opa`.
        let mut times = Vec::new();
        let mut found = Vec::new();
        for _ in 0..3 {
            let t = Instant::now();
            let (violations, problems) = pack.evaluate(&input.value, &EvalOptions::default());
            times.push(t.elapsed().as_secs_f64());
            assert!(problems.is_empty(), "rule errors: {problems:?}");
            found = violations;
        }
        times.sort_by(f64::total_cmp);
        let violations: Vec<serde_json::Value> = found
            .iter()
            .map(|v| {
                serde_json::json!({
                    "package": pack.catalogue.rules[v.rule].package,
                    "path": dotted(&v.path),
                    "subject": v.subject,
                    // as the rule returned it (the key and args), as an OPA run prints it
                    "message": v.message.key,
                    "args": v.args,
                })
            })
            .collect();
        let evaluated =
            serde_json::json!({"seconds": times[1], "runs": times, "violations": violations});
        std::fs::write(
            dir.join(format!("regorus-{n}.json")),
            serde_json::to_vec(&evaluated).unwrap(),
        )
        .unwrap();
        let [schools, entities, people, processors, waivers] = repo.counts;
        println!(
            "{}: {schools} schools, {entities} legal entities, {people} people, {processors} processors, \
             {waivers} waivers; {} files, {} YAML bytes, {} documents, {} objects with a violation; input {} bytes",
            root.display(),
            repo.files.len(),
            repo.bytes(),
            docs.len(),
            repo.violations,
            json.len(),
        );
    }
}

/// `PROVKOLL_BENCH_RULES=1`: each rule timed alone, as `Evaluator::evaluate` runs it: in the
/// compiled program (what a check uses) and, beside it, in the interpreter.
fn rules_mode(pack: &Pack) {
    let sizes = sizes();
    let backends = [Backend::Compiled, Backend::Interpreter];
    let mut table: Vec<(String, Vec<f64>, usize)> = pack
        .catalogue
        .rules
        .iter()
        .filter(|r| wanted(r))
        .map(|r| (format!("{} {}", r.id, r.package), Vec::new(), 0))
        .collect();
    for &n in &sizes {
        let fx = Fixture::new(n);
        for backend in backends {
            let rules = pack.catalogue.rules.iter().filter(|r| wanted(r));
            for (row, rule) in table.iter_mut().zip(rules) {
                let mut times = Vec::new();
                for _ in 0..3 {
                    let t = Instant::now();
                    let v = pack
                        .evaluator
                        .query(&fx.input.value, &rule.entry_point(), backend);
                    times.push(t.elapsed().as_secs_f64() * 1e3);
                    row.2 = v.ok().and_then(|v| v.as_array().map(Vec::len)).unwrap_or(0);
                }
                times.sort_by(f64::total_cmp);
                row.1.push(times[1]);
            }
        }
        eprintln!("timed {n} schools");
    }
    let head: Vec<String> = sizes
        .iter()
        .flat_map(|n| {
            [
                format!("{:>10}", format!("{n} vm")),
                format!("{:>10}", format!("{n} int")),
            ]
        })
        .collect();
    println!("{:<58} {} (ms)  violations", "rule", head.join(""));
    // the compiled engine at the largest size decides the order
    let key = 2 * (sizes.len() - 1);
    table.sort_by(|a, b| b.1[key].total_cmp(&a.1[key]));
    let mut totals = vec![0.0; 2 * sizes.len()];
    for (name, times, found) in &table {
        for (t, s) in times.iter().zip(totals.iter_mut()) {
            *s += t;
        }
        let cols: Vec<String> = times.iter().map(|t| format!("{t:>10.2}")).collect();
        println!("{name:<58} {}  {found}", cols.join(""));
    }
    let cols: Vec<String> = totals.iter().map(|t| format!("{t:>10.2}")).collect();
    println!("{:<58} {}", "sum", cols.join(""));
}

/// The rules `PROVKOLL_BENCH_RULES` names (IDs, comma-separated), or every rule for `1`.
fn wanted(rule: &provkoll::pack::catalogue::Rule) -> bool {
    let named = std::env::var("PROVKOLL_BENCH_RULES").unwrap_or_default();
    !rule.builtin && (named == "1" || named.split(',').any(|id| id.trim() == rule.id))
}

/// A flow collection on one line, a multi-byte character in every item: loading must grow with
/// the line, not with its square (the loader once walked the line from its start for every node).
fn bench_long_line(c: &mut Criterion) {
    let mut g = c.benchmark_group("long_line");
    g.sample_size(10);
    for bytes in [100_000usize, 1_000_000] {
        let item = "åsa-1234, ";
        let text = format!(
            "apiVersion: provkoll/v1\nkind: Organiser\nname: X\nnotes: [{}x]\n",
            item.repeat(bytes / item.len())
        );
        let src = SourceFile::new("t.yaml".into(), "t.yaml".into(), text.into());
        g.bench_function(format!("load_{}kb", bytes / 1000), |b| {
            b.iter(|| {
                yaml::load_documents(
                    provkoll::base::source::FileId(0),
                    black_box(&src),
                    Limits::default(),
                )
                .unwrap()
            })
        });
    }
    g.finish();
}

fn main() {
    let source =
        PackSource::from_option(std::env::var_os("PROVKOLL_BENCH_POLICIES").map(PathBuf::from));
    let pack = Pack::load(&source).unwrap_or_else(|p| panic!("pack: {p:?}"));
    if let Ok(dir) = std::env::var("PROVKOLL_BENCH_WRITE") {
        write_mode(&pack, Path::new(&dir));
        return;
    }
    if std::env::var_os("PROVKOLL_BENCH_RULES").is_some() {
        rules_mode(&pack);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    for n in sizes() {
        bench_size(&mut c, &pack, n);
    }
    bench_long_line(&mut c);
    c.final_summary();
}
