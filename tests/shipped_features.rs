//! The binary a user builds has only its own dependencies' features; `cargo test` adds those of
//! the dev-dependencies (jsonschema turns on all of `regex`'s Unicode), so a pack regex that
//! needs a feature the binary lacks passes every test here and fails for the user. It did:
//! `(?i)` (DATA-002, DATA-004) needs `unicode-case`, and the release binary's `provkoll test`
//! reported "invalid regex". This test reads the features the binary is built with from
//! `cargo tree`, without the dev-dependencies, and holds them to what the pack's regexes use.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use std::process::Command;

use common::root;

/// The features of `regex` in the binary's build.
fn shipped_regex_features() -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .current_dir(root())
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "features,normal",
            "-i",
            "regex",
            "--prefix",
            "none",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo tree: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("regex feature \""))
        .filter_map(|l| l.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// Every module of the pack, rules and tests, as one text.
fn pack_text() -> String {
    let mut text = String::new();
    let mut dirs = vec![root().join("policies")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rego") {
                text.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    text
}

#[test]
fn the_shipped_regex_has_the_features_the_packs_regexes_need() {
    let features = shipped_regex_features();
    let text = pack_text();
    // what a pattern needs, by the syntax that needs it
    let needs = [
        ("(?i)", "unicode-case"),
        ("\\s", "unicode-perl"),
        ("\\d", "unicode-perl"),
        ("\\w", "unicode-perl"),
        ("\\b", "unicode-perl"),
        ("\\p{", "unicode-gencat"),
    ];
    let mut missing = Vec::new();
    for (syntax, feature) in needs {
        if text.contains(syntax) && !features.iter().any(|f| f == feature) {
            missing.push(format!("{syntax} needs {feature}"));
        }
    }
    assert!(
        features.iter().any(|f| f == "std"),
        "cargo tree gave no features of regex: {features:?}"
    );
    assert!(
        missing.is_empty(),
        "the binary's regex lacks: {missing:?} (Cargo.toml's regex features: {features:?})"
    );
}
