//! `provkoll report`: the page a data-protection officer reads and signs. Self-contained HTML
//! (no fonts, scripts, images or stylesheets fetched; a print stylesheet for A4) or Markdown, in
//! Swedish (default) or English, tied to the exact configuration, pack and date by fingerprints.

use std::fmt::Write as _;

use crate::catalogue::Rule;
use crate::error::{PolicyError, StageError};
use crate::finding::{Finding, RunReport, Severity};
use crate::fingerprint::Fingerprints;
use crate::model::{ModelDoc, Typed};
use crate::timeline::Entry;

/// The report's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Swedish (the default).
    Sv,
    /// English.
    En,
}

/// The report's own texts, in one language.
struct Texts {
    title: &'static str,
    organiser: &'static str,
    as_of: &'static str,
    tool: &'static str,
    fingerprints: &'static str,
    fp_config: &'static str,
    fp_pack: &'static str,
    fp_waivers: &'static str,
    fp_combined: &'static str,
    verdict: &'static str,
    ready: &'static str,
    not_ready: &'static str,
    incomplete: &'static str,
    counts: &'static str,
    coverage: &'static str,
    rule: &'static str,
    status: &'static str,
    source: &'static str,
    pass: &'static str,
    pass_partial: &'static str,
    fail: &'static str,
    waived: &'static str,
    not_applicable: &'static str,
    not_evaluated: &'static str,
    no_waivers: &'static str,
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

const SV: Texts = Texts {
    title: "Underlag för godkännande: digitala nationella prov och dataskydd",
    organiser: "Huvudman",
    as_of: "Kontrollerat per",
    tool: "Verktyg",
    fingerprints: "Fingeravtryck (SHA-256)",
    fp_config: "Konfigurationen",
    fp_pack: "Regelpaketet",
    fp_waivers: "Undantagen",
    fp_combined: "Sammanlagt",
    verdict: "Bedömning",
    ready: "Redo",
    not_ready: "Inte redo",
    incomplete: "Kontrollen kunde inte slutföras: filer nedan kunde inte läsas eller tolkas.",
    counts: "Öppna fynd",
    coverage: "Regler och status",
    rule: "Regel",
    status: "Status",
    source: "Källa",
    pass: "uppfylld",
    pass_partial: "uppfylld i de filer som kunde läsas",
    fail: "brister",
    waived: "undantagen",
    not_applicable: "ej tillämplig",
    not_evaluated: "ej utvärderad",
    no_waivers: "inga undantag finns",
    findings: "Fynd",
    none: "Inga.",
    place: "Plats",
    value: "Värde",
    fix: "Åtgärd",
    ledger: "Undantag",
    subject: "Gäller",
    all_subjects: "alla",
    reason: "Skäl",
    approved_by: "Godkänt av",
    approved_on: "Godkänt",
    expires: "Gäller till",
    used: "Används",
    stale: "Utgångna, oanvända eller felaktiga undantag",
    timeline: "Det som löper ut före eller under provperioderna",
    nothing_expires: "Inget löper ut före eller under de kommande provperioderna.",
    artefact: "Vad",
    valid_until: "Giltigt till",
    no_end: "tills vidare",
    covers: "Täcker",
    signoff: "Godkännande",
    signoff_text: "Jag har granskat underlaget ovan. Det gäller den konfiguration vars sammanlagda fingeravtryck är",
    name: "Namn",
    role: "Roll",
    date: "Datum",
    signature: "Underskrift",
    errors: "kontrollfel",
    severity: "Allvarlighet",
};

const EN: Texts = Texts {
    title: "Sign-off report: digital national tests and data protection",
    organiser: "Organiser",
    as_of: "Checked as of",
    tool: "Tool",
    fingerprints: "Fingerprints (SHA-256)",
    fp_config: "Configuration",
    fp_pack: "Policy pack",
    fp_waivers: "Waivers",
    fp_combined: "Combined",
    verdict: "Verdict",
    ready: "Ready",
    not_ready: "Not ready",
    incomplete: "The check could not be completed: the files below could not be read or understood.",
    counts: "Open findings",
    coverage: "Rules and status",
    rule: "Rule",
    status: "Status",
    source: "Source",
    pass: "pass",
    pass_partial: "pass in the files that could be read",
    fail: "fail",
    waived: "waived",
    not_applicable: "not applicable",
    not_evaluated: "not evaluated",
    no_waivers: "there are no waivers",
    findings: "Findings",
    none: "None.",
    place: "Place",
    value: "Value",
    fix: "Fix",
    ledger: "Waivers",
    subject: "Subject",
    all_subjects: "all",
    reason: "Reason",
    approved_by: "Approved by",
    approved_on: "Approved",
    expires: "Expires",
    used: "Used",
    stale: "Expired, unused or malformed waivers",
    timeline: "What expires before or within the exam windows",
    nothing_expires: "Nothing expires before or within the upcoming exam windows.",
    artefact: "What",
    valid_until: "Valid until",
    no_end: "no end date",
    covers: "Covers",
    signoff: "Sign-off",
    signoff_text: "I have reviewed the report above. It applies to the configuration whose combined fingerprint is",
    name: "Name",
    role: "Role",
    date: "Date",
    signature: "Signature",
    errors: "check errors",
    severity: "Severity",
};

/// Everything the report shows, gathered once for both formats.
pub struct ReportData<'a> {
    /// The check.
    pub run: &'a RunReport,
    /// The documents behind it.
    pub docs: &'a [ModelDoc],
    /// The fingerprints.
    pub fingerprints: Fingerprints,
    /// Timeline entries that do not cover every upcoming window or expire soon.
    pub timeline: Vec<Entry>,
    /// The severity at which the configuration is not ready.
    pub fail_on: Severity,
    /// Language.
    pub lang: Lang,
}

