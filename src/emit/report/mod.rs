//! `provkoll report`: the page a data-protection officer reads and signs, tied to the exact
//! configuration, pack and date by fingerprints. Its sections are built once here, as a small
//! document of blocks and inlines, and rendered as self-contained HTML ([`html`]) or Markdown
//! ([`markdown`]); every value is escaped by the renderer, never by the code that gathers it.

pub mod html;
pub mod markdown;

use crate::base::lang::Lang;
use crate::base::severity::Severity;
use crate::base::texts::{self, Noun, T, count, fill};
use crate::check::finding::{Finding, RuleStatus, RunReport, Verdict};
use crate::check::fingerprint::{Fingerprints, short};
use crate::check::redact::mask;
use crate::check::timeline::{Entry, State};
use crate::check::waiver::{WaiverEntry, WaiverState};
use crate::emit::rules::{origin_text, pack_text};
use crate::pack::catalogue::{PackSummary, Rule};

/// The whole report, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub lang: Lang,
    pub title: &'static str,
    /// The organiser's name, for the page's title.
    pub organiser: String,
    /// The fingerprints in machine-readable form (`provkoll fingerprint --verify` reads them):
    /// `as-of=… tool=… configuration=… policy-pack=… waivers=… combined=…`.
    pub marker: String,
    /// What comes under the main heading, before the first section.
    pub intro: Vec<Block>,
    pub sections: Vec<Section>,
}

/// One section under its own heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: &'static str,
    /// The signature block, kept on one printed page.
    pub signature: bool,
    pub blocks: Vec<Block>,
}

/// A paragraph-level piece of the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Label–value rows without a header; `class` styles the table (HTML).
    Facts {
        class: Option<&'static str>,
        rows: Vec<(&'static str, Vec<Inline>)>,
    },
    /// Ready or not, at the level that decides it.
    Verdict {
        ready: bool,
        text: &'static str,
        /// The level the verdict is judged at, in the page's language.
        basis: String,
        /// The basis is command-line syntax (English, for a CI log), shown as code.
        basis_is_code: bool,
    },
    Para(Vec<Inline>),
    /// A paragraph that warns (the check could not be completed).
    Alert(&'static str),
    List(Vec<Vec<Inline>>),
    Table {
        head: Vec<&'static str>,
        rows: Vec<Vec<Cell>>,
    },
    Subheading(&'static str),
}

/// A table cell; `class` styles it (HTML), `Some("")` writes an empty class.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub class: Option<&'static str>,
    pub content: Vec<Inline>,
}

impl Cell {
    fn of(content: Vec<Inline>) -> Self {
        Self {
            class: None,
            content,
        }
    }

    fn text(s: impl Into<String>) -> Self {
        Self::of(vec![Inline::Text(s.into())])
    }
}

/// Text-level pieces. Each holds the value as written; the renderers escape it.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// The other language's title, shown smaller.
    Secondary(String),
    /// "(waived)" after a finding's rule.
    Waived(String),
    Code(String),
    /// A rule's source: a link when it is a web page.
    Source(String),
    /// `file:line` leading a line.
    Place(String),
    Break,
}

/// What the report is made of.
pub struct ReportInput<'a> {
    pub run: &'a RunReport,
    pub organiser: Option<&'a str>,
    pub fingerprints: &'a Fingerprints,
    /// Every dated artefact (the report shows those that do not cover every upcoming window).
    pub timeline: &'a [Entry],
    /// The level at which the configuration is not ready.
    pub fail_on: Severity,
    pub lang: Lang,
}

/// The report's own texts, in one language (from [`crate::base::texts`]).
struct Texts {
    title: &'static str,
    organiser: &'static str,
    as_of: &'static str,
    tool: &'static str,
    settings: &'static str,
    pack: &'static str,
    fingerprints: &'static str,
    fp_config: &'static str,
    fp_pack: &'static str,
    fp_waivers: &'static str,
    fp_combined: &'static str,
    fp_short: &'static str,
    fp_note: &'static str,
    verdict: &'static str,
    ready: &'static str,
    not_ready: &'static str,
    incomplete: &'static str,
    counts: &'static str,
    coverage: &'static str,
    rule: &'static str,
    status: &'static str,
    sources: &'static str,
    pass: &'static str,
    pass_partial: &'static str,
    fail: &'static str,
    waived: &'static str,
    not_applicable: &'static str,
    not_evaluated: &'static str,
    no_waivers: &'static str,
    no_registry: &'static str,
    findings: &'static str,
    none: &'static str,
    place: &'static str,
    value: &'static str,
    fix: &'static str,
    ledger: &'static str,
    subject: &'static str,
    all_subjects: &'static str,
    reason: &'static str,
    approved_by: &'static str,
    approved_on: &'static str,
    expires: &'static str,
    used: &'static str,
    stale: &'static str,
    timeline: &'static str,
    nothing_expires: &'static str,
    artefact: &'static str,
    valid_until: &'static str,
    no_end: &'static str,
    covers: &'static str,
    signoff: &'static str,
    signoff_text: &'static str,
    name: &'static str,
    role: &'static str,
    date: &'static str,
    signature: &'static str,
    errors: &'static str,
    severity: &'static str,
}

