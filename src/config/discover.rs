//! Which files a run reads: the given paths, walked with `.gitignore` honoured (also outside
//! git), hidden folders and `target/` skipped, `.yaml`/`.yml` only, sorted by display path.

use std::path::{Path, PathBuf};

use crate::base::problem::{LoadError, Problem};

/// A file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The path to open.
    pub path: PathBuf,
    /// The path shown to users, relative to the scan root.
    pub display: String,
    /// Named on the command line (then it must hold provkoll documents).
    pub explicit: bool,
}

/// True for `.yaml` and `.yml`.
pub fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// Walk `paths`. With one directory given, display paths are relative to it; otherwise they are
/// the paths as given, so that two roots cannot produce the same display path.
pub fn discover(paths: &[PathBuf]) -> (Vec<Candidate>, Vec<Problem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let single_root = paths.len() == 1 && paths[0].is_dir();
    for root in paths {
        let base = if single_root {
            root.as_path()
        } else {
            Path::new("")
        };
        if !root.exists() {
            let problem = match std::fs::symlink_metadata(root) {
                Ok(_) => Problem::new(LoadError::Io {
                    path: root.clone(),
                    reason: "dangling symbolic link".into(),
                }),
                Err(_) => Problem::new(LoadError::NotFound { path: root.clone() }),
            };
            problems.push(problem);
            continue;
        }
        if root.is_file() {
            if is_yaml(root) {
                found.push(Candidate {
                    path: root.clone(),
                    display: display(root, base),
                    explicit: true,
                });
            } else {
                problems.push(Problem::new(LoadError::NotYaml { path: root.clone() }));
            }
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .hidden(true)
            .git_ignore(true)
            .git_global(false)
            .git_exclude(true)
            .require_git(false)
            .follow_links(true)
            .filter_entry(|e| {
                !(e.depth() > 0
                    && e.file_type().is_some_and(|t| t.is_dir())
                    && e.file_name() == "target")
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let p = e.path();
                    if e.file_type().is_some_and(|t| t.is_file()) && is_yaml(p) {
                        found.push(Candidate {
                            path: p.to_path_buf(),
                            display: display(p, base),
                            explicit: false,
                        });
                    } else if e.file_type().is_none() && is_yaml(p) {
                        problems.push(Problem::new(LoadError::Io {
                            path: display(p, base).into(),
                            reason: "not a regular file".into(),
                        }));
                    }
                }
                Err(err) => {
                    let path = err_path(&err).unwrap_or_else(|| root.clone());
                    let reason = if is_dangling(&path) {
                        // a dead link to a README or an image cannot hide configuration
                        if path.extension().is_some() && !is_yaml(&path) {
                            continue;
                        }
                        "dangling symbolic link".to_owned()
                    } else {
                        err_reason(&err, base)
                    };
                    // shown like every other file: relative to the root that was checked
                    problems.push(Problem::new(LoadError::Io {
                        path: display(&path, base).into(),
                        reason,
                    }));
                }
            }
        }
    }
    found.sort_by(|a, b| a.display.cmp(&b.display));
    found.dedup_by(|a, b| a.display == b.display);
    (found, problems)
}

/// A symbolic link whose target does not exist.
fn is_dangling(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err()
}

fn display(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let rel = rel.strip_prefix(".").unwrap_or(rel);
    let s = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    if s.is_empty() {
        path.to_string_lossy().into_owned()
    } else {
        s
    }
}

fn err_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            err_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

fn err_reason(err: &ignore::Error, base: &Path) -> String {
    match err {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => err_reason(err, base),
        ignore::Error::Loop { ancestor, .. } => {
            format!("symbolic link loop back to {}", display(ancestor, base))
        }
        ignore::Error::Io(e) => {
            // walkdir repeats the path ("IO error for operation on PATH: reason"); keep the reason
            let text = e.to_string();
            match text.strip_prefix("IO error for operation on ") {
                Some(rest) => rest
                    .rsplit_once(": ")
                    .map_or(text.clone(), |(_, r)| r.to_owned()),
                None => text,
            }
        }
        other => other.to_string(),
    }
}