enum Status {
    Pass,
    Fail(usize),
    Waived(usize),
    NotApplicable(&'static str),
    NotEvaluated,
}

struct WaiverRow {
    rule: String,
    subject: Option<String>,
    reason: String,
    approved_by: String,
    approved_on: String,
    expires: String,
    used: usize,
    stale: Option<&'static str>,
}

impl WaiverRow {
    /// How many findings it excuses, and which waiver rule reports it when it is stale.
    fn used_text(&self) -> String {
        match self.stale {
            Some(id) => format!("{} ({id})", self.used),
            None => self.used.to_string(),
        }
    }
}

impl ReportData<'_> {
    fn t(&self) -> &'static Texts {
        match self.lang {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }

    fn organiser(&self) -> String {
        self.docs
            .iter()
            .find_map(|d| match &d.typed {
                Typed::Organiser(o) => Some(o.name.clone()),
                _ => None,
            })
            .unwrap_or_else(|| "–".into())
    }

    fn ready(&self) -> bool {
        self.run.problems.is_empty() && !self.run.fails_at(self.fail_on)
    }

    fn status(&self, rule: &Rule) -> Status {
        let failed = self.run.problems.iter().any(|p| matches!(&p.error, StageError::Policy(PolicyError::Runtime { rule: r, .. } | PolicyError::BadViolation { rule: r, .. }) if *r == rule.id));
        if failed {
            return Status::NotEvaluated;
        }
        let open = self.run.open().filter(|f| f.rule == rule.id).count();
        let waived = self
            .run
            .findings
            .iter()
            .filter(|f| f.rule == rule.id && f.waived_by.is_some())
            .count();
        let has_waivers = self
            .docs
            .iter()
            .any(|d| matches!(d.typed, Typed::Waiver(_)));
        match (open, waived) {
            (0, 0) if rule.builtin && !has_waivers => Status::NotApplicable(self.t().no_waivers),
            (0, 0) => Status::Pass,
            (0, w) => Status::Waived(w),
            (o, _) => Status::Fail(o),
        }
    }

    fn status_text(&self, s: &Status) -> String {
        let t = self.t();
        match s {
            // with files unread, a rule that found nothing has only seen part of the configuration
            Status::Pass if !self.run.problems.is_empty() => t.pass_partial.into(),
            Status::Pass => t.pass.into(),
            Status::Fail(n) => format!("{} ({n})", t.fail),
            Status::Waived(n) => format!("{} ({n})", t.waived),
            Status::NotApplicable(why) => format!("{}: {why}", t.not_applicable),
            Status::NotEvaluated => t.not_evaluated.into(),
        }
    }

