//! The report as one self-contained HTML page: no fonts, scripts, images or stylesheets
//! fetched, and a print stylesheet for A4. Every value is escaped here.

use std::fmt::{self, Write};

use super::{Block, Inline, Page, Section};
use crate::base::terminal::on_one_line as visible;

const CSS: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}th,td{border:1px solid #6b6b6b;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#e8e8e8}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
.ready{color:#0b5d1e;font-weight:bold}.notready{color:#8a1010;font-weight:bold}
.fail{color:#8a1010;font-weight:bold}.waived{color:#5a4500}.pass{color:#0b5d1e}
.sign td{height:2.6rem}.fp{font-size:.85rem}.fp code{white-space:nowrap}
td a{overflow-wrap:anywhere}
@page{size:A4;margin:18mm 15mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}a{color:#1a1a1a;text-decoration:none}h2{break-after:avoid}tr{break-inside:avoid}.sign{break-inside:avoid}}
";

/// A value as HTML text or a (double-quoted) attribute value, with nothing hidden in it and no
/// line of its own (see [`visible`]). `[` is an entity too: the page may be printed in a CI log,
/// where `##[` anywhere in a line is a runner's command.
fn esc(s: &str) -> String {
    let s = visible(s);
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '[' => o.push_str("&#91;"),
            c => o.push(c),
        }
    }
    o
}

/// The page as HTML.
pub fn render(page: &Page) -> Result<String, fmt::Error> {
    let mut o = String::new();
    write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"provkoll-fingerprints\" content=\"{}\">\n<title>{} – {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        page.lang.tag(),
        esc(&page.marker),
        esc(page.title),
        esc(&page.organiser),
        esc(page.title)
    )?;
    for b in &page.intro {
        block(&mut o, b)?;
    }
    for s in &page.sections {
        section(&mut o, s)?;
    }
    o.push_str("</main>\n</body>\n</html>\n");
    Ok(o)
}

fn section(o: &mut String, s: &Section) -> fmt::Result {
    if s.signature {
        o.push_str("<section class=\"sign\">\n");
    }
    writeln!(o, "<h2>{}</h2>", esc(s.heading))?;
    for b in &s.blocks {
        block(o, b)?;
    }
    if s.signature {
        o.push_str("</section>\n");
    }
    Ok(())
}

fn block(o: &mut String, b: &Block) -> fmt::Result {
    match b {
        Block::Facts { class, rows } => {
            match class {
                Some(c) => writeln!(o, "<table class=\"{}\">", esc(c))?,
                None => o.push_str("<table>\n"),
            }
            for (label, value) in rows {
                write!(o, "<tr><th scope=\"row\">{}</th><td>", esc(label))?;
                inlines(o, value)?;
                o.push_str("</td></tr>\n");
            }
            o.push_str("</table>\n");
        }
        Block::Verdict {
            ready, text, basis, ..
        } => {
            let class = if *ready { "ready" } else { "notready" };
            writeln!(o, "<p class=\"{class}\">{} ({})</p>", esc(text), esc(basis))?;
        }
        Block::Para(content) => {
            o.push_str("<p>");
            inlines(o, content)?;
            o.push_str("</p>\n");
        }
        Block::Alert(text) => writeln!(o, "<p class=\"notready\">{}</p>", esc(text))?,
        Block::List(items) => {
            o.push_str("<ul>\n");
            for item in items {
                o.push_str("<li>");
                inlines(o, item)?;
                o.push_str("</li>\n");
            }
            o.push_str("</ul>\n");
        }
        Block::Table { head, rows } => {
            o.push_str("<table>\n<thead><tr>");
            for h in head {
                write!(o, "<th scope=\"col\">{}</th>", esc(h))?;
            }
            o.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                o.push_str("<tr>");
                for cell in row {
                    match cell.class {
                        Some(c) => write!(o, "<td class=\"{}\">", esc(c))?,
                        None => o.push_str("<td>"),
                    }
                    inlines(o, &cell.content)?;
                    o.push_str("</td>");
                }
                o.push_str("</tr>\n");
            }
            o.push_str("</tbody>\n</table>\n");
        }
        Block::Subheading(text) => writeln!(o, "<h3>{}</h3>", esc(text))?,
    }
    Ok(())
}

fn inlines(o: &mut String, content: &[Inline]) -> fmt::Result {
    for i in content {
        match i {
            Inline::Text(s) => o.push_str(&esc(s)),
            Inline::Strong(s) => write!(o, "<strong>{}</strong>", esc(s))?,
            Inline::Secondary(s) => write!(o, "<small>{}</small>", esc(s))?,
            Inline::Waived(s) => write!(o, "<em class=\"waived\">({})</em>", esc(s))?,
            Inline::Code(s) => write!(o, "<code>{}</code>", esc(s))?,
            Inline::Source(r) if r.starts_with("https://") || r.starts_with("http://") => {
                write!(o, "<a href=\"{0}\">{0}</a>", esc(r))?;
            }
            Inline::Source(r) => write!(o, "<code>{}</code>", esc(r))?,
            Inline::Place(p) => write!(o, "{}: ", esc(p))?,
            Inline::Break => o.push_str("<br>"),
        }
    }
    Ok(())
}
