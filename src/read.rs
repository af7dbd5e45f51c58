//! Reading a file's bytes within the size limit, and decoding them as UTF-8 text.

use std::path::Path;

use crate::error::LoadError;

/// The bytes of a file, refused above `max` bytes.
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, LoadError> {
    let io = |e: std::io::Error| LoadError::Io {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.len() > max {
        return Err(LoadError::Io {
            path: path.to_path_buf(),
            reason: format!(
                "the file is {} bytes, more than the limit of {max} (--max-file-size)",
                meta.len()
            ),
        });
    }
    std::fs::read(path).map_err(io)
}

/// The text of a file: UTF-8, a UTF-8 byte-order mark dropped.
pub fn decode(bytes: &[u8]) -> Result<String, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|_| LoadError::Encoding)
}

/// The valid UTF-8 text before the first bad byte, so an encoding error can point at it.
pub fn valid_prefix(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(e) => String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned(),
    }
}
