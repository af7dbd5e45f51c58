//! `--format human`: every finding and error drawn on its YAML line by miette, the fix as
//! `help:`, and one summary line at the end.

use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::Emit;
use crate::base::lang::Lang;
use crate::base::problem::{P, Problem};
use crate::base::severity::Severity;
use crate::base::source::{FileId, Sources, Span};
use crate::base::terminal::{escape_controls, same_width};
use crate::base::texts::{Noun, T, count, fill};
use crate::check::finding::{Finding, RunReport};
use crate::check::redact::mask;
use crate::check::waiver::WaiverEntry;

pub struct Human {
    /// Use colour (only on a terminal, and never with `NO_COLOR`).
    pub color: bool,
    /// Show only what fails the run, and no summary.
    pub quiet: bool,
    /// The `--fail-on` level, for `quiet`.
    pub fail_on: Severity,
    /// The language of the titles, hints, labels and summary (messages from the rules are
    /// English until the rules carry templates in both).
    pub lang: Lang,
}

/// One thing to draw: a finding or a problem, in the shape miette wants.
struct Drawn {
    message: String,
    code: Option<String>,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<Text>,
    labels: Vec<LabeledSpan>,
    related: Vec<Drawn>,
}

impl fmt::Debug for Drawn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Drawn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Drawn {}

impl Drawn {
    /// Every text from the configuration (a value, a file name, a waiver's reason) with its
    /// controls shown escaped, so that drawing it cannot act on the terminal.
    fn shown(self) -> Self {
        let esc = |s: String| escape_controls(&s).into_owned();
        Drawn {
            message: esc(self.message),
            code: self.code.map(esc),
            help: self.help.map(esc),
            labels: self
                .labels
                .into_iter()
                .map(|l| {
                    let text = l.label().map(|t| escape_controls(t).into_owned());
                    LabeledSpan::new_primary_with_span(text, *l.inner())
                })
                .collect(),
            related: self.related.into_iter().map(Drawn::shown).collect(),
            ..self
        }
    }
}

impl Diagnostic for Drawn {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
        }
    }
}

/// A file's text as miette reads it, with columns counted in characters as in every other
/// format (miette's own count is in bytes, one off for each å, ä or ö before the place).
#[derive(Debug, Clone)]
struct Text {
    name: String,
    text: std::sync::Arc<str>,
}

impl SourceCode for Text {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        // Without context lines the contents start at the span, and their column is the span's;
        // with context they start at a line's beginning, column 0, which needs no recount.
        let column = if before == 0 {
            let start = span.offset().min(self.text.len());
            let line_start = self.text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
            self.text
                .get(line_start..start)
                .map_or(inner.column(), |s| s.chars().count())
        } else {
            inner.column()
        };
        Ok(Box::new(
            MietteSpanContents::new_named(
                self.name.clone(),
                inner.data(),
                *inner.span(),
                inner.line(),
                column,
                inner.line_count(),
            )
            .with_language("yaml"),
        ))
    }
}

fn named(sources: &Sources, file: Option<FileId>) -> Option<Text> {
    let f = sources.get(file?)?;
    // The lines shown around a finding are the file's own text: mask identity numbers in them,
    // and show controls as visible characters of the same width, so spans stay in place.
    let text = match mask(&f.text) {
        std::borrow::Cow::Borrowed(t) => match same_width(t) {
            std::borrow::Cow::Borrowed(_) => f.text.clone(),
            std::borrow::Cow::Owned(safe) => safe.into(),
        },
        std::borrow::Cow::Owned(masked) => same_width(&masked).into_owned().into(),
    };
    Some(Text {
        name: escape_controls(&f.display).into_owned(),
        text,
    })
}

fn label(span: Span, text: Option<String>) -> LabeledSpan {
    LabeledSpan::new_primary_with_span(text, span.to_miette())
}

fn location_suffix(sources: &Sources, file: Option<FileId>, span: Option<Span>) -> String {
    match (file.and_then(|f| sources.get(f)), span) {
        (Some(f), Some(s)) => format!(" ({}:{}:{})", f.display, s.start.line, s.start.column),
        (Some(f), None) => format!(" ({})", f.display),
        _ => String::new(),
    }
}

