//! The files a run reads, and every conversion between byte offsets, characters, lines and columns.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Index of a file in [`Sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub usize);

/// A position in a file: byte offset for miette, 1-based line and column for humans and tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    /// Byte offset into the text.
    pub byte: usize,
    /// Line, 1-based.
    pub line: usize,
    /// Column, 1-based, counted in Unicode scalar values (SARIF's `unicodeCodePoints`).
    pub column: usize,
}

/// A half-open range in one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First position.
    pub start: Pos,
    /// Position just past the end.
    pub end: Pos,
}

impl Span {
    /// An empty span at `pos`.
    pub fn point(pos: Pos) -> Self {
        Self {
            start: pos,
            end: pos,
        }
    }

    /// The byte range as miette wants it.
    pub fn to_miette(self) -> miette::SourceSpan {
        (
            self.start.byte,
            self.end.byte.saturating_sub(self.start.byte),
        )
            .into()
    }
}

/// One file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as opened.
    pub path: PathBuf,
    /// The path shown to users and written to machine formats: relative to the scan root, `/`-separated.
    pub display: String,
    /// The path from where the command was run (`/`-separated), for the formats a CI resolves
    /// from the repository's root: GitHub annotations and SARIF. As opened, until the caller
    /// sets it from the working directory.
    pub from_cwd: String,
    /// The text (empty when the file could not be decoded).
    pub text: Arc<str>,
    /// Lines and columns of the text.
    positions: Positions,
}

/// A text with its table of lines: what turns a byte offset into a line and a column. Cheap to
/// clone and shared by a file and the span indexes of its documents, which keep byte offsets
/// only and ask it for the rest.
#[derive(Debug, Clone, Default)]
pub struct Positions {
    text: Arc<str>,
    table: Arc<LineTable>,
}

#[derive(Debug, Default)]
struct LineTable {
    /// Byte offset of the start of every line (positions past 4 GiB saturate: see `to_u32`).
    starts: Vec<u32>,
    /// The lines long enough that walking them per node would be quadratic (a flow collection of
    /// a megabyte on one line), by line index, with what makes a column O(1) or close to it.
    long_lines: Vec<(usize, LongLine)>,
}

/// Lines longer than this get a [`LongLine`] entry; a shorter line is cheap to walk.
const LONG: usize = 256;
/// A long non-ASCII line records the byte offset of every STEP-th character.
const STEP: usize = 64;

#[derive(Debug, Clone)]
enum LongLine {
    /// Every character is one byte: the column is the byte offset.
    Ascii,
    /// Byte offset (from the line's start) of characters 0, STEP, 2·STEP, …
    Marks(Vec<u32>),
}

impl SourceFile {
    /// Wrap a decoded text.
    pub fn new(path: PathBuf, display: String, text: Arc<str>) -> Self {
        let from_cwd = slashed(&path);
        let positions = Positions::of(Arc::clone(&text));
        Self {
            path,
            display,
            from_cwd,
            text,
            positions,
        }
    }

    /// Lines and columns of the text, to keep beside byte offsets.
    pub fn positions(&self) -> &Positions {
        &self.positions
    }

    /// Position of a byte offset (clamped to the text, moved back to a char boundary).
    pub fn pos_of_byte(&self, byte: usize) -> Pos {
        self.positions.pos_of_byte(byte)
    }

    /// Position of a saphyr marker: `line` 1-based, `col` 0-based in characters.
    pub fn pos_of_marker(&self, line: usize, col: usize) -> Pos {
        self.positions.pos_of_marker(line, col)
    }

    /// The text of a span, if it lies inside the file.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start.byte..span.end.byte).unwrap_or("")
    }

    /// The span of a whole line (without its newline), for errors that only know a line.
    pub fn line_span(&self, line: usize) -> Span {
        let (start, end) = self.positions.line_bounds(line.saturating_sub(1));
        Span {
            start: self.pos_of_byte(start),
            end: self.pos_of_byte(end),
        }
    }
}

