//! Answers about a file of the last run: hover on a diagnostic, the outline.

use lsp_types::{DocumentSymbol, Position, SymbolKind};
use provkoll::base::lang::Lang;
use provkoll::base::problem::P;
use provkoll::base::source::{FileId, SourceFile, Span};
use provkoll::base::texts::{T, fill};
use provkoll::check::Checked;
use provkoll::config::model::Typed;
use provkoll::emit::rules::explain_markdown;

use super::position::{byte_of, range};

/// The Markdown shown when hovering at `at` in `file`: for each finding whose place holds it,
/// its message, the fix for this case, and the rule's whole explanation; for each problem there,
/// its message and help. `None` where there is neither.
pub fn hover(checked: &Checked, file: FileId, at: Position, lang: Lang) -> Option<String> {
    let report = &checked.report;
    let source = report.sources.get(file)?;
    let byte = byte_of(source, at);
    let holds =
        |span: Option<Span>| span.is_some_and(|s| s.start.byte <= byte && byte <= s.end.byte);
    let mut parts = Vec::new();
    for f in report
        .findings
        .iter()
        .filter(|f| f.file == Some(file) && holds(f.span))
    {
        let (title, hint) = (f.title_in(lang), f.hint_in(lang));
        let mut md = format!("**{}** {}\n\n{}\n\n", f.rule, title, f.message_in(lang));
        if let Some(w) = report.waiver_of(f) {
            let reason = w.reason.as_deref().unwrap_or(T::NoReasonGiven.get(lang));
            md.push_str(&fill(lang, T::HoverWaived, &[("reason", reason)]));
            md.push_str("\n\n");
        }
        md.push_str(&fill(lang, T::HoverFix, &[("hint", hint)]));
        md.push_str("\n\n");
        if let Some(rule) = checked.pack.catalogue.rule(&f.rule) {
            md.push_str("---\n\n");
            md.push_str(&explain_markdown(rule, lang));
        }
        parts.push(md);
    }
    for p in report
        .problems
        .iter()
        .filter(|p| p.file == Some(file) && holds(p.span))
    {
        let mut md = format!("**{}** {}\n\n", p.error.kind(), p.message(lang));
        if let Some(help) = p.help_text(lang) {
            md.push_str(&P::HelpAfter.msg().arg("help", help).render(lang));
            md.push_str("\n\n");
        }
        parts.push(md);
    }
    (!parts.is_empty()).then(|| parts.join("\n---\n\n"))
}

/// The documents of `file`, each by kind and id, for the outline.
pub fn symbols(checked: &Checked, file: FileId) -> Vec<DocumentSymbol> {
    let Some(source) = checked.report.sources.get(file) else {
        return Vec::new();
    };
    checked
        .docs
        .iter()
        .filter(|d| d.doc.file == file)
        .map(|d| {
            let name_span = d.doc.key_span(&[]);
            let whole = d.doc.root_span();
            let whole = Span {
                start: whole.start.min(name_span.start),
                end: whole.end.max(name_span.end),
            };
            #[allow(deprecated)] // `deprecated` is a field every literal must name
            DocumentSymbol {
                name: name_of(&d.typed).unwrap_or_else(|| d.kind.name().to_owned()),
                detail: Some(d.kind.name().to_owned()),
                kind: SymbolKind::OBJECT,
                tags: None,
                deprecated: None,
                range: range(source, whole),
                selection_range: range(source, name_span),
                children: None,
            }
        })
        .collect()
}

/// What names a document in the outline: its kind and id.
fn name_of(typed: &Typed) -> Option<String> {
    let (kind, id) = match typed {
        Typed::Organiser(o) => ("Organiser", o.name.as_str()),
        Typed::LegalEntity(e) => ("LegalEntity", e.org_nr.as_str()),
        Typed::Person(p) => ("Person", p.id.as_str()),
        Typed::School(s) => ("School", s.id.as_str()),
        Typed::Processor(p) => ("Processor", p.id.as_str()),
        Typed::Waiver(w) => ("Waiver", w.rule.as_str()),
        _ => return None,
    };
    Some(format!("{kind} {id}"))
}

/// The file of the last run at `path`.
pub fn file_at(checked: &Checked, path: &std::path::Path) -> Option<FileId> {
    checked
        .report
        .sources
        .iter()
        .find(|(_, s): &(FileId, &SourceFile)| s.path == path)
        .map(|(id, _)| id)
}
