//! Findings (a rule's violation, located) and the run's report that every emitter reads.

use super::Context;
use super::locate::Located;
use super::waiver::{WaiverEntry, WaiverLedger};
use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::problem::Problem;
use crate::base::problem_texts::Msg;
use crate::base::severity::Severity;
use crate::base::source::{FileId, Sources, Span};
use crate::pack::catalogue::{Rule, Source};
use crate::pack::messages::{Rendered, render_hint};

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
    /// The rule's message, naming the offending value (English).
    pub message: String,
    /// The message in Swedish, when the rule has templates (`custom.messages`).
    pub message_sv: Option<String>,
    /// The key of the message's template, `None` for a rule that returns a literal `msg`.
    pub message_key: Option<String>,
    /// The file, when the violation could be placed in one.
    pub file: Option<FileId>,
    /// The place in the file.
    pub span: Option<Span>,
    /// The label shown at the place (e.g. "`agent` expected here").
    pub label: Option<Msg>,
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
    pub sources: Vec<Source>,
    /// The waiver that covers it (an index into the run's [`WaiverLedger`]): a waived finding
    /// is reported but does not fail the run.
    pub waived_by: Option<usize>,
}

impl Finding {
    /// A finding of `rule`, placed at `located` (if anywhere), its hint filled from `args`.
    pub fn new(
        rule: &Rule,
        message: Rendered,
        located: Option<Located>,
        path: String,
        subject: Option<String>,
        args: &serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Finding {
            rule: rule.id.clone(),
            severity: rule.severity,
            title: rule.title.clone(),
            title_sv: rule.title_sv.clone(),
            message: message.en,
            message_sv: message.sv,
            message_key: message.key,
            file: located.as_ref().map(|l| l.file),
            span: located.as_ref().map(|l| l.span),
            // no place, no path inside a document: the fingerprint then rests on rule and subject
            local_path: located
                .as_ref()
                .map(|l| l.local_path.clone())
                .unwrap_or_default(),
            label: located.and_then(|l| l.label),
            path,
            subject,
            hint: render_hint(&rule.messages, &rule.hint, args, Lang::En),
            hint_sv: rule
                .hint_sv
                .as_deref()
                .map(|h| render_hint(&rule.messages, h, args, Lang::Sv)),
            sources: rule.sources.clone(),
            waived_by: None,
        }
    }

    /// The rule's title in `lang`.
    pub fn title_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.title_sv,
            Lang::En => &self.title,
        }
    }

    /// The message in `lang`; a rule without Swedish templates has its English one.
    pub fn message_in(&self, lang: Lang) -> &str {
        match (lang, &self.message_sv) {
            (Lang::Sv, Some(m)) => m,
            _ => &self.message,
        }
    }

    /// The fix hint in `lang`; a rule without a Swedish hint has its English one.
    pub fn hint_in(&self, lang: Lang) -> &str {
        match (lang, &self.hint_sv) {
            (Lang::Sv, Some(h)) => h,
            _ => &self.hint,
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

/// Whether a run passes the gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing open at or above `--fail-on`.
    Clean,
    /// Open findings at or above `--fail-on`.
    Findings,
    /// The check could not be completed (a file or document did not load, a rule failed, the
    /// pack is broken): a partial check is never a pass.
    Incomplete,
}

/// How one rule fared in a run, for the report's rule table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleStatus {
    /// Evaluated, and nothing found.
    Pass,
    /// This many open findings.
    Fail(usize),
    /// Every finding waived (this many).
    Waived(usize),
    /// A waiver rule with no waiver to check.
    NoWaivers,
    /// A register rule with no Skolenhetsregistret snapshot to compare with.
    NoRegistry,
    /// The rule failed to evaluate.
    NotEvaluated,
}

