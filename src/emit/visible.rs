//! How a value's invisible characters are shown in the report and the timeline: a line ending of
//! any kind as a space, so that no value adds a line (or ends a table row); every other control
//! character and every bidirectional formatting character spelt out (`\u{1b}`), so that none
//! reaches a terminal, a CI log or a reader unseen. Each format's own escaping comes after this.

use std::borrow::Cow;

/// Ends a line for some reader: CommonMark (`\r`, `\n`), Unicode (NEL, LS, PS), terminals and
/// editors (vertical tab, form feed).
pub fn is_line_end(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Reorders the text shown around it (the "Trojan Source" characters).
pub fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Shown spelt out: C0 (but a tab), DEL, C1 and the bidirectional characters.
fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\t') || is_bidi(c)
}

/// `s` with each line ending (`\r\n` as one) a space and each other hidden character spelt out.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_line_end(c) || is_hidden(c)) {
        return Cow::Borrowed(s);
    }
    let mut o = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_line_end(c) {
            o.push(' ');
        } else if is_hidden(c) {
            o.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            o.push(c);
        }
    }
    Cow::Owned(o)
}

#[cfg(test)]
mod tests {
    use super::visible;

    #[test]
    fn line_endings_become_one_space_and_controls_are_spelt_out() {
        assert_eq!(
            visible("a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g\u{b}h\u{c}i"),
            "a b c d e f g h i"
        );
        assert_eq!(
            visible("\u{1b}[31m\u{202e}x\u{7f}\u{9b}\u{0}"),
            "\\u{1b}[31m\\u{202e}x\\u{7f}\\u{9b}\\u{0}"
        );
        assert_eq!(
            visible("tab\tstays, å and – too"),
            "tab\tstays, å and – too"
        );
    }
}
