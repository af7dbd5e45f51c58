//! The user's files → typed documents: which files, their bytes within the size limit, YAML with
//! a span for every node, and every document checked against the format.
//!
//! Each stage collects its problems and goes on: a broken file becomes a located problem and
//! every other file is still read.

pub mod body;
pub mod discover;
pub mod init;
pub mod model;
pub mod read;
pub mod registry;
pub mod schema;
pub mod settings;
pub mod span_index;
pub mod validate;
pub mod yaml;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use self::discover::Candidate;
use self::model::{Kind, ModelDoc};
use self::read::Content;
use self::yaml::Limits;
use crate::base::path::PathSeg;
use crate::base::problem::{LoadError, P, Problem, SchemaError, StageError};
use crate::base::progress::{Progress, Step};
use crate::base::source::{FileId, SourceFile, Sources, Span};

/// Default `--max-file-size`: far above any real configuration file.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// Default `--max-total-size`: room for six files at [`DEFAULT_MAX_FILE_SIZE`], and over seven
/// times the generated repo of 10,000 schools (8.5 MB, twice the schools of Sweden). A check
/// takes about 25 times the YAML it reads in memory, so this bounds it near 1.6 GB, within what
/// a hosted CI runner has.
pub const DEFAULT_MAX_TOTAL_SIZE: u64 = 64 * 1024 * 1024;

/// How much may be read: per file, and all files of a run together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeLimits {
    /// `--max-file-size`.
    pub per_file: u64,
    /// `--max-total-size`.
    pub total: u64,
}

impl Default for SizeLimits {
    fn default() -> Self {
        Self {
            per_file: DEFAULT_MAX_FILE_SIZE,
            total: DEFAULT_MAX_TOTAL_SIZE,
        }
    }
}

/// One file to check, as read (or not) from disk, or given in memory by a fuzzer or an editor.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub candidate: Candidate,
    /// Shared: the language server keeps what it read from disk and hands it to every check.
    pub content: Result<Content, LoadError>,
}

/// What [`read`] gave: the files in discovery order, the problems of discovery, and how many
/// YAML files the settings' `exclude` left out.
#[derive(Debug, Clone, Default)]
pub struct Read {
    pub files: Vec<InputFile>,
    pub problems: Vec<Problem>,
    pub excluded: usize,
}

/// Discover the files under `paths` (leaving out what `exclude` matches) and read them, in parallel (with thousands of small files,
/// waiting on each in turn dominated), in discovery order; with the problems of discovery.
///
/// The files that fit in the total budget are chosen first, in discovery order, from their
/// sizes on disk: from the first that does not fit on, none is read. So the same files are
/// read whatever the thread count, and what a run could not see is always the end of the list.
pub fn read(paths: &[PathBuf], limits: SizeLimits, exclude: &discover::Exclude) -> Read {
    let discover::Discovered {
        candidates,
        problems,
        excluded,
    } = discover::discover(paths, exclude);
    let sizes: Vec<u64> = candidates
        .par_iter()
        .map(|c| std::fs::metadata(&c.path).map_or(0, |m| m.len()))
        .collect();
    let mut planned = Some(0u64);
    let fits: Vec<bool> = sizes
        .into_iter()
        .map(|size| {
            // a file over the per-file limit is refused unread: it takes nothing
            let size = if size > limits.per_file { 0 } else { size };
            planned = planned
                .and_then(|p| p.checked_add(size))
                .filter(|&p| p <= limits.total);
            planned.is_some()
        })
        .collect();
    let budget = read::Budget::new(limits.total);
    let files = candidates
        .into_par_iter()
        .zip(fits)
        .map(|(candidate, fits)| {
            let content = if fits {
                read::read_charged(&candidate.path, limits.per_file, &budget)
            } else {
                Err(LoadError::OverBudget { max: limits.total })
            };
            InputFile { candidate, content }
        })
        .collect();
    Read {
        files,
        problems,
        excluded,
    }
}

