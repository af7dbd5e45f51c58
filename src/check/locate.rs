//! A violation's `input` path → the document it came from → file, line and column.

use super::input::Provenance;
use crate::base::path::{PathSeg, dotted};
use crate::base::problem_texts::{Msg, P};
use crate::base::source::{FileId, Span};
use crate::config::model::{Kind, ModelDoc};

/// Where a violation is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub file: FileId,
    /// The span: the value for an exact path, the nearest ancestor's key for a missing one.
    pub span: Span,
    /// "`agent` expected here" when the path ends in a key that does not exist.
    pub label: Option<Msg>,
    /// The violation's path inside its document.
    pub local_path: String,
}

/// Where a finding about something no document holds is shown: on the Organiser, the document
/// the whole configuration hangs from, with a label naming what is missing. `None` without one.
pub fn on_organiser(path: &[PathSeg], docs: &[ModelDoc]) -> Option<Located> {
    let organiser = docs.iter().find(|d| d.kind == Kind::Organiser)?;
    Some(Located {
        file: organiser.doc.file,
        span: organiser.doc.key_span(&[]),
        label: Some(P::InNoDocument.msg().arg("path", dotted(path))),
        local_path: String::new(),
    })
}

/// Place a path into `input`. `None` when it lies outside every document (e.g. a kind that is
/// absent altogether); the finding is then reported without a place.
pub fn locate(path: &[PathSeg], provenance: &Provenance, docs: &[ModelDoc]) -> Option<Located> {
    let (index, local) = provenance.resolve(path)?;
    let doc = &docs.get(index)?.doc;
    if let Some(spans) = doc.spans.get(local) {
        // A value that runs over several lines (a block list or mapping) is shown by its key,
        // so the label stays on one line.
        let span = match spans.key {
            Some(key) if spans.value.end.line > spans.value.start.line => key,
            _ => spans.value,
        };
        return Some(Located {
            file: doc.file,
            span,
            label: None,
            local_path: dotted(local),
        });
    }
    // Walk up to the nearest node that exists; name the first missing step.
    (0..local.len()).rev().find_map(|n| {
        doc.spans.get(&local[..n])?;
        let missing = match &local[n] {
            PathSeg::Key(k) => P::FieldExpected.msg().arg("field", k),
            PathSeg::Index(i) => P::ItemExpected.msg().arg("index", i),
        };
        Some(Located {
            file: doc.file,
            span: doc.key_span(&local[..n]),
            label: Some(missing),
            local_path: dotted(local),
        })
    })
}
