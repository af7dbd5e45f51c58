//! `provkoll new-rule`: a rule and its tests to start from, written where the pack's layout
//! wants them, with METADATA placeholders the catalogue refuses until they are filled in, so
//! an unfinished rule cannot ship by being forgotten.

use std::path::{Path, PathBuf};

use super::catalogue::{declared_ids, valid_id};
use super::layout;
use crate::base::problem::{Msg, OutputError, P, ScaffoldError};
use crate::base::write::write_atomic;

const RULE: &str = include_str!("rule.rego.in");
const TESTS: &str = include_str!("rule_test.rego.in");

/// The prefix of a derived ID: no bundled area uses it, so a local rule's findings are never
/// mistaken for those of a bundled rule with the same number.
const LOCAL: &str = "LOCAL";

/// Rego's keywords and its two root documents: as a package step or an import's alias (the
/// test module imports the rule by its slug) each would not parse, or would shadow `input`.
const RESERVED: &[&str] = &[
    "as", "contains", "data", "default", "else", "every", "false", "if", "import", "in", "input",
    "not", "null", "package", "some", "true", "with",
];

/// What `new_rule` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scaffold {
    /// The rule's ID, as given or derived.
    pub id: String,
    /// The rule module, then its test module.
    pub files: [PathBuf; 2],
}