// every text comes from the catalogue; this struct only names the ones the report uses
const fn texts_in(lang: Lang) -> Texts {
    Texts {
        title: T::ReportTitle.get(lang),
        organiser: T::ReportOrganiser.get(lang),
        as_of: T::ReportAsOf.get(lang),
        tool: T::ReportTool.get(lang),
        settings: T::SettingsLabel.get(lang),
        pack: T::ReportPack.get(lang),
        fingerprints: T::ReportFingerprints.get(lang),
        fp_config: T::ReportFpConfig.get(lang),
        fp_pack: T::ReportFpPack.get(lang),
        fp_waivers: T::ReportFpWaivers.get(lang),
        fp_combined: T::ReportFpCombined.get(lang),
        fp_short: T::ReportFpShort.get(lang),
        fp_note: T::ReportFpNote.get(lang),
        verdict: T::ReportVerdict.get(lang),
        ready: T::ReportReady.get(lang),
        not_ready: T::ReportNotReady.get(lang),
        incomplete: T::ReportIncomplete.get(lang),
        counts: T::ReportCounts.get(lang),
        coverage: T::ReportCoverage.get(lang),
        rule: T::ReportRule.get(lang),
        status: T::ReportStatus.get(lang),
        sources: T::ReportSources.get(lang),
        pass: T::ReportPass.get(lang),
        pass_partial: T::ReportPassPartial.get(lang),
        fail: T::ReportFail.get(lang),
        waived: T::ReportWaived.get(lang),
        not_applicable: T::ReportNotApplicable.get(lang),
        not_evaluated: T::ReportNotEvaluated.get(lang),
        no_waivers: T::ReportNoWaivers.get(lang),
        no_registry: T::ReportNoRegistry.get(lang),
        findings: T::ReportFindings.get(lang),
        none: T::ReportNone.get(lang),
        place: T::ReportPlace.get(lang),
        value: T::ReportValue.get(lang),
        fix: T::ReportFix.get(lang),
        ledger: T::ReportLedger.get(lang),
        subject: T::ReportSubject.get(lang),
        all_subjects: T::ReportAllSubjects.get(lang),
        reason: T::ReportReason.get(lang),
        approved_by: T::ReportApprovedBy.get(lang),
        approved_on: T::ReportApprovedOn.get(lang),
        expires: T::ReportExpires.get(lang),
        used: T::ReportUsed.get(lang),
        stale: T::ReportStale.get(lang),
        timeline: T::ReportTimeline.get(lang),
        nothing_expires: T::ReportNothingExpires.get(lang),
        artefact: T::ReportArtefact.get(lang),
        valid_until: T::ReportValidUntil.get(lang),
        no_end: T::ReportNoEnd.get(lang),
        covers: T::ReportCovers.get(lang),
        signoff: T::ReportSignoff.get(lang),
        signoff_text: T::ReportSignoffText.get(lang),
        name: T::ReportName.get(lang),
        role: T::ReportRole.get(lang),
        date: T::ReportDate.get(lang),
        signature: T::ReportSignature.get(lang),
        errors: T::ReportErrors.get(lang),
        severity: T::ReportSeverity.get(lang),
    }
}

const SV: Texts = texts_in(Lang::Sv);
const EN: Texts = texts_in(Lang::En);

fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The report's sections, built once for both formats.
pub fn build(r: &ReportInput<'_>) -> Page {
    let t = texts(r.lang);
    let run = r.run;
    let organiser = r.organiser.unwrap_or("–").to_owned();
    let fp = r.fingerprints;
    let intro = vec![Block::Facts {
        class: None,
        rows: vec![
            (t.organiser, vec![Inline::Text(organiser.clone())]),
            (t.as_of, vec![Inline::Text(run.as_of.to_string())]),
            (
                t.tool,
                vec![Inline::Text(format!("provkoll {}", run.tool_version))],
            ),
            (t.settings, settings_used(run, r.lang)),
            (
                t.pack,
                vec![Inline::Text(pack_text(
                    &PackSummary::of(&run.rules),
                    r.lang,
                ))],
            ),
        ],
    }];
    let fingerprints = Section {
        heading: t.fingerprints,
        signature: false,
        blocks: vec![
            Block::Facts {
                class: Some("fp"),
                rows: [
                    (t.fp_config, &fp.configuration),
                    (t.fp_pack, &fp.policy_pack),
                    (t.fp_waivers, &fp.waivers),
                    (t.fp_combined, &fp.combined),
                ]
                .into_iter()
                .map(|(label, value)| (label, vec![Inline::Code(value.clone())]))
                .chain([(t.fp_short, vec![Inline::Code(short(&fp.combined))])])
                .collect(),
            },
            Block::Para(vec![Inline::Text(t.fp_note.into())]),
        ],
    };
    let signature = Section {
        heading: t.signoff,
        signature: true,
        blocks: vec![
            Block::Para(vec![
                Inline::Text(format!("{} ", t.signoff_text)),
                Inline::Code(fp.combined.clone()),
                Inline::Text(".".into()),
            ]),
            Block::Facts {
                class: None,
                rows: [t.name, t.role, t.date, t.signature]
                    .into_iter()
                    .map(|label| (label, Vec::new()))
                    .collect(),
            },
        ],
    };
    let mut page = Page {
        marker: format!(
            "as-of={} tool={} configuration={} policy-pack={} waivers={} combined={}",
            run.as_of, run.tool_version, fp.configuration, fp.policy_pack, fp.waivers, fp.combined
        ),
        lang: r.lang,
        title: t.title,
        organiser,
        intro,
        sections: vec![
            fingerprints,
            verdict(r, t),
            rules(r, t),
            findings(r, t),
            waivers(r, t),
            timeline(r, t),
            signature,
        ],
    };
    mask_page(&mut page);
    page
}

/// The settings file the check ran with, and how many files its `exclude` left out; or none.
fn settings_used(run: &RunReport, lang: Lang) -> Vec<Inline> {
    let Some(file) = &run.settings else {
        return vec![Inline::Text(T::NoSettings.get(lang).into())];
    };
    let mut out = vec![Inline::Code(file.clone())];
    if run.excluded > 0 {
        let files = count(lang, run.excluded, Noun::YamlFile);
        out.push(Inline::Text(fill(
            lang,
            T::ReportExcluded,
            &[("yaml_files", &files)],
        )));
    }
    out
}

/// Mask identity numbers in every string of the page, once, before any renderer sees it: the
/// organiser's name (the HTML title), the waivers' reasons and approvers, the timeline's
/// artefacts, errors and messages are the configuration's own text, and a renderer's escaping
/// (Markdown's `\_`, an HTML entity) would hide a number from a mask applied to its output. A
/// renderer that writes no text (a PDF) takes the page masked all the same. Fingerprints are
/// left as they are: a digit run inside a hex hash is never a number.
fn mask_page(page: &mut Page) {
    mask_in_place(&mut page.organiser);
    mask_in_place(&mut page.marker);
    for block in page
        .intro
        .iter_mut()
        .chain(page.sections.iter_mut().flat_map(|s| s.blocks.iter_mut()))
    {
        match block {
            Block::Facts { rows, .. } => rows.iter_mut().for_each(|(_, v)| mask_inlines(v)),
            Block::Para(v) => mask_inlines(v),
            Block::List(items) => items.iter_mut().for_each(|v| mask_inlines(v)),
            Block::Table { rows, .. } => rows
                .iter_mut()
                .flatten()
                .for_each(|c| mask_inlines(&mut c.content)),
            Block::Verdict { .. } | Block::Alert(_) | Block::Subheading(_) => {}
        }
    }
}

fn mask_inlines(inlines: &mut [Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(s)
            | Inline::Strong(s)
            | Inline::Secondary(s)
            | Inline::Waived(s)
            | Inline::Code(s)
            | Inline::Source(s)
            | Inline::Place(s) => mask_in_place(s),
            Inline::Break => {}
        }
    }
}

fn mask_in_place(s: &mut String) {
    if let std::borrow::Cow::Owned(masked) = mask(s) {
        *s = masked;
    }
}