fn finding(f: &Finding, waiver: Option<&WaiverEntry>, sources: &Sources, lang: Lang) -> Drawn {
    let source = f.span.and_then(|_| named(sources, f.file));
    let labels = match (f.span, &source) {
        (Some(s), Some(_)) => vec![label(
            s,
            Some(
                f.label
                    .as_ref()
                    .map_or_else(|| T::Here.get(lang).into(), |l| l.render(lang)),
            ),
        )],
        _ => Vec::new(),
    };
    let place = if source.is_some() {
        String::new()
    } else {
        location_suffix(sources, f.file, None)
    };
    let (title, hint) = (f.title_in(lang), f.hint_in(lang));
    // A waived finding is still shown, as advice, with who approved the exception and why.
    let (severity, prefix, help) = match waiver {
        // a waiver covers a finding only with a reason and an approver (else WAIVER-003)
        Some(w) => {
            let date = w
                .approved_on
                .map_or_else(|| T::UnrecordedDate.get(lang).to_owned(), |d| d.to_string());
            let until = w
                .expires
                .map(|d| fill(lang, T::WaivedUntil, &[("date", &d.to_string())]))
                .unwrap_or_default();
            let place = format!(
                "{}:{}",
                sources.get(w.file).map_or("", |s| s.display.as_str()),
                w.span.start.line
            );
            (
                miette::Severity::Advice,
                T::WaivedPrefix.get(lang),
                fill(
                    lang,
                    T::WaivedBy,
                    &[
                        ("approver", w.approved_by.as_deref().unwrap_or_default()),
                        ("date", &date),
                        ("until", &until),
                        ("reason", w.reason.as_deref().unwrap_or_default()),
                        ("place", &place),
                    ],
                ),
            )
        }
        None => (
            match f.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Info => miette::Severity::Advice,
            },
            "",
            hint.to_owned(),
        ),
    };
    Drawn {
        message: format!("{prefix}{}{place}", f.message_in(lang)),
        // the subject as a waiver names it (`subject:`, a key of the YAML in either language),
        // so an exception can be written for it
        code: Some(match &f.subject {
            Some(s) => format!("{} {title} (subject: {s})", f.rule),
            None => format!("{} {title}", f.rule),
        }),
        severity,
        help: Some(help),
        source,
        labels,
        related: Vec::new(),
    }
}

fn problem(p: &Problem, sources: &Sources, lang: Lang) -> Drawn {
    let source = p.span.and_then(|_| named(sources, p.file));
    let labels = match (p.span, &source) {
        (Some(s), Some(_)) => vec![label(s, p.label_text(lang))],
        _ => Vec::new(),
    };
    let place = if source.is_some() {
        String::new()
    } else {
        location_suffix(sources, p.file, None)
    };
    let related = p
        .related
        .iter()
        .map(|r| Drawn {
            message: r.label.render(lang),
            code: None,
            severity: miette::Severity::Advice,
            help: None,
            source: named(sources, Some(r.file)),
            labels: vec![label(r.span, Some(r.label.render(lang)))],
            related: Vec::new(),
        })
        .collect();
    Drawn {
        message: format!("{}{place}", p.message(lang)),
        code: Some(format!("error[{}]", p.error.kind())),
        severity: miette::Severity::Error,
        help: p.help_text(lang),
        source,
        labels,
        related,
    }
}

