//! Our positions (1-based lines, columns in Unicode scalars, byte offsets) ↔ LSP's (0-based
//! lines, columns in UTF-16 code units, the encoding every client must support).

use lsp_types::{Position, Range};
use provkoll::base::source::{Pos, SourceFile, Span};

/// The LSP position of `pos` in `file`.
pub fn position(file: &SourceFile, pos: Pos) -> Position {
    let line_start = file.line_span(pos.line).start.byte;
    let before = file.text.get(line_start..pos.byte).unwrap_or("");
    Position {
        line: to_u32(pos.line.saturating_sub(1)),
        // å is one UTF-16 unit, 😀 two: the column is the text before it re-encoded
        character: to_u32(before.encode_utf16().count()),
    }
}

/// The LSP range of `span` in `file`.
pub fn range(file: &SourceFile, span: Span) -> Range {
    Range {
        start: position(file, span.start),
        end: position(file, span.end),
    }
}

/// The best of `candidates` for a diagnostic the client sent back at `sent`: the one at exactly
/// that range, else the first on the same lines. Neovim 0.7 sends back byte columns where the
/// protocol has UTF-16 ones, so on a line with `å` before the finding only the lines agree.
pub fn pick<T>(candidates: impl Iterator<Item = (T, Range)> + Clone, sent: Range) -> Option<T> {
    let same_lines = |r: &Range| r.start.line == sent.start.line && r.end.line == sent.end.line;
    let mut on_lines = candidates.clone().filter(|(_, r)| same_lines(r));
    candidates
        .filter(|(_, r)| *r == sent)
        .map(|(t, _)| t)
        .next()
        .or_else(|| on_lines.next().map(|(t, _)| t))
}

/// The byte offset an LSP position names in `file`: clamped to its line (a client may ask past
/// the end of a line), and to a character boundary (a position inside a surrogate pair).
pub fn byte_of(file: &SourceFile, at: Position) -> usize {
    let line = file.line_span(at.line as usize + 1);
    let text = file.slice(line);
    let mut units = 0usize;
    for (b, c) in text.char_indices() {
        if units >= at.character as usize {
            return line.start.byte + b;
        }
        units += c.len_utf16();
    }
    line.end.byte
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::Arc;

    fn file(text: &str) -> SourceFile {
        SourceFile::new(PathBuf::from("t.yaml"), "t.yaml".into(), Arc::from(text))
    }

    #[test]
    fn columns_count_utf16_units_not_characters_or_bytes() {
        // "name: Åsa 😀 x": Å is 2 bytes and 1 unit, 😀 is 4 bytes, 1 character and 2 units
        let f = file("kind: X\nname: Åsa 😀 x\n");
        let x = f.text.find(" x").unwrap_or_default() + 1;
        let pos = f.pos_of_byte(x);
        assert_eq!(pos.column - 1, 12, "12 characters before x");
        let p = position(&f, pos);
        assert_eq!(p.line, 1);
        assert_eq!(
            p.character, 13,
            "6 + Åsa 3 + space + 😀 2 + space = 13 units before x"
        );
        assert_eq!(byte_of(&f, p), x);
    }

    #[test]
    fn a_position_past_the_line_or_inside_a_pair_stays_on_the_line() {
        let f = file("a: 😀\nb: c\n");
        let end_of_first = f.text.find('\n').unwrap_or_default();
        assert_eq!(byte_of(&f, Position::new(0, 99)), end_of_first);
        // unit 4 is the second half of 😀: the next character boundary is its end
        assert_eq!(byte_of(&f, Position::new(0, 4)), end_of_first);
        assert_eq!(byte_of(&f, Position::new(1, 0)), end_of_first + 1);
    }
}
