//! A pull request's values cannot forge the sign-off report or the timeline (issue 17, item 1).
//! Example 01 is given hostile values (an organiser name, an exam window's id and name, a
//! processor's name, a waiver's fields, a file's name), and the same example with plain values in
//! the same places is its twin. Each Markdown output is read by a real CommonMark parser
//! (pulldown-cmark, GitHub's table and strikethrough extensions on): it must have exactly the
//! twin's structure (no heading, image, link, HTML, table row, list or emphasis that the report
//! did not write itself), and every hostile value must still be there as text.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::path::Path;

use provkoll::base::date::Date;
use provkoll::base::lang::Lang;
use provkoll::check::timeline::{Entry, WindowCover};
use provkoll::emit::report::{Block, Cell, Inline, Page, Section, markdown};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

mod common;
use common::{AS_OF, example_copy};

/// What a pull request might write into a value, each piece an attack on the Markdown.
const PIECES: &[&str] = &[
    // a carriage return ends a line for CommonMark; the comment then hides the rest of the page
    "Exempelby\r<!--",
    "\n# Bedömning: Redo",
    "\r\n## Godkännande",
    "![x](https://evil.example/p.png)",
    "[link](https://evil.example)",
    "<img src=x>",
    "a|b",
    "a\\|b",
    "`` ` ``",
    "&lt;script&gt;",
    "x\u{2028}y",
    "\u{85}\u{2029}\u{b}\u{c}z",
    "**fet** _kursiv_ ~~struken~~",
    "\u{1b}[31mröd\u{202e}kcab",
    // a CI runner's workflow commands: `::` at a line's start, `##[` anywhere in a line
    "\n::stop-commands::tok",
    "##[error]x",
];

/// All the pieces in one value, so that every field carries every attack.
fn hostile_value() -> String {
    PIECES.join(" ")
}

/// A file name with what can be in one: backticks, pipes, a backslash, markup.
const HOSTILE_FILE: &str = "`` ` ``a|b\\|c<img src=x>![p](https:x).yaml";

/// The values put into the example: hostile ones, or plain ones in the same places.
struct Values {
    organiser: String,
    window_id: String,
    window_name: String,
    processor: String,
    subject: String,
    reason: String,
    approver: String,
    /// The waiver's file, and the Lärplattan processor's under `processors/`.
    file: String,
    /// The people's file, whose employments have no start date: the timeline's page starts a
    /// line with its name.
    people: String,
}

impl Values {
    fn hostile() -> Self {
        let h = hostile_value();
        Self {
            organiser: h.clone(),
            window_id: format!("vt2027{h}"),
            window_name: h.clone(),
            processor: h.clone(),
            subject: h.clone(),
            reason: h.clone(),
            approver: h,
            file: HOSTILE_FILE.into(),
            people: "::error::people.yaml".into(),
        }
    }

    fn plain() -> Self {
        Self {
            organiser: "Plain organiser".into(),
            window_id: "vt2027-plain".into(),
            window_name: "Plain window".into(),
            processor: "Plain processor".into(),
            subject: "plain-subject".into(),
            reason: "Plain reason".into(),
            approver: "plain-approver".into(),
            file: "plain.yaml".into(),
            people: "people.yaml".into(),
        }
    }
}

/// A YAML double-quoted scalar holding exactly `s`.
fn quoted(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            ' '..='~' => o.push(c),
            c => o.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    o.push('"');
    o
}

fn replace_once(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from} in {}",
        path.display()
    );
    std::fs::write(path, text.replace(from, to)).unwrap();
}

