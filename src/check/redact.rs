//! Masking of personnummer and samordningsnummer before text reaches an output: the source
//! lines that the human format shows around a finding are the configuration's own text, and a
//! number flagged by DATA-001 must not be printed there in full.
//!
//! A number is recognised as people write it, by the same rules as `policies/lib/pnr.rego`
//! (DATA-001), against the one list of spellings in `tests/fixtures/pnr-spellings.txt`:
//! `YYMMDD` or `YYYYMMDD` and the last four `NNNC`, either as one run of 10 or 12 digits or as
//! a run of 6 or 8 digits, one to three separator characters ([`is_separator`]) and a run of
//! four. A digit is an ASCII one or a Unicode decimal digit that NFKC maps to one
//! ([`digit_value`]). The runs are whole: a digit or a letter on either side (a longer number, a
//! hex hash) means it is not one. The date must be real (a samordningsnummer has day + 60) and
//! the last digit the Luhn check digit, which rules out organisation numbers (month 20 or more).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::finding::RunReport;
use super::timeline::Entry;
use crate::base::problem::{
    Foreign, LoadError, Msg, PolicyError, RegistryError, SchemaError, StageError,
};
use crate::base::source::Sources;

/// The value of `c` as a decimal digit: an ASCII digit, or a Unicode decimal digit (Nd) whose
/// NFKC form is an ASCII digit: full-width (U+FF10–U+FF19), the five mathematical sets
/// (U+1D7CE–U+1D7FF) and the segmented ones (U+1FBF0–U+1FBF9). These ranges are every such
/// digit in Unicode, so a table beats pulling in a normalisation crate. Other scripts' digits
/// (Arabic-Indic, Devanagari, …) are left as they are by NFKC, and so here.
pub fn digit_value(c: char) -> Option<u32> {
    let c = u32::from(c);
    match c {
        0x30..=0x39 => Some(c - 0x30),
        0xFF10..=0xFF19 => Some(c - 0xFF10),
        0x1D7CE..=0x1D7FF => Some((c - 0x1D7CE) % 10),
        0x1FBF0..=0x1FBF9 => Some(c - 0x1FBF0),
        _ => None,
    }
}

/// Whether `c` may stand between the date and the last four digits: `-`, `+`, `_`, `.`, `/` and
/// space; every Unicode space (Zs: NBSP, the narrow NBSP, thin and em spaces, …) and dash (Pd:
/// hyphen, non-breaking hyphen, figure dash, en and em dash, …); the minus sign and the
/// fraction and division slashes; every character NFKC turns into one of the ASCII ones
/// (full-width `＋－．／＿`, the small forms, the one-dot leader, …); and the invisible ones a
/// copied number may carry (soft hyphen, zero-width space and joiners, direction marks, word
/// joiner, byte order mark). Line breaks, tabs, `,` and `:` separate values, never this.
/// Kept in step with `_s` in `policies/lib/pnr.rego`.
pub fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '+'
            | '-'
            | '.'
            | '/'
            | '_'
            | '\u{A0}'
            | '\u{AD}'
            | '\u{58A}'
            | '\u{5BE}'
            | '\u{1400}'
            | '\u{1680}'
            | '\u{1806}'
            | '\u{180E}'
            | '\u{2000}'..='\u{2015}'
            | '\u{2024}'
            | '\u{202F}'
            | '\u{2044}'
            | '\u{205F}'
            | '\u{2060}'
            | '\u{207A}'
            | '\u{208A}'
            | '\u{2212}'
            | '\u{2215}'
            | '\u{2E17}'
            | '\u{2E1A}'
            | '\u{2E3A}'
            | '\u{2E3B}'
            | '\u{2E40}'
            | '\u{2E5D}'
            | '\u{3000}'
            | '\u{301C}'
            | '\u{3030}'
            | '\u{30A0}'
            | '\u{FB29}'
            | '\u{FE31}'..='\u{FE34}'
            | '\u{FE4D}'..='\u{FE4F}'
            | '\u{FE52}'
            | '\u{FE58}'
            | '\u{FE62}'
            | '\u{FE63}'
            | '\u{FEFF}'
            | '\u{FF0B}'
            | '\u{FF0D}'..='\u{FF0F}'
            | '\u{FF3F}'
            | '\u{10EAD}'
    )
}

