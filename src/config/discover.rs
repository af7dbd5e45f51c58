//! Which files a run reads: the given paths, walked with `.gitignore` honoured (also outside
//! git), hidden folders and `target/` skipped, `.yaml`/`.yml` only, sorted by display path.
//!
//! A run stays inside what it was given. A symbolic link found while walking is followed only
//! when its target lies inside one of the given paths; one that leads out is an error naming
//! the link, never its target (a committed `x.yaml -> /proc/self/environ` would otherwise put a
//! CI secret in the output). A link named on the command line may not lead out of the working
//! directory when it lies in it (CI names paths in the checkout, which a pull request can turn
//! into links), nor elsewhere out of its own folder. FIFOs, devices and sockets are never opened:
//! one with a YAML name is an error, one named on the command line too. A file reached twice
//! (a link to a folder that is also walked) is read once.
//!
//! The settings file's `exclude` globs ([`Exclude`]) leave out more, on top of `.gitignore`:
//! what they match is neither walked nor read, only counted.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use ignore::gitignore::{Gitignore, GitignoreBuilder};

use crate::base::file_kind;
use crate::base::problem::{LoadError, Msg, P, Problem};
use crate::base::source::slashed;

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

const OUT_OF_ROOTS: P = P::CheckedFolders;

/// Files the walk leaves out besides `.gitignore`'s: the settings file's `exclude` globs, in
/// gitignore syntax, relative to the settings file's folder. Files outside that folder, and
/// files named on the command line, are never excluded. The default excludes nothing.
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    matcher: Option<Gitignore>,
}

impl Exclude {
    /// The globs, relative to `root` (absolute). `Err((i, reason))`: glob `i` is not valid.
    pub fn new<'a>(
        root: &Path,
        globs: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, (usize, String)> {
        let mut builder = GitignoreBuilder::new(root);
        let mut any = false;
        for (i, glob) in globs.into_iter().enumerate() {
            // a glob is compiled when the set is built: alone first, to know which one is bad
            let mut alone = GitignoreBuilder::new(root);
            alone.add_line(None, glob).map_err(|e| (i, e.to_string()))?;
            alone.build().map_err(|e| (i, e.to_string()))?;
            builder
                .add_line(None, glob)
                .map_err(|e| (i, e.to_string()))?;
            any = true;
        }
        if !any {
            return Ok(Self::default());
        }
        let matcher = builder.build().map_err(|e| (0, e.to_string()))?;
        Ok(Self {
            matcher: Some(matcher),
        })
    }

    /// Whether the absolute file `path` is left out: it, or a folder above it, matches. For
    /// what a walk never lists (an editor's buffer of a file not yet saved).
    pub fn leaves_out(&self, path: &Path) -> bool {
        // the matcher asserts that the path lies under its root
        self.matcher.as_ref().is_some_and(|m| {
            path.starts_with(m.path()) && m.matched_path_or_any_parents(path, false).is_ignore()
        })
    }

    /// Whether the absolute `path` is excluded (a folder: with all it holds).
    fn excludes(&self, path: &Path, is_dir: bool) -> bool {
        // `matched` would take a path outside the root as relative to it
        self.matcher
            .as_ref()
            .is_some_and(|m| path.starts_with(m.path()) && m.matched(path, is_dir).is_ignore())
    }
}

/// What a walk found.
#[derive(Debug, Default)]
pub struct Discovered {
    /// The files to read, sorted by display path.
    pub candidates: Vec<Candidate>,
    /// What could not be walked or may not be read.
    pub problems: Vec<Problem>,
    /// How many YAML files [`Exclude`] left out (those in an excluded folder included).
    pub excluded: usize,
}

/// What discovery found so far.
#[derive(Default)]
struct Found {
    candidates: Vec<Candidate>,
    problems: Vec<Problem>,
    excluded: usize,
    /// Links followed: the files under them may be reached without a link too.
    followed: Vec<PathBuf>,
    /// Any link at all: only then can one file have two paths.
    any_link: bool,
}

/// What the walker's filter learnt about the links of one root.
#[derive(Default)]
struct Links {
    /// Links that lead out of every root: not followed.
    outside: Vec<PathBuf>,
    /// Links to folders inside the roots that were followed.
    followed: Vec<PathBuf>,
    /// The canonical folders reached through a link, each walked once.
    walked: HashSet<PathBuf>,
    any: bool,
    /// YAML files left out by [`Exclude`].
    excluded: usize,
}

