//! A check that reuses the last run's loaded files (`check::run_reusing`, what the language
//! server does after each edit) must report exactly what a fresh check of the same bytes
//! reports: after no change, after an edit that adds a finding, after a file is broken, and
//! after a new file moves every later file's place in the run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use std::path::Path;

use common::{AS_OF, example_copy};
use provkoll::base::date::Date;
use provkoll::check::{CheckOptions, Checked, Inputs, run, run_reusing};
use provkoll::config::{self, InputFile, LoadCache, SizeLimits};
use provkoll::pack::{Pack, PackSource};

/// Everything a check reports, as text: each finding and problem whole (file ids and spans
/// included), the files checked and skipped, and the documents' kinds.
fn reported(c: &Checked) -> String {
    let r = &c.report;
    let files: Vec<&str> = r
        .checked
        .iter()
        .chain(&r.skipped)
        .map(|&f| r.sources.get(f).unwrap().display.as_str())
        .collect();
    let kinds: Vec<String> = c.docs.iter().map(|d| format!("{:?}", d.kind)).collect();
    format!("{:#?}\n{:#?}\n{files:?}\n{kinds:?}", r.findings, r.problems)
}

fn read(root: &Path) -> Vec<InputFile> {
    let read = config::read(
        &[root.to_path_buf()],
        SizeLimits::default(),
        &Default::default(),
    );
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    read.files
}

/// The reusing check and a fresh one, on the same files, must agree; returns the report.
fn agree(pack: &Pack, files: Vec<InputFile>, cache: &mut LoadCache) -> String {
    let opts = CheckOptions::new(Date::parse(AS_OF).unwrap());
    let inputs = |files| Inputs::Files {
        files,
        problems: Vec::new(),
    };
    let reused = reported(&run_reusing(pack, inputs(files.clone()), &opts, cache));
    let fresh = reported(&run(pack, inputs(files), &opts));
    assert_eq!(
        reused, fresh,
        "a check from the cache differs from a fresh one"
    );
    fresh
}

fn replace(files: &mut [InputFile], name: &str, from: &str, to: &str) {
    let f = files
        .iter_mut()
        .find(|f| f.candidate.display.ends_with(name))
        .unwrap();
    let text = String::from_utf8(f.bytes.clone().unwrap()).unwrap();
    assert!(text.contains(from), "{name} holds {from}");
    f.bytes = Ok(text.replacen(from, to, 1).into_bytes());
}

#[test]
fn a_check_from_the_cache_reports_what_a_fresh_check_reports() {
    let pack = Pack::load(&PackSource::bundled()).unwrap();
    let (_dir, root) = example_copy("02-fristaende-koncern");
    let mut cache = LoadCache::default();
    let files = read(&root);

    let first = agree(&pack, files.clone(), &mut cache);
    // the same files again: all from the cache
    assert_eq!(agree(&pack, files.clone(), &mut cache), first);
    assert_eq!(cache.reused(), files.len());

    // an edit that changes what the rules see
    let mut edited = files.clone();
    replace(&mut edited, "people.yaml", "name: ", "name: CHANGE-ME ");
    let after_edit = agree(&pack, edited.clone(), &mut cache);
    assert_ne!(after_edit, first, "the edit shows");
    assert!(after_edit.contains("DATA-004"), "{after_edit}");
    assert_eq!(
        cache.reused(),
        files.len() - 1,
        "only the edited file is loaded again"
    );

    // the file broken, then mended
    let mut broken = edited.clone();
    replace(&mut broken, "people.yaml", "kind: ", "kind: [");
    let after_break = agree(&pack, broken, &mut cache);
    assert!(after_break.contains("yaml"), "{after_break}");
    assert_eq!(agree(&pack, edited.clone(), &mut cache), after_edit);

    // a new file first in the run: every later file's id moves, so nothing may be reused as it was
    let mut shifted = edited;
    let mut first_file = shifted[0].clone();
    first_file.candidate.path = root.join("000-notes.yaml");
    first_file.candidate.display = "000-notes.yaml".into();
    first_file.bytes = Ok(b"notes: not a provkoll document\n".to_vec());
    shifted.insert(0, first_file);
    let after_shift = agree(&pack, shifted, &mut cache);
    assert_eq!(cache.reused(), 0);
    assert!(after_shift.contains("000-notes.yaml"), "{after_shift}");
}