/// Whether `c` continues a word, so that digits beside it are part of something longer (a hex
/// hash, a code, `ab12…`): regex's `\w` (letters, marks, digits, connectors; the class Rego's
/// `regex` builtins see, as both use the same crate) less the separators.
fn is_word(c: char) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(re) = RE.get_or_init(|| Regex::new(r"\A\w\z").ok()).as_ref() else {
        return c.is_alphanumeric();
    };
    !is_separator(c) && re.is_match(c.encode_utf8(&mut [0; 4]))
}

/// A maximal run of digits: its bytes, its length in digits, and its first 12 digits in ASCII.
struct Run {
    bytes: Range<usize>,
    len: usize,
    ascii: [u8; 12],
}

impl Run {
    fn digits(&self) -> &[u8] {
        &self.ascii[..self.len.min(12)]
    }
}

/// Every maximal run of digits in `text`. The scan goes by bytes, decoding only where a
/// non-ASCII digit can start (its first byte is 0xEF or 0xF0), as the human format masks a
/// whole file for each finding it draws.
fn digit_runs(text: &str) -> Vec<Run> {
    let bytes = text.as_bytes();
    let mut runs: Vec<Run> = Vec::new();
    let mut open = false;
    let mut i = 0;
    while i < bytes.len() {
        let (value, width) = match bytes[i] {
            d @ b'0'..=b'9' => (Some(u32::from(d - b'0')), 1),
            // a first byte, so `i` is a character boundary
            0xEF | 0xF0 => match text[i..].chars().next() {
                Some(c) => (digit_value(c), c.len_utf8()),
                None => (None, 1),
            },
            _ => (None, 1),
        };
        let end = i + width;
        match value {
            None => open = false,
            Some(v) => {
                let digit = b'0' + v as u8;
                match runs.last_mut() {
                    Some(run) if open => {
                        if let Some(slot) = run.ascii.get_mut(run.len) {
                            *slot = digit;
                        }
                        run.bytes.end = end;
                        run.len += 1;
                    }
                    _ => {
                        let mut ascii = [0; 12];
                        ascii[0] = digit;
                        runs.push(Run {
                            bytes: i..end,
                            len: 1,
                            ascii,
                        });
                    }
                }
                open = true;
            }
        }
        i = end;
    }
    runs
}

/// The digits of a date run and a run of four, together.
fn joined(date: &Run, last: &Run) -> Vec<u8> {
    [date.digits(), last.digits()].concat()
}

/// Where text is already rendered in an output format, an escape may stand right before a
/// number: `\n` (JSON, the human format), `%0A` (GitHub workflow commands), or the end of a
/// terminal colour (`ESC[…m`). Its last character is a letter or digit, yet it ends a word.
fn escape_ends_at(text: &str, at: usize) -> bool {
    let b = &text.as_bytes()[..at];
    let n = b.len();
    if n >= 2 && b[n - 2] == b'\\' && b[n - 1].is_ascii_alphabetic() {
        return true;
    }
    if n >= 3 && b[n - 3] == b'%' && b[n - 2..].iter().all(u8::is_ascii_hexdigit) {
        return true;
    }
    if n >= 3 && (0x40..=0x7e).contains(&b[n - 1]) {
        let params = b[..n - 1]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit() || **c == b';' || **c == b'?')
            .count();
        let rest = &b[..n - 1 - params];
        return rest.ends_with(b"\x1b[");
    }
    false
}

/// Whether the number's first digit at `at` is not the continuation of a word.
fn open_before(text: &str, at: usize, rendered: bool) -> bool {
    match text[..at].chars().next_back() {
        None => true,
        Some(c) => !is_word(c) || (rendered && escape_ends_at(text, at)),
    }
}

/// Whether nothing after `at` continues the number's last digit into a word.
fn open_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_none_or(|c| !is_word(c))
}

