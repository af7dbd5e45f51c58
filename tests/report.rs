//! The data-protection officer's report: content per example (snapshots), self-contained HTML,
//! the same bytes for the same input, fingerprints that follow the checked files only, and a
//! real browser rendering it to PNG and PDF.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{AS_OF, root};

fn provkoll(args: &[&str]) -> (i32, String) {
    let (code, out) = common::run(args);
    (code, String::from_utf8(out).unwrap())
}

fn redacted() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"provkoll \d+\.\d+\.\d+", "provkoll [VERSION]");
    // the pack's fingerprint (and so the combined one) changes with every rule edit
    s.add_filter(r"[0-9a-f]{64}", "[SHA-256]");
    s.add_filter(
        r"\b[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\b",
        "[CHECK CODE]",
    );
    s.add_filter(r"tool=\d+\.\d+\.\d+", "tool=[VERSION]");
    s
}

#[test]
fn each_example_report_is_pinned() {
    let _g = redacted().bind_to_scope();
    for (name, dir, lang) in [
        ("02_sv", "examples/02-fristaende-koncern", "sv"),
        ("03_sv", "examples/03-broken-file", "sv"),
        ("06_en", "examples/06-readiness-audit", "en"),
        ("07_sv", "examples/07-waivers", "sv"),
    ] {
        let (_, md) = provkoll(&[
            "report", dir, "--as-of", AS_OF, "--format", "markdown", "--lang", lang,
        ]);
        insta::assert_snapshot!(format!("report_{name}_md"), md);
    }
    let (_, html) = provkoll(&["report", "examples/07-waivers", "--as-of", AS_OF]);
    insta::assert_snapshot!("report_07_sv_html", html);
}

#[test]
fn the_html_fetches_nothing_and_is_the_same_every_time() {
    let (code, html) = provkoll(&["report", "examples/07-waivers", "--as-of", AS_OF]);
    assert_eq!(
        code, 1,
        "07 is not ready: WAIVER-003 and ORG-006 are errors"
    );
    for banned in [
        "<link", "<script", "<img", "<iframe", "@import", "url(", "src=",
    ] {
        assert!(!html.contains(banned), "the report must not load {banned}");
    }
    // every reference to the web is a link in the text, never a resource
    let refs = html
        .match_indices("https://")
        .chain(html.match_indices("http://"));
    for (i, _) in refs {
        let before = &html[..i];
        assert!(
            before.ends_with("<a href=\"") || before.ends_with("\">"),
            "not a text link at {}",
            &html[i.saturating_sub(30)..i + 20]
        );
    }
    assert!(html.contains("@media print") && html.contains("size:A4"));
    assert!(html.contains("<th scope=\"col\">") && html.contains("<html lang=\"sv\">"));
    assert_eq!(
        provkoll(&["report", "examples/07-waivers", "--as-of", AS_OF]).1,
        html
    );
}

#[test]
fn the_report_lists_every_rule_and_every_waiver_with_its_approver() {
    let (_, md) = provkoll(&[
        "report",
        "examples/07-waivers",
        "--as-of",
        AS_OF,
        "--format",
        "markdown",
        "--lang",
        "en",
    ]);
    let rules = provkoll::pack::catalogue::Catalogue::bundled()
        .unwrap()
        .rules;
    for r in &rules {
        assert!(
            md.contains(&format!("| **{}** ", r.id)),
            "{} missing from the coverage matrix",
            r.id
        );
    }
    assert!(md.contains("| ROLE-002 | sjoskolan |") && md.contains("| dora |"));
    assert!(md.contains("### Expired, unused or malformed waivers"));
    assert!(md.contains("waived (1)") && md.contains("**Not ready**"));
}

fn fingerprints(dir: &Path) -> serde_json::Value {
    let (_, out) = provkoll(&[
        "fingerprint",
        dir.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--json",
    ]);
    serde_json::from_str::<serde_json::Value>(&out).unwrap()["fingerprints"].clone()
}