/// Walk `paths`. With one directory given, display paths are relative to it; otherwise they are
/// the paths as given, so that two roots cannot produce the same display path. What `exclude`
/// matches is left out and counted.
pub fn discover(paths: &[PathBuf], exclude: &Exclude) -> Discovered {
    let mut found = Found::default();
    let mut roots = Vec::new();
    for root in paths {
        match admit(root) {
            Ok(canonical) => roots.push((root, canonical)),
            Err(problem) => found.problems.push(problem),
        }
    }
    let single_root = paths.len() == 1 && roots.len() == 1 && roots[0].0.is_dir();
    let bounds: Arc<Vec<PathBuf>> = Arc::new(roots.iter().map(|(_, c)| c.clone()).collect());
    for (root, canonical) in &roots {
        let base = if single_root {
            root.as_path()
        } else {
            Path::new("")
        };
        match std::fs::metadata(root) {
            Ok(meta) if meta.is_dir() => {
                let root = (root.as_path(), canonical.as_path());
                walk(root, base, &bounds, exclude, &mut found);
            }
            Ok(meta) => found.named_file(root, base, &meta),
            Err(e) => found.problems.push(Problem::new(LoadError::Io {
                path: root.to_path_buf(),
                reason: Msg::io(&e),
            })),
        }
    }
    let mut candidates = found.candidates;
    if found.any_link || roots.len() > 1 {
        candidates = once_each(candidates, &found.followed);
    }
    candidates.sort_by(|a, b| a.display.cmp(&b.display));
    candidates.dedup_by(|a, b| a.display == b.display);
    Discovered {
        candidates,
        problems: found.problems,
        excluded: found.excluded,
    }
}

impl Found {
    /// A path named on the command line that is not a folder.
    fn named_file(&mut self, path: &Path, base: &Path, meta: &std::fs::Metadata) {
        let problem = if let Some(what) = file_kind::special(meta.file_type()) {
            LoadError::NotRegular {
                path: path.to_path_buf(),
                what,
            }
        } else if is_yaml(path) {
            self.candidates.push(Candidate {
                path: path.to_path_buf(),
                display: display(path, base),
                explicit: true,
            });
            return;
        } else {
            LoadError::NotYaml {
                path: path.to_path_buf(),
            }
        };
        self.problems.push(Problem::new(problem));
    }
}