/// Example 01 with `v` written into it: its organiser, its first upcoming exam window, Elevdata's
/// name (and an agreement that ends before that window, so the report's timeline lists it), a
/// waiver that excuses nothing and whose approver is no Person, in a file of the given name, which
/// Lärplattan's file (under `processors/`) has too.
fn example_with(v: &Values) -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, repo) = example_copy("01-ready-kommun");
    let organiser = repo.join("organiser.yaml");
    replace_once(
        &organiser,
        "name: Exempelby kommun",
        &format!("name: {}", quoted(&v.organiser)),
    );
    replace_once(
        &organiser,
        "  - id: vt2027-ak9\n    name: Åk 9, engelska och matematik",
        &format!(
            "  - id: {}\n    name: {}",
            quoted(&v.window_id),
            quoted(&v.window_name)
        ),
    );
    let elevdata = repo.join("processors/elevdata.yaml");
    replace_once(
        &elevdata,
        "name: Elevdata Norden AB",
        &format!("name: {}", quoted(&v.processor)),
    );
    replace_once(
        &elevdata,
        "valid_until: 2029-06-30",
        "valid_until: 2027-03-01",
    );
    std::fs::write(
        repo.join(&v.file),
        format!(
            "apiVersion: provkoll/v1\nkind: Waiver\nrule: SUPPORT-003\nsubject: {}\nreason: {}\napproved_by: {}\napproved_on: 2026-09-01\nexpires: 2027-06-30\n",
            quoted(&v.subject),
            quoted(&v.reason),
            quoted(&v.approver)
        ),
    )
    .unwrap();
    std::fs::rename(
        repo.join("processors/larplattan.yaml"),
        repo.join("processors").join(&v.file),
    )
    .unwrap();
    std::fs::rename(repo.join("people.yaml"), repo.join(&v.people)).unwrap();
    (dir, repo)
}

/// Run `provkoll` on `repo` with `args` and the reference date; its standard output.
fn output(repo: &Path, args: &[&str]) -> String {
    let out = common::provkoll()
        .args(args)
        .arg(repo)
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// How a value must read once rendered: line endings of every kind as a space (a line ending in
/// a table cell would end its row), other control and direction characters spelt out.
fn shown(value: &str) -> String {
    let mut o = String::new();
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => o.push(' '),
            '\t' => o.push(c),
            c if c.is_control()
                || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                o.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => o.push(c),
        }
    }
    o
}

/// What a CommonMark reader makes of a Markdown page.
#[derive(Debug, Default)]
struct Read {
    /// Every element and break in order, without the text: the page's structure.
    skeleton: Vec<String>,
    headings: Vec<String>,
    /// Rows (the header row included) of each table, in order.
    table_rows: Vec<usize>,
    images: Vec<String>,
    links: Vec<String>,
    /// Raw HTML, block or inline.
    html: Vec<String>,
    /// The text of each paragraph, heading, list item and table cell, code spans included.
    leaves: Vec<String>,
}