#[test]
fn the_fingerprint_follows_every_byte_of_the_checked_files_and_nothing_else() {
    let (_dir, repo) = common::example_copy("01-ready-kommun");
    let before = fingerprints(&repo);
    // an unrelated file: a README and a CI workflow without provkoll documents
    std::fs::write(repo.join("NOTES.md"), "anteckningar").unwrap();
    std::fs::write(repo.join("ci/pipeline.yml"), "stages: [test, deploy]\n").unwrap();
    assert_eq!(fingerprints(&repo), before);
    // one byte in a checked file
    let path = repo.join("support.yaml");
    let mut text = std::fs::read(&path).unwrap();
    text.push(b'\n');
    std::fs::write(&path, text).unwrap();
    let after = fingerprints(&repo);
    assert_ne!(after["configuration"], before["configuration"]);
    assert_ne!(after["combined"], before["combined"]);
    assert_eq!(after["policy_pack"], before["policy_pack"]);
    // the combined fingerprint names the date too
    let (_, other_day) = provkoll(&[
        "fingerprint",
        repo.to_str().unwrap(),
        "--as-of",
        "2026-11-26",
        "--json",
    ]);
    let other: serde_json::Value = serde_json::from_str(&other_day).unwrap();
    assert_ne!(other["fingerprints"]["combined"], after["combined"]);
    assert_eq!(
        other["fingerprints"]["configuration"],
        after["configuration"]
    );
}

#[test]
fn the_report_quotes_the_fingerprint_that_fingerprint_prints() {
    let (_, html) = provkoll(&["report", "examples/02-fristaende-koncern", "--as-of", AS_OF]);
    let fp = fingerprints(&root().join("examples/02-fristaende-koncern"));
    assert!(html.contains(fp["combined"].as_str().unwrap()));
    assert!(html.contains(fp["configuration"].as_str().unwrap()));
}

/// Debian's chromium, which `.ci/run` installs when it is absent.
fn chromium() -> PathBuf {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .expect("chromium is needed for this test: run .ci/run, which installs Debian's chromium, or `apt-get install chromium`")
}

/// Headless chromium, as the machine's notes say it must be started (no background network,
/// a fresh profile in `dir/profile`).
fn browser(dir: &Path, profile: &str) -> Command {
    let mut c = Command::new(chromium());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", dir.join(profile).display()));
    c
}

/// `html` printed to PDF by chromium, as a reader who prints the report gets it.
fn print_to_pdf(html: &Path, dir: &Path) -> PathBuf {
    let pdf = html.with_extension("pdf");
    let profile = format!("print-{}", html.file_stem().unwrap().to_string_lossy());
    let print = browser(dir, &profile)
        .args([
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
            &format!("file://{}", html.display()),
        ])
        .output()
        .unwrap();
    assert!(
        print.status.success(),
        "{}",
        String::from_utf8_lossy(&print.stderr)
    );
    pdf
}

#[test]
fn a_browser_renders_the_html_report_to_png_and_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("rapport.html");
    let (_, _) = provkoll(&[
        "report",
        "examples/07-waivers",
        "--as-of",
        AS_OF,
        "--output",
        html.to_str().unwrap(),
    ]);
    let png = dir.path().join("rapport.png");
    let shot = browser(dir.path(), "p1")
        .args([
            "--window-size=1000,1400",
            &format!("--screenshot={}", png.display()),
            &format!("file://{}", html.display()),
        ])
        .output()
        .unwrap();
    assert!(
        shot.status.success(),
        "{}",
        String::from_utf8_lossy(&shot.stderr)
    );
    let pdf = print_to_pdf(&html, dir.path());
    let png_bytes = std::fs::read(&png).unwrap();
    let pdf_bytes = std::fs::read(&pdf).unwrap();
    assert!(
        png_bytes.starts_with(b"\x89PNG") && png_bytes.len() > 30_000,
        "screenshot is {} bytes",
        png_bytes.len()
    );
    assert!(
        pdf_bytes.starts_with(b"%PDF") && pdf_bytes.len() > 30_000,
        "PDF is {} bytes",
        pdf_bytes.len()
    );
    // more than one A4 page: the whole report was laid out, not an error page
    let pages = pdf_pages(&pdf_bytes);
    assert!(pages >= 2, "{pages} pages");
}