    fn waivers(&self) -> Vec<WaiverRow> {
        let waivers = self.docs.iter().filter_map(|d| match &d.typed {
            Typed::Waiver(w) => Some((d, w)),
            _ => None,
        });
        waivers
            .enumerate()
            .map(|(n, (d, w))| {
                let span = d.doc.key_span(&[]);
                let used = self
                    .run
                    .findings
                    .iter()
                    .filter(|f| {
                        f.waived_by
                            .as_ref()
                            .is_some_and(|r| r.file == d.doc.file && r.span == span)
                    })
                    .count();
                // the waiver rules report against `waivers[n]`, the n-th waiver, as here
                let path = format!("waivers[{n}]");
                let stale = ["WAIVER-003", "WAIVER-002", "WAIVER-001"]
                    .into_iter()
                    .find(|id| {
                        self.run
                            .findings
                            .iter()
                            .any(|f| f.rule == *id && f.path == path)
                    });
                WaiverRow {
                    rule: w.rule.clone(),
                    subject: w.subject.clone(),
                    reason: w.reason.clone().unwrap_or_default(),
                    approved_by: w.approved_by.clone().unwrap_or_default(),
                    approved_on: w.approved_on.map(|d| d.to_string()).unwrap_or_default(),
                    expires: w.expires.map(|d| d.to_string()).unwrap_or_default(),
                    used,
                    stale,
                }
            })
            .collect()
    }

    fn title_of(&self, f: &Finding) -> (String, String) {
        match self.lang {
            Lang::Sv => (f.title_sv.clone(), f.title.clone()),
            Lang::En => (f.title.clone(), f.title_sv.clone()),
        }
    }

    fn hint_of(&self, f: &Finding) -> String {
        match (self.lang, &f.hint_sv) {
            (Lang::Sv, Some(h)) => h.clone(),
            _ => f.hint.clone(),
        }
    }

    fn place(&self, f: &Finding) -> String {
        match (self.run.display(f.file), f.span) {
            (Some(file), Some(s)) => format!("{file}:{}", s.start.line),
            (Some(file), None) => file.to_owned(),
            _ => "–".into(),
        }
    }

    /// The offending value as written, identity numbers masked.
    fn value(&self, f: &Finding) -> String {
        let text = match (f.file.and_then(|id| self.run.sources.get(id)), f.span) {
            (Some(src), Some(span)) if f.label.is_none() => src.slice(span).to_owned(),
            _ => String::new(),
        };
        let text: String = text.chars().take(80).collect();
        crate::redact::mask(&text).into_owned()
    }

    fn counts_line(&self) -> String {
        let (e, w, i) = self.run.counts();
        let t = self.t();
        let sev = |s: Severity| match (self.lang, s) {
            (Lang::Sv, Severity::Error) => "fel",
            (Lang::Sv, Severity::Warning) => "varningar",
            (Lang::Sv, Severity::Info) => "info",
            (Lang::En, s) => s.as_str(),
        };
        format!(
            "{}: {e} {}, {w} {}, {i} {}; {}: {}; {}: {}",
            t.counts,
            sev(Severity::Error),
            sev(Severity::Warning),
            sev(Severity::Info),
            t.waived,
            self.run.waived(),
            t.errors,
            self.run.problems.len()
        )
    }

    fn severity(&self, s: Severity) -> &'static str {
        match (self.lang, s) {
            (Lang::Sv, Severity::Error) => "fel",
            (Lang::Sv, Severity::Warning) => "varning",
            (Lang::Sv, Severity::Info) => "info",
            (Lang::En, s) => s.as_str(),
        }
    }

    fn source_of(rule: &Rule) -> String {
        rule.sources
            .first()
            .map(|s| s.reference.clone())
            .unwrap_or_default()
    }
}