/// Write `dir/<area>/<slug>.rego` and `dir/<area>/<slug>_test.rego` for `name` (`area/slug`),
/// with `id`, or else the first `LOCAL-NNN` no rule under `dir` declares. Both files or neither:
/// nothing is written when either exists, and a failed second write takes the first back.
pub fn new_rule(dir: &Path, name: &str, id: Option<&str>) -> Result<Scaffold, ScaffoldError> {
    let (area, slug) = parse_name(name)?;
    let package = layout::expected_package(&format!("{area}/{slug}.rego")).ok_or_else(|| {
        ScaffoldError::BadName {
            name: name.to_owned(),
            reason: P::NotOneFolderDeep.msg(),
        }
    })?;
    let taken = if dir.exists() {
        declared_ids(dir).map_err(|problems| ScaffoldError::Read {
            path: dir.display().to_string(),
            reason: problems
                .iter()
                .map(|p| p.error.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        })?
    } else {
        Vec::new()
    };
    let id = match id {
        Some(id) => {
            if !valid_id(id) {
                return Err(ScaffoldError::BadId(id.to_owned()));
            }
            if let Some((_, other)) = taken.iter().find(|(t, _)| t == id) {
                return Err(ScaffoldError::IdTaken {
                    id: id.to_owned(),
                    other: other.clone(),
                });
            }
            id.to_owned()
        }
        None => (1..=999)
            .map(|n| format!("{LOCAL}-{n:03}"))
            .find(|candidate| !taken.iter().any(|(t, _)| t == candidate))
            .ok_or_else(|| ScaffoldError::NoFreeId {
                dir: dir.display().to_string(),
            })?,
    };
    let fill = |template: &str| {
        template
            .replace("{{ID}}", &id)
            .replace("{{PACKAGE}}", &package)
            .replace("{{SLUG}}", slug)
    };
    let folder = dir.join(area);
    let files = [
        (folder.join(format!("{slug}.rego")), fill(RULE)),
        (folder.join(format!("{slug}_test.rego")), fill(TESTS)),
    ];
    // symlink_metadata: a dangling link is there too, and write_atomic would replace it
    let existing: Vec<String> = files
        .iter()
        .filter(|(p, _)| p.symlink_metadata().is_ok())
        .map(|(p, _)| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(ScaffoldError::Exists(existing.join(", ")));
    }
    let created = create_folders(&folder)?;
    let mut written: Vec<&Path> = Vec::new();
    for (path, text) in &files {
        if let Err(e) = write_atomic(path, text.as_bytes()) {
            undo(&written, &created);
            return Err(e.into());
        }
        written.push(path);
    }
    let [(rule, _), (tests, _)] = files;
    Ok(Scaffold {
        id,
        files: [rule, tests],
    })
}

/// AREA and slug of `name`, each checked, the first fault named with its column.
fn parse_name(name: &str) -> Result<(&str, &str), ScaffoldError> {
    let bad = |reason: Msg| ScaffoldError::BadName {
        name: name.to_owned(),
        reason,
    };
    let Some((area, slug)) = name.split_once('/') else {
        return Err(bad(P::NoSlash.msg()));
    };
    let mut column = 1;
    for (part, what) in [(area, P::TheArea), (slug, P::TheSlug)] {
        if part.is_empty() {
            return Err(bad(P::PartEmpty
                .msg()
                .sub("what", what)
                .arg("column", column)));
        }
        for (i, c) in part.chars().enumerate() {
            let fits = if i == 0 {
                c.is_ascii_lowercase()
            } else {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
            };
            if !fits {
                let want = if i == 0 {
                    P::FirstLetter
                } else {
                    P::LaterLetter
                };
                return Err(bad(P::BadChar
                    .msg()
                    .arg("char", c.escape_debug())
                    .arg("column", column + i)
                    .sub("what", what)
                    .sub("want", want)));
            }
        }
        if RESERVED.contains(&part) {
            return Err(bad(P::Reserved.msg().sub("what", what).arg("part", part)));
        }
        column += part.chars().count() + 1;
    }
    if area == "lib" {
        return Err(bad(P::LibArea.msg()));
    }
    if layout::is_test_module(&format!("{slug}.rego")) {
        return Err(bad(P::TestModuleName.msg().arg("slug", slug)));
    }
    Ok((area, slug))
}

/// Create `folder` and any parents missing; the ones created, outermost first.
fn create_folders(folder: &Path) -> Result<Vec<PathBuf>, OutputError> {
    let missing: Vec<PathBuf> = folder
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
        .map(Path::to_path_buf)
        .collect();
    std::fs::create_dir_all(folder).map_err(|e| OutputError::Write {
        path: folder.to_path_buf(),
        reason: e.to_string(),
    })?;
    Ok(missing.into_iter().rev().collect())
}

/// Take back a scaffold half written: its files, then the folders made for it.
fn undo(written: &[&Path], created: &[PathBuf]) {
    // best effort: the write's own error is the one to report, and these paths were made by
    // this run a moment ago
    for path in written {
        let _ = std::fs::remove_file(path);
    }
    for folder in created.iter().rev() {
        let _ = std::fs::remove_dir(folder);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn names_are_checked_with_the_column_of_the_first_fault() {
        assert_eq!(
            parse_name("org/school_named2").unwrap(),
            ("org", "school_named2")
        );
        let reason = |name: &str| match parse_name(name) {
            Err(ScaffoldError::BadName { reason, .. }) => reason.to_string(),
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(reason("org"), "no `/` between AREA and slug");
        assert_eq!(
            reason("org/School"),
            "`S` at column 5 of the slug is not a lowercase ASCII letter, which must begin it"
        );
        assert_eq!(
            reason("org/bad-slug"),
            "`-` at column 8 of the slug is not a lowercase ASCII letter, digit or underscore"
        );
        assert_eq!(
            reason("o/r/g"),
            "`/` at column 4 of the slug is not a lowercase ASCII letter, digit or underscore"
        );
        assert_eq!(reason("/x"), "AREA is empty (column 1)");
        assert_eq!(reason("org/"), "the slug is empty (column 5)");
        assert!(reason("1org/x").contains("column 1 of AREA"));
        assert!(reason("org/in").contains("Rego keyword"));
        assert!(reason("lib/x").contains("helpers"));
        assert!(reason("org/x_test").contains("test module"));
        assert!(reason("org/testdata").contains("test module"));
    }
}
