//! What a file of a policy pack is: a rule, a helper or a test; the package it must declare; and
//! the entry points provkoll evaluates. One home for these facts, shared by `build.rs` (which
//! compiles the bundled pack), the catalogue, `provkoll test` (`tests.rs`) and the Rego test
//! runner (`tests/policies.rs`) through `#[path]`, so it uses nothing but `std`.
#![allow(dead_code)] // each includer uses a part

/// The package prefix of a rule: `provkoll.rules.<area>.<slug>`.
pub const RULES_PREFIX: &str = "provkoll.rules.";

/// The helper that lists every dated artefact for `provkoll timeline` and the report.
pub const TIMELINE_QUERY: &str = "data.provkoll.lib.timeline.items";

/// Entry points provkoll queries besides the rules' `deny`, each compiled when its package is
/// in the pack (a custom pack may lack it).
const HELPER_ENTRY_POINTS: &[&str] = &[TIMELINE_QUERY];

/// Tests (`<slug>_test.rego`) and their shared fixture (`lib/testdata.rego`) are not part of
/// the pack a check runs. `path` may be relative or absolute, with `/` or `\`.
pub fn is_test_module(path: &str) -> bool {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.ends_with("_test.rego") || name == "testdata.rego"
}

/// The package a module declares on its first `package` line, and that line's index.
pub fn package_of(text: &str) -> Option<(usize, &str)> {
    text.lines()
        .enumerate()
        .find_map(|(i, l)| l.trim().strip_prefix("package ").map(|p| (i, p.trim())))
}

/// The package a file must declare, from its path relative to the pack's root (`org/x.rego` is
/// `provkoll.rules.org.x`, `lib/dates.rego` is `provkoll.lib.dates`, a test file's package is
/// its subject's plus `_test`); `None` when the file is not one folder deep.
pub fn expected_package(rel: &str) -> Option<String> {
    let parts: Vec<&str> = rel.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let [dir, file] = parts.as_slice() else {
        return None;
    };
    let stem = file.strip_suffix(".rego")?;
    Some(if *dir == "lib" {
        format!("provkoll.lib.{stem}")
    } else {
        format!("{RULES_PREFIX}{dir}.{stem}")
    })
}

/// The rule provkoll evaluates for a rule package: its `deny` set.
pub fn deny_of(package: &str) -> String {
    format!("data.{package}.deny")
}

/// Whether a module defines `deny` (a rule provkoll checks itself, such as a waiver rule, has
/// METADATA but no `deny`).
pub fn defines_deny(text: &str) -> bool {
    // a substring search, not a walk over lines: this runs over the whole pack at every start
    ["deny ", "deny["]
        .iter()
        .any(|d| text.starts_with(d) || text.contains(&format!("\n{d}")))
}

/// Every entry point of a pack, given its modules' texts: each rule module's `deny`, then each
/// helper whose package is in the pack.
pub fn entry_points<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut rules = Vec::new();
    let mut packages = Vec::new();
    for text in texts {
        if let Some((_, package)) = package_of(text) {
            if package.starts_with(RULES_PREFIX) && defines_deny(text) {
                rules.push(deny_of(package));
            }
            packages.push(package.to_owned());
        }
    }
    for helper in HELPER_ENTRY_POINTS {
        let package = helper
            .strip_prefix("data.")
            .and_then(|h| h.rsplit_once('.'))
            .map(|(p, _)| p);
        if package.is_some_and(|p| packages.iter().any(|q| q == p)) {
            rules.push((*helper).to_owned());
        }
    }
    rules
}

/// The names of a test module's `test_` rules, in source order: lines that start (in column 1)
/// with an identifier beginning `test_`.
pub fn test_names(text: &str) -> Vec<String> {
    test_rules(text).into_iter().map(|(_, name)| name).collect()
}

/// [`test_names`] with the 1-based line of each, for a runner that points at a failing test.
pub fn test_rules(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with("test_"))
        .map(|(i, line)| {
            let name = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>();
            (i + 1, name)
        })
        .collect()
}