/// Whether `gap` joins the date and the last four: one to three separators. In rendered text a
/// separator may be escaped (`\_`, `\.`, `\-` in Markdown).
fn joins(gap: &str, rendered: bool) -> bool {
    let mut seps = 0;
    let mut chars = gap.chars().peekable();
    while let Some(c) = chars.next() {
        if rendered && c == '\\' && chars.peek().is_some_and(|n| is_separator(*n)) {
            continue;
        }
        seps += 1;
        if !is_separator(c) || seps > 3 {
            return false;
        }
    }
    seps >= 1
}

/// The bytes of the last four digits of every personnummer or samordningsnummer in `text`.
fn last_fours(text: &str, rendered: bool) -> Vec<Range<usize>> {
    let runs = digit_runs(text);
    let mut found = Vec::new();
    for (k, run) in runs.iter().enumerate() {
        if !matches!(run.len, 6 | 8 | 10 | 12) || !open_before(text, run.bytes.start, rendered) {
            continue;
        }
        if matches!(run.len, 10 | 12) {
            if open_after(text, run.bytes.end) && valid_digits(run.digits()) {
                let digits = &text[run.bytes.clone()];
                let last4 = digits.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
                found.push(run.bytes.start + last4..run.bytes.end);
            }
        } else if let Some(next) = runs.get(k + 1)
            && next.len == 4
            && joins(&text[run.bytes.end..next.bytes.start], rendered)
            && open_after(text, next.bytes.end)
            && valid_digits(&joined(run, next))
        {
            found.push(next.bytes.clone());
        }
    }
    found
}

/// The Luhn check digit of `digits` (ASCII digits only), as Skatteverket and Bolagsverket
/// compute the last digit of a personnummer or an organisationsnummer; `None` for a non-digit.
pub fn luhn_check_digit(digits: &str) -> Option<u32> {
    let sum = digits.bytes().enumerate().try_fold(0, |sum, (i, d)| {
        let v =
            u32::from(d.checked_sub(b'0').filter(|v| *v <= 9)?) * if i % 2 == 0 { 2 } else { 1 };
        Some(sum + if v > 9 { v - 9 } else { v })
    })?;
    Some((10 - sum % 10) % 10)
}

/// Whether the last of ten digits is the Luhn check digit of the nine before it.
fn luhn(ten: &[u8]) -> bool {
    match (ten.split_last(), std::str::from_utf8(ten)) {
        (Some((last, _)), Ok(text)) => {
            luhn_check_digit(&text[..text.len() - 1]) == Some(u32::from(last.wrapping_sub(b'0')))
        }
        _ => false,
    }
}

fn real_date(century: Option<u32>, yy: u32, mm: u32, dd: u32) -> bool {
    let dd = if dd > 60 { dd - 60 } else { dd };
    let leap = match century {
        Some(c) => {
            let y = c * 100 + yy;
            y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        }
        // without a century, accept 29 February whenever it could be a leap year
        None => yy % 4 == 0,
    };
    let days = match mm {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&dd)
}

/// Whether `digits` (10 or 12 ASCII digits, the century first) is a valid personnummer or
/// samordningsnummer: a century of 18, 19 or 20, a real date and the Luhn check digit.
fn valid_digits(digits: &[u8]) -> bool {
    if !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let num = |s: &[u8]| s.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
    let (century, ten) = match digits.len() {
        10 => (None, digits),
        12 => (Some(num(&digits[..2])), &digits[2..]),
        _ => return false,
    };
    if century.is_some_and(|c| !(18..=20).contains(&c)) {
        return false;
    }
    real_date(century, num(&ten[..2]), num(&ten[2..4]), num(&ten[4..6])) && luhn(ten)
}

/// Whether `token`, as a whole, is a valid personnummer or samordningsnummer in one of the
/// spellings this module recognises.
pub fn is_personal_number(token: &str) -> bool {
    let runs = digit_runs(token);
    match runs.as_slice() {
        [one] => {
            one.bytes == (0..token.len())
                && matches!(one.len, 10 | 12)
                && valid_digits(one.digits())
        }
        [date, last] => {
            date.bytes.start == 0
                && matches!(date.len, 6 | 8)
                && last.len == 4
                && last.bytes.end == token.len()
                && joins(&token[date.bytes.end..last.bytes.start], false)
                && valid_digits(&joined(date, last))
        }
        _ => false,
    }
}