/// The pages of a PDF: its page objects (`/Type /Page`, not the page tree's `/Type /Pages`),
/// checked against the page count the root of the page tree states.
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let objects = ["/Type /Page", "/Type/Page"]
        .iter()
        .flat_map(|m| text.match_indices(m).map(move |(i, _)| i + m.len()))
        .filter(|&end| {
            !text[end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric())
        })
        .count();
    let stated = text
        .match_indices("/Count ")
        .filter_map(|(i, m)| {
            let rest = &text[i + m.len()..];
            rest[..rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len())]
                .parse::<usize>()
                .ok()
        })
        .max();
    assert_eq!(
        Some(objects),
        stated,
        "page objects and the page tree's count differ"
    );
    objects
}

#[test]
fn pdf_pages_counts_pages_not_the_page_tree() {
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>\n\
        2 0 obj << /Type /Page /Parent 1 0 R >>\n3 0 obj << /Type/Page/Parent 1 0 R >>\n";
    assert_eq!(pdf_pages(pdf), 2);
}

/// The printed Swedish report breaks no line inside a word, an org number, a date or a
/// fingerprint (a DPO copies the fingerprint when signing). The text of the PDF (poppler's
/// pdftotext, which `.ci/run` installs) is read line by line: where a line's last word is not a
/// word of the page but it joined with the next line's first word is, the line broke inside it.
/// Web addresses are left out: a long one has to break somewhere.
#[test]
fn the_printed_report_breaks_no_line_inside_a_word_or_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let token = regex::Regex::new(r"[\w.:%/?=&#-]+").unwrap();
    let tag = regex::Regex::new(r"<[^>]+>").unwrap();
    let mut broken = Vec::new();
    for ex in ["02-fristaende-koncern", "06-readiness-audit", "07-waivers"] {
        let html = dir.path().join(format!("{ex}.html"));
        provkoll(&[
            "report",
            &format!("examples/{ex}"),
            "--as-of",
            AS_OF,
            "--lang",
            "sv",
            "--output",
            html.to_str().unwrap(),
        ]);
        let pdf = print_to_pdf(&html, dir.path());
        let text = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext (Debian's poppler-utils) is needed: .ci/run installs it");
        let text = String::from_utf8(text.stdout).unwrap();
        let page = std::fs::read_to_string(&html).unwrap();
        let body = &page[page.find("<body").unwrap()..];
        let plain = tag.replace_all(body, " ").replace("&amp;", "&");
        let words: std::collections::HashSet<&str> =
            token.find_iter(&plain).map(|m| m.as_str()).collect();
        let addresses: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| w.starts_with("http"))
            .collect();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let last = token.find_iter(pair[0]).last().map(|m| m.as_str());
            let first = token.find(pair[1]).filter(|m| m.start() == 0);
            let (Some(last), Some(first)) = (last, first) else {
                continue;
            };
            let joined = format!("{last}{}", first.as_str());
            if !words.contains(last)
                && words.contains(joined.as_str())
                && !addresses.iter().any(|a| a.contains(&joined))
            {
                broken.push(format!("{ex}: {last} | {}", first.as_str()));
            }
        }
        assert!(
            lines.len() > 100,
            "{ex}: the PDF holds {} lines of text",
            lines.len()
        );
    }
    assert!(
        broken.is_empty(),
        "lines broken inside a word:\n{}",
        broken.join("\n")
    );
}

/// The register snapshot decides the REG findings a report shows, so the configuration's
/// fingerprint covers it: one changed byte in it changes the fingerprint a DPO signs.
#[test]
fn the_fingerprint_covers_the_register_snapshot() {
    let (_dir, repo) = common::example_copy("09-skolenhetsregistret");
    let before = fingerprints(&repo);
    let path = repo.join("skolenhetsregistret.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("Sjöskolan", "Sjöskolan ", 1)).unwrap();
    let after = fingerprints(&repo);
    assert_ne!(after["configuration"], before["configuration"]);
    assert_ne!(after["combined"], before["combined"]);
    assert_eq!(after["policy_pack"], before["policy_pack"]);
}