/// Walk the folder `root` (as given, and canonical), following the links that stay inside
/// `bounds` (canonical), leaving out what `exclude` matches.
fn walk(
    (root, canonical): (&Path, &Path),
    base: &Path,
    bounds: &Arc<Vec<PathBuf>>,
    exclude: &Exclude,
    found: &mut Found,
) {
    let links = Arc::new(Mutex::new(Links::default()));
    let (seen, inside) = (Arc::clone(&links), Arc::clone(bounds));
    let (exclude, walked_root, canonical) =
        (exclude.clone(), root.to_path_buf(), canonical.to_path_buf());
    // Following links, the walker stats a link's target, and lists a linked folder, before this
    // filter sees it; neither reads a file. What the filter refuses is never read or walked.
    let walker = ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .require_git(false)
        .follow_links(true)
        .filter_entry(move |e| {
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            if e.depth() > 0 && is_dir && e.file_name() == "target" {
                return false;
            }
            if e.depth() > 0 && (is_dir || is_yaml(e.path())) {
                let relative = e.path().strip_prefix(&walked_root).unwrap_or(e.path());
                if exclude.excludes(&canonical.join(relative), is_dir) {
                    let n = if is_dir { yaml_files_in(e.path()) } else { 1 };
                    seen.lock().unwrap_or_else(PoisonError::into_inner).excluded += n;
                    return false;
                }
            }
            if !e.path_is_symlink() {
                return true;
            }
            let mut links = seen.lock().unwrap_or_else(PoisonError::into_inner);
            links.any = true;
            // an unresolvable link is reported by the walker
            let Ok(target) = std::fs::canonicalize(e.path()) else {
                return true;
            };
            if !inside.iter().any(|b| target.starts_with(b)) {
                // a link to a README outside cannot hide configuration
                if is_dir || is_yaml(e.path()) {
                    links.outside.push(e.path().to_path_buf());
                }
                return false;
            }
            if is_dir {
                // a second link to the same folder: its files are there already
                if !links.walked.insert(target) {
                    return false;
                }
                links.followed.push(e.path().to_path_buf());
            }
            true
        })
        .build();
    for entry in walker {
        match entry {
            Ok(e) => {
                let p = e.path();
                let Some(ft) = e.file_type() else { continue };
                if ft.is_file() && is_yaml(p) {
                    if e.path_is_symlink() {
                        found.followed.push(p.to_path_buf());
                    }
                    found.candidates.push(Candidate {
                        path: p.to_path_buf(),
                        display: display(p, base),
                        explicit: false,
                    });
                } else if let Some(what) = file_kind::special(ft).filter(|_| is_yaml(p)) {
                    found.problems.push(Problem::new(LoadError::NotRegular {
                        path: display(p, base).into(),
                        what,
                    }));
                }
            }
            Err(err) => {
                let path = err_path(&err).unwrap_or_else(|| root.to_path_buf());
                // a link out that could not even be listed is still a link out
                let problem = if std::fs::canonicalize(&path)
                    .is_ok_and(|t| !bounds.iter().any(|b| t.starts_with(b)))
                {
                    LoadError::LinkOutside {
                        path: display(&path, base).into(),
                        boundary: OUT_OF_ROOTS,
                    }
                } else if is_dangling(&path) {
                    // a dead link to a README or an image cannot hide configuration
                    if path.extension().is_some() && !is_yaml(&path) {
                        continue;
                    }
                    LoadError::Io {
                        path: display(&path, base).into(),
                        reason: P::DanglingLink.msg(),
                    }
                } else {
                    // shown like every other file: relative to the root that was checked
                    LoadError::Io {
                        path: display(&path, base).into(),
                        reason: err_reason(&err, base),
                    }
                };
                found.problems.push(Problem::new(problem));
            }
        }
    }
    let links = std::mem::take(&mut *links.lock().unwrap_or_else(PoisonError::into_inner));
    found.problems.extend(links.outside.iter().map(|link| {
        Problem::new(LoadError::LinkOutside {
            path: display(link, base).into(),
            boundary: OUT_OF_ROOTS,
        })
    }));
    found.followed.extend(links.followed);
    found.any_link |= links.any;
    found.excluded += links.excluded;
}

/// How many YAML files a walk would have found in the excluded folder `dir`: listed, never read,
/// no link followed.
fn yaml_files_in(dir: &Path) -> usize {
    ignore::WalkBuilder::new(dir)
        .hidden(true)
        .git_ignore(true)
        .git_global(false)
        .require_git(false)
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()) && is_yaml(e.path()))
        .count()
}

/// One candidate per file, however many paths lead to it: the one reached without a link if
/// there is one, else the first by display path. Named on the command line if any was.
fn once_each(found: Vec<Candidate>, followed: &[PathBuf]) -> Vec<Candidate> {
    let mut keyed: Vec<(PathBuf, bool, Candidate)> = found
        .into_iter()
        .map(|c| {
            let canonical = std::fs::canonicalize(&c.path).unwrap_or_else(|_| c.path.clone());
            let via_link = followed.iter().any(|l| c.path.starts_with(l));
            (canonical, via_link, c)
        })
        .collect();
    keyed.sort_by(|a, b| (&a.0, a.1, &a.2.display).cmp(&(&b.0, b.1, &b.2.display)));
    let mut out: Vec<(PathBuf, Candidate)> = Vec::with_capacity(keyed.len());
    for (canonical, _, c) in keyed {
        match out.last_mut() {
            Some((last, kept)) if *last == canonical => kept.explicit |= c.explicit,
            _ => out.push((canonical, c)),
        }
    }
    out.into_iter().map(|(_, c)| c).collect()
}