/// `text` with each digit in `ranges` replaced by an asterisk of the same length in UTF-8 (`*`,
/// the full-width `＊`, or `🞶` for the four-byte mathematical and segmented digits), so that
/// byte offsets and columns into the text stay right.
fn blot<'a>(text: &'a str, ranges: &[Range<usize>]) -> Cow<'a, str> {
    if ranges.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for r in ranges {
        out.push_str(&text[last..r.start]);
        for c in text[r.clone()].chars() {
            out.push(match c.len_utf8() {
                1 => '*',
                3 => '\u{FF0A}',
                _ => '\u{1F7B6}',
            });
        }
        last = r.end;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// `text` with the last four digits of every personnummer or samordningsnummer replaced by
/// asterisks. Lengths are kept, so byte offsets and columns into the text stay right.
pub fn mask(text: &str) -> Cow<'_, str> {
    blot(text, &last_fours(text, false))
}

/// [`mask`] for text already rendered in an output format (Markdown, HTML, XML, GitHub workflow
/// commands, a terminal's): a separator may be escaped with a backslash, and an escape
/// (`\n`, `%0A`, a colour) may stand right before a number. The values are masked before
/// they are rendered; this is the last net, at the point where bytes are written.
pub fn mask_rendered(text: &str) -> Cow<'_, str> {
    blot(text, &last_fours(text, true))
}

/// [`mask`] for JSON text: only the contents of its strings, decoded (so that an escape such as
/// `\n` before a number is what it stands for), masked and encoded again. Numbers, keys'
/// structure and layout are left as they are, so the JSON stays valid and the same shape.
pub fn mask_json(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i;
        let mut escaped = false;
        i += 1;
        while i < bytes.len() && bytes[i] != b'"' {
            if bytes[i] == b'\\' {
                escaped = true;
                i += 1;
            }
            i += 1;
        }
        let end = (i + 1).min(bytes.len());
        i = end;
        // `"` and `\` are ASCII, so both ends are character boundaries
        let Some(literal) = text.get(start..end) else {
            continue;
        };
        let masked = if escaped {
            match serde_json::from_str::<String>(literal) {
                Ok(s) => match mask(&s) {
                    Cow::Owned(m) => serde_json::to_string(&m).map_or_else(
                        |_| Cow::Owned(mask_rendered(literal).into_owned()),
                        Cow::Owned,
                    ),
                    Cow::Borrowed(_) => Cow::Borrowed(literal),
                },
                Err(_) => mask_rendered(literal),
            }
        } else {
            // the quotes end the string on either side, as any boundary does
            mask(literal)
        };
        if let Cow::Owned(m) = masked {
            let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
            buf.push_str(&text[last..start]);
            buf.push_str(&m);
            last = end;
        }
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&text[last..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(text),
    }
}

/// Mask `s` in place.
fn mask_in_place(s: &mut String) {
    if let Cow::Owned(masked) = mask(s) {
        *s = masked;
    }
}

/// Mask every argument of a problem's message that is shown as written.
fn mask_msg(m: &mut Msg) {
    m.for_each_text(&mut mask_in_place);
}

fn mask_path(p: &mut std::path::PathBuf) {
    if let Some(text) = p.to_str()
        && let Cow::Owned(masked) = mask(text)
    {
        *p = masked.into();
    }
}

/// Mask the display path of every file: a file may be named after a person (a pupil's file
/// `811218-NNNN.yaml`), and every finding, problem and waiver names its file through it.
/// `Sources` is rebuilt in the same order, so every `FileId` still points at its file; the path
/// as opened stays, as it is never shown and may be needed to read the file again.
fn mask_sources(sources: &mut Sources) {
    if !sources.iter().any(|(_, f)| {
        matches!(mask(&f.display), Cow::Owned(_)) || matches!(mask(&f.from_cwd), Cow::Owned(_))
    }) {
        return;
    }
    let mut masked = Sources::default();
    for (_, file) in sources.iter() {
        let mut file = file.clone();
        mask_in_place(&mut file.display);
        mask_in_place(&mut file.from_cwd);
        masked.add(file);
    }
    *sources = masked;
}