/// Which windows a timeline entry covers, e.g. `vt2027-ak9: ✓, vt2027-ak6: ✗`.
fn covers(e: &Entry) -> String {
    e.windows
        .iter()
        .map(|w| format!("{}: {}", w.id, if w.covered { "✓" } else { "✗" }))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `file:line` of a timeline entry, or nothing.
fn entry_place(e: &Entry) -> String {
    match (&e.file, e.line) {
        (Some(f), Some(l)) => format!("{f}:{l}"),
        _ => String::new(),
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A source as a link when it is a web page; seeds are named as they are.
fn html_source(r: &str) -> String {
    if r.starts_with("https://") || r.starts_with("http://") {
        format!("<a href=\"{0}\">{0}</a>", esc(r))
    } else {
        format!("<code>{}</code>", esc(r))
    }
}

const CSS: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}th,td{border:1px solid #6b6b6b;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#e8e8e8}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em;word-break:break-all}
.ready{color:#0b5d1e;font-weight:bold}.notready{color:#8a1010;font-weight:bold}
.fail{color:#8a1010;font-weight:bold}.waived{color:#5a4500}.pass{color:#0b5d1e}
.sign td{height:2.6rem}.fp{font-size:.85rem}
@page{size:A4;margin:18mm 15mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}a{color:#1a1a1a;text-decoration:none}h2{break-after:avoid}tr{break-inside:avoid}.sign{break-inside:avoid}}
";

/// The report as one self-contained HTML page.
pub fn html(d: &ReportData<'_>) -> String {
    let t = d.t();
    let fp = &d.fingerprints;
    let lang = match d.lang {
        Lang::Sv => "sv",
        Lang::En => "en",
    };
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} – {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        esc(t.title),
        esc(&d.organiser())
    );
    let _ = write!(
        o,
        "<h1>{}</h1>\n<table>\n<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n<tr><th scope=\"row\">{}</th><td>provkoll {}</td></tr>\n</table>\n",
        esc(t.title),
        t.organiser,
        esc(&d.organiser()),
        t.as_of,
        d.run.as_of,
        t.tool,
        esc(&d.run.tool_version)
    );
    let _ = write!(o, "<h2>{}</h2>\n<table class=\"fp\">\n", t.fingerprints);
    for (label, value) in [
        (t.fp_config, &fp.configuration),
        (t.fp_pack, &fp.policy_pack),
        (t.fp_waivers, &fp.waivers),
        (t.fp_combined, &fp.combined),
    ] {
        let _ = writeln!(
            o,
            "<tr><th scope=\"row\">{label}</th><td><code>{value}</code></td></tr>"
        );
    }
    o.push_str("</table>\n");
    let (class, verdict) = if d.ready() {
        ("ready", t.ready)
    } else {
        ("notready", t.not_ready)
    };
    let _ = write!(
        o,
        "<h2>{}</h2>\n<p class=\"{class}\">{verdict} (--fail-on {})</p>\n<p>{}</p>\n",
        t.verdict,
        d.fail_on.as_str(),
        esc(&d.counts_line())
    );
    if !d.run.problems.is_empty() {
        let _ = writeln!(o, "<p class=\"notready\">{}</p>\n<ul>", t.incomplete);
        for p in &d.run.problems {
            let place = match (d.run.display(p.file), p.span) {
                (Some(f), Some(s)) => format!("{f}:{}: ", s.start.line),
                (Some(f), None) => format!("{f}: "),
                _ => String::new(),
            };
            let _ = writeln!(o, "<li>{}{}</li>", esc(&place), esc(&p.error.to_string()));
        }
        o.push_str("</ul>\n");
    }
    let _ = write!(
        o,
        "<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        t.coverage, t.rule, t.severity, t.status, t.source
    );
    for r in &d.run.rules {
        let s = d.status(r);
        let class = match s {
            Status::Fail(_) => "fail",
            Status::Waived(_) => "waived",
            Status::Pass => "pass",
            _ => "",
        };
        let title = if d.lang == Lang::Sv {
            &r.title_sv
        } else {
            &r.title
        };
        let _ = writeln!(
            o,
            "<tr><td><strong>{}</strong> {}</td><td>{}</td><td class=\"{class}\">{}</td><td>{}</td></tr>",
            esc(&r.id),
            esc(title),
            d.severity(r.severity),
            esc(&d.status_text(&s)),
            html_source(&ReportData::source_of(r))
        );
    }
    o.push_str("</tbody>\n</table>\n");
    let _ = writeln!(o, "<h2>{}</h2>", t.findings);
    if d.run.findings.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t.none);
    } else {
        let _ = write!(
            o,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t.rule, t.place, t.value, t.fix
        );
        for f in &d.run.findings {
            let (first, second) = d.title_of(f);
            let status = if f.waived_by.is_some() {
                format!(" <em class=\"waived\">({})</em>", t.waived)
            } else {
                String::new()
            };
            let _ = writeln!(
                o,
                "<tr><td><strong>{}</strong> ({}){status}<br>{}<br><small>{}</small><br>{}</td><td><code>{}</code></td><td><code>{}</code></td><td>{}</td></tr>",
                esc(&f.rule),
                d.severity(f.severity),
                esc(&first),
                esc(&second),
                esc(&crate::redact::mask(&f.message)),
                esc(&d.place(f)),
                esc(&d.value(f)),
                esc(&d.hint_of(f))
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    let waivers = d.waivers();
    let _ = writeln!(o, "<h2>{}</h2>", t.ledger);
    let ledger_table = |rows: &[&WaiverRow], o: &mut String| {
        let _ = write!(
            o,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t.rule, t.subject, t.reason, t.approved_by, t.approved_on, t.expires, t.used
        );
        for w in rows {
            let used = w.used_text();
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&w.rule),
                esc(w.subject.as_deref().unwrap_or(t.all_subjects)),
                esc(&w.reason),
                esc(&w.approved_by),
                esc(&w.approved_on),
                esc(&w.expires),
                esc(&used)
            );
        }
        o.push_str("</tbody>\n</table>\n");
    };
    let active: Vec<&WaiverRow> = waivers.iter().filter(|w| w.stale.is_none()).collect();
    let stale: Vec<&WaiverRow> = waivers.iter().filter(|w| w.stale.is_some()).collect();
    if waivers.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t.none);
    } else {
        if !active.is_empty() {
            ledger_table(&active, &mut o);
        }
        if !stale.is_empty() {
            let _ = writeln!(o, "<h3>{}</h3>", t.stale);
            ledger_table(&stale, &mut o);
        }
    }
    let _ = writeln!(o, "<h2>{}</h2>", t.timeline);
    if d.timeline.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t.nothing_expires);
    } else {
        let _ = write!(
            o,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t.valid_until, t.artefact, t.covers, t.place
        );
        for e in &d.timeline {
            let covers = covers(e);
            let place = entry_place(e);
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
                esc(e.valid_until.as_deref().unwrap_or(t.no_end)),
                esc(&e.what),
                esc(&covers),
                esc(&place)
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    let _ = write!(
        o,
        "<section class=\"sign\">\n<h2>{}</h2>\n<p>{} <code>{}</code>.</p>\n<table>\n",
        t.signoff, t.signoff_text, fp.combined
    );
    for label in [t.name, t.role, t.date, t.signature] {
        let _ = writeln!(o, "<tr><th scope=\"row\">{label}</th><td></td></tr>");
    }
    o.push_str("</table>\n</section>\n</main>\n</body>\n</html>\n");
    o
}

/// The report as Markdown for GitHub and GitLab.
pub fn markdown(d: &ReportData<'_>) -> String {
    let t = d.t();
    let fp = &d.fingerprints;
    let mut o = String::new();
    let _ = write!(
        o,
        "# {}\n\n| | |\n| --- | --- |\n| {} | {} |\n| {} | {} |\n| {} | provkoll {} |\n\n",
        t.title,
        t.organiser,
        md(&d.organiser()),
        t.as_of,
        d.run.as_of,
        t.tool,
        d.run.tool_version
    );
    let _ = write!(
        o,
        "## {}\n\n| | |\n| --- | --- |\n| {} | `{}` |\n| {} | `{}` |\n| {} | `{}` |\n| {} | `{}` |\n\n",
        t.fingerprints,
        t.fp_config,
        fp.configuration,
        t.fp_pack,
        fp.policy_pack,
        t.fp_waivers,
        fp.waivers,
        t.fp_combined,
        fp.combined
    );
    let verdict = if d.ready() { t.ready } else { t.not_ready };
    let _ = write!(
        o,
        "## {}\n\n**{verdict}** (`--fail-on {}`)\n\n{}\n\n",
        t.verdict,
        d.fail_on.as_str(),
        d.counts_line()
    );
    if !d.run.problems.is_empty() {
        let _ = writeln!(o, "{}\n", t.incomplete);
        for p in &d.run.problems {
            let place = match (d.run.display(p.file), p.span) {
                (Some(f), Some(s)) => format!("`{f}:{}` ", s.start.line),
                (Some(f), None) => format!("`{f}` "),
                _ => String::new(),
            };
            let _ = writeln!(o, "- {place}{}", md(&p.error.to_string()));
        }
        o.push('\n');
    }
    let _ = write!(
        o,
        "## {}\n\n| {} | {} | {} | {} |\n| --- | --- | --- | --- |\n",
        t.coverage, t.rule, t.severity, t.status, t.source
    );
    for r in &d.run.rules {
        let title = if d.lang == Lang::Sv {
            &r.title_sv
        } else {
            &r.title
        };
        let _ = writeln!(
            o,
            "| **{}** {} | {} | {} | {} |",
            r.id,
            md(title),
            d.severity(r.severity),
            md(&d.status_text(&d.status(r))),
            md(&ReportData::source_of(r))
        );
    }
    let _ = write!(o, "\n## {}\n\n", t.findings);
    if d.run.findings.is_empty() {
        let _ = writeln!(o, "{}", t.none);
    } else {
        let _ = write!(
            o,
            "| {} | {} | {} | {} |\n| --- | --- | --- | --- |\n",
            t.rule, t.place, t.value, t.fix
        );
        for f in &d.run.findings {
            let (first, second) = d.title_of(f);
            let status = if f.waived_by.is_some() {
                format!(" *({})*", t.waived)
            } else {
                String::new()
            };
            let value = d.value(f);
            let value = if value.is_empty() {
                String::new()
            } else {
                format!("`{}`", md(&value))
            };
            let _ = writeln!(
                o,
                "| **{}** ({}){status}<br>{}<br>*{}*<br>{} | `{}` | {value} | {} |",
                f.rule,
                d.severity(f.severity),
                md(&first),
                md(&second),
                md(&crate::redact::mask(&f.message)),
                d.place(f),
                md(&d.hint_of(f))
            );
        }
    }
    let _ = write!(o, "\n## {}\n\n", t.ledger);
    let waivers = d.waivers();
    if waivers.is_empty() {
        let _ = writeln!(o, "{}", t.none);
    }
    for (heading, rows) in [
        (
            None,
            waivers
                .iter()
                .filter(|w| w.stale.is_none())
                .collect::<Vec<_>>(),
        ),
        (
            Some(t.stale),
            waivers.iter().filter(|w| w.stale.is_some()).collect(),
        ),
    ] {
        if rows.is_empty() {
            continue;
        }
        if let Some(h) = heading {
            let _ = write!(o, "\n### {h}\n\n");
        }
        let _ = write!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} |\n| --- | --- | --- | --- | --- | --- | --- |\n",
            t.rule, t.subject, t.reason, t.approved_by, t.approved_on, t.expires, t.used
        );
        for w in rows {
            let used = w.used_text();
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} | {} | {used} |",
                md(&w.rule),
                md(w.subject.as_deref().unwrap_or(t.all_subjects)),
                md(&w.reason),
                md(&w.approved_by),
                w.approved_on,
                w.expires
            );
        }
    }
    let _ = write!(o, "\n## {}\n\n", t.timeline);
    if d.timeline.is_empty() {
        let _ = writeln!(o, "{}", t.nothing_expires);
    } else {
        let _ = write!(
            o,
            "| {} | {} | {} | {} |\n| --- | --- | --- | --- |\n",
            t.valid_until, t.artefact, t.covers, t.place
        );
        for e in &d.timeline {
            let covers = covers(e);
            let place = if entry_place(e).is_empty() {
                String::new()
            } else {
                format!("`{}`", entry_place(e))
            };
            let _ = writeln!(
                o,
                "| {} | {} | {covers} | {place} |",
                e.valid_until.as_deref().unwrap_or(t.no_end),
                md(&e.what)
            );
        }
    }
    let _ = write!(
        o,
        "\n## {}\n\n{} `{}`.\n\n| | |\n| --- | --- |\n",
        t.signoff, t.signoff_text, fp.combined
    );
    for label in [t.name, t.role, t.date, t.signature] {
        let _ = writeln!(o, "| {label} | |");
    }
    o
}