/// The closing line: what was checked and what was found, in `lang`. The English line is the
/// one scripts have matched since the first release: its words do not change.
pub fn summary(run: &RunReport, lang: Lang) -> String {
    let (e, w, i) = run.counts();
    let n = |k, noun| count(lang, k, noun);
    let mut s = fill(
        lang,
        T::SummaryHead,
        &[
            ("version", &run.tool_version),
            ("as_of", &run.as_of.to_string()),
            ("files", &n(run.files_checked(), Noun::File)),
        ],
    );
    if let Some(settings) = &run.settings {
        s.push_str(&fill(lang, T::SummarySettings, &[("settings", settings)]));
    }
    if run.files_skipped() > 0 {
        // named, so a file that was meant to be checked is seen to be left out
        let names: Vec<&str> = run
            .skipped
            .iter()
            .filter_map(|f| run.display(Some(*f)))
            .collect();
        s.push_str(&fill(
            lang,
            T::SummarySkipped,
            &[
                ("yaml_files", &n(run.files_skipped(), Noun::YamlFile)),
                ("names", &names.join(", ")),
            ],
        ));
    }
    if let (Some(settings), 1..) = (&run.settings, run.excluded) {
        s.push_str(&fill(
            lang,
            T::SummaryExcluded,
            &[
                ("yaml_files", &n(run.excluded, Noun::YamlFile)),
                ("settings", settings),
            ],
        ));
    }
    s.push_str(&fill(
        lang,
        T::SummaryCounts,
        &[
            ("rules", &n(run.rules.len(), Noun::Rule)),
            ("errors", &n(e, Noun::Error)),
            ("warnings", &n(w, Noun::Warning)),
            ("infos", &n(i, Noun::Info)),
        ],
    ));
    if run.waived() > 0 {
        s.push_str(&fill(
            lang,
            T::SummaryWaived,
            &[("waived", &n(run.waived(), Noun::Waived))],
        ));
    }
    if !run.problems.is_empty() {
        s.push_str(&fill(
            lang,
            T::SummaryProblems,
            &[("problems", &n(run.problems.len(), Noun::Problem))],
        ));
    }
    if run.rules.is_empty() && !run.problems.is_empty() {
        s.push_str(T::SummaryNoRule.get(lang));
    }
    if run.withheld > 0 {
        s.push_str(&fill(
            lang,
            T::SummaryWithheld,
            &[("findings", &n(run.withheld, Noun::Finding))],
        ));
    }
    s
}

/// What stands in for a help text while miette draws it (a character of Unicode's private use
/// area, which no text of ours holds).
const HELP_MARK: &str = "\u{e000}";

/// The line miette writes above a related place (ours are all advice).
const MIETTE_RELATED: &str = "Advice: ";

/// A help text as miette draws it (two spaces, the word, the text wrapped at the same width
/// under its start), with the word in `lang`.
fn help_block(help: &str, lang: Lang, paint: &dyn Fn(String) -> String) -> String {
    let word = P::HelpWord.get(lang);
    let indent = " ".repeat(word.chars().count() + 4);
    // miette's width (100) less its margin of two
    let opts = textwrap::Options::new(98)
        .initial_indent(&indent)
        .subsequent_indent(&indent)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    let wrapped = textwrap::fill(help, opts);
    let head = format!("  {word}: ");
    format!("{}{}", paint(head), &wrapped[indent.len()..])
}

impl Emit for Human {
    fn emit(&self, w: &mut dyn Write, run: &RunReport) -> io::Result<()> {
        let theme = if self.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let help_style = theme.styles.help;
        let paint = move |s: String| help_style.style(s).to_string();
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(100)
            // an org number or a date is one word: never split at its hyphen, never broken
            .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
            .with_break_words(false)
            .with_links(false)
            .with_context_lines(1);
        let lang = self.lang;
        let mut render = |d: Drawn| -> io::Result<()> {
            let mut out = String::new();
            let mut d = d.shown();
            // miette writes "help:" and a related place's "Advice:" in English whatever the
            // language: in another language the help is drawn with a mark in its place, and the
            // mark's line and the "Advice:" lines are replaced
            let help = match lang {
                Lang::En => None,
                _ => d.help.take(),
            };
            if help.is_some() {
                d.help = Some(HELP_MARK.to_owned());
            }
            handler
                .render_report(&mut out, &d)
                .map_err(io::Error::other)?;
            if lang != Lang::En {
                let related = format!("{}: ", P::RelatedWord.get(lang));
                out = out
                    .lines()
                    .map(|line| match &help {
                        Some(help) if line.contains(HELP_MARK) => help_block(help, lang, &paint),
                        _ if line == MIETTE_RELATED => related.clone(),
                        _ => line.to_owned(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            writeln!(w, "{}", out.trim_end())?;
            writeln!(w)
        };
        for p in &run.problems {
            render(problem(p, &run.sources, self.lang))?;
        }
        // --quiet promises only what fails the run: open findings at or above --fail-on
        for f in run
            .findings
            .iter()
            .filter(|f| !self.quiet || run.fails(f, self.fail_on))
        {
            render(finding(f, run.waiver_of(f), &run.sources, self.lang))?;
        }
        if !self.quiet {
            let line = summary(run, self.lang);
            writeln!(w, "{}", escape_controls(&line))?;
        }
        Ok(())
    }
}