/// What loading a set of files gave.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every file read, in discovery order: file `i` is `FileId(i)`.
    pub sources: Sources,
    /// The files that held provkoll documents (or were meant to).
    pub checked: Vec<FileId>,
    /// YAML files without any provkoll document, skipped.
    pub skipped: Vec<FileId>,
    /// The documents that passed the format, in file order, then document order.
    pub docs: Vec<ModelDoc>,
    /// What kept files or documents from loading.
    pub problems: Vec<Problem>,
    /// The documents the rules will not see because of those problems.
    pub unloaded: Vec<Unloaded>,
}

/// Load `files` (each on its own, in parallel; merged in the given order, so file ids,
/// documents and problems come out the same whatever the thread count), then check how many
/// documents of each kind there are. `problems` are those found before, while gathering them.
pub fn load(
    files: Vec<InputFile>,
    problems: Vec<Problem>,
    limits: Limits,
    progress: Option<&Progress>,
) -> Loaded {
    load_with(files, problems, limits, progress, None)
}

/// [`load`], taking from `cache` each file whose bytes and place in the run are those of the
/// last run, and leaving in it what this run loaded.
pub fn load_reusing(
    files: Vec<InputFile>,
    problems: Vec<Problem>,
    limits: Limits,
    progress: Option<&Progress>,
    cache: &mut LoadCache,
) -> Loaded {
    load_with(files, problems, limits, progress, Some(cache))
}

/// What loading each file gave, kept for the next run over the same files: the language server
/// checks the whole workspace after every edit, and a file whose bytes and place in the run
/// did not change need not be parsed again. A file is known by its content, which is the
/// loaded file's own text, so the cache costs the memory of what was loaded only.
#[derive(Debug, Default)]
pub struct LoadCache {
    files: HashMap<PathBuf, Kept>,
    limits: Option<Limits>,
    reused: usize,
}

impl LoadCache {
    /// How many files the last run took from the cache.
    pub fn reused(&self) -> usize {
        self.reused
    }
}

#[derive(Debug)]
struct Kept {
    key: FileKey,
    load: FileLoad,
}

/// What a file's load depends on besides the limits: its id (in every span and problem),
/// whether it was named on its own, and its content. The content is shared with the loaded
/// file's text, so keeping it costs nothing, and a file the caller did not read again (the
/// language server's, between saves) is known unchanged by its address alone.
#[derive(Debug, Clone)]
struct FileKey {
    id: usize,
    explicit: bool,
    content: Content,
}

impl FileKey {
    fn of(id: usize, file: &InputFile) -> Option<Self> {
        Some(Self {
            id,
            explicit: file.candidate.explicit,
            content: file.content.as_ref().ok()?.clone(),
        })
    }
}

impl PartialEq for FileKey {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.content, &other.content) {
            (Content::Text(a), Content::Text(b)) => Arc::ptr_eq(a, b) || a == b,
            (Content::Bytes(a), Content::Bytes(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => false,
        };
        self.id == other.id && self.explicit == other.explicit && same
    }
}