/// Offsets and line indexes as stored: files are read with a size limit, 10 MiB by default,
/// and one of 4 GiB would not load anyway. Past that, positions saturate rather than wrap.
pub fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Positions {
    /// The text the positions are of.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Lines break where YAML breaks them: at `\n`, `\r\n` and a lone `\r` (saphyr counts an
    /// old-Mac line ending as a new line, and its markers must land on the same line here).
    fn of(text: Arc<str>) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        starts.extend(bytes.iter().enumerate().filter_map(|(i, &b)| {
            let breaks = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            breaks.then_some(to_u32(i + 1))
        }));
        // one pass over the long lines only: per-line facts computed once, not per node
        let long_lines = (0..starts.len())
            .filter_map(|i| {
                let (start, end) = line_bounds(&text, &starts, i);
                let line = text.get(start..end)?;
                (line.len() > LONG).then(|| {
                    if line.is_ascii() {
                        (i, LongLine::Ascii)
                    } else {
                        let marks = line
                            .char_indices()
                            .step_by(STEP)
                            .map(|(b, _)| to_u32(b))
                            .collect();
                        (i, LongLine::Marks(marks))
                    }
                })
            })
            .collect();
        Self {
            text,
            table: Arc::new(LineTable { starts, long_lines }),
        }
    }

    /// Byte offsets of the start of line `i` (0-based) and of its end, before its line break.
    fn line_bounds(&self, i: usize) -> (usize, usize) {
        line_bounds(&self.text, &self.table.starts, i)
    }

    fn long_line(&self, i: usize) -> Option<&LongLine> {
        let long = &self.table.long_lines;
        long.binary_search_by_key(&i, |(line, _)| *line)
            .ok()
            .and_then(|k| long.get(k))
            .map(|(_, l)| l)
    }

    /// Characters between the start of line `i` (at byte `start`) and `byte`.
    fn chars_before(&self, i: usize, start: usize, byte: usize) -> usize {
        let count = |from: usize| self.text.get(from..byte).map_or(0, |s| s.chars().count());
        match self.long_line(i) {
            Some(LongLine::Ascii) => byte - start,
            Some(LongLine::Marks(marks)) => {
                let rel = to_u32(byte - start);
                let k = marks.partition_point(|&m| m <= rel).saturating_sub(1);
                let mark = marks.get(k).map_or(0, |&m| m as usize);
                k * STEP + count(start + mark)
            }
            None => count(start),
        }
    }

    /// The byte offset of character `col` of line `i`, or `None` past the line's end.
    fn byte_of_char(&self, i: usize, start: usize, end: usize, col: usize) -> Option<usize> {
        let (from, skip) = match self.long_line(i) {
            Some(LongLine::Ascii) => return (start + col <= end).then_some(start + col),
            Some(LongLine::Marks(marks)) => {
                let k = (col / STEP).min(marks.len().saturating_sub(1));
                (
                    start + marks.get(k).map_or(0, |&m| m as usize),
                    col - k * STEP,
                )
            }
            None => (start, col),
        };
        self.text
            .get(from..end)?
            .char_indices()
            .nth(skip)
            .map(|(b, _)| from + b)
    }

    /// Position of a byte offset (clamped to the text, moved back to a char boundary).
    pub fn pos_of_byte(&self, byte: usize) -> Pos {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let starts = &self.table.starts;
        let line_idx = starts
            .partition_point(|&s| s as usize <= byte)
            .saturating_sub(1);
        let start = starts.get(line_idx).map_or(0, |&s| s as usize);
        let column = self.chars_before(line_idx, start, byte) + 1;
        Pos {
            byte,
            line: line_idx + 1,
            column,
        }
    }

    /// Position of a saphyr marker: `line` 1-based, `col` 0-based in characters.
    ///
    /// saphyr also reports a character index from the start of the text; the line and column
    /// are cheaper to turn into a byte offset because only one line has to be walked.
    pub fn pos_of_marker(&self, line: usize, col: usize) -> Pos {
        let i = line.saturating_sub(1);
        if i >= self.table.starts.len() {
            return self.pos_of_byte(self.text.len());
        }
        let (start, end) = self.line_bounds(i);
        // Most lines are ASCII: then the column is the byte offset, found without a walk over
        // the line's characters (this runs for every span of every node loaded).
        if col <= LONG
            && let Some(prefix) = self.text.as_bytes().get(start..start + col)
            && start + col <= end
            && prefix.is_ascii()
        {
            return Pos {
                byte: start + col,
                line: line.max(1),
                column: col + 1,
            };
        }
        match self.byte_of_char(i, start, end, col) {
            Some(byte) => Pos {
                byte,
                line: line.max(1),
                column: col + 1,
            },
            // a column past the end of its line stays on the line, at its end
            None => self.pos_of_byte(end),
        }
    }
}

/// Byte offsets of the start of line `i` (0-based) of `text` and of its end, before its line
/// break.
fn line_bounds(text: &str, starts: &[u32], i: usize) -> (usize, usize) {
    let start = starts.get(i).map_or(text.len(), |&s| s as usize);
    let end = match starts.get(i + 1) {
        Some(&next) => {
            let next = next as usize;
            let b = text.as_bytes();
            if next >= 2 && b.get(next - 2) == Some(&b'\r') && b.get(next - 1) == Some(&b'\n') {
                next - 2
            } else {
                next - 1
            }
        }
        None => text.len(),
    };
    (start, end.max(start))
}

