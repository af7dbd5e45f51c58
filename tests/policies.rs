//! Runs the Rego unit tests of the policy pack through regorus, the engine provkoll uses.
//!
//! Every `.rego` file under `policies/` (rules, `lib/` helpers and their `*_test.rego` files) is
//! loaded into one engine. Every rule whose name starts with `test_` at the start of a line of a
//! `*_test.rego` file is evaluated as `data.<package>.<name>` and must be exactly `true`.
//! Undefined, `false` or an evaluation error all count as failures, and all failures are reported
//! together, in a deterministic order (sorted file paths, then source order).
//!
//! Structural checks, reported in the same list:
//! - every policy file `x.rego` has a test file `x_test.rego` beside it;
//! - every test file holds at least two `test_` rules, and no test name is defined twice (two
//!   bodies of one boolean rule are OR-ed, so a second definition could hide a failing one);
//! - every file's package matches its path (`policies/<area>/<slug>.rego` is
//!   `provkoll.rules.<area>.<slug>`, `policies/lib/<name>.rego` is `provkoll.lib.<name>`, and a
//!   test file's package is its subject's package plus `_test`).
//!
//! Deliberately independent of the provkoll library crate: it needs only regorus, std and the
//! pack's layout rules (`src/pack/layout.rs`, included as build.rs includes it), so the policy
//! pack can be tested while the rest of the crate is being changed.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "../src/pack/layout.rs"]
mod layout;
use layout::{expected_package, is_test_module, package_of, test_names};

fn policies_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("policies")
}

/// All `.rego` files below `dir`, sorted by path.
fn rego_files(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<String>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(format!("cannot read {}: {e}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            rego_files(&path, out, problems);
        } else if path.extension().is_some_and(|ext| ext == "rego") {
            out.push(path);
        }
    }
}

#[test]
fn every_policy_test_passes() {
    let root = policies_dir();
    let mut failures: Vec<String> = Vec::new();
    let mut files = Vec::new();
    rego_files(&root, &mut files, &mut failures);

    let mut engine = regorus::Engine::new();
    // (display path, package, test names) for every test file
    let mut suites: Vec<(String, String, Vec<String>)> = Vec::new();
    let file_set: BTreeSet<PathBuf> = files.iter().cloned().collect();

    for path in &files {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        let shown = format!("policies/{}", rel.display());
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                failures.push(format!("{shown}: cannot read: {e}"));
                continue;
            }
        };
        if let Err(e) = engine.add_policy(shown.clone(), text.clone()) {
            failures.push(format!("{shown}: does not load:\n{e}"));
            continue;
        }
        let package = package_of(&text).map(|(_, p)| p.to_owned());
        match (&package, expected_package(&rel.to_string_lossy())) {
            (Some(found), Some(expected)) if *found != expected => {
                failures.push(format!("{shown}: package is {found}, expected {expected}"))
            }
            (None, _) => failures.push(format!("{shown}: no package line")),
            (_, None) => failures.push(format!(
                "{shown}: policy files live one folder deep: policies/<area>/<slug>.rego"
            )),
            _ => {}
        }
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_test_module(&file_name) && file_name != "testdata.rego" {
            let stem = file_name.trim_end_matches("_test.rego");
            let names = test_names(&text);
            if names.len() < 2 {
                failures.push(format!(
                    "{shown}: has {} test_ rule(s); at least two are required (one that fires, one that stays quiet)",
                    names.len()
                ));
            }
            let mut seen = BTreeSet::new();
            let mut unique = Vec::new();
            for name in names {
                if seen.insert(name.clone()) {
                    unique.push(name);
                } else {
                    failures.push(format!(
                        "{shown}: {name} is defined more than once; give each case its own name"
                    ));
                }
            }
            if !file_set.contains(&path.with_file_name(format!("{stem}.rego"))) {
                failures.push(format!("{shown}: no {stem}.rego beside it"));
            }
            if let Some(package) = package {
                suites.push((shown, package, unique));
            }
        } else {
            let stem = file_name.trim_end_matches(".rego");
            // rules that provkoll checks itself (waivers) are tested in Rust, tests/waivers.rs
            let builtin =
                std::fs::read_to_string(path).is_ok_and(|t| t.contains("#   checked_by: provkoll"));
            if !builtin && !file_set.contains(&path.with_file_name(format!("{stem}_test.rego"))) {
                failures.push(format!("{shown}: has no test file {stem}_test.rego"));
            }
        }
    }

    let mut ran = 0usize;
    for (shown, package, names) in &suites {
        for name in names {
            ran += 1;
            let rule = format!("data.{package}.{name}");
            let mut e = engine.clone();
            match e.eval_rule(rule) {
                Ok(regorus::Value::Bool(true)) => {}
                Ok(regorus::Value::Undefined) => {
                    failures.push(format!("{shown}: {name}: undefined (a condition failed)"))
                }
                Ok(other) => failures.push(format!("{shown}: {name}: {other}, not true")),
                Err(err) => failures.push(format!("{shown}: {name}: error:\n{err}")),
            }
        }
    }

    assert!(ran > 0, "no test_ rules found under {}", root.display());
    assert!(
        failures.is_empty(),
        "{} of {ran} policy tests or checks failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