/// Everything a run found, in the order every emitter shows it.
#[derive(Debug, Clone)]
pub struct RunReport {
    pub as_of: Date,
    pub tool_version: String,
    /// Every file read, checked or not.
    pub sources: Sources,
    /// The directory the check was run from (absolute), which SARIF names as `%SRCROOT%`.
    pub workdir: Option<std::path::PathBuf>,
    /// The files that held provkoll documents (or were meant to).
    pub checked: Vec<FileId>,
    /// YAML files without provkoll documents, skipped.
    pub skipped: Vec<FileId>,
    /// YAML files the settings file's `exclude` left out: never read.
    pub excluded: usize,
    /// The settings file used (`provkoll.toml`), relative to the scan root and `/`-separated;
    /// `None` when none was.
    pub settings: Option<String>,
    /// Findings withheld because what they are about did not load (they would only have
    /// reported its absence); the problems that kept it from loading are reported instead.
    pub withheld: usize,
    /// The rules of the pack, sorted by ID (for SARIF descriptors, JUnit cases, the report).
    pub rules: Vec<Rule>,
    /// Findings, sorted.
    pub findings: Vec<Finding>,
    /// Every waiver, with what became of it.
    pub waivers: WaiverLedger,
    /// Errors that kept the check from being complete, sorted.
    pub problems: Vec<Problem>,
    /// The Skolenhetsregistret snapshot the register rules compared with, when one was named
    /// and loaded; without it those rules are not applicable.
    pub registry: Option<FileId>,
}

impl RunReport {
    /// An empty report of a run in `context`.
    pub fn new(context: &Context) -> Self {
        Self {
            as_of: context.as_of,
            tool_version: context.tool_version.to_owned(),
            sources: Sources::default(),
            workdir: None,
            checked: Vec::new(),
            skipped: Vec::new(),
            excluded: 0,
            settings: None,
            withheld: 0,
            rules: Vec::new(),
            findings: Vec::new(),
            waivers: WaiverLedger::default(),
            problems: Vec::new(),
            registry: None,
        }
    }

    /// A run that stopped before reading anything, for these problems (a broken pack).
    pub fn incomplete(context: &Context, problems: Vec<Problem>) -> Self {
        Self {
            problems,
            ..Self::new(context)
        }
    }

    /// How many files were checked.
    pub fn files_checked(&self) -> usize {
        self.checked.len()
    }

    /// How many YAML files were skipped for holding no provkoll document.
    pub fn files_skipped(&self) -> usize {
        self.skipped.len()
    }

    /// Open findings at each severity: (error, warning, info).
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

    /// The waiver that covers a finding.
    pub fn waiver_of(&self, f: &Finding) -> Option<&WaiverEntry> {
        f.waived_by.and_then(|i| self.waivers.entries.get(i))
    }

    /// The display path of a file.
    pub fn display(&self, file: Option<FileId>) -> Option<&str> {
        file.and_then(|f| self.sources.get(f))
            .map(|f| f.display.as_str())
    }

    /// Whether a finding fails the run at `fail_on`: open, and at or above it. The exit code,
    /// `--quiet`, JUnit and the report's verdict all ask this one question.
    pub fn fails(&self, f: &Finding, fail_on: Severity) -> bool {
        f.waived_by.is_none() && f.severity >= fail_on
    }

    /// The findings that fail the run at `fail_on`.
    pub fn failing(&self, fail_on: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| self.fails(f, fail_on))
    }

    /// Whether the run passes the gate at `fail_on`.
    pub fn verdict(&self, fail_on: Severity) -> Verdict {
        if !self.problems.is_empty() {
            Verdict::Incomplete
        } else if self.failing(fail_on).next().is_some() {
            Verdict::Findings
        } else {
            Verdict::Clean
        }
    }

    /// How `rule` fared.
    pub fn rule_status(&self, rule: &Rule) -> RuleStatus {
        if self
            .problems
            .iter()
            .any(|p| p.error.rule() == Some(&rule.id))
        {
            return RuleStatus::NotEvaluated;
        }
        let open = self.open().filter(|f| f.rule == rule.id).count();
        let waived = self
            .findings
            .iter()
            .filter(|f| f.rule == rule.id && f.waived_by.is_some())
            .count();
        match (open, waived) {
            (0, 0) if rule.builtin && self.waivers.entries.is_empty() => RuleStatus::NoWaivers,
            (0, 0) if rule.reads_registry() && self.registry.is_none() => RuleStatus::NoRegistry,
            (0, 0) => RuleStatus::Pass,
            (0, w) => RuleStatus::Waived(w),
            (o, _) => RuleStatus::Fail(o),
        }
    }
}
