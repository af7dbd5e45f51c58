//! A run's report → the diagnostics of each file, as `textDocument/publishDiagnostics` sends
//! them.

use provkoll::base::lang::Lang;
use std::collections::BTreeMap;

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Url,
};
use provkoll::base::problem::{P, Problem};
use provkoll::base::severity::Severity;
use provkoll::base::source::{FileId, Span};
use provkoll::base::texts::{T, fill};
use provkoll::check::Checked;
use provkoll::check::finding::{Finding, RunReport};
use provkoll::config::model::Kind;

use super::position::range;

/// What a run shows in the editor.
#[derive(Default)]
pub struct Shown {
    /// Every file with something to show, by URI.
    pub by_uri: BTreeMap<Url, Vec<Diagnostic>>,
    /// What has no place in any file (no Organiser loaded to show it on), for the client's log.
    pub unplaced: Vec<String>,
}

/// The diagnostics of a run; findings at or above `fail_on` are errors; messages in `lang`.
pub fn of(checked: &Checked, fail_on: Severity, lang: Lang) -> Shown {
    let report = &checked.report;
    // what no file holds is shown where the whole configuration starts
    let organiser = checked
        .docs
        .iter()
        .find(|d| d.kind == Kind::Organiser)
        .map(|d| (d.doc.file, d.doc.key_span(&[])));
    let mut shown = Shown::default();
    for f in &report.findings {
        let d = finding(report, f, fail_on, lang);
        match f.file.zip(f.span).or(organiser) {
            Some(place) => shown.add(report, place, d),
            None => shown.unplaced.push(format!("{}: {}", f.rule, d.message)),
        }
    }
    for p in &report.problems {
        let d = problem(report, p, lang);
        match p
            .file
            .map(|f| (f, p.span.unwrap_or_default()))
            .or(organiser)
        {
            Some(place) => shown.add(report, place, d),
            None => shown.unplaced.push(d.message),
        }
    }
    shown
}

impl Shown {
    fn add(&mut self, report: &RunReport, (file, span): (FileId, Span), mut d: Diagnostic) {
        let Some((uri, source)) = uri_of(report, file) else {
            return;
        };
        d.range = range(source, span);
        self.by_uri.entry(uri).or_default().push(d);
    }
}

/// The `source` of every diagnostic this server publishes.
const SOURCE: &str = "provkoll";

/// Those of the editor's `diagnostics` this server published, each with its code (a rule ID or
/// a problem's kind): what a code action may act on.
pub fn ours(diagnostics: &[Diagnostic]) -> impl Iterator<Item = (&Diagnostic, &str)> {
    diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(SOURCE))
        .filter_map(|d| match d.code.as_ref()? {
            NumberOrString::String(code) => Some((d, code.as_str())),
            NumberOrString::Number(_) => None,
        })
}

/// The URI of a file of the run, with its source.
pub fn uri_of(
    report: &RunReport,
    file: FileId,
) -> Option<(Url, &provkoll::base::source::SourceFile)> {
    let source = report.sources.get(file)?;
    let uri = Url::from_file_path(&source.path).ok()?;
    Some((uri, source))
}

fn location(report: &RunReport, file: FileId, span: Span) -> Option<Location> {
    let (uri, source) = uri_of(report, file)?;
    Some(Location::new(uri, range(source, span)))
}

fn finding(report: &RunReport, f: &Finding, fail_on: Severity, lang: Lang) -> Diagnostic {
    let waiver = report.waiver_of(f);
    let severity = if waiver.is_some() {
        DiagnosticSeverity::HINT
    } else if report.fails(f, fail_on) {
        DiagnosticSeverity::ERROR
    } else {
        match f.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }
    };
    let mut message = f.message_in(lang).to_owned();
    if let Some(label) = &f.label {
        message.push_str(&format!(" ({})", label.render(lang)));
    }
    let mut related = Vec::new();
    if let Some(w) = waiver {
        let reason = w.reason.as_deref().unwrap_or(T::NoReasonGiven.get(lang));
        message.push('\n');
        message.push_str(T::WaivedPrefix.get(lang));
        message.push_str(reason);
        related.extend(location(report, w.file, w.span).map(|location| {
            DiagnosticRelatedInformation {
                location,
                message: fill(lang, T::TheWaiver, &[("reason", reason)]),
            }
        }));
    }
    Diagnostic {
        severity: Some(severity),
        code: Some(NumberOrString::String(f.rule.clone())),
        // the rule's first source, as SARIF's helpUri: a page a reader can open
        code_description: f
            .sources
            .first()
            .and_then(|s| Url::parse(&s.reference).ok())
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    }
}

fn problem(report: &RunReport, p: &Problem, lang: Lang) -> Diagnostic {
    let mut message = p.message(lang);
    if let Some(label) = p.label_text(lang) {
        message.push_str(&format!(" ({label})"));
    }
    if let Some(help) = p.help_text(lang) {
        message.push('\n');
        message.push_str(&P::HelpAfter.msg().arg("help", help).render(lang));
    }
    let related: Vec<_> = p
        .related
        .iter()
        .filter_map(|r| {
            Some(DiagnosticRelatedInformation {
                location: location(report, r.file, r.span)?,
                message: r.label.render(lang),
            })
        })
        .collect();
    Diagnostic {
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(p.error.kind())),
        source: Some(SOURCE.to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    }
}