fn load_with(
    files: Vec<InputFile>,
    problems: Vec<Problem>,
    limits: Limits,
    progress: Option<&Progress>,
    mut cache: Option<&mut LoadCache>,
) -> Loaded {
    if let Some(c) = cache.as_deref_mut().filter(|c| c.limits != Some(limits)) {
        c.files.clear();
        c.limits = Some(limits);
    }
    let kept = cache.as_deref().map(|c| &c.files);
    let total = files.len();
    let done = AtomicUsize::new(0);
    let per_file: Vec<(PathBuf, Option<FileKey>, FileLoad)> = files
        .into_par_iter()
        .enumerate()
        .map(|(i, file)| {
            let path = file.candidate.path.clone();
            let key = kept.and_then(|_| FileKey::of(i, &file));
            let reused = kept
                .and_then(|k| k.get(&path))
                .filter(|k| Some(&k.key) == key.as_ref())
                .map(|k| k.load.clone());
            let loaded = reused.unwrap_or_else(|| load_file(FileId(i), file, limits));
            if let Some(p) = progress {
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                p.step(Step::FileLoaded { done, total });
            }
            (path, key, loaded)
        })
        .collect();
    if let Some(c) = cache {
        // what was reused stays as it is; only what was loaded anew is copied in
        let mut old = std::mem::take(&mut c.files);
        c.reused = 0;
        c.files = per_file
            .iter()
            .filter_map(|(path, key, load)| {
                let key = key.clone()?;
                let kept = match old.remove(path) {
                    Some(k) if k.key == key => {
                        c.reused += 1;
                        k
                    }
                    _ => Kept {
                        key,
                        load: load.clone(),
                    },
                };
                Some((path.clone(), kept))
            })
            .collect();
    }
    let per_file = per_file.into_iter().map(|(_, _, load)| load);
    let mut out = Loaded {
        problems,
        ..Loaded::default()
    };
    for mut file in per_file {
        let id = out.sources.add(file.source);
        if file.checked {
            out.checked.push(id);
        } else {
            out.skipped.push(id);
        }
        out.problems.append(&mut file.problems);
        out.docs.append(&mut file.docs);
        out.unloaded.append(&mut file.unloaded);
    }
    // A "missing" Organiser may just be in a file or document that did not load: its absence is
    // reported only when nothing that could hold one failed.
    let could_hold = |kind: Kind| {
        out.unloaded
            .iter()
            .any(|u| u.kind.is_none_or(|k| k == kind))
    };
    let missing: Vec<Problem> = schema::check_cardinality(&out.docs)
        .into_iter()
        .filter(|p| match &p.error {
            StageError::Schema(SchemaError::MissingDocument(name)) => {
                !Kind::from_name(name).is_some_and(could_hold)
            }
            _ => true,
        })
        .collect();
    out.problems.extend(missing);
    out.problems.extend(schema::check_unique_ids(&out.docs));
    out
}

/// One file decoded, loaded and checked on its own.
#[derive(Debug, Clone)]
struct FileLoad {
    source: SourceFile,
    /// False for a YAML file skipped for holding no provkoll document.
    checked: bool,
    problems: Vec<Problem>,
    docs: Vec<ModelDoc>,
    unloaded: Vec<Unloaded>,
}

impl FileLoad {
    /// A file none of whose content could be read: what it held is unknown.
    fn failed(source: SourceFile, problem: Problem) -> Self {
        Self {
            source,
            checked: true,
            problems: vec![problem],
            docs: Vec::new(),
            unloaded: vec![Unloaded::unknown()],
        }
    }
}

/// A document the rules will not see although it was (or may have been) meant for them: a rule
/// cannot judge the absence of what it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unloaded {
    /// Its kind; absent when nothing of the file could be read.
    pub kind: Option<Kind>,
    /// Its id (`id`, or `org_nr` for a LegalEntity), when it has one.
    pub id: Option<String>,
}

impl Unloaded {
    fn unknown() -> Self {
        Self {
            kind: None,
            id: None,
        }
    }