fn verdict(r: &ReportInput<'_>, t: &'static Texts) -> Section {
    let run = r.run;
    let ready = run.verdict(r.fail_on) == Verdict::Clean;
    let (e, w, i) = run.counts();
    let counts = format!(
        "{}: {}, {}, {}; {}: {}; {}: {}",
        t.counts,
        count(r.lang, e, Noun::Error),
        count(r.lang, w, Noun::Warning),
        count(r.lang, i, Noun::Info),
        t.waived,
        run.waived(),
        t.errors,
        run.problems.len()
    );
    let mut blocks = vec![
        Block::Verdict {
            ready,
            text: if ready { t.ready } else { t.not_ready },
            // English keeps the flag a CI log shows; Swedish says it in words
            basis: texts::fill(
                r.lang,
                T::ReportBasis,
                &[(
                    "level",
                    match r.lang {
                        Lang::En => r.fail_on.as_str(),
                        Lang::Sv => texts::severity_word(r.lang, r.fail_on),
                    },
                )],
            ),
            basis_is_code: r.lang == Lang::En,
        },
        Block::Para(vec![Inline::Text(counts)]),
    ];
    if !run.problems.is_empty() {
        blocks.push(Block::Alert(t.incomplete));
        blocks.push(Block::List(
            run.problems
                .iter()
                .map(|p| {
                    let place = match (run.display(p.file), p.span) {
                        (Some(f), Some(s)) => Some(format!("{f}:{}", s.start.line)),
                        (Some(f), None) => Some(f.to_owned()),
                        _ => None,
                    };
                    place
                        .map(Inline::Place)
                        .into_iter()
                        .chain([Inline::Text(p.message(r.lang))])
                        .collect()
                })
                .collect(),
        ));
    }
    Section {
        heading: t.verdict,
        signature: false,
        blocks,
    }
}

fn rules(r: &ReportInput<'_>, t: &'static Texts) -> Section {
    let run = r.run;
    let rows = run
        .rules
        .iter()
        .map(|rule| {
            let status = run.rule_status(rule);
            let (class, text) = match status {
                // with files unread, a rule that found nothing has only seen part of the configuration
                RuleStatus::Pass if !run.problems.is_empty() => ("pass", t.pass_partial.to_owned()),
                RuleStatus::Pass => ("pass", t.pass.to_owned()),
                RuleStatus::Fail(n) => ("fail", format!("{} ({n})", t.fail)),
                RuleStatus::Waived(n) => ("waived", format!("{} ({n})", t.waived)),
                RuleStatus::NoWaivers => ("", format!("{}: {}", t.not_applicable, t.no_waivers)),
                RuleStatus::NoRegistry => ("", format!("{}: {}", t.not_applicable, t.no_registry)),
                RuleStatus::NotEvaluated => ("", t.not_evaluated.to_owned()),
            };
            let title = match r.lang {
                Lang::Sv => &rule.title_sv,
                Lang::En => &rule.title,
            };
            let mut cell = vec![
                Inline::Strong(rule.id.clone()),
                Inline::Text(format!(" {title}")),
            ];
            // a rule the organiser added is marked as its own, so a reader can tell
            if rule.origin.is_local() {
                cell.extend([
                    Inline::Break,
                    Inline::Secondary(origin_text(&rule.origin, r.lang)),
                ]);
            }
            vec![
                Cell::of(cell),
                Cell::text(texts::severity_word(r.lang, rule.severity)),
                Cell {
                    class: Some(class),
                    content: vec![Inline::Text(text)],
                },
                Cell::of(sources(rule)),
            ]
        })
        .collect();
    Section {
        heading: t.coverage,
        signature: false,
        blocks: vec![Block::Table {
            head: vec![t.rule, t.severity, t.status, t.sources],
            rows,
        }],
    }
}

/// Every source of a rule, one per line: a reader checks the rule against all of them.
fn sources(rule: &Rule) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, s) in rule.sources.iter().enumerate() {
        if i > 0 {
            out.push(Inline::Break);
        }
        out.push(Inline::Source(s.reference.clone()));
    }
    out
}

fn findings(r: &ReportInput<'_>, t: &'static Texts) -> Section {
    let run = r.run;
    let block = if run.findings.is_empty() {
        Block::Para(vec![Inline::Text(t.none.into())])
    } else {
        Block::Table {
            head: vec![t.rule, t.place, t.value, t.fix],
            rows: run.findings.iter().map(|f| finding_row(r, t, f)).collect(),
        }
    };
    Section {
        heading: t.findings,
        signature: false,
        blocks: vec![block],
    }
}

