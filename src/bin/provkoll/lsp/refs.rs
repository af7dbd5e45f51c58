//! References between documents: a person id, a legal entity's org nr, a processor, school or
//! exam window id, where it is defined and everywhere it is written.

use lsp_types::Location;
use provkoll::base::lang::Lang;
use provkoll::base::path::PathSeg;
use provkoll::base::source::{FileId, Span};
use provkoll::base::texts::{T, fill};
use provkoll::check::Checked;
use provkoll::config::model::{Kind, Typed};

use super::diagnostics::uri_of;
use super::position::range;

/// Something a scalar elsewhere may name.
pub struct Definition {
    pub id: String,
    pub file: FileId,
    /// The document that defines it (an index into the run's documents), and the exam window's
    /// index in it: its place and summary are looked up when asked, not for every id after
    /// every edit.
    doc: usize,
    window: Option<usize>,
}

impl Definition {
    /// Where its id is written.
    pub fn span(&self, checked: &Checked) -> Option<Span> {
        let d = checked.docs.get(self.doc)?;
        Some(match self.window {
            None if d.kind == Kind::LegalEntity => d.doc.field_span("org_nr"),
            None => d.doc.field_span("id"),
            Some(i) => {
                let path = [
                    PathSeg::Key("exam_windows".into()),
                    PathSeg::Index(i),
                    PathSeg::Key("id".into()),
                ];
                d.doc
                    .spans
                    .get(&path)
                    .map_or(d.doc.root_span(), |s| s.value)
            }
        })
    }

    /// What it is and its name in `lang`, for a hover ("Person olof: Olof Ekonom").
    pub fn summary(&self, checked: &Checked, lang: Lang) -> String {
        let Some(d) = checked.docs.get(self.doc) else {
            return String::new();
        };
        match &*d.typed {
            Typed::Person(p) => {
                let mut s = format!("Person `{}`: {}", p.id, p.name);
                if let Some(end) = p.employment_end {
                    s.push_str(&fill(
                        lang,
                        T::EmploymentEnds,
                        &[("date", &end.to_string())],
                    ));
                }
                s
            }
            Typed::LegalEntity(e) => format!("LegalEntity `{}`: {}", e.org_nr, e.name),
            Typed::Processor(p) => format!("Processor `{}`: {}", p.id, p.name),
            Typed::School(s) => format!("School `{}`: {}", s.id, s.name),
            Typed::Organiser(o) => {
                let Some(w) = self.window.and_then(|i| o.exam_windows.get(i)) else {
                    return String::new();
                };
                let (start, end) = (w.start.to_string(), w.end.to_string());
                fill(
                    lang,
                    T::ExamWindowSummary,
                    &[
                        ("id", &w.id),
                        ("name", w.name.as_deref().unwrap_or("")),
                        ("start", &start),
                        ("end", &end),
                    ],
                )
            }
            _ => String::new(),
        }
    }
}

/// Every id the run's documents define.
pub fn definitions(checked: &Checked) -> Vec<Definition> {
    let mut out = Vec::new();
    for (doc, d) in checked.docs.iter().enumerate() {
        out.extend(defined(&d.typed).map(|(_, id, _, window)| Definition {
            id: id.to_owned(),
            file: d.doc.file,
            doc,
            window,
        }));
    }
    out
}

/// What one document defines: what it is (a kind's name, or `ExamWindow`, as the schema's
/// `x-provkoll-refers-to` names what a field refers to), its id, its name (empty where it has
/// none), and the exam window's index in the document.
pub fn defined<'a>(
    typed: &'a Typed,
) -> impl Iterator<Item = (&'static str, &'a str, &'a str, Option<usize>)> + 'a {
    let one = |kind: Kind, id: &'a str, name: &'a str| vec![(kind.name(), id, name, None)];
    let all = match typed {
        Typed::Person(p) => one(Kind::Person, &p.id, &p.name),
        Typed::LegalEntity(e) => one(Kind::LegalEntity, &e.org_nr, &e.name),
        Typed::Processor(p) => one(Kind::Processor, &p.id, &p.name),
        Typed::School(s) => one(Kind::School, &s.id, &s.name),
        Typed::Organiser(o) => o
            .exam_windows
            .iter()
            .enumerate()
            .map(|(i, w)| {
                (
                    "ExamWindow",
                    w.id.as_str(),
                    w.name.as_deref().unwrap_or(""),
                    Some(i),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    all.into_iter()
}

/// Every scalar value of the run, with its text unquoted.
fn scalars(checked: &Checked) -> impl Iterator<Item = (FileId, Span, &str)> {
    let sources = &checked.report.sources;
    checked.docs.iter().flat_map(move |d| {
        let source = sources.get(d.doc.file);
        d.doc.spans.iter().filter_map(move |(_, s)| {
            let text = source?.slice(s.value);
            // a mapping or a list is not a scalar that names something
            let one_line = s.value.start.line == s.value.end.line;
            let scalar = one_line && !text.starts_with(['[', '{']);
            scalar.then(|| (d.doc.file, s.value, unquote(text)))
        })
    })
}

fn unquote(text: &str) -> &str {
    let t = text.trim();
    t.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| t.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
        .unwrap_or(t)
}

/// The scalar at `byte` of `file`.
fn scalar_at(checked: &Checked, file: FileId, byte: usize) -> Option<&str> {
    scalars(checked)
        .filter(|(f, s, _)| *f == file && s.start.byte <= byte && byte <= s.end.byte)
        .min_by_key(|(_, s, _)| s.end.byte - s.start.byte)
        .map(|(_, _, t)| t)
}

/// The definitions of what the scalar at `byte` names.
pub fn defined_at<'a>(
    checked: &Checked,
    defs: &'a [Definition],
    file: FileId,
    byte: usize,
) -> Vec<&'a Definition> {
    let Some(text) = scalar_at(checked, file, byte) else {
        return Vec::new();
    };
    defs.iter().filter(|d| d.id == text).collect()
}

/// Where the definition of what `byte` names is.
pub fn definition(checked: &Checked, file: FileId, byte: usize) -> Vec<Location> {
    let defs = definitions(checked);
    defined_at(checked, &defs, file, byte)
        .into_iter()
        .filter_map(|d| location(checked, d.file, d.span(checked)?))
        .collect()
}

/// Every place that writes the id at `byte` (when it is a defined id), its definitions
/// included or not.
pub fn references(
    checked: &Checked,
    file: FileId,
    byte: usize,
    with_definition: bool,
) -> Vec<Location> {
    let defs = definitions(checked);
    let found = defined_at(checked, &defs, file, byte);
    let Some(id) = found.first().map(|d| d.id.clone()) else {
        return Vec::new();
    };
    let is_def = |f: FileId, s: Span| {
        found
            .iter()
            .any(|d| d.file == f && d.span(checked) == Some(s))
    };
    let mut places: Vec<(FileId, Span)> = scalars(checked)
        .filter(|(_, _, t)| *t == id)
        .map(|(f, s, _)| (f, s))
        .filter(|&(f, s)| with_definition || !is_def(f, s))
        .collect();
    places.sort();
    places.dedup();
    places
        .into_iter()
        .filter_map(|(f, s)| location(checked, f, s))
        .collect()
}

fn location(checked: &Checked, file: FileId, span: Span) -> Option<Location> {
    let (uri, source) = uri_of(&checked.report, file)?;
    Some(Location::new(uri, range(source, span)))
}