/// The nearest folder above `paths` whose own YAML files hold an Organiser document, for the
/// hint when a check finds none (the usual cause: the command was run in a subfolder). Only
/// each folder's own files are read, at most 1 MiB each, so the search stays cheap.
pub fn nearest_organiser(paths: &[PathBuf]) -> Option<PathBuf> {
    let start = paths.first()?;
    let start = std::fs::canonicalize(start).ok()?;
    let start = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    start
        .ancestors()
        .skip(1)
        .take(16)
        .find(|dir| holds_organiser(dir))
        .map(Path::to_path_buf)
}

fn holds_organiser(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let path = e.path();
        is_yaml(&path)
            && e.metadata()
                .is_ok_and(|m| m.is_file() && m.len() <= 1 << 20)
            && std::fs::read_to_string(&path).is_ok_and(|text| {
                text.contains("provkoll/")
                    && text.lines().any(|l| {
                        l.split('#').next().is_some_and(|l| {
                            let l = l.trim();
                            l == "kind: Organiser" || l == "kind: \"Organiser\""
                        })
                    })
            })
    })
}

/// `dir` as a person at `cwd` would type it: relative when it is above or below `cwd`.
pub fn shown_from(dir: &Path, cwd: &Path) -> String {
    if let Ok(below) = dir.strip_prefix(cwd) {
        let s = below.to_string_lossy().replace('\\', "/");
        return if s.is_empty() { ".".into() } else { s };
    }
    if let Ok(up) = cwd.strip_prefix(dir) {
        let n = up.components().count();
        return vec![".."; n].join("/");
    }
    dir.display().to_string()
}

/// A path as the formats a CI resolves from the repository's root want it: relative to the
/// working directory when it lies under it, `/`-separated, without a leading `./`.
pub fn from_cwd(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = match (path.is_absolute(), &cwd) {
        (true, Some(cwd)) => path.strip_prefix(cwd).unwrap_or(path),
        _ => path,
    };
    let s = rel.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_owned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn walks_yaml_only_sorted_and_skips_hidden_target_and_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "b.yaml",
            "a/c.yml",
            "a/readme.md",
            ".github/ci.yaml",
            "target/x.yaml",
            "skip/me.yaml",
        ] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x: 1\n").unwrap();
        }
        std::fs::write(root.join(".gitignore"), "skip/\n").unwrap();
        let (found, problems) = discover(&[root.to_path_buf()]);
        assert!(problems.is_empty());
        let shown: Vec<&str> = found.iter().map(|c| c.display.as_str()).collect();
        assert_eq!(shown, ["a/c.yml", "b.yaml"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_to_a_subfolder_names_it_relative_to_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::os::unix::fs::symlink("..", root.join("a/b/up")).unwrap();
        let (_, problems) = discover(&[root.to_path_buf()]);
        let shown: Vec<String> = problems.iter().map(|p| p.error.to_string()).collect();
        assert_eq!(shown, ["cannot read a/b/up: symbolic link loop back to a"]);
    }

    #[test]
    fn reports_missing_and_non_yaml_paths() {
        let dir = tempfile::tempdir().unwrap();
        let txt = dir.path().join("notes.txt");
        std::fs::write(&txt, "hi").unwrap();
        let (found, problems) = discover(&[dir.path().join("nope"), txt]);
        assert!(found.is_empty());
        let kinds: Vec<String> = problems.iter().map(|p| p.error.kind()).collect();
        assert_eq!(kinds, ["not_found", "not_yaml"]);
    }

    #[cfg(unix)]
    #[test]
    fn dangling_links_and_loops_are_problems_but_a_dead_link_to_a_readme_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a.yaml"), "x: 1\n").unwrap();
        std::os::unix::fs::symlink("gone.yaml", root.join("dead.yaml")).unwrap();
        std::os::unix::fs::symlink("gone.md", root.join("dead.md")).unwrap();
        std::fs::create_dir(root.join("sub")).unwrap();
        std::os::unix::fs::symlink("..", root.join("sub/up")).unwrap();
        let (found, problems) = discover(&[root.to_path_buf()]);
        assert_eq!(found.len(), 1);
        let mut shown: Vec<String> = problems.iter().map(|p| p.error.to_string()).collect();
        shown.sort();
        assert_eq!(
            shown,
            [
                "cannot read dead.yaml: dangling symbolic link".to_owned(),
                format!(
                    "cannot read sub/up: symbolic link loop back to {}",
                    root.display()
                ),
            ]
        );
    }
}