    fn of(kind: Option<Kind>, doc: &yaml::Document) -> Self {
        let key = match kind {
            Some(Kind::LegalEntity) => "org_nr",
            _ => "id",
        };
        // an unquoted org nr is a number: its digits still name the entity
        let id = match doc.value.get(key) {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        Self { kind, id }
    }
}

/// Decode, load and check one file, which will be file `id` of the run.
fn load_file(id: FileId, file: InputFile, limits: Limits) -> FileLoad {
    let InputFile {
        candidate: cand,
        content,
    } = file;
    let from_cwd = discover::from_cwd(&cand.path);
    let source = |text: Arc<str>| {
        let mut src = SourceFile::new(cand.path.clone(), cand.display.clone(), text);
        src.from_cwd.clone_from(&from_cwd);
        src
    };
    let bytes = match content {
        Ok(Content::Text(text)) => Ok(text),
        Ok(Content::Bytes(b)) => Err(b),
        Err(e) => return FileLoad::failed(source("".into()), Problem::in_file(e, id)),
    };
    let decoded = bytes.or_else(|b| read::decode(&b).map(Arc::from).map_err(|e| (e, b)));
    let text = match decoded {
        Ok(text) => text,
        Err((e, bytes)) => {
            let src = source(read::valid_prefix(&bytes).into());
            // the valid text ends where the first bad byte is
            let at = Span::point(src.pos_of_byte(src.text.len()));
            let problem = match &e {
                LoadError::Encoding => Problem::at(e, id, at).with_label(P::FirstNonUtf8),
                LoadError::Binary => Problem::at(e, id, at).with_label(P::FirstNul),
                _ => Problem::at(e, id, at),
            };
            return FileLoad::failed(src, problem);
        }
    };
    let src = source(text);
    let documents = match yaml::load_documents(id, &src, limits) {
        Ok(d) => d,
        Err(p) => return FileLoad::failed(src, p),
    };
    let mut ours = Vec::new();
    let mut problems = Vec::new();
    let mut unloaded = Vec::new();
    let mut strays = Vec::new();
    for doc in documents.into_iter().filter(|d| !d.value.is_null()) {
        match classify(&doc) {
            Shape::Ours => ours.push(doc),
            // A provkoll document that lost its apiVersion would otherwise be skipped as a
            // foreign file, and what it holds would escape every rule.
            Shape::KindWithoutApiVersion(kind) => {
                let at = if doc.str_field("apiVersion").is_some() {
                    doc.field_span("apiVersion")
                } else {
                    doc.field_span("kind")
                };
                unloaded.push(Unloaded::of(Some(kind), &doc));
                problems.push(Problem::at(
                    LoadError::MissingApiVersion {
                        kind: kind.name().to_owned(),
                    },
                    id,
                    at,
                ));
            }
            Shape::ListOfDocuments => {
                unloaded.push(Unloaded::unknown());
                problems.push(Problem::at(
                    LoadError::DocumentsInAList,
                    id,
                    doc.key_span(&[PathSeg::Index(0)]),
                ));
            }
            Shape::Foreign => strays.push(doc),
        }
    }
    if ours.is_empty() && problems.is_empty() {
        if cand.explicit {
            return FileLoad::failed(src, Problem::in_file(LoadError::NoDocuments, id));
        }
        return FileLoad {
            source: src,
            checked: false,
            problems: Vec::new(),
            docs: Vec::new(),
            unloaded: Vec::new(),
        };
    }
    problems.extend(strays.iter().map(|stray| {
        Problem::at(
            LoadError::StrayDocument(stray.index + 1),
            id,
            stray.root_span(),
        )
    }));
    let mut docs = Vec::new();
    for doc in ours {
        let kind = doc.str_field("kind").and_then(Kind::from_name);
        let failed = Unloaded::of(kind, &doc);
        match doc.str_field("apiVersion") {
            Some("provkoll/v1") => match schema::check_document(doc, &src) {
                Ok(d) => docs.push(d),
                Err(mut ps) => {
                    problems.append(&mut ps);
                    unloaded.push(failed);
                }
            },
            // `classify` calls a document ours only when its apiVersion starts with `provkoll/`
            other => {
                problems.push(Problem::at(
                    LoadError::UnknownApiVersion(other.unwrap_or_default().to_owned()),
                    id,
                    doc.field_span("apiVersion"),
                ));
                unloaded.push(failed);
            }
        }
    }
    FileLoad {
        source: src,
        checked: true,
        problems,
        docs,
        unloaded,
    }
}

/// What a YAML document of a file is, as far as provkoll is concerned.
enum Shape {
    /// `apiVersion: provkoll/…`.
    Ours,
    /// A mapping with a provkoll `kind` but another or no `apiVersion`.
    KindWithoutApiVersion(Kind),
    /// A list whose items look like provkoll documents.
    ListOfDocuments,
    /// Anything else (a CI workflow, say).
    Foreign,
}

fn classify(doc: &yaml::Document) -> Shape {
    let looks_ours = |v: &serde_json::Value| {
        v.get("apiVersion")
            .and_then(serde_json::Value::as_str)
            .is_some_and(|a| a.starts_with("provkoll/"))
            || v.get("kind")
                .and_then(serde_json::Value::as_str)
                .and_then(Kind::from_name)
                .is_some()
    };
    if doc
        .str_field("apiVersion")
        .is_some_and(|v| v.starts_with("provkoll/"))
    {
        return Shape::Ours;
    }
    if let Some(kind) = doc.str_field("kind").and_then(Kind::from_name) {
        return Shape::KindWithoutApiVersion(kind);
    }
    match doc.value.as_array() {
        Some(items) if items.iter().any(looks_ours) => Shape::ListOfDocuments,
        _ => Shape::Foreign,
    }
}
