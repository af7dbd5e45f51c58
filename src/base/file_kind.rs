//! What a path is when it is not a regular file or a folder: decided from metadata alone,
//! because opening a FIFO blocks until someone writes to it, and reading a device may never end.

use std::fs::FileType;

/// The kind of a special file in words ("a named pipe (FIFO)"), or `None` for a regular file,
/// a folder or a symbolic link (whose target is judged on its own).
pub fn special(ft: FileType) -> Option<&'static str> {
    if ft.is_file() || ft.is_dir() || ft.is_symlink() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if ft.is_char_device() || ft.is_block_device() {
            return Some("a device");
        }
        if ft.is_socket() {
            return Some("a socket");
        }
    }
    Some("a special file")
}

#[cfg(all(test, unix))]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn devices_are_named_and_ordinary_files_are_not() {
        let dev = std::fs::metadata("/dev/null").unwrap().file_type();
        assert_eq!(special(dev), Some("a device"));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.yaml");
        std::fs::write(&file, "").unwrap();
        std::os::unix::fs::symlink(&file, dir.path().join("link")).unwrap();
        for p in [dir.path().to_path_buf(), file, dir.path().join("link")] {
            assert_eq!(
                special(std::fs::symlink_metadata(&p).unwrap().file_type()),
                None
            );
        }
    }
}
