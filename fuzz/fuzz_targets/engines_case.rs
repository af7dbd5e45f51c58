//! One case of the `engines` target: its input format and what it asserts. Shared by the
//! target and by `tests/hostile.rs`, which replays the target's seeds and regressions.
//!
//! The bytes are a set of in-memory YAML files, split on lines `#~~~`, so the cross-document
//! rules see several files; an optional first line `#as-of YYYY-MM-DD` sets the date of the
//! check (else 2026-11-25).

use provkoll::base::date::Date;
use provkoll::check::{CheckOptions, Inputs, run};
use provkoll::config::InputFile;
use provkoll::config::discover::Candidate;
use provkoll::pack::Pack;
use provkoll::pack::engine::{Backend, EvalOptions};
use provkoll::pack::violation::Violation;

/// The line that separates two files.
const SEPARATOR: &[u8] = b"#~~~";
/// At most this many files (more says nothing new and costs time).
const MAX_FILES: usize = 16;
/// The date of the check when the bytes name none.
const DEFAULT_AS_OF: &str = "2026-11-25";

/// The date of the check and the files the bytes hold.
pub fn parse(data: &[u8]) -> (Option<Date>, Vec<InputFile>) {
    let mut as_of = Date::parse(DEFAULT_AS_OF);
    let mut parts = vec![Vec::new()];
    for (i, line) in data.split_inclusive(|&b| b == b'\n').enumerate() {
        let bare = line.strip_suffix(b"\n").unwrap_or(line);
        let bare = bare.strip_suffix(b"\r").unwrap_or(bare);
        if i == 0
            && let Some(date) = bare.strip_prefix(b"#as-of ")
        {
            // a date that does not parse leaves the default
            as_of = std::str::from_utf8(date)
                .ok()
                .and_then(Date::parse)
                .or(as_of);
            continue;
        }
        if bare == SEPARATOR {
            if parts.len() < MAX_FILES {
                parts.push(Vec::new());
            }
            continue;
        }
        if let Some(part) = parts.last_mut() {
            part.extend_from_slice(line);
        }
    }
    let files = parts
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| InputFile {
            candidate: Candidate {
                path: format!("f{i}.yaml").into(),
                display: format!("f{i}.yaml"),
                explicit: true,
            },
            content: Ok(bytes.into()),
        })
        .collect();
    (as_of, files)
}

/// How the two engines differ on the bytes' files: `None` when they give the same violations,
/// or when either reports a problem (then there is nothing to compare).
pub fn disagreement(pack: &Pack, data: &[u8]) -> Option<String> {
    let (as_of, files) = parse(data);
    let inputs = Inputs::Files {
        files,
        problems: Vec::new(),
    };
    let checked = run(pack, inputs, &CheckOptions::new(as_of?));
    let input = &checked.input.value;
    let with = |backend| EvalOptions {
        backend,
        progress: None,
    };
    let (compiled, p1) = pack.evaluate(input, &with(Backend::Compiled));
    let (interpreted, p2) = pack.evaluate(input, &with(Backend::Interpreter));
    if !p1.is_empty() || !p2.is_empty() {
        return None;
    }
    let (a, b) = (described(&compiled), described(&interpreted));
    if a == b {
        return None;
    }
    let only_compiled: Vec<&String> = a.iter().filter(|v| !b.contains(v)).collect();
    let only_interpreted: Vec<&String> = b.iter().filter(|v| !a.contains(v)).collect();
    Some(format!(
        "the engines disagree\nonly in the RVM: {only_compiled:#?}\nonly in the interpreter: {only_interpreted:#?}"
    ))
}

/// Violations as comparable text, sorted.
fn described(vs: &[Violation]) -> Vec<String> {
    let mut out: Vec<String> = vs.iter().map(|v| format!("{v:?}")).collect();
    out.sort();
    out
}
