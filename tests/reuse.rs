//! A check that reuses the last run's loaded files and rule outcomes (`check::run_reusing`,
//! what the language server does after each edit) must report exactly what a fresh check of
//! the same bytes reports: after no change, after an edit that adds a finding, after a file is
//! broken, and after a new file moves every later file's place in the run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;
#[path = "../benches/generator.rs"]
mod generator;

use std::path::Path;

use common::{AS_OF, example_copy};
use provkoll::base::date::Date;
use provkoll::check::{CheckOptions, Checked, Inputs, Reuse, run, run_reusing};
use provkoll::config::{self, InputFile, SizeLimits};
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
fn agree(pack: &Pack, files: Vec<InputFile>, cache: &mut Reuse) -> String {
    agree_on(AS_OF, pack, files, cache)
}

fn agree_on(as_of: &str, pack: &Pack, files: Vec<InputFile>, cache: &mut Reuse) -> String {
    let opts = CheckOptions::new(Date::parse(as_of).unwrap());
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
    let text = String::from_utf8(f.content.as_ref().unwrap().as_bytes().to_vec()).unwrap();
    assert!(text.contains(from), "{name} holds {from}");
    f.content = Ok(text.replacen(from, to, 1).as_str().into());
}

#[test]
fn a_check_from_the_cache_reports_what_a_fresh_check_reports() {
    let pack = Pack::load(&PackSource::bundled()).unwrap();
    let (_dir, root) = example_copy("02-fristaende-koncern");
    let mut cache = Reuse::default();
    let files = read(&root);

    let first = agree(&pack, files.clone(), &mut cache);
    // the same files again: all from the cache
    assert_eq!(agree(&pack, files.clone(), &mut cache), first);
    assert_eq!(cache.loads.reused(), files.len());

    // an edit that changes what the rules see
    let mut edited = files.clone();
    replace(&mut edited, "people.yaml", "name: ", "name: CHANGE-ME ");
    let after_edit = agree(&pack, edited.clone(), &mut cache);
    assert_ne!(after_edit, first, "the edit shows");
    assert!(after_edit.contains("DATA-004"), "{after_edit}");
    assert_eq!(
        cache.loads.reused(),
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
    first_file.content = Ok("notes: not a provkoll document\n".into());
    shifted.insert(0, first_file);
    let after_shift = agree(&pack, shifted, &mut cache);
    assert_eq!(cache.loads.reused(), 0);
    assert!(after_shift.contains("000-notes.yaml"), "{after_shift}");
}

#[test]
fn rules_are_evaluated_again_only_where_their_part_of_the_input_changed() {
    let pack = Pack::load(&PackSource::bundled()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("repo");
    generator::generate(60, 7).write(&root).unwrap();
    let agree = |files: &[InputFile], cache: &mut Reuse| {
        agree_on(generator::AS_OF, &pack, files.to_vec(), cache)
    };
    let mut cache = Reuse::default();
    let files = read(&root);
    let first = agree(&files, &mut cache);
    let all = cache.rules.counts();
    assert_eq!(
        (all.kept, all.per_item),
        (0, 0),
        "the first run evaluates every rule"
    );
    assert!(all.whole > 50, "{all:?}");

    agree(&files, &mut cache);
    assert_eq!(
        cache.rules.counts().kept,
        all.whole,
        "nothing changed, nothing evaluated"
    );

    // one power of attorney expires: the rules that judge legal entities one by one look at
    // that entity alone; those that read no legal entity keep what they found
    let mut edited = files.clone();
    replace(
        &mut edited,
        "legal-entities/le0001.yaml",
        "valid_until: 2028-06-30",
        "valid_until: 2026-06-30",
    );
    let expired = agree(&edited, &mut cache);
    assert_ne!(expired, first);
    let counts = cache.rules.counts();
    assert!(counts.per_item >= 10 && counts.kept >= 20, "{counts:?}");

    // and back: the first report again
    assert_eq!(agree(&files, &mut cache), first);

    // a school loses its administrators and support contact
    let mut school = files.clone();
    replace(
        &mut school,
        "schools/le0002/s00021.yaml",
        "dnp_administrators: [",
        "dnp_administrators: [] # [",
    );
    let no_admins = agree(&school, &mut cache);
    assert!(no_admins.contains("ROLE-002"), "{no_admins}");
    assert!(
        cache.rules.counts().per_item >= 3,
        "{:?}",
        cache.rules.counts()
    );

    // a person leaves: every rule that reads people is evaluated whole
    let mut leaver = school.clone();
    replace(
        &mut leaver,
        "people/le0003.yaml",
        "id: le0003-tr1\n",
        "id: le0003-tr1\nemployment_end: 2026-01-31\n",
    );
    let left = agree(&leaver, &mut cache);
    assert!(left.contains("ROLE-005"), "{left}");

    // two entities edited at once, one of them broken
    let mut two = leaver.clone();
    replace(
        &mut two,
        "legal-entities/le0004.yaml",
        "valid_until: 2028-06-30",
        "valid_until: 2027-01-31",
    );
    replace(&mut two, "legal-entities/le0005.yaml", "kind: ", "kind: [");
    agree(&two, &mut cache);
    agree(&leaver, &mut cache);

    // the same rules from a folder: their promises are not the tested ones, so not relied on
    let folder = Pack::load(&PackSource::dir(common::root().join("policies"))).unwrap();
    let mut cache = Reuse::default();
    agree_on(generator::AS_OF, &folder, files.clone(), &mut cache);
    agree_on(generator::AS_OF, &folder, edited.clone(), &mut cache);
    let counts = cache.rules.counts();
    assert_eq!(counts.per_item, 0, "{counts:?}");
    assert!(counts.kept >= 20, "{counts:?}");
}
