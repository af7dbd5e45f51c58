//! Findings (a rule's violation, located) and the run's report that every emitter reads.

use serde::Serialize;

use crate::catalogue::{Rule, Source};
use crate::error::Problem;
use crate::model::Date;
use crate::source::{FileId, Sources, Span};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Good practice.
    Info,
    /// A recommendation or a likely failure.
    Warning,
    /// A stated obligation is broken.
    Error,
}

impl Severity {
    /// Parse `error`, `warning` or `info`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "error" => Some(Self::Error),
            "warning" => Some(Self::Warning),
            "info" => Some(Self::Info),
            _ => None,
        }
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

/// One violation of one rule, with its place in the configuration.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Rule ID.
    pub rule: String,
    /// Effective severity.
    pub severity: Severity,
    /// Rule title (English).
    pub title: String,
    /// Rule title (Swedish).
    pub title_sv: String,
    /// The rule's message, naming the offending value.
    pub message: String,
    /// The file, when the violation could be placed in one.
    pub file: Option<FileId>,
    /// The place in the file.
    pub span: Option<Span>,
    /// The label shown at the place (e.g. "`agent` expected here").
    pub label: Option<String>,
    /// The violation's path into `input`, dotted (`legal_entities[0].powers_of_attorney`).
    pub path: String,
    /// The path inside its document (`powers_of_attorney`): unlike `path`, it does not move
    /// when another file is added, so fingerprints use it.
    pub local_path: String,
    /// What the finding is about (an org number, a school id, a person id).
    pub subject: Option<String>,
    /// The fix hint, placeholders filled.
    pub hint: String,
    /// The fix hint in Swedish, placeholders filled, when the rule has one.
    pub hint_sv: Option<String>,
    /// The rule's sources.
    pub sources: Vec<Source>,
    /// The waiver that covers it, if any: it is reported but does not fail the run.
    pub waived_by: Option<WaiverRef>,
}

/// Fill `{name}` in a hint from the violation's `args`; unknown names stay as written.
fn fill_placeholders(hint: &str, args: &serde_json::Map<String, serde_json::Value>) -> String {
    let mut out = hint.to_owned();
    for (k, v) in args {
        let text = match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out = out.replace(&format!("{{{k}}}"), &text);
    }
    out
}

/// The approved exception a waived finding points to.
#[derive(Debug, Clone, PartialEq)]
pub struct WaiverRef {
    /// Why.
    pub reason: String,
    /// Person id of the approver.
    pub approved_by: String,
    /// When it was approved.
    pub approved_on: Option<Date>,
    /// Last day it applies.
    pub expires: Option<Date>,
    /// Where the waiver is.
    pub file: FileId,
    /// Its place.
    pub span: Span,
}

impl Finding {
    /// A finding of `rule`, placed at `located` (if anywhere), its hint filled from `args`.
    pub fn new(
        rule: &Rule,
        message: String,
        located: Option<crate::locate::Located>,
        path: String,
        subject: Option<String>,
        args: &serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Finding {
            rule: rule.id.clone(),
            severity: rule.severity,
            title: rule.title.clone(),
            title_sv: rule.title_sv.clone(),
            message,
            file: located.as_ref().map(|l| l.file),
            span: located.as_ref().map(|l| l.span),
            local_path: located
                .as_ref()
                .map(|l| l.local_path.clone())
                .unwrap_or_default(),
            label: located.and_then(|l| l.label),
            path,
            subject,
            hint: fill_placeholders(&rule.hint, args),
            hint_sv: rule.hint_sv.as_deref().map(|h| fill_placeholders(h, args)),
            sources: rule.sources.clone(),
            waived_by: None,
        }
    }

    /// A fingerprint that stays the same across runs and across edits elsewhere in the repo:
    /// rule, file, the node inside its document, and the subject; not the line, not the message.
    pub fn fingerprint(&self, sources: &Sources) -> String {
        use sha2::Digest;
        let file = self
            .file
            .and_then(|f| sources.get(f))
            .map(|f| f.display.as_str())
            .unwrap_or("");
        let subject = self.subject.as_deref().unwrap_or("");
        let mut h = sha2::Sha256::new();
        for part in [self.rule.as_str(), file, self.local_path.as_str(), subject] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        h.finalize()
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The total order of findings in every output: file, line, column, rule, then message.
    pub fn sort_key(&self, sources: &Sources) -> (String, usize, usize, String, String) {
        let file = self
            .file
            .and_then(|f| sources.get(f))
            .map(|f| f.display.clone())
            .unwrap_or_default();
        let (line, column) = self.span.map_or((0, 0), |s| (s.start.line, s.start.column));
        (file, line, column, self.rule.clone(), self.message.clone())
    }
}

/// Everything a run found, in the order every emitter shows it.
#[derive(Debug, Clone)]
pub struct RunReport {
    /// The date the check was made "as of".
    pub as_of: Date,
    /// This build's version.
    pub tool_version: String,
    /// The files read.
    pub sources: Sources,
    /// Files that held provkoll documents (or were meant to).
    pub files_checked: usize,
    /// YAML files without provkoll documents, skipped.
    pub files_skipped: usize,
    /// The rules of the pack, sorted by ID (for SARIF descriptors and JUnit cases).
    pub rules: Vec<Rule>,
    /// Findings, sorted.
    pub findings: Vec<Finding>,
    /// The files that were checked (those skipped for holding no provkoll document are not).
    pub checked: Vec<FileId>,
    /// Errors that kept the check from being complete, sorted.
    pub problems: Vec<Problem>,
}

impl RunReport {
    /// An empty report for a run as of `as_of`.
    pub fn new(as_of: Date) -> Self {
        Self {
            as_of,
            tool_version: crate::VERSION.to_owned(),
            sources: Sources::default(),
            files_checked: 0,
            files_skipped: 0,
            rules: Vec::new(),
            findings: Vec::new(),
            checked: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Findings at each severity: (error, warning, info).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |s| self.open().filter(|f| f.severity == s).count();
        (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
    }

    /// Findings not covered by a waiver.
    pub fn open(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.waived_by.is_none())
    }

    /// How many findings a waiver covers.
    pub fn waived(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.waived_by.is_some())
            .count()
    }

    /// The display path of a file.
    pub fn display(&self, file: Option<FileId>) -> Option<&str> {
        file.and_then(|f| self.sources.get(f))
            .map(|f| f.display.as_str())
    }

    /// Whether any finding is at or above `level`.
    pub fn fails_at(&self, level: Severity) -> bool {
        self.open().any(|f| f.severity >= level)
    }
}
