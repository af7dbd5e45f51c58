//! Writing an output file so that it is never seen half-written: a temporary file beside the
//! target, flushed and synced, then renamed over it. The temporary files in flight are
//! registered, so that an interrupted run (Ctrl-C, SIGTERM, SIGHUP) can remove them before it
//! exits: a signal kills the process without running destructors.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::file_kind::special;
use super::problem::OutputError;

/// A test hook, not a user setting: milliseconds to sleep after the temporary file is written
/// and before it is renamed, so that a test can interrupt a run while the file exists.
pub const PAUSE_BEFORE_RENAME_ENV: &str = "PROVKOLL_TEST_PAUSE_BEFORE_RENAME_MS";

/// The temporary files created and not yet renamed or deleted.
static IN_FLIGHT: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn in_flight() -> MutexGuard<'static, Vec<PathBuf>> {
    // a panic elsewhere while holding the lock leaves the list itself intact
    IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner)
}

/// On SIGINT, SIGTERM or SIGHUP: delete every temporary file in flight, then call `exit`,
/// which must end the process (the caller chooses the exit code; see `main.rs`).
pub fn install_interrupt_cleanup(
    mut exit: impl FnMut() + Send + 'static,
) -> Result<(), OutputError> {
    ctrlc::set_handler(move || {
        // The lock is kept until the process ends, so no new temporary file can appear after
        // the list was emptied.
        let files = in_flight();
        for path in files.iter() {
            let _ = std::fs::remove_file(path);
        }
        exit();
    })
    .map_err(|e| OutputError::InterruptHandler(e.to_string()))
}

/// Write `bytes` to `path` atomically.
///
/// The target itself is never opened: the temporary file is renamed over it. So a symbolic
/// link at `path` is replaced by the output, and whatever it pointed to is left untouched; a
/// link committed to a repository cannot make a run write elsewhere. A device, FIFO or socket
/// there (or a link to one) is refused, see [`refuse_special`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let fail = |e: std::io::Error| OutputError::Write {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    refuse_special(path)?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Created and registered under one lock, so an interrupt cannot fall between the two.
    let (tmp, tmp_path) = {
        let mut files = in_flight();
        let tmp = tempfile::Builder::new()
            .prefix(".provkoll-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(fail)?;
        let tmp_path = tmp.path().to_path_buf();
        files.push(tmp_path.clone());
        (tmp, tmp_path)
    };
    // `tmp` is consumed either way: renamed, or dropped and with it deleted.
    let result = fill_and_persist(tmp, path, bytes).map_err(fail);
    in_flight().retain(|p| *p != tmp_path);
    result
}

/// Refuse an output path that is a device, a FIFO or a socket, or a symbolic link to one.
/// Decided from metadata only (the link's own, then its target's, both without opening), so a
/// FIFO no one reads cannot block the run. Renaming over one instead would, as root, replace
/// `/dev/null` with a regular file; writing into one would send a report to a device, or wait
/// for ever. To print, leave `--output` out.
fn refuse_special(path: &Path) -> Result<(), OutputError> {
    let Ok(own) = std::fs::symlink_metadata(path) else {
        return Ok(()); // nothing there yet
    };
    let what = if own.file_type().is_symlink() {
        // a dangling link is replaced like any other
        std::fs::metadata(path)
            .ok()
            .and_then(|target| special(target.file_type()))
            .map(|what| format!("a symbolic link to {what}"))
    } else {
        special(own.file_type()).map(str::to_owned)
    };
    match what {
        Some(what) => Err(OutputError::Special {
            path: path.to_path_buf(),
            what,
        }),
        None => Ok(()),
    }
}

/// Write, sync and rename the temporary file over `path`.
fn fill_and_persist(
    mut tmp: tempfile::NamedTempFile,
    path: &Path,
    bytes: &[u8],
) -> std::io::Result<()> {
    tmp.write_all(bytes)?;
    // A temporary file is private (0600); an output is an ordinary file for its readers.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.as_file().sync_all()?;
    if let Some(ms) = std::env::var(PAUSE_BEFORE_RENAME_ENV)
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
    // On error the temporary file is dropped, and with it deleted.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn replaces_the_target_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        std::fs::write(&target, "old").unwrap();
        write_atomic(&target, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_temporary_file_is_registered_only_while_in_flight() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        write_atomic(&target, b"new").unwrap();
        // a file that cannot be renamed into place: a directory stands at the target
        std::fs::create_dir(dir.path().join("dir.json")).unwrap();
        assert!(write_atomic(&dir.path().join("dir.json"), b"x").is_err());
        assert!(!in_flight().iter().any(|p| p.starts_with(dir.path())));
    }

    #[test]
    fn a_missing_directory_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nope/out.json");
        assert!(write_atomic(&target, b"x").is_err());
        assert!(!target.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_device_is_refused_and_a_link_to_a_file_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let to_null = dir.path().join("report.html");
        std::os::unix::fs::symlink("/dev/null", &to_null).unwrap();
        assert!(matches!(
            write_atomic(&to_null, b"x"),
            Err(OutputError::Special { what, .. }) if what == "a symbolic link to a device"
        ));
        assert!(to_null.symlink_metadata().unwrap().file_type().is_symlink());
        assert!(matches!(
            write_atomic(Path::new("/dev/null"), b"x"),
            Err(OutputError::Special { what, .. }) if what == "a device"
        ));
        // the output takes the link's place; the file it pointed to keeps its bytes
        let hook = dir.path().join("hook");
        std::fs::write(&hook, "old").unwrap();
        let out = dir.path().join("out.json");
        std::os::unix::fs::symlink(&hook, &out).unwrap();
        write_atomic(&out, b"new").unwrap();
        assert!(!out.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&hook).unwrap(), "old");
    }
}
