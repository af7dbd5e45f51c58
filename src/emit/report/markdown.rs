//! The report as Markdown for GitHub and GitLab. Every value is escaped here.

use std::fmt::{self, Write};

use super::{Block, Inline, Page};

/// A value inside a table row or a line: a `|` would end the cell, a line break the row.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The page as Markdown: its blocks one after another, a blank line between each.
pub fn render(page: &Page) -> Result<String, fmt::Error> {
    // the fingerprints for `provkoll fingerprint --verify`, in a comment a renderer hides
    let mut chunks = vec![format!(
        "<!-- provkoll-fingerprints: {} -->\n# {}\n",
        page.marker,
        md(page.title)
    )];
    for b in &page.intro {
        chunks.push(block(b)?);
    }
    for s in &page.sections {
        chunks.push(format!("## {}\n", md(s.heading)));
        for b in &s.blocks {
            chunks.push(block(b)?);
        }
    }
    Ok(chunks.join("\n"))
}

fn block(b: &Block) -> Result<String, fmt::Error> {
    let mut o = String::new();
    match b {
        Block::Facts { rows, .. } => {
            o.push_str("| | |\n| --- | --- |\n");
            for (label, value) in rows {
                let value = inlines(value)?;
                if value.is_empty() {
                    writeln!(o, "| {} | |", md(label))?;
                } else {
                    writeln!(o, "| {} | {value} |", md(label))?;
                }
            }
        }
        Block::Verdict { text, fail_on, .. } => {
            writeln!(o, "**{}** (`--fail-on {}`)", md(text), fail_on.as_str())?
        }
        Block::Para(content) => writeln!(o, "{}", inlines(content)?)?,
        Block::Alert(text) => writeln!(o, "{}", md(text))?,
        Block::List(items) => {
            for item in items {
                writeln!(o, "- {}", inlines(item)?)?;
            }
        }
        Block::Table { head, rows } => {
            let head: Vec<String> = head.iter().map(|h| md(h)).collect();
            writeln!(o, "| {} |", head.join(" | "))?;
            writeln!(o, "|{}", " --- |".repeat(head.len()))?;
            for row in rows {
                let cells = row
                    .iter()
                    .map(|c| inlines(&c.content))
                    .collect::<Result<Vec<_>, _>>()?;
                writeln!(o, "| {} |", cells.join(" | "))?;
            }
        }
        Block::Subheading(text) => writeln!(o, "### {}", md(text))?,
    }
    Ok(o)
}

fn inlines(content: &[Inline]) -> Result<String, fmt::Error> {
    let mut o = String::new();
    for i in content {
        match i {
            Inline::Text(s) | Inline::Source(s) => o.push_str(&md(s)),
            Inline::Strong(s) => write!(o, "**{}**", md(s))?,
            Inline::Secondary(s) => write!(o, "*{}*", md(s))?,
            Inline::Waived(s) => write!(o, "*({})*", md(s))?,
            // an empty value is an empty cell, not an empty code span
            Inline::Code(s) if s.is_empty() => {}
            Inline::Code(s) => write!(o, "`{}`", md(s))?,
            Inline::Place(p) => write!(o, "`{}` ", md(p))?,
            Inline::Break => o.push_str("<br>"),
        }
    }
    Ok(o)
}