/// Whether a path named on the command line may be read, and if so its canonical form, which
/// bounds the links found under it. Inside the working directory (the checkout, in CI) it must
/// resolve inside it; elsewhere a named link must resolve inside its own folder. The user chose
/// the path, but not what a pull request may have turned it into.
fn admit(root: &Path) -> Result<PathBuf, Problem> {
    let own = std::fs::symlink_metadata(root)
        .map_err(|_| Problem::new(LoadError::NotFound { path: root.into() }))?;
    let canonical = std::fs::canonicalize(root).map_err(|e| {
        Problem::new(LoadError::Io {
            path: root.into(),
            reason: if own.file_type().is_symlink() && std::fs::metadata(root).is_err() {
                P::DanglingLink.msg()
            } else {
                Msg::io(&e)
            },
        })
    })?;
    let cwd = std::env::current_dir().ok();
    let (bound, boundary) = match &cwd {
        Some(cwd) if lexically_under(root, cwd) => (Some(cwd.clone()), P::WorkingDirectory),
        _ if own.file_type().is_symlink() => {
            let folder = root
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            (Some(folder.to_path_buf()), P::OwnFolder)
        }
        _ => (None, P::CheckedFolders),
    };
    if let Some(bound) = bound {
        let bound = std::fs::canonicalize(&bound).unwrap_or(bound);
        if !canonical.starts_with(&bound) {
            return Err(Problem::new(LoadError::LinkOutside {
                path: root.into(),
                boundary,
            }));
        }
    }
    Ok(canonical)
}

/// Whether `path` names something inside `cwd` before any link is resolved: `.` and `..` taken
/// as written.
fn lexically_under(path: &Path, cwd: &Path) -> bool {
    let joined = cwd.join(path);
    let mut parts: Vec<Component> = Vec::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.iter().collect::<PathBuf>().starts_with(cwd)
}

/// A symbolic link whose target does not exist.
fn is_dangling(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err()
}

