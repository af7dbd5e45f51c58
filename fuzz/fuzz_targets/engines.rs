//! Differential fuzzing of the two engines: the bytes are a set of in-memory YAML files (split
//! on lines `#~~~`, so the cross-document rules see several files), built into `input` by the
//! whole check, and every rule evaluated by regorus' bytecode VM and by its interpreter. The
//! sorted violations must be the same whenever neither engine reported a problem.
//!
//! An optional first line `#as-of YYYY-MM-DD` sets the date of the check.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use provkoll::discover::Candidate;
use provkoll::evaluate::{Backend, RawViolation};
use provkoll::load::Limits;
use provkoll::model::Date;
use provkoll::{InputFile, Pack, check_files_input};

/// The line that separates two files.
const SEPARATOR: &[u8] = b"#~~~";
/// At most this many files (more says nothing new and costs time).
const MAX_FILES: usize = 16;

fn pack() -> Option<&'static Pack> {
    static PACK: OnceLock<Option<Pack>> = OnceLock::new();
    PACK.get_or_init(|| Pack::load(None).ok()).as_ref()
}

/// The date of the check and the files, split on separator lines.
fn split(data: &[u8]) -> (Option<Date>, Vec<Vec<u8>>) {
    let mut as_of = None;
    let mut files = vec![Vec::new()];
    for (i, line) in data.split_inclusive(|&b| b == b'\n').enumerate() {
        let bare = line.strip_suffix(b"\n").unwrap_or(line);
        let bare = bare.strip_suffix(b"\r").unwrap_or(bare);
        if i == 0
            && let Some(date) = bare.strip_prefix(b"#as-of ")
        {
            as_of = std::str::from_utf8(date).ok().and_then(Date::parse);
            continue;
        }
        if bare == SEPARATOR {
            if files.len() < MAX_FILES {
                files.push(Vec::new());
            }
            continue;
        }
        if let Some(file) = files.last_mut() {
            file.extend_from_slice(line);
        }
    }
    (as_of, files)
}

fn described(vs: &[RawViolation]) -> Vec<String> {
    let mut out: Vec<String> = vs.iter().map(|v| format!("{v:?}")).collect();
    out.sort();
    out
}

fuzz_target!(|data: &[u8]| {
    let Some(pack) = pack() else {
        return;
    };
    let (as_of, parts) = split(data);
    let Some(as_of) = as_of.or_else(|| Date::parse("2026-11-25")) else {
        return;
    };
    let files = parts
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| InputFile {
            candidate: Candidate {
                path: format!("f{i}.yaml").into(),
                display: format!("f{i}.yaml"),
                explicit: true,
            },
            bytes: Ok(bytes),
        })
        .collect();
    let checked = check_files_input(pack, files, Vec::new(), as_of, Limits::default());
    let input = &checked.input.value;
    let (compiled, p1) = pack
        .evaluator
        .evaluate_with(&pack.catalogue, input, Backend::Compiled);
    let (interpreted, p2) =
        pack.evaluator
            .evaluate_with(&pack.catalogue, input, Backend::Interpreter);
    if !p1.is_empty() || !p2.is_empty() {
        return;
    }
    let (a, b) = (described(&compiled), described(&interpreted));
    if a != b {
        let only_compiled: Vec<&String> = a.iter().filter(|v| !b.contains(v)).collect();
        let only_interpreted: Vec<&String> = b.iter().filter(|v| !a.contains(v)).collect();
        panic!(
            "the engines disagree\nonly in the RVM: {only_compiled:#?}\nonly in the interpreter: {only_interpreted:#?}"
        );
    }
});