/// Mask every string an error carries (values quoted in messages, paths, parser excerpts).
fn mask_error(e: &mut StageError) {
    match e {
        StageError::Load(e) => match e {
            LoadError::Io { path, reason } => {
                mask_path(path);
                mask_msg(reason);
            }
            LoadError::NotFound { path } | LoadError::NotYaml { path } => mask_path(path),
            LoadError::Syntax(s) | LoadError::DuplicateKey(s) | LoadError::UnknownApiVersion(s) => {
                mask_in_place(s);
            }
            _ => {}
        },
        StageError::Schema(e) => match e {
            SchemaError::UnknownKind(s)
            | SchemaError::UnknownField(s)
            | SchemaError::MissingField(s)
            | SchemaError::Serde(s)
            | SchemaError::NotADate(s)
            | SchemaError::NotValidHere(s)
            | SchemaError::DuplicateId { id: s, .. } => mask_in_place(s),
            SchemaError::OutOfRange { value, .. } | SchemaError::NotMatching { value, .. } => {
                mask_in_place(value);
            }
            SchemaError::NotOneOf { value, allowed } => {
                mask_in_place(value);
                allowed.iter_mut().for_each(mask_in_place);
            }
            SchemaError::WrongType { .. }
            | SchemaError::DuplicateDocument(_)
            | SchemaError::MissingDocument(_) => {}
        },
        StageError::Catalogue(_) | StageError::Settings(_) => {}
        StageError::Registry(e) => match e {
            RegistryError::Syntax(s) | RegistryError::Foreign(Foreign::Format { found: s, .. }) => {
                mask_in_place(s)
            }
            RegistryError::Foreign(_) => {}
            RegistryError::Invalid { path, reason } => {
                mask_in_place(path);
                mask_in_place(reason);
            }
            RegistryError::Version { .. } => {}
        },
        StageError::Policy(e) => match e {
            PolicyError::Runtime { rendered, .. } => mask_in_place(rendered),
            PolicyError::BadViolation { reason, .. } | PolicyError::BadItem { reason, .. } => {
                mask_in_place(reason)
            }
        },
    }
}

/// Mask every personnummer and samordningsnummer in every string of a report that an emitter
/// writes: finding messages, hints, subjects, labels and paths (a rule may quote any value,
/// e.g. "`helpdesk YYMMDD-NNNC` is not a configured Person"), waiver reasons, every error
/// message, help and label, and the display path of every file. The source text itself is
/// masked where it is shown (see `named` in the human emitter), because its byte offsets must
/// stay as they are.
pub fn report(run: &mut RunReport) {
    mask_sources(&mut run.sources);
    if let Some(s) = &mut run.settings {
        mask_in_place(s);
    }
    for f in &mut run.findings {
        mask_in_place(&mut f.message);
        if let Some(s) = &mut f.message_sv {
            mask_in_place(s);
        }
        mask_in_place(&mut f.hint);
        if let Some(s) = &mut f.hint_sv {
            mask_in_place(s);
        }
        mask_in_place(&mut f.path);
        if let Some(s) = &mut f.subject {
            mask_in_place(s);
        }
        if let Some(m) = &mut f.label {
            mask_msg(m);
        }
    }
    for w in &mut run.waivers.entries {
        for s in [&mut w.rule]
            .into_iter()
            .chain(w.subject.as_mut())
            .chain(w.reason.as_mut())
            .chain(w.approved_by.as_mut())
        {
            mask_in_place(s);
        }
    }
    for p in &mut run.problems {
        mask_error(&mut p.error);
        // a message's arguments are masked before it is rendered in any language
        for m in p.help.iter_mut().chain(p.label.iter_mut()) {
            mask_msg(m);
        }
        for r in &mut p.related {
            mask_msg(&mut r.label);
        }
    }
}

