//! `provkoll rules` and `provkoll explain`: views of the catalogue, so the rule pack documents
//! itself from its METADATA (and `policies/README.md` is one of these views).

use serde_json::{Value, json};

use crate::base::lang::Lang;
use crate::base::texts::{Noun, T, count, fill};
use crate::pack::catalogue::{Catalogue, Origin, PackSummary, Rule, Source};

/// Which pack a rule comes from, in words: `bundled`, `local, from egna-regler`.
pub fn origin_text(origin: &Origin, lang: Lang) -> String {
    match origin {
        Origin::Bundled => T::PackBundled.get(lang).to_owned(),
        Origin::Policies(dir) => fill(lang, T::PackPolicies, &[("dir", dir)]),
        Origin::Local(dir) => fill(lang, T::RuleLocal, &[("dir", dir)]),
    }
}

/// What a pack is made of, in words: `bundled + 2 local rules from egna-regler`.
pub fn pack_text(summary: &PackSummary, lang: Lang) -> String {
    let mut out = match &summary.base {
        Origin::Policies(dir) => fill(lang, T::PackPolicies, &[("dir", dir)]),
        _ => T::PackBundled.get(lang).to_owned(),
    };
    for (dir, n) in &summary.local {
        out.push_str(" + ");
        out.push_str(&fill(
            lang,
            T::PackLocal,
            &[("rules", &count(lang, *n, Noun::LocalRule)), ("dir", dir)],
        ));
    }
    out
}

/// A rule's titles, the reader's language first.
fn titles(r: &Rule, lang: Lang) -> (&str, &str) {
    match lang {
        Lang::En => (&r.title, &r.title_sv),
        Lang::Sv => (&r.title_sv, &r.title),
    }
}

/// The rule as JSON: every METADATA field.
pub fn rule_json(r: &Rule) -> Value {
    json!({
        "id": r.id,
        "slug": r.slug,
        "severity": r.severity,
        "title": r.title,
        "title_sv": r.title_sv,
        "description": r.description,
        "hint": r.hint,
        "hint_sv": r.hint_sv,
        "sources": r.sources,
        "package": r.package,
        "file": r.file,
        "pack": r.origin,
    })
}

/// Every rule as one JSON document.
pub fn rules_json(c: &Catalogue) -> Value {
    json!({"rules": c.rules.iter().map(rule_json).collect::<Vec<_>>()})
}

fn source_line(s: &Source) -> String {
    match &s.description {
        Some(d) => format!("{}: {}", s.reference, d),
        None => s.reference.clone(),
    }
}

/// Every rule, one block each: ID, severity, titles in both languages, sources.
pub fn rules_text(c: &Catalogue, lang: Lang) -> String {
    let mut out = String::new();
    for r in &c.rules {
        let (first, second) = titles(r, lang);
        out.push_str(&format!(
            "{:<13} {:<8} {first}\n",
            r.id,
            r.severity.as_str()
        ));
        out.push_str(&format!("{:<22} {second}\n", ""));
        for s in &r.sources {
            out.push_str(&format!("{:<22} {}\n", "", s.reference));
        }
        if r.origin != Origin::Bundled {
            out.push_str(&format!("{:<22} {}\n", "", origin_text(&r.origin, lang)));
        }
    }
    let summary = PackSummary::of(&c.rules);
    if summary.base != Origin::Bundled || !summary.local.is_empty() {
        out.push('\n');
        out.push_str(&fill(
            lang,
            T::RulesPack,
            &[("pack", &pack_text(&summary, lang))],
        ));
        out.push('\n');
    }
    out.push_str(&fill(
        lang,
        T::RulesFooter,
        &[("rules", &count(lang, c.rules.len(), Noun::Rule))],
    ));
    out
}