/// A path as every output shows it: its parts joined with `/`, whatever the platform's separator,
/// without `.` parts or doubled separators (`./a//b.yaml` is `a/b.yaml`); `.` when nothing is
/// left.
///
/// Built from the path's parts rather than by replacing `\` in its text: on Windows the parts
/// are split at both separators, and elsewhere a `\` is a character of a file's name.
pub fn slashed(path: &Path) -> String {
    let mut out = String::new();
    for part in path.components() {
        match part {
            // a prefix (`C:`, `\\server\share`) exists only on Windows, where `\` only separates
            Component::Prefix(p) => {
                out.push_str(&p.as_os_str().to_string_lossy().replace('\\', "/"))
            }
            Component::RootDir => out.push('/'),
            Component::CurDir => {}
            Component::ParentDir | Component::Normal(_) => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&part.as_os_str().to_string_lossy());
            }
        }
    }
    if out.is_empty() { ".".into() } else { out }
}

/// Every file read in a run, in the order they were discovered.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// Add a file and return its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() - 1)
    }

    /// The file behind an id.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0)
    }

    /// All files with their ids.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i), f))
    }

    /// How many files were read.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when no file was read.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("t.yaml".into(), "t.yaml".into(), text.into())
    }

    #[test]
    fn marker_and_byte_positions_agree_on_multibyte_text() {
        let f = file("name: Sjöskolan\nort: Åre\n");
        let p = f.pos_of_marker(2, 5);
        assert_eq!(
            p,
            Pos {
                byte: 22,
                line: 2,
                column: 6
            }
        );
        assert_eq!(f.pos_of_byte(22), p);
        assert_eq!(&f.text[p.byte..], "Åre\n");
        // a byte inside 'ö' is moved back to its start
        assert_eq!(f.pos_of_byte(9), f.pos_of_byte(8));
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let f = file("a: 1");
        assert_eq!(
            f.pos_of_byte(99),
            Pos {
                byte: 4,
                line: 1,
                column: 5
            }
        );
        assert_eq!(f.pos_of_marker(7, 0).byte, 4);
        assert_eq!(f.line_span(1).end.byte, 4);
    }

    #[test]
    fn a_lone_carriage_return_breaks_a_line_as_in_yaml() {
        // found by the loader fuzzer: "\re\n" put `e` on line 1 here and on line 2 in saphyr
        for text in ["\re\n", "a: 1\rb: 2\r\nc: 3\n"] {
            let f = file(text);
            let e = text.find(['e', 'b']).unwrap();
            assert_eq!(f.pos_of_byte(e).line, 2, "{text:?}");
            assert_eq!(f.pos_of_marker(2, 0), f.pos_of_byte(e), "{text:?}");
        }
        let f = file("a: 1\r\nb: 2\r\n");
        assert_eq!(f.pos_of_byte(6).line, 2);
        assert_eq!(f.line_span(1).end.byte, 4, "the line ends before \\r\\n");
    }

    #[test]
    fn paths_are_shown_from_their_parts_with_forward_slashes() {
        for (path, shown) in [
            ("./a//b/./c.yaml", "a/b/c.yaml"),
            ("../a/b.yaml", "../a/b.yaml"),
            ("/srv/repo/a.yaml", "/srv/repo/a.yaml"),
            ("//srv/a.yaml", "/srv/a.yaml"),
            (".", "."),
            ("", "."),
        ] {
            assert_eq!(slashed(Path::new(path)), shown, "{path:?}");
        }
        // outside Windows a backslash is part of a name, not a separator
        #[cfg(unix)]
        assert_eq!(slashed(Path::new("a\\b/c.yaml")), "a\\b/c.yaml");
        #[cfg(windows)]
        assert_eq!(slashed(Path::new(r"C:\repo\a.yaml")), "C:/repo/a.yaml");
    }

    #[test]
    fn a_marker_past_the_end_of_its_line_stays_on_the_line() {
        let f = file("ab\ncd\n");
        let p = f.pos_of_marker(1, 9);
        assert_eq!(p, f.pos_of_byte(2));
        assert_eq!((p.line, p.column), (1, 3));
    }

    /// The column of every character of a long line, by both lookups, against a plain count.
    #[test]
    fn long_lines_give_the_same_positions_as_a_walk() {
        for line in [
            "a".repeat(1000),
            "å, ".repeat(400),
            format!("{}å{}", "x".repeat(300), "ö".repeat(300)),
        ] {
            let text = format!("first: 1\n{line}\r\nlast: 2\n");
            let f = file(&text);
            let start = text.find(&line).unwrap();
            for (col, (b, _)) in line.char_indices().enumerate() {
                let want = Pos {
                    byte: start + b,
                    line: 2,
                    column: col + 1,
                };
                assert_eq!(f.pos_of_marker(2, col), want, "marker {col}");
                assert_eq!(f.pos_of_byte(start + b), want, "byte {b}");
            }
            // past the end of the line: its end, on the line
            let end = f.pos_of_marker(2, line.chars().count() + 5);
            assert_eq!((end.byte, end.line), (start + line.len(), 2));
            assert_eq!(f.line_span(2).end.byte, start + line.len());
        }
    }
}