fn read(md: &str) -> Read {
    let mut r = Read::default();
    let mut leaf = String::new();
    let mut heading: Option<String> = None;
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(md, opts) {
        match &event {
            Event::Start(tag) => {
                r.skeleton.push(
                    format!("{tag:?}")
                        .split(['(', ' ', '{'])
                        .next()
                        .unwrap()
                        .into(),
                );
                match tag {
                    Tag::Heading { .. } => heading = Some(String::new()),
                    Tag::Table(_) => r.table_rows.push(0),
                    Tag::TableHead | Tag::TableRow => *r.table_rows.last_mut().unwrap() += 1,
                    Tag::Image { dest_url, .. } => r.images.push(dest_url.to_string()),
                    Tag::Link { dest_url, .. } => r.links.push(dest_url.to_string()),
                    _ => {}
                }
            }
            Event::End(end) => {
                r.skeleton.push(format!("/{end:?}"));
                if let TagEnd::Heading(_) = end {
                    r.headings.push(heading.take().unwrap());
                }
                if matches!(
                    end,
                    TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell
                ) {
                    r.leaves.push(std::mem::take(&mut leaf));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                leaf.push_str(t);
                if let Some(h) = heading.as_mut() {
                    h.push_str(t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                r.skeleton.push("html".into());
                r.html.push(h.to_string());
            }
            other => {
                r.skeleton.push(format!("{other:?}"));
                leaf.push('\n');
            }
        }
    }
    r
}

/// How the hostile page differs from its twin in structure, and which of `values` are not in
/// its text.
fn forged(hostile: &str, twin: &str, values: &[&str]) -> Vec<String> {
    let (h, t) = (read(hostile), read(twin));
    let mut wrong = Vec::new();
    if h.headings != t.headings {
        wrong.push(format!("headings {:?}", h.headings));
    }
    if h.table_rows != t.table_rows {
        wrong.push(format!(
            "rows per table {:?}, not {:?}",
            h.table_rows, t.table_rows
        ));
    }
    if !h.images.is_empty() {
        wrong.push(format!("images {:?}", h.images));
    }
    if h.links != t.links {
        wrong.push(format!("links {:?}", h.links));
    }
    let own = |html: &str| {
        html.starts_with("<!-- provkoll-fingerprints: ") && html.trim_end().ends_with("-->")
            || html == "<br>"
    };
    if h.html.len() != t.html.len() || !h.html.iter().all(|html| own(html)) {
        wrong.push(format!("HTML {:?}", h.html));
    }
    if h.skeleton != t.skeleton {
        wrong.push("another structure".into());
    }
    for value in values {
        let want = shown(value);
        if !h.leaves.iter().any(|l| l.contains(&want)) {
            wrong.push(format!("{want:?} is not in the text"));
        }
    }
    if hostile.contains('\u{1b}') {
        wrong.push("an ESC byte".into());
    }
    wrong
}

/// The hostile page has the twin's structure, and each of `values` is somewhere in its text.
fn assert_forged_nothing(what: &str, hostile: &str, twin: &str, values: &[&str]) {
    let wrong = forged(hostile, twin, values);
    assert!(wrong.is_empty(), "{what}: {wrong:#?}\n{hostile}");
}

/// Each attack alone, and what opens a block at a line's start, in every place a value can take on
/// a page: a label's value, a paragraph, a list item (after its place), a table cell as text, as
/// emphasis and as a code span, a timeline row and a window's column.
const ALONE: &[&str] = &[
    "- item",
    "+ item",
    "1. item",
    "2) item",
    "    code",
    "> quote",
    "---",
    "***",
    "===",
    "| a | b |",
    "<!-- x -->",
    "<div>x</div>",
    "```",
    "~~~",
    "[x]: https://evil.example",
    "<https://evil.example>",
    "\\",
    "x\\",
];

fn page(v: &str) -> Page {
    let cell = |content: Vec<Inline>| Cell {
        class: None,
        content,
    };
    Page {
        lang: Lang::En,
        title: "Title",
        organiser: v.into(),
        marker: "as-of=2026-11-25".into(),
        intro: vec![Block::Facts {
            class: None,
            rows: vec![("Organiser", vec![Inline::Text(v.into())])],
        }],
        sections: vec![Section {
            heading: "Section",
            signature: false,
            blocks: vec![
                Block::Para(vec![Inline::Text(v.into())]),
                Block::List(vec![
                    vec![Inline::Place(v.into()), Inline::Text(v.into())],
                    vec![Inline::Text(v.into())],
                ]),
                Block::Table {
                    head: vec!["What", "Value", "Source"],
                    rows: vec![vec![
                        // as in the report, a space after the emphasis (it closes only there)
                        cell(vec![
                            Inline::Strong(v.into()),
                            Inline::Text(format!(" {v}")),
                            Inline::Break,
                            Inline::Secondary(v.into()),
                            Inline::Waived(v.into()),
                        ]),
                        cell(vec![Inline::Code(v.into())]),
                        cell(vec![Inline::Source("https://example.org/a_b".into())]),
                    ]],
                },
            ],
        }],
    }
}

fn timeline(v: &str) -> String {
    let window = |id: &str| WindowCover {
        id: id.into(),
        start: "2027-03-08".into(),
        end: "2027-03-19".into(),
        covered: true,
    };
    let entry = Entry {
        kind: "dpa".into(),
        what: v.into(),
        subject: Some(v.into()),
        valid_from: None,
        valid_until: Some("2027-06-30".into()),
        state: provkoll::check::timeline::State::Valid,
        windows: vec![window(v), window("vt2027-ak6")],
        file: Some(v.into()),
        line: Some(3),
    };
    provkoll::emit::timeline::markdown(&[entry], Date::parse(AS_OF).unwrap(), None, Lang::En)
}

#[test]
fn each_attack_alone_forges_nothing_wherever_it_stands() {
    let twin = markdown::render(&page("plain")).unwrap();
    let twin_timeline = timeline("plain");
    let mut wrong = Vec::new();
    for v in PIECES.iter().chain(ALONE) {
        let md = markdown::render(&page(v)).unwrap();
        for w in forged(&md, &twin, &[v]) {
            wrong.push(format!("report, {v:?}: {w}"));
        }
        let md = timeline(v);
        for w in forged(&md, &twin_timeline, &[v]) {
            wrong.push(format!("timeline, {v:?}: {w}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn hostile_values_forge_nothing_in_the_markdown_report() {
    let (_h, hostile_repo) = example_with(&Values::hostile());
    let (_t, twin_repo) = example_with(&Values::plain());
    let h = hostile_value();
    for lang in ["sv", "en"] {
        let args = ["report", "--format", "markdown", "--lang", lang];
        let (hostile, twin) = (output(&hostile_repo, &args), output(&twin_repo, &args));
        assert!(
            twin.contains("Plain reason"),
            "the twin shows its values:\n{twin}"
        );
        // the organiser, the waiver's subject, reason and approver, the processor's agreement
        let agreement = format!("agreement with {h}");
        let window = format!("vt2027{h}: ✗");
        let file = format!("{HOSTILE_FILE}:");
        assert_forged_nothing(
            &format!("report --lang {lang}"),
            &hostile,
            &twin,
            &[&h, &agreement, &window, &file],
        );
    }
}

#[test]
fn hostile_values_forge_nothing_in_the_markdown_timeline() {
    let (_h, hostile_repo) = example_with(&Values::hostile());
    let (_t, twin_repo) = example_with(&Values::plain());
    let args = ["timeline", "--format", "markdown"];
    let h = hostile_value();
    let (hostile, twin) = (output(&hostile_repo, &args), output(&twin_repo, &args));
    // the window's id heads a column; the processor's name and the file are in a row
    let agreement = format!("agreement with {h}");
    let window = format!("vt2027{h}");
    let file = format!("processors/{HOSTILE_FILE}:");
    assert_forged_nothing("timeline", &hostile, &twin, &[&agreement, &window, &file]);
}

#[test]
fn hostile_values_forge_no_line_in_the_timeline_page() {
    let (_h, hostile_repo) = example_with(&Values::hostile());
    let (_t, twin_repo) = example_with(&Values::plain());
    let (hostile, twin) = (
        output(&hostile_repo, &["timeline"]),
        output(&twin_repo, &["timeline"]),
    );
    assert_eq!(
        hostile.lines().count(),
        twin.lines().count(),
        "lines\n{hostile}"
    );
    for line in hostile.lines() {
        assert!(
            !line.trim_start().starts_with("::") && !line.contains("##["),
            "a runner's command: {line}"
        );
        assert!(
            !line.chars().any(char::is_control),
            "a control character: {line:?}"
        );
    }
    let h = shown(&hostile_value()).replace("##[", "##\\[");
    assert!(
        hostile.contains(&format!("agreement with {h}\n")),
        "{hostile}"
    );
    assert!(
        hostile.contains(&format!("covers vt2027{h} (")),
        "{hostile}"
    );
    assert!(hostile.contains(" :\\:error::people.yaml:"), "{hostile}");
}

#[test]
fn hostile_values_are_escaped_in_the_html_report() {
    let (_h, repo) = example_with(&Values::hostile());
    let html = output(&repo, &["report", "--format", "html"]);
    for banned in [
        "<img",
        "<script",
        "<!--",
        "<a href=\"https://evil",
        "\u{1b}",
        "##[",
    ] {
        assert!(!html.contains(banned), "{banned:?} in\n{html}");
    }
    let title = &html[html.find("<title>").unwrap()..html.find("</title>").unwrap()];
    assert!(
        title.contains("&lt;img src=x&gt;") && title.contains("&amp;lt;script&amp;gt;"),
        "{title}"
    );
}
