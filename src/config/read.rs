//! Reading a file's bytes within the size limits, and decoding them as UTF-8 text.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::base::file_kind;
use crate::base::problem::{LoadError, Msg, P};

/// The bytes every file of a run may take together (`--max-total-size`), shared by the threads
/// that read. Which files fit is planned beforehand from their sizes, in discovery order (see
/// [`super::read`]), so the same files are refused whatever the thread count; the budget itself
/// is charged as bytes arrive, so that files which grow, or report no size at all, still cannot
/// take more than it.
#[derive(Debug)]
pub struct Budget {
    max: u64,
    used: AtomicU64,
}

impl Budget {
    pub fn new(max: u64) -> Self {
        Self {
            max,
            used: AtomicU64::new(0),
        }
    }

    /// Take `n` bytes from the budget; false when that passes its end.
    fn charge(&self, n: u64) -> bool {
        let before = self.used.fetch_add(n, Ordering::Relaxed);
        before.saturating_add(n) <= self.max
    }
}

/// The bytes of the regular file at `path`, at most `max` of them.
///
/// Only a regular file is opened: what the path is, is decided from its metadata first, since
/// opening a FIFO blocks until someone writes to it. The size is checked twice: from the
/// metadata before reading (so a 100 MB file is never read), and while reading (so a file that
/// grows in between, or one that reports no size like those of `/proc`, cannot take more than
/// `max + 1` bytes of memory).
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, LoadError> {
    read_within(path, max, None)
}

/// [`read_bytes`], with every byte read also charged to `budget`, as a file's [`Content`].
pub fn read_charged(path: &Path, max: u64, budget: &Budget) -> Result<Content, LoadError> {
    read_within(path, max, Some(budget)).map(Content::new)
}

/// A file's content as read: its text when it decodes ([`decode`]), which the loaded file then
/// shares rather than copies (the language server keeps every file it read from disk); else its
/// bytes, into which the loader's error points.
#[derive(Debug, Clone)]
pub enum Content {
    Text(Arc<str>),
    Bytes(Arc<[u8]>),
}

impl Content {
    /// The text of `bytes` when it decodes, else the bytes.
    pub fn new(bytes: Vec<u8>) -> Self {
        match text_of(&bytes) {
            Ok(text) => Self::Text(Arc::from(text)),
            Err(_) => Self::Bytes(Arc::from(bytes)),
        }
    }

    /// The text's bytes (without a byte-order mark it had), or the bytes.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Self::Text(t) => t.as_bytes(),
            Self::Bytes(b) => b,
        }
    }
}

impl From<Vec<u8>> for Content {
    fn from(bytes: Vec<u8>) -> Self {
        Self::new(bytes)
    }
}

impl From<&[u8]> for Content {
    fn from(bytes: &[u8]) -> Self {
        Self::new(bytes.to_vec())
    }
}

/// An editor's buffer: already text.
impl From<&str> for Content {
    fn from(text: &str) -> Self {
        Self::Text(Arc::from(text))
    }
}

fn read_within(path: &Path, max: u64, budget: Option<&Budget>) -> Result<Vec<u8>, LoadError> {
    let io = |e: std::io::Error| LoadError::Io {
        path: path.to_path_buf(),
        reason: Msg::io(&e),
    };
    let regular = |meta: &std::fs::Metadata| match file_kind::special(meta.file_type()) {
        Some(what) => Err(LoadError::NotRegular {
            path: path.to_path_buf(),
            what,
        }),
        None if !meta.is_file() => Err(LoadError::Io {
            path: path.to_path_buf(),
            reason: P::NotARegularFile.msg(),
        }),
        None => Ok(()),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    regular(&meta)?;
    if meta.len() > max {
        return Err(LoadError::TooLarge {
            size: meta.len(),
            max,
        });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    // the path may have been replaced between the two looks
    regular(&file.metadata().map_err(io)?)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    let mut reader = file.take(max.saturating_add(1));
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io(e)),
        };
        if let Some(budget) = budget {
            if !budget.charge(n as u64) {
                return Err(LoadError::OverBudget { max: budget.max });
            }
        }
        bytes.extend_from_slice(&chunk[..n]);
    }
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > max {
        return Err(LoadError::TooLarge { size: read, max });
    }
    Ok(bytes)
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// True when the bytes are UTF-16: a UTF-16 byte-order mark, or (without one) ASCII text in
/// which every other byte is zero.
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return true;
    }
    let head = &bytes[..bytes.len().min(64) & !1];
    if head.len() < 4 {
        return false;
    }
    let (even, odd): (Vec<u8>, Vec<u8>) = head.chunks_exact(2).map(|p| (p[0], p[1])).unzip();
    let text = |half: &[u8]| half.iter().all(|&b| b != 0 && b.is_ascii());
    let zero = |half: &[u8]| half.iter().all(|&b| b == 0);
    (text(&even) && zero(&odd)) || (zero(&even) && text(&odd))
}