fn display(path: &Path, base: &Path) -> String {
    match slashed(path.strip_prefix(base).unwrap_or(path)) {
        // the root itself (a link loop back to it) is named by its own path
        s if s == "." => slashed(path),
        s => s,
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

fn err_reason(err: &ignore::Error, base: &Path) -> Msg {
    match err {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => err_reason(err, base),
        ignore::Error::Loop { ancestor, .. } => {
            P::LinkLoop.msg().arg("path", display(ancestor, base))
        }
        ignore::Error::Io(e) => {
            // walkdir repeats the path ("IO error for operation on PATH: reason"); keep the reason
            let text = e.to_string();
            let text = match text.strip_prefix("IO error for operation on ") {
                Some(rest) => rest
                    .rsplit_once(": ")
                    .map_or(text.clone(), |(_, r)| r.to_owned()),
                None => text,
            };
            Msg::io_as(e.kind(), text)
        }
        other => Msg::os(other),
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
        return slashed(below);
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
    slashed(rel)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    /// A walk that excludes nothing.
    fn discover(paths: &[PathBuf]) -> (Vec<Candidate>, Vec<Problem>) {
        let found = super::discover(paths, &Exclude::default());
        (found.candidates, found.problems)
    }

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

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_root_are_named_and_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let (root, outside) = (dir.path().join("root"), dir.path().join("outside"));
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(outside.join("x.yaml"), "x: 1\n").unwrap();
        std::fs::write(outside.join("notes.md"), "hi").unwrap();
        std::os::unix::fs::symlink(&outside, root.join("folder")).unwrap();
        std::os::unix::fs::symlink(outside.join("x.yaml"), root.join("file.yaml")).unwrap();
        // a link to a README outside could not hide configuration: left alone
        std::os::unix::fs::symlink(outside.join("notes.md"), root.join("notes.md")).unwrap();
        let (found, problems) = discover(std::slice::from_ref(&root));
        assert!(found.is_empty(), "{found:?}");
        let mut shown: Vec<String> = problems.iter().map(|p| p.error.to_string()).collect();
        shown.sort();
        assert_eq!(
            shown,
            [
                "file.yaml is a symbolic link to outside the checked folders; not followed",
                "folder is a symbolic link to outside the checked folders; not followed",
            ]
        );
        // named too, the folder outside is checked, and the links into it are followed
        let (found, problems) = discover(&[root, outside]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(found.len(), 1, "one file, however many paths lead to it");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_reached_through_links_is_found_once_by_its_own_path() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("real")).unwrap();
        std::fs::write(root.join("real/a.yaml"), "x: 1\n").unwrap();
        std::os::unix::fs::symlink("real", root.join("alias")).unwrap();
        std::os::unix::fs::symlink("real", root.join("another")).unwrap();
        std::os::unix::fs::symlink("real/a.yaml", root.join("b.yaml")).unwrap();
        let (found, problems) = discover(&[root.to_path_buf()]);
        assert!(problems.is_empty(), "{problems:?}");
        let shown: Vec<&str> = found.iter().map(|c| c.display.as_str()).collect();
        assert_eq!(shown, ["real/a.yaml"]);
    }

    #[test]
    fn a_path_is_under_the_working_directory_as_written() {
        let cwd = Path::new("/work/repo");
        for inside in [".", "config", "./a/../b", "/work/repo/x.yaml"] {
            assert!(lexically_under(Path::new(inside), cwd), "{inside}");
        }
        for outside in ["..", "../other", "a/../../x", "/etc"] {
            assert!(!lexically_under(Path::new(outside), cwd), "{outside}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_named_link_outside_the_working_directory_stays_in_its_own_folder() {
        let dir = tempfile::tempdir().unwrap();
        let (here, there) = (dir.path().join("here"), dir.path().join("there"));
        std::fs::create_dir_all(here.join("sub")).unwrap();
        std::fs::create_dir_all(&there).unwrap();
        std::fs::write(here.join("sub/a.yaml"), "x: 1\n").unwrap();
        std::fs::write(there.join("b.yaml"), "x: 1\n").unwrap();
        std::os::unix::fs::symlink("sub/a.yaml", here.join("in.yaml")).unwrap();
        std::os::unix::fs::symlink("../there/b.yaml", here.join("out.yaml")).unwrap();
        let (found, problems) = discover(&[here.join("in.yaml"), here.join("out.yaml")]);
        assert_eq!(found.len(), 1);
        let shown: Vec<String> = problems.iter().map(|p| p.error.to_string()).collect();
        assert_eq!(
            shown,
            [format!(
                "{} is a symbolic link to outside its own folder; not followed",
                here.join("out.yaml").display()
            )]
        );
    }

    #[test]
    fn excluded_files_are_left_out_unread_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        for f in [
            "a.yaml",
            "archive/old.yaml",
            "archive/deep/older.yml",
            "drafts/x.yaml",
        ] {
            let path = root.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x: 1\n").unwrap();
        }
        // a link the walk would report as leading out: excluded, it is not even looked at
        #[cfg(unix)]
        std::os::unix::fs::symlink("/etc/hostname", root.join("archive/out.yaml")).unwrap();
        let exclude = Exclude::new(&root, ["archive/", "drafts/*.yaml"]).unwrap();
        let found = super::discover(std::slice::from_ref(&root), &exclude);
        let shown: Vec<&str> = found
            .candidates
            .iter()
            .map(|c| c.display.as_str())
            .collect();
        assert_eq!(shown, ["a.yaml"]);
        assert!(found.problems.is_empty(), "{:?}", found.problems);
        // the link is not counted: the walk would not have read it either
        assert_eq!(found.excluded, 3);
        // a file inside an excluded folder, as an editor names it
        assert!(exclude.leaves_out(&root.join("archive/deep/new.yaml")));
        assert!(exclude.leaves_out(&root.join("drafts/new.yaml")));
        assert!(!exclude.leaves_out(&root.join("drafts/sub/new.yaml")));
        assert!(!exclude.leaves_out(Path::new("/elsewhere/archive/x.yaml")));
        // anchored globs are relative to the settings file's folder, not the folder checked
        let exclude = Exclude::new(root.parent().unwrap(), ["/archive/"]).unwrap();
        let found = super::discover(std::slice::from_ref(&root), &exclude);
        assert_eq!(
            found.excluded, 0,
            "`/archive/` names a folder beside the root"
        );
        let nested = format!("/{}/archive/", root.file_name().unwrap().to_string_lossy());
        let exclude = Exclude::new(root.parent().unwrap(), [nested.as_str()]).unwrap();
        assert_eq!(
            super::discover(std::slice::from_ref(&root), &exclude)
                .candidates
                .len(),
            2
        );
    }
}