/// Mask every string of the timeline's entries: what an artefact is and whom it is about are
/// the configuration's own values (a processor's name, a certificate's id, a waiver's subject),
/// and so are the exam windows' ids.
pub fn timeline(entries: &mut [Entry]) {
    for e in entries {
        for s in [&mut e.kind, &mut e.what]
            .into_iter()
            .chain(e.subject.as_mut())
            .chain(e.valid_from.as_mut())
            .chain(e.valid_until.as_mut())
            .chain(e.file.as_mut())
        {
            mask_in_place(s);
        }
        for w in &mut e.windows {
            for s in [&mut w.id, &mut w.start, &mut w.end] {
                mask_in_place(s);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn masks_personnummer_and_samordningsnummer_in_every_form() {
        // Skatteverket's published examples, fictional  pnr-scan: allow
        assert_eq!(mask("pnr: 811218-9876 ok"), "pnr: 811218-**** ok"); // pnr-scan: allow
        assert_eq!(mask("x 198112189876"), "x 19811218****"); // pnr-scan: allow
        assert_eq!(mask("s 701063-2391"), "s 701063-****"); // pnr-scan: allow
    }

    #[test]
    fn leaves_organisation_numbers_codes_and_bad_checksums_alone() {
        for text in [
            "org 212999-9997",
            "code 12345678",
            "811218-9875",
            "5569999997 and 0812189875",
            "x 1811218-9876",
        ] {
            assert_eq!(mask(text), text);
        }
    }

    /// An empty run, and a valid personnummer made at run time, so that this file holds no
    /// further valid number.
    fn empty_run_and_number() -> (RunReport, String) {
        let context =
            crate::check::Context::new(crate::base::date::Date::parse("2026-11-25").unwrap());
        let number = (0..10)
            .map(|c| format!("811218-987{c}"))
            .find(|n| is_personal_number(n))
            .unwrap();
        (RunReport::new(&context), number)
    }

    #[test]
    fn masks_display_paths_and_keeps_every_file_id() {
        use crate::base::source::SourceFile;
        let (mut run, number) = empty_run_and_number();
        let shown = format!("elever/{number}.yaml");
        let a = run.sources.add(SourceFile::new(
            "a.yaml".into(),
            "a.yaml".into(),
            "x".into(),
        ));
        let b = run
            .sources
            .add(SourceFile::new(shown.clone().into(), shown, "y".into()));
        report(&mut run);
        assert_eq!(run.display(Some(a)), Some("a.yaml"));
        assert_eq!(run.display(Some(b)), Some("elever/811218-****.yaml"));
        // the path as opened is never shown, and the file may be read again through it
        assert_eq!(
            run.sources.get(b).unwrap().path,
            std::path::PathBuf::from(format!("elever/{number}.yaml"))
        );
        assert_eq!(&*run.sources.get(b).unwrap().text, "y");
    }

    #[test]
    fn masks_a_problems_message_arguments_before_any_language_renders_them() {
        use crate::base::lang::Lang;
        use crate::base::problem::{P, Problem};
        let (mut run, number) = empty_run_and_number();
        let problem = Problem::new(SchemaError::UnknownField(number.clone()))
            .with_label(P::FieldExpected.msg().arg("field", &number))
            .with_help(P::SettingsUnknownKeyHelp.msg().sub(
                "suggestion",
                P::SettingsDidYouMean.msg().arg("suggestion", &number),
            ));
        run.problems.push(problem);
        report(&mut run);
        let p = &run.problems[0];
        for lang in Lang::ALL {
            for text in [
                p.message(lang),
                p.label_text(lang).unwrap(),
                p.help_text(lang).unwrap(),
            ] {
                assert!(!text.contains(&number), "{text}");
                assert!(text.contains("811218-****"), "{text}");
            }
        }
    }

    #[test]
    fn keeps_the_length_of_multibyte_text() {
        let text = "Åsa: 811218-9876 – ö"; // pnr-scan: allow
        assert_eq!(mask(text).len(), text.len());
    }

    /// `YYMMDD` + `sep` + `NNNC`, with the check digit made at run time.
    fn number(date6: &str, sep: &str, nnn: &str) -> String {
        let check = luhn_check_digit(&format!("{date6}{nnn}")).unwrap();
        format!("{date6}{sep}{nnn}{check}")
    }

    #[test]
    fn masks_the_spellings_word_and_web_pages_write() {
        for sep in [
            "\u{2013}", "\u{A0}", " ", "\u{202F}", "\u{2212}", "_", ".", "/", " - ",
        ] {
            let n = number("811218", sep, "987");
            let text = format!("Elev {n}, åk 9");
            assert_eq!(
                mask(&text),
                format!("Elev 811218{sep}****, åk 9"),
                "{sep:?}"
            );
        }
    }

    #[test]
    fn masks_full_width_and_mathematical_digits_keeping_every_byte_offset() {
        let n = number("811218", "-", "987");
        let wide: String = n
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0xFF10 + d).unwrap(),
                None => '\u{FF0D}',
            })
            .collect();
        let bold: String = n
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .map_or(c, |d| char::from_u32(0x1D7CE + d).unwrap())
            })
            .collect();
        assert_eq!(mask(&wide), "８１１２１８－＊＊＊＊");
        let masked = mask(&bold);
        assert_eq!(masked.len(), bold.len());
        assert_eq!(masked.chars().count(), bold.chars().count());
        assert!(
            masked.ends_with("-\u{1F7B6}\u{1F7B6}\u{1F7B6}\u{1F7B6}"),
            "{masked}"
        );
    }

    #[test]
    fn leaves_hashes_check_codes_and_longer_numbers_alone() {
        let ten = number("811218", "", "987");
        let hash = format!("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca4959f{ten}");
        let check_code = format!("{} {} {} 34ab", &ten[..4], &ten[4..8], &ten[8..]);
        for text in [
            hash.clone(),
            format!("{ten}c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b78"),
            format!("configuration  {hash}\ncheck code     {check_code}\n"),
            format!("1{ten}"),
            format!("{ten}1234"),
            format!("ab{ten}cd"),
        ] {
            assert_eq!(mask(&text), text);
            assert_eq!(mask_rendered(&text), text);
            let json = serde_json::json!({ "combined": text }).to_string();
            assert_eq!(mask_json(&json), json);
        }
    }

    #[test]
    fn rendered_text_is_masked_through_its_escapes() {
        let n = number("811218", "_", "987");
        let escaped = n.replace('_', "\\_");
        for (text, masked) in [
            // Markdown escapes a separator
            (format!("| {escaped} |"), "| 811218\\_**** |".to_owned()),
            // a JSON or C escape, a GitHub workflow command's, a terminal colour before it
            (format!("a\\n{n}"), "a\\n811218_****".to_owned()),
            (
                format!("::error::a%0A{n}"),
                "::error::a%0A811218_****".to_owned(),
            ),
            (
                format!("\u{1b}[1m{n}\u{1b}[0m"),
                "\u{1b}[1m811218_****\u{1b}[0m".to_owned(),
            ),
        ] {
            assert_eq!(mask_rendered(&text), masked);
        }
        // as a value, a letter before a number makes it part of a word
        assert_eq!(mask(&format!("a\\n{n}")), format!("a\\n{n}"));
    }

    #[test]
    fn json_is_masked_inside_its_strings_only_and_stays_valid() {
        let n = number("811218", "\u{2013}", "987");
        let digits: u64 = n.replace('\u{2013}', "").parse().unwrap();
        let value = serde_json::json!({
            "message": format!("rad 1\n{n}\t\"citat\""),
            n.clone(): [format!("{n}"), digits, "ok"],
        });
        let text = serde_json::to_string_pretty(&value).unwrap();
        let masked = mask_json(&text);
        let parsed: serde_json::Value = serde_json::from_str(&masked).unwrap();
        let hidden = "811218\u{2013}****";
        assert_eq!(parsed["message"], format!("rad 1\n{hidden}\t\"citat\""));
        assert_eq!(parsed[hidden][0], hidden);
        // a number outside a string cannot be masked and stay a number; provkoll writes every
        // value of the configuration as a string
        assert_eq!(parsed[hidden][1], digits);
        assert_eq!(masked.lines().count(), text.lines().count());
    }
}
