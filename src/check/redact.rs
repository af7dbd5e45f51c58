//! Masking of personnummer and samordningsnummer before text reaches an output: the source
//! lines that the human format shows around a finding are the configuration's own text, and a
//! number flagged by DATA-001 must not be printed there in full.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::Regex;

use super::finding::RunReport;
use crate::base::problem::{LoadError, PolicyError, SchemaError, StageError};
use crate::base::source::Sources;

fn candidates() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[0-9]{6,8}[-+]?[0-9]{4}").ok())
        .as_ref()
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

/// Whether `token` (digits with at most one `-`/`+`) is a valid personnummer or samordningsnummer.
pub fn is_personal_number(token: &str) -> bool {
    let digits: Vec<u8> = token.bytes().filter(u8::is_ascii_digit).collect();
    let num = |s: &[u8]| s.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
    let (century, ten) = match digits.len() {
        10 => (None, &digits[..]),
        12 => (Some(num(&digits[..2])), &digits[2..]),
        _ => return false,
    };
    if century.is_some_and(|c| !(18..=20).contains(&c)) {
        return false;
    }
    real_date(century, num(&ten[..2]), num(&ten[2..4]), num(&ten[4..6])) && luhn(ten)
}

/// `text` with the last four digits of every personnummer or samordningsnummer replaced by `*`.
/// Lengths are kept, so byte offsets and columns into the text stay right.
pub fn mask(text: &str) -> Cow<'_, str> {
    let Some(re) = candidates() else {
        return Cow::Borrowed(text);
    };
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    for m in re.find_iter(text) {
        let before = m.start().checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(m.end()).copied();
        // a longer run of digits (an org number with a prefix, a phone number) is not one
        if before.is_some_and(|b| b.is_ascii_digit()) || after.is_some_and(|b| b.is_ascii_digit()) {
            continue;
        }
        let token = m.as_str();
        let sep = token.find(['-', '+']);
        if sep.is_some_and(|i| i != token.len() - 5) || !is_personal_number(token) {
            continue;
        }
        let buf = out.get_or_insert_with(|| bytes.to_vec());
        for b in &mut buf[m.end() - 4..m.end()] {
            *b = b'*';
        }
    }
    match out {
        // only ASCII digits were replaced by ASCII `*`, so the text is still UTF-8
        Some(buf) => Cow::Owned(
            String::from_utf8(buf)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        ),
        None => Cow::Borrowed(text),
    }
}

/// Mask `s` in place.
fn mask_in_place(s: &mut String) {
    if let Cow::Owned(masked) = mask(s) {
        *s = masked;
    }
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
                mask_in_place(reason);
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
            | SchemaError::Invalid(s)
            | SchemaError::DuplicateId { id: s, .. } => mask_in_place(s),
            SchemaError::WrongType { expected, found } => {
                mask_in_place(expected);
                mask_in_place(found);
            }
            _ => {}
        },
        StageError::Catalogue(_) => {}
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
    for f in &mut run.findings {
        mask_in_place(&mut f.message);
        mask_in_place(&mut f.hint);
        if let Some(s) = &mut f.hint_sv {
            mask_in_place(s);
        }
        mask_in_place(&mut f.path);
        if let Some(s) = &mut f.subject {
            mask_in_place(s);
        }
        if let Some(s) = &mut f.label {
            mask_in_place(s);
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
        if let Some(s) = &mut p.help {
            mask_in_place(s);
        }
        if let Some(s) = &mut p.label {
            mask_in_place(s);
        }
        for r in &mut p.related {
            mask_in_place(&mut r.label);
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

    #[test]
    fn masks_display_paths_and_keeps_every_file_id() {
        use crate::base::source::SourceFile;
        let context =
            crate::check::Context::new(crate::base::date::Date::parse("2026-11-25").unwrap());
        let mut run = RunReport::new(&context);
        // made at run time, so that this file holds no further valid number
        let number = (0..10)
            .map(|c| format!("811218-987{c}"))
            .find(|n| is_personal_number(n))
            .unwrap();
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
    fn keeps_the_length_of_multibyte_text() {
        let text = "Åsa: 811218-9876 – ö"; // pnr-scan: allow
        assert_eq!(mask(text).len(), text.len());
    }
}
