//! The report as Markdown for GitHub and GitLab, and [`Md`], the one way anything is written into
//! a Markdown page (`provkoll timeline --format markdown` writes through it too).

use std::fmt;

use super::{Block, Inline, Page};
use crate::base::terminal::on_one_line as visible;

/// Markdown being written. A value gets in only through [`Md::text`], [`Md::code`] or
/// [`Md::link`], which escape it; the renderer's own markup only as a `&'static str` through
/// [`Md::markup`]. There is no other way in, so no value can end a line or a table cell, or make
/// a heading, a list, a quote, emphasis, a link, an image or HTML.
#[derive(Debug, Default)]
pub struct Md {
    out: String,
    /// A table cell's content: there a `|` ends the cell, in a code span too.
    in_cell: bool,
    /// The next text starts a block, where `#`, `-`, `+`, `1.` or an indent would open another.
    block_start: bool,
}

impl Md {
    /// The content of one table cell, to put in a row with [`Md::row`].
    pub fn cell() -> Self {
        Self {
            in_cell: true,
            ..Self::default()
        }
    }

    /// A table cell holding `s` as text.
    pub fn text_cell(s: &str) -> Self {
        let mut c = Self::cell();
        c.text(s);
        c
    }

    /// A table cell holding `s` as a code span.
    pub fn code_cell(s: &str) -> Self {
        let mut c = Self::cell();
        c.code(s);
        c
    }

    /// The renderer's own markup, never a value.
    pub fn markup(&mut self, s: &'static str) -> &mut Self {
        self.out.push_str(s);
        self.block_start = false;
        self
    }

    /// What is written next starts a block: a paragraph, or a list item's content.
    pub fn block(&mut self) -> &mut Self {
        self.block_start = true;
        self
    }

    /// `s` as text that reads as `s`: every character Markdown (or GitHub's extensions) would
    /// act on is escaped, `|` as an entity so that no backslash before it can undo the escape.
    /// Bare web and e-mail addresses are kept from becoming links (GitHub links them).
    pub fn text(&mut self, s: &str) -> &mut Self {
        let s = visible(s);
        let start = self.out.len();
        for (i, c) in s.char_indices() {
            match c {
                '|' => self.out.push_str("&#124;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | '~' | '$' | '&' | '@' => {
                    self.out.push('\\');
                    self.out.push(c);
                }
                ':' if s[i + 1..].starts_with("//") => self.out.push_str("\\:"),
                '.' if i >= 3 && s.as_bytes()[i - 3..i].eq_ignore_ascii_case(b"www") => {
                    self.out.push_str("\\.");
                }
                c => self.out.push(c),
            }
        }
        if std::mem::take(&mut self.block_start) {
            guard_block_start(&mut self.out, start);
        }
        self
    }

    /// `s` as a code span, fenced with more backticks than any run in it; nothing when empty.
    pub fn code(&mut self, s: &str) -> &mut Self {
        self.block_start = false;
        if s.is_empty() {
            return self;
        }
        let mut body = visible(s).into_owned();
        if self.in_cell {
            // GitHub and CommonMark's table extension take `\|` as a `|` of the cell's text,
            // in a code span too, and drop one backslash before it: exactly what this adds
            body = body.replace('|', "\\|");
        }
        let longest = body.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat(longest + 1);
        // a span loses one space at each end when it has one at both
        let pad = body.starts_with('`')
            || body.ends_with('`')
            || (body.starts_with(' ') && body.ends_with(' ') && !body.trim().is_empty());
        let pad = if pad { " " } else { "" };
        self.out
            .push_str(&format!("{fence}{pad}{body}{pad}{fence}"));
        self
    }