/// The text of a file: UTF-8, a UTF-8 byte-order mark dropped.
///
/// UTF-16 and binary files (a NUL byte anywhere) get their own errors, because "not valid
/// UTF-8" would send the user looking for a stray character in what is not text at all.
pub fn decode(bytes: &[u8]) -> Result<String, LoadError> {
    text_of(bytes).map(str::to_owned)
}

/// [`decode`], borrowing.
fn text_of(bytes: &[u8]) -> Result<&str, LoadError> {
    if is_utf16(bytes) {
        return Err(LoadError::Utf16);
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(LoadError::Binary);
    }
    std::str::from_utf8(bytes).map_err(|_| LoadError::Encoding)
}

/// The valid text before the first byte [`decode`] rejects (a byte that is not UTF-8, or a NUL),
/// so that its error can point at that byte. Empty for UTF-16.
pub fn valid_prefix(bytes: &[u8]) -> String {
    if is_utf16(bytes) {
        return String::new();
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let bytes = match bytes.iter().position(|&b| b == 0) {
        Some(nul) => &bytes[..nul],
        None => bytes,
    };
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(e) => String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn utf16_with_or_without_a_byte_order_mark_is_named() {
        let le: Vec<u8> = "\u{feff}a: 1\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "a: 1\nb: 2\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        for bytes in [le, be] {
            assert!(matches!(decode(&bytes), Err(LoadError::Utf16)));
            assert_eq!(valid_prefix(&bytes), "");
        }
    }

    #[test]
    fn nul_bytes_make_a_file_binary_and_the_prefix_stops_there() {
        assert!(matches!(decode(b"a: b\0c\n"), Err(LoadError::Binary)));
        assert_eq!(valid_prefix(b"a: b\0c\n"), "a: b");
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x01\0"),
            Err(LoadError::Binary)
        ));
    }

    #[test]
    fn utf8_with_a_bom_is_text_and_latin1_is_not() {
        assert_eq!(decode(b"\xEF\xBB\xBFa: \xC3\xA5\n").unwrap(), "a: \u{e5}\n");
        assert!(matches!(
            decode(b"a: J\xf6rgen\n"),
            Err(LoadError::Encoding)
        ));
        assert_eq!(valid_prefix(b"a: J\xf6rgen\n"), "a: J");
        assert_eq!(decode(b"").unwrap(), "");
    }

    /// What decodes is kept as text (a BOM dropped) for the loaded file to share; what does not
    /// keeps its bytes, for the error to point into.
    #[test]
    fn content_is_text_where_it_decodes() {
        let text = |c: Content| match c {
            Content::Text(t) => Some(t.to_string()),
            Content::Bytes(_) => None,
        };
        assert_eq!(text(b"a: 1\n".to_vec().into()).as_deref(), Some("a: 1\n"));
        assert_eq!(
            text(b"\xEF\xBB\xBFa: 1\n".to_vec().into()).as_deref(),
            Some("a: 1\n")
        );
        for bytes in [&b"a: J\xf6rgen\n"[..], b"a: b\0c\n", b"\xFF\xFEa\0:\0"] {
            let c = Content::from(bytes);
            assert_eq!(c.as_bytes(), bytes);
            assert_eq!(text(c), None);
        }
    }

    #[test]
    fn files_above_the_limit_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.yaml");
        std::fs::write(&p, vec![b'#'; 101]).unwrap();
        assert!(matches!(
            read_bytes(&p, 100),
            Err(LoadError::TooLarge {
                size: 101,
                max: 100
            })
        ));
        assert_eq!(read_bytes(&p, 101).unwrap().len(), 101);
        assert!(matches!(
            read_bytes(dir.path(), 100),
            Err(LoadError::Io { .. })
        ));
    }

    #[test]
    fn every_byte_read_is_charged_to_the_budget() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, vec![b'#'; 100]).unwrap();
        let budget = Budget::new(250);
        assert_eq!(
            read_charged(&p, 1000, &budget).unwrap().as_bytes().len(),
            100
        );
        assert_eq!(
            read_charged(&p, 1000, &budget).unwrap().as_bytes().len(),
            100
        );
        assert!(matches!(
            read_charged(&p, 1000, &budget),
            Err(LoadError::OverBudget { max: 250 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_from_its_metadata() {
        // /dev/zero never ends; its size is 0, so only the metadata's kind can refuse it
        assert!(matches!(
            read_bytes(Path::new("/dev/zero"), 100),
            Err(LoadError::NotRegular {
                what: "a device",
                ..
            })
        ));
    }
}