/// Wrap to 100 columns, indented by two, keeping paragraph breaks.
fn indent(text: &str) -> String {
    let opts = textwrap::Options::new(100)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
        .initial_indent("  ")
        .subsequent_indent("  ");
    text.split("\n\n")
        .map(|para| {
            textwrap::fill(
                &para.split_whitespace().collect::<Vec<_>>().join(" "),
                &opts,
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// One rule as a page: what it checks, why, how to fix it, and where it comes from.
pub fn explain_text(r: &Rule, lang: Lang) -> String {
    let (first, second) = titles(r, lang);
    let mut out = format!("{}: {first}\n{second}\n\n", r.id);
    let (severity, rule) = (T::ExplainSeverity.get(lang), T::ExplainRule.get(lang));
    // the labels are padded to one width, whichever is longer in the language
    let pack = T::ExplainPack.get(lang);
    let width = [severity, rule, pack]
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    out.push_str(&format!(
        "{:<width$} {}\n{:<width$} {} ({} {})\n{:<width$} {}\n\n",
        format!("{severity}:"),
        r.severity.as_str(),
        format!("{rule}:"),
        r.file,
        T::ExplainPackage.get(lang),
        r.package,
        format!("{pack}:"),
        origin_text(&r.origin, lang),
    ));
    if !r.description.is_empty() {
        out.push_str(&format!(
            "{}\n{}\n\n",
            T::WhyItMatters.get(lang),
            indent(&r.description)
        ));
    }
    match (lang, &r.hint_sv) {
        (Lang::Sv, Some(sv)) => {
            out.push_str(&format!("{}\n{}\n", T::HowToFix.get(lang), indent(sv)));
        }
        (Lang::Sv, None) => {
            out.push_str(&format!("{}\n{}\n", T::HowToFix.get(lang), indent(&r.hint)));
        }
        (Lang::En, sv) => {
            out.push_str(&format!("{}\n{}\n", T::HowToFix.get(lang), indent(&r.hint)));
            // the English page has always shown the Swedish fix too
            if let Some(sv) = sv {
                out.push_str(&format!(
                    "\n{}\n{}\n",
                    T::HowToFix.get(Lang::Sv),
                    indent(sv)
                ));
            }
        }
    }
    out.push_str(&format!("\n{}\n", T::Sources.get(lang)));
    for s in &r.sources {
        let opts = textwrap::Options::new(100)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(false)
            .initial_indent("  - ")
            .subsequent_indent("    ");
        out.push_str(&format!("{}\n", textwrap::fill(&source_line(s), &opts)));
    }
    out
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn md_source(s: &Source) -> String {
    let r = &s.reference;
    let link = if r.starts_with("http://") || r.starts_with("https://") {
        format!("<{r}>")
    } else {
        format!("`{r}`")
    };
    match &s.description {
        Some(d) => format!("{link}: {}", md_cell(d)),
        None => link,
    }
}

/// `policies/README.md`: a table of every rule, then each rule in full.
pub fn rules_markdown(c: &Catalogue, lang: Lang) -> String {
    let mut out = format!(
        "# {}\n\n<!-- {} -->\n\n{}\n\n{}\n| --- | --- | --- | --- |\n",
        T::RulesPageTitle.get(lang),
        T::RulesPageGenerated.get(lang),
        T::RulesPageIntro.get(lang),
        T::RulesPageHead.get(lang),
    );
    for r in &c.rules {
        let anchor = r.id.to_lowercase();
        let (first, second) = titles(r, lang);
        out.push_str(&format!(
            "| [{}](#{anchor}) | {} | {} | {} |\n",
            r.id,
            r.severity.as_str(),
            md_cell(first),
            md_cell(second)
        ));
    }
    for r in &c.rules {
        out.push('\n');
        out.push_str(&explain_markdown(r, lang));
    }
    out
}

/// One rule in Markdown, as `policies/README.md` shows it and an editor's hover does.
pub fn explain_markdown(r: &Rule, lang: Lang) -> String {
    let (first, second) = titles(r, lang);
    let mut out = format!("## {}\n\n**{first}**  \n*{second}*\n\n", r.id);
    out.push_str(&format!(
        "{}: {} · {}: `{}`",
        T::ExplainSeverity.get(lang),
        r.severity.as_str(),
        T::RulesPageFile.get(lang),
        r.file
    ));
    // the bundled pack's page (policies/README.md) says nothing of packs; a local rule's does
    if r.origin != Origin::Bundled {
        out.push_str(&format!(
            " · {}: {}",
            T::ExplainPack.get(lang),
            origin_text(&r.origin, lang)
        ));
    }
    out.push_str("\n\n");
    if !r.description.is_empty() {
        out.push_str(&format!("{}\n\n", r.description.trim()));
    }
    match (lang, &r.hint_sv) {
        (Lang::Sv, Some(sv)) => out.push_str(&format!("{}: {sv}\n\n", T::Fix.get(lang))),
        (Lang::Sv, None) => out.push_str(&format!("{}: {}\n\n", T::Fix.get(lang), r.hint)),
        (Lang::En, sv) => {
            out.push_str(&format!("{}: {}\n\n", T::Fix.get(lang), r.hint));
            // the English page has always shown the Swedish fix too
            if let Some(sv) = sv {
                out.push_str(&format!("{}: {sv}\n\n", T::Fix.get(Lang::Sv)));
            }
        }
    }
    out.push_str(&format!("{}:\n\n", T::Sources.get(lang)));
    for s in &r.sources {
        out.push_str(&format!("- {}\n", md_source(s)));
    }
    out
}
