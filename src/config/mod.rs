//! The user's files → typed documents: which files, their bytes within the size limit, YAML with
//! a span for every node, and every document checked against the format.
//!
//! Each stage collects its problems and goes on: a broken file becomes a located problem and
//! every other file is still read.

pub mod discover;
pub mod init;
pub mod model;
pub mod read;
pub mod schema;
pub mod span_index;
pub mod yaml;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use self::discover::Candidate;
use self::model::ModelDoc;
use self::yaml::Limits;
use crate::base::problem::{LoadError, Problem};
use crate::base::progress::{Progress, Step};
use crate::base::source::{FileId, SourceFile, Sources, Span};

/// Default `--max-file-size`: far above any real configuration file.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// One file to check, as read (or not) from disk, or given in memory by a fuzzer or an editor.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub candidate: Candidate,
    pub bytes: Result<Vec<u8>, LoadError>,
}

/// Discover the files under `paths` and read them, in parallel (with thousands of small files,
/// waiting on each in turn dominated), in discovery order; with the problems of discovery.
pub fn read(paths: &[PathBuf], max_file_size: u64) -> (Vec<InputFile>, Vec<Problem>) {
    let (candidates, problems) = discover::discover(paths);
    let files = candidates
        .into_par_iter()
        .map(|candidate| {
            let bytes = read::read_bytes(&candidate.path, max_file_size);
            InputFile { candidate, bytes }
        })
        .collect();
    (files, problems)
}

/// What loading a set of files gave.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every file read, in discovery order: file `i` is `FileId(i)`.
    pub sources: Sources,
    /// The files that held provkoll documents (or were meant to).
    pub checked: Vec<FileId>,
    /// YAML files without any provkoll document, skipped.
    pub skipped: usize,
    /// The documents that passed the format, in file order, then document order.
    pub docs: Vec<ModelDoc>,
    /// What kept files or documents from loading.
    pub problems: Vec<Problem>,
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
    let total = files.len();
    let done = AtomicUsize::new(0);
    let per_file: Vec<FileLoad> = files
        .into_par_iter()
        .enumerate()
        .map(|(i, file)| {
            let loaded = load_file(FileId(i), file, limits);
            if let Some(p) = progress {
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                p.step(Step::FileLoaded { done, total });
            }
            loaded
        })
        .collect();
    let mut out = Loaded {
        problems,
        ..Loaded::default()
    };
    for mut file in per_file {
        let id = out.sources.add(file.source);
        if file.checked {
            out.checked.push(id);
        } else {
            out.skipped += 1;
        }
        out.problems.append(&mut file.problems);
        out.docs.append(&mut file.docs);
    }
    // With a file unread, a "missing" Organiser may just be in it: report absence only when
    // every file loaded.
    let all_loaded = out.problems.is_empty();
    out.problems.extend(
        schema::check_cardinality(&out.docs)
            .into_iter()
            .filter(|p| all_loaded || p.file.is_some()),
    );
    out
}

/// One file decoded, loaded and checked on its own.
struct FileLoad {
    source: SourceFile,
    /// False for a YAML file skipped for holding no provkoll document.
    checked: bool,
    problems: Vec<Problem>,
    docs: Vec<ModelDoc>,
}

impl FileLoad {
    fn failed(source: SourceFile, problem: Problem) -> Self {
        Self {
            source,
            checked: true,
            problems: vec![problem],
            docs: Vec::new(),
        }
    }
}

/// Decode, load and check one file, which will be file `id` of the run.
fn load_file(id: FileId, file: InputFile, limits: Limits) -> FileLoad {
    let InputFile {
        candidate: cand,
        bytes,
    } = file;
    let source =
        |text: String| SourceFile::new(cand.path.clone(), cand.display.clone(), text.into());
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return FileLoad::failed(source(String::new()), Problem::in_file(e, id)),
    };
    let text = match read::decode(&bytes) {
        Ok(text) => text,
        Err(e) => {
            let src = source(read::valid_prefix(&bytes));
            // the valid text ends where the first bad byte is
            let at = Span::point(src.pos_of_byte(src.text.len()));
            let problem = match &e {
                LoadError::Encoding => {
                    Problem::at(e, id, at).with_label("first byte that is not UTF-8")
                }
                LoadError::Binary => Problem::at(e, id, at).with_label("first NUL byte"),
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
    let (ours, others): (Vec<_>, Vec<_>) = documents
        .into_iter()
        .filter(|d| !d.value.is_null())
        .partition(|d| {
            d.str_field("apiVersion")
                .is_some_and(|v| v.starts_with("provkoll/"))
        });
    if ours.is_empty() {
        if cand.explicit {
            return FileLoad::failed(src, Problem::in_file(LoadError::NoDocuments, id));
        }
        return FileLoad {
            source: src,
            checked: false,
            problems: Vec::new(),
            docs: Vec::new(),
        };
    }
    let mut problems: Vec<Problem> = others
        .into_iter()
        .map(|stray| {
            Problem::at(
                LoadError::StrayDocument(stray.index + 1),
                id,
                stray.root_span(),
            )
        })
        .collect();
    let mut docs = Vec::new();
    for doc in ours {
        match doc.str_field("apiVersion") {
            Some("provkoll/v1") => match schema::check_document(doc, &src) {
                Ok(d) => docs.push(d),
                Err(mut ps) => problems.append(&mut ps),
            },
            // `ours` holds only documents whose apiVersion starts with `provkoll/`
            other => problems.push(Problem::at(
                LoadError::UnknownApiVersion(other.unwrap_or_default().to_owned()),
                id,
                doc.field_span("apiVersion"),
            )),
        }
    }
    FileLoad {
        source: src,
        checked: true,
        problems,
        docs,
    }
}