    /// A web address as an autolink, or as text when it cannot be one.
    pub fn link(&mut self, url: &str) -> &mut Self {
        let web = url.starts_with("https://") || url.starts_with("http://");
        let plain = !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '|' | '`'));
        if web && plain && visible(url) == url {
            self.block_start = false;
            self.out.push('<');
            self.out.push_str(url);
            self.out.push('>');
            self
        } else {
            self.text(url)
        }
    }

    /// An HTML comment a renderer hides; whatever could end it early is left out.
    pub fn comment(&mut self, s: &str) -> &mut Self {
        self.out.push_str("<!-- ");
        self.out.extend(
            s.chars()
                .filter(|&c| (c.is_ascii_graphic() || c == ' ') && c != '<' && c != '>'),
        );
        self.out.push_str(" -->");
        self.block_start = false;
        self
    }

    /// Markdown written separately (a table cell's content, say).
    pub fn append(&mut self, other: Md) -> &mut Self {
        self.out.push_str(&other.out);
        self.block_start = false;
        self
    }

    /// A table row of these cells.
    pub fn row(&mut self, cells: impl IntoIterator<Item = Md>) -> &mut Self {
        self.markup("|");
        for cell in cells {
            self.out.push(' ');
            self.append(cell);
            self.out.push_str(" |");
        }
        self.markup("\n")
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The Markdown written.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Escapes what would open a block at the start of a paragraph or a list item's content (the
/// text escapes have taken care of `>`, `*`, `_`, `` ` ``, `~`, `<`, `|`).
fn guard_block_start(out: &mut String, start: usize) {
    let head = &out[start..];
    match head.chars().next() {
        // a heading, a list, a thematic break or setext underline, a runner's `::command`
        Some('#' | '-' | '+' | '=' | ':') => out.insert(start, '\\'),
        // four spaces make code; the entity keeps the space as text
        Some(' ') => out.replace_range(start..start + 1, "&#32;"),
        Some('\t') => out.replace_range(start..start + 1, "&#9;"),
        // an ordered list: digits and `.` or `)`
        Some('0'..='9') => {
            let digits = head.bytes().take_while(u8::is_ascii_digit).count();
            if matches!(head.as_bytes().get(digits), Some(b'.' | b')')) {
                out.insert(start + digits, '\\');
            }
        }
        _ => {}
    }
}

/// The page as Markdown: its blocks one after another, a blank line between each.
pub fn render(page: &Page) -> Result<String, fmt::Error> {
    let mut o = Md::default();
    // the fingerprints for `provkoll fingerprint --verify`, in a comment a renderer hides
    o.comment(&format!("provkoll-fingerprints: {}", page.marker))
        .markup("\n# ")
        .text(page.title)
        .markup("\n");
    for b in &page.intro {
        o.markup("\n");
        block(&mut o, b);
    }
    for s in &page.sections {
        o.markup("\n## ").text(s.heading).markup("\n");
        for b in &s.blocks {
            o.markup("\n");
            block(&mut o, b);
        }
    }
    Ok(o.finish())
}

fn block(o: &mut Md, b: &Block) {
    match b {
        Block::Facts { rows, .. } => {
            o.markup("| | |\n| --- | --- |\n");
            for (label, value) in rows {
                o.markup("| ").append(Md::text_cell(label)).markup(" |");
                let mut cell = Md::cell();
                inlines(&mut cell, value);
                if !cell.is_empty() {
                    o.markup(" ").append(cell).markup(" |");
                } else {
                    o.markup(" |");
                }
                o.markup("\n");
            }
        }
        Block::Verdict {
            text,
            basis,
            basis_is_code,
            ..
        } => {
            o.markup("**").text(text).markup("** (");
            if *basis_is_code {
                o.code(basis);
            } else {
                o.text(basis);
            }
            o.markup(")\n");
        }
        Block::Para(content) => {
            inlines(o.block(), content);
            o.markup("\n");
        }
        Block::Alert(text) => {
            o.block().text(text).markup("\n");
        }
        Block::List(items) => {
            for item in items {
                o.markup("- ").block();
                inlines(o, item);
                o.markup("\n");
            }
        }
        Block::Table { head, rows } => {
            o.row(head.iter().map(|h| Md::text_cell(h)));
            o.markup("|");
            for _ in head {
                o.markup(" --- |");
            }
            o.markup("\n");
            for row in rows {
                o.row(row.iter().map(|c| {
                    let mut cell = Md::cell();
                    inlines(&mut cell, &c.content);
                    cell
                }));
            }
        }
        Block::Subheading(text) => {
            o.markup("### ").text(text).markup("\n");
        }
    }
}

fn inlines(o: &mut Md, content: &[Inline]) {
    for i in content {
        match i {
            Inline::Text(s) => {
                o.text(s);
            }
            Inline::Source(s) => {
                o.link(s);
            }
            Inline::Strong(s) => emphasis(o, "**", s, "**"),
            Inline::Secondary(s) => emphasis(o, "*", s, "*"),
            Inline::Waived(s) => emphasis(o, "*(", s, ")*"),
            Inline::Code(s) => {
                o.code(s);
            }
            Inline::Place(p) => {
                o.code(p).markup(" ");
            }
            Inline::Break => {
                o.markup("<br>");
            }
        }
    }
}

/// `s` between the markers of emphasis. Emphasis does not open before a space or close after one,
/// so the ends are trimmed (HTML shows no space there either); an empty value writes nothing, not
/// stray markers (`****` is a thematic break).
fn emphasis(o: &mut Md, open: &'static str, s: &str, close: &'static str) {
    let v = visible(s);
    let v = v.trim();
    if !v.is_empty() {
        o.markup(open).text(v).markup(close);
    }
}

#[cfg(test)]
mod tests {
    use super::Md;

    fn text(s: &str) -> String {
        let mut o = Md::default();
        o.text(s);
        o.finish()
    }

    fn code(s: &str, in_cell: bool) -> String {
        let mut o = if in_cell { Md::cell() } else { Md::default() };
        o.code(s);
        o.finish()
    }

    fn para(s: &str) -> String {
        let mut o = Md::default();
        o.block().text(s);
        o.finish()
    }

    #[test]
    fn text_escapes_what_markdown_acts_on() {
        assert_eq!(text("a|b a\\|b"), "a&#124;b a\\\\&#124;b");
        assert_eq!(text("![x](y) [l](z)"), "\\!\\[x\\](y) \\[l\\](z)");
        assert_eq!(
            text("<img> &lt; `c` *e* _f_ ~~g~~ $m$"),
            "\\<img\\> \\&lt; \\`c\\` \\*e\\* \\_f\\_ \\~\\~g\\~\\~ \\$m\\$"
        );
        assert_eq!(text("a\rb\r\nc\u{2028}d"), "a b c d");
        assert_eq!(text("2026-11-25 (x) #1 a.b: c"), "2026-11-25 (x) #1 a.b: c");
    }

    #[test]
    fn text_keeps_bare_addresses_from_becoming_links() {
        assert_eq!(text("https://evil.example"), "https\\://evil.example");
        assert_eq!(text("WWW.evil.example"), "WWW\\.evil.example");
        assert_eq!(text("a@evil.example"), "a\\@evil.example");
    }

    #[test]
    fn text_at_a_block_start_opens_no_block() {
        assert_eq!(para("# h"), "\\# h");
        assert_eq!(para("- i"), "\\- i");
        assert_eq!(para("+ i"), "\\+ i");
        assert_eq!(para("> q"), "\\> q");
        assert_eq!(para("12. i"), "12\\. i");
        assert_eq!(para("3) i"), "3\\) i");
        assert_eq!(para("    code"), "&#32;   code");
        assert_eq!(para("\n# h"), "&#32;# h");
        assert_eq!(para("::error::x"), "\\::error::x");
        assert_eq!(para("2026-11-25"), "2026-11-25");
        // only the start of a block
        assert_eq!(text("# h"), "# h");
    }

    #[test]
    fn code_spans_are_fenced_longer_than_any_backtick_run() {
        assert_eq!(code("a", false), "`a`");
        assert_eq!(code("a`b", false), "``a`b``");
        assert_eq!(code("`` ` ``", false), "``` `` ` `` ```");
        assert_eq!(code("`x", false), "`` `x ``");
        assert_eq!(code(" x ", false), "`  x  `");
        assert_eq!(code("", false), "");
        assert_eq!(code("a\nb", false), "`a b`");
    }

    #[test]
    fn code_spans_in_a_table_escape_each_pipe() {
        assert_eq!(code("a|b", true), "`a\\|b`");
        assert_eq!(code("a\\|b", true), "`a\\\\|b`");
        assert_eq!(code("a|b", false), "`a|b`");
    }

    #[test]
    fn links_are_autolinks_only_when_they_can_be() {
        let link = |s: &str| {
            let mut o = Md::default();
            o.link(s);
            o.finish()
        };
        assert_eq!(
            link("https://a.example/x_y?q=1&r"),
            "<https://a.example/x_y?q=1&r>"
        );
        assert_eq!(link("https://a.example/>x"), "https\\://a.example/\\>x");
        assert_eq!(link("ftp://a"), "ftp\\://a");
    }

    #[test]
    fn a_comment_cannot_be_ended_by_its_content() {
        let mut o = Md::default();
        o.comment("a --> b\n<c>");
        assert_eq!(o.finish(), "<!-- a -- bc -->");
    }
}