fn finding_row(r: &ReportInput<'_>, t: &'static Texts, f: &Finding) -> Vec<Cell> {
    let (first, second) = match r.lang {
        Lang::Sv => (&f.title_sv, &f.title),
        Lang::En => (&f.title, &f.title_sv),
    };
    let hint = f.hint_in(r.lang);
    let mut what = vec![
        Inline::Strong(f.rule.clone()),
        Inline::Text(format!(" ({})", texts::severity_word(r.lang, f.severity))),
    ];
    if f.waived_by.is_some() {
        what.extend([Inline::Text(" ".into()), Inline::Waived(t.waived.into())]);
    }
    what.extend([
        Inline::Break,
        Inline::Text(first.clone()),
        Inline::Break,
        Inline::Secondary(second.clone()),
        Inline::Break,
        Inline::Text(f.message_in(r.lang).to_owned()),
    ]);
    vec![
        Cell::of(what),
        Cell::of(vec![Inline::Code(place(r.run, f))]),
        Cell::of(vec![Inline::Code(value(r.run, f))]),
        Cell::text(hint.to_owned()),
    ]
}

fn place(run: &RunReport, f: &Finding) -> String {
    match (run.display(f.file), f.span) {
        (Some(file), Some(s)) => format!("{file}:{}", s.start.line),
        (Some(file), None) => file.to_owned(),
        _ => "–".into(),
    }
}

/// The offending value as written, identity numbers masked before it is shortened: a number cut
/// in two would escape the mask of the whole page.
fn value(run: &RunReport, f: &Finding) -> String {
    let text = match (f.file.and_then(|id| run.sources.get(id)), f.span) {
        (Some(src), Some(span)) if f.label.is_none() => src.slice(span),
        _ => "",
    };
    mask(text).chars().take(80).collect()
}

fn waivers(r: &ReportInput<'_>, t: &'static Texts) -> Section {
    let entries = &r.run.waivers.entries;
    let table = |rows: Vec<&WaiverEntry>| Block::Table {
        head: vec![
            t.rule,
            t.subject,
            t.reason,
            t.approved_by,
            t.approved_on,
            t.expires,
            t.used,
        ],
        rows: rows.into_iter().map(|w| waiver_row(t, w)).collect(),
    };
    let (active, stale): (Vec<&WaiverEntry>, Vec<&WaiverEntry>) = entries
        .iter()
        .partition(|w| matches!(w.state, WaiverState::Used(_)));
    let mut blocks = Vec::new();
    if entries.is_empty() {
        blocks.push(Block::Para(vec![Inline::Text(t.none.into())]));
    }
    if !active.is_empty() {
        blocks.push(table(active));
    }
    if !stale.is_empty() {
        blocks.push(Block::Subheading(t.stale));
        blocks.push(table(stale));
    }
    Section {
        heading: t.ledger,
        signature: false,
        blocks,
    }
}

fn waiver_row(t: &'static Texts, w: &WaiverEntry) -> Vec<Cell> {
    let date = |d: Option<crate::base::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    // how many findings it excuses, and which waiver rule reports it when it excuses none
    let used = match w.state {
        WaiverState::Used(n) => n.to_string(),
        other => format!("0 ({})", other.rule().unwrap_or_default()),
    };
    // an absent reason or approver is shown as an empty cell; WAIVER-003 reports it
    vec![
        Cell::text(w.rule.clone()),
        Cell::text(w.subject.as_deref().unwrap_or(t.all_subjects)),
        Cell::text(w.reason.clone().unwrap_or_default()),
        Cell::text(w.approved_by.clone().unwrap_or_default()),
        Cell::text(date(w.approved_on)),
        Cell::text(date(w.expires)),
        Cell::text(used),
    ]
}

fn timeline(r: &ReportInput<'_>, t: &'static Texts) -> Section {
    // what needs attention: not valid today, or not covering an upcoming window
    let rows: Vec<Vec<Cell>> = r
        .timeline
        .iter()
        .filter(|e| e.state != State::Valid || e.windows.iter().any(|w| !w.covered))
        .map(|e| {
            let covers = e
                .windows
                .iter()
                .map(|w| format!("{}: {}", w.id, if w.covered { "✓" } else { "✗" }))
                .collect::<Vec<_>>()
                .join(", ");
            let place = match (&e.file, e.line) {
                (Some(f), Some(l)) => format!("{f}:{l}"),
                _ => String::new(),
            };
            vec![
                Cell::text(e.valid_until.as_deref().unwrap_or(t.no_end)),
                Cell::text(e.what.clone()),
                Cell::text(covers),
                Cell::of(vec![Inline::Code(place)]),
            ]
        })
        .collect();
    let block = if rows.is_empty() {
        Block::Para(vec![Inline::Text(t.nothing_expires.into())])
    } else {
        Block::Table {
            head: vec![t.valid_until, t.artefact, t.covers, t.place],
            rows,
        }
    };
    Section {
        heading: t.timeline,
        signature: false,
        blocks: vec![block],
    }
}
