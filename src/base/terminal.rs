//! Text from the configuration on a terminal or in a CI log: a value can hold control characters
//! (an escape sequence that rewrites the screen or sets the clipboard, a bidi override that
//! reorders what a reviewer reads) and lines a CI runner takes as commands. Nothing a pull request
//! writes may act on the terminal or the runner that shows it, so every such character is shown,
//! not obeyed.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Reorders the text shown around it (the "Trojan Source" characters): bidi embeddings,
/// overrides, isolates and marks.
pub fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Ends a line for some reader: CommonMark (`\r`, `\n`), Unicode (NEL, LS, PS), terminals and
/// editors (vertical tab, form feed).
pub fn is_line_end(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Characters that act instead of being shown: C0 controls but tab and line feed, DEL, C1
/// controls, and the bidi characters. Carriage return is one: it moves the cursor back over a
/// line.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || is_bidi(c)
}

/// A value on one line, for the report and the timeline: each line ending (`\r\n` as one) a
/// space, so that no value adds a line or ends a table row, and every other acting character
/// spelt out as in [`escape_controls`]. Each format's own escaping comes after this.
pub fn on_one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_line_end(c) || acts(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_line_end(c) {
            out.push(' ');
        } else {
            push_shown(&mut out, c);
        }
    }
    Cow::Owned(out)
}

fn push_shown(out: &mut String, c: char) {
    if acts(c) {
        // writing to a String cannot fail
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    } else {
        out.push(c);
    }
}

/// Every acting character as a visible escape (`\u{1b}`), for messages, names and help.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_shown(&mut out, c);
    }
    Cow::Owned(out)
}

/// Every acting character replaced by a visible one of the same UTF-8 length (`?`, `¿` or `�`),
/// for a file's text whose spans and columns must stay where they are.
///
/// The `\r` of a `\r\n` stays: it is half of a line break (a file saved on Windows), which the
/// snippet renderer takes as one, so it never reaches the terminal; masked, every line of such a
/// file would be shown ending in `?`. A `\r` alone still moves the cursor, and is masked.
pub fn same_width(text: &str) -> Cow<'_, str> {
    let acting =
        |i: usize, c: char| acts(c) && !(c == '\r' && text.as_bytes().get(i + 1) == Some(&b'\n'));
    if !text.char_indices().any(|(i, c)| acting(i, c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.char_indices()
            .map(|(i, c)| match (acting(i, c), c.len_utf8()) {
                (false, _) => c,
                (true, 1) => '?',
                (true, 2) => '\u{bf}',
                (true, _) => '\u{fffd}',
            })
            .collect(),
    )
}

/// Lines a CI runner would run as a command, made inert: GitHub Actions takes `::` at the start
/// of a line (after blanks) as a workflow command and `##[` anywhere in a line as the older
/// form. A backslash after the first `:` or the `##` keeps the text readable and the runner
/// quiet. Colour codes before the `::` do not hide it.
pub fn neutralise_runner_commands(text: &str) -> Cow<'_, str> {
    if !text.contains("::") && !text.contains("##[") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.split_inclusive('\n') {
        let line = line.replace("##[", "##\\[");
        let lead = leading_blanks_and_colours(&line);
        if line[lead..].starts_with("::") {
            out.push_str(&line[..lead]);
            out.push_str(":\\");
            out.push_str(&line[lead + 1..]);
        } else {
            out.push_str(&line);
        }
    }
    Cow::Owned(out)
}

/// JSON made inert for a runner that reads it from the log: no line can start with `::` (every
/// string is on an indented line), and `##[` can only be inside a string, where `\u005b` says
/// the same `[` to every JSON reader.
pub fn neutralise_runner_commands_in_json(json: String) -> String {
    if json.contains("##[") {
        json.replace("##[", "##\\u005b")
    } else {
        json
    }
}

/// The bytes of blanks and ANSI SGR sequences (`ESC [ … m`) at the start of a line.
fn leading_blanks_and_colours(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = 0;
    loop {
        match b.get(i) {
            Some(b' ' | b'\t' | b'\r') => i += 1,
            Some(0x1b) if b.get(i + 1) == Some(&b'[') => {
                match b[i + 2..].iter().position(|&c| c == b'm') {
                    Some(end) => i += 2 + end + 1,
                    None => return i,
                }
            }
            _ => return i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keeps_its_meaning_without_the_old_command_form() {
        let json = serde_json::to_string_pretty(&serde_json::json!({"name": "a ##[set-env]b"}))
            .unwrap_or_default();
        let safe = neutralise_runner_commands_in_json(json);
        assert!(!safe.contains("##["), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap_or_default();
        assert_eq!(back["name"], "a ##[set-env]b");
    }

    #[test]
    fn controls_and_bidi_marks_are_shown_escaped() {
        let hostile = "a\x1b]52;c;SGVsbG8=\x07b\u{202e}c\u{9b}d\re";
        assert_eq!(
            escape_controls(hostile),
            "a\\u{1b}]52;c;SGVsbG8=\\u{7}b\\u{202e}c\\u{9b}d\\u{d}e"
        );
        assert!(matches!(escape_controls("Åsa\tok\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn on_one_line_every_line_ending_is_one_space_and_controls_are_spelt_out() {
        assert_eq!(
            on_one_line("a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g\u{b}h\u{c}i"),
            "a b c d e f g h i"
        );
        assert_eq!(
            on_one_line("\u{1b}[31m\u{202e}x\u{7f}\u{9b}\u{0}"),
            "\\u{1b}[31m\\u{202e}x\\u{7f}\\u{9b}\\u{0}"
        );
        assert_eq!(
            on_one_line("tab\tstays, å and – too"),
            "tab\tstays, å and – too"
        );
    }

    #[test]
    fn same_width_keeps_every_byte_offset_and_column() {
        let text = "x: \"\x1b[2J\u{85}\u{202e}y\"\n";
        let safe = same_width(text);
        assert_eq!(safe.len(), text.len());
        assert_eq!(safe.chars().count(), text.chars().count());
        assert!(!safe.chars().any(acts));
        assert_eq!(safe, "x: \"?[2J\u{bf}\u{fffd}y\"\n");
        // a Windows line break is kept whole; a carriage return alone is not
        assert!(matches!(same_width("a: 1\r\nb: 2\r\n"), Cow::Borrowed(_)));
        assert_eq!(same_width("a: 1\r\nb: 2\rc\r"), "a: 1\r\nb: 2?c?");
    }

    #[test]
    fn runner_commands_at_a_line_start_or_anywhere_in_the_old_form_are_inert() {
        let text = "ok\n  ::stop-commands::x\n\x1b[31m::error::y\nname ##[set-env name=A]b\na::b\n";
        assert_eq!(
            neutralise_runner_commands(text),
            "ok\n  :\\:stop-commands::x\n\x1b[31m:\\:error::y\nname ##\\[set-env name=A]b\na::b\n"
        );
    }
}
