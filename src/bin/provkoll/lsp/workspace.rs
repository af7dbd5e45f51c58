//! The folder the editor opened, as `provkoll check` would read it, with the editor's unsaved
//! buffers in place of the files on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use provkoll::base::problem::{LoadError, Problem};
use provkoll::check::Inputs;
use provkoll::config::discover::{self, Candidate, Exclude};
use provkoll::config::read::Content;
use provkoll::config::{self, InputFile, SizeLimits};

/// The workspace: its root, what was read from disk, and the open buffers.
pub struct Workspace {
    pub root: PathBuf,
    limits: SizeLimits,
    /// What provkoll.toml's `exclude` leaves out.
    exclude: Exclude,
    /// The files on disk as last read. An edit re-checks without reading the disk again; a save,
    /// a close or a change the client watched on disk drops it.
    disk: Option<(Vec<InputFile>, Vec<Problem>)>,
    /// Unsaved buffers by path.
    overlays: BTreeMap<PathBuf, String>,
}

impl Workspace {
    pub fn new(root: PathBuf, exclude: Exclude) -> Self {
        Self {
            root,
            limits: SizeLimits::default(),
            exclude,
            disk: None,
            overlays: BTreeMap::new(),
        }
    }

    /// Forget what was read from disk: it is read again before the next check.
    pub fn disk_changed(&mut self) {
        self.disk = None;
    }

    /// Whether `path` is one `check` would read from this root (a YAML file below it, not
    /// excluded).
    pub fn holds(&self, path: &Path) -> bool {
        path.starts_with(&self.root) && discover::is_yaml(path) && !self.exclude.leaves_out(path)
    }

    /// The editor's text of `path` replaces the file's. Whether that changes what is checked:
    /// opening a file as it is on disk, or sending the text the editor sent last, does not.
    pub fn open(&mut self, path: PathBuf, text: String) -> bool {
        let same = match self.overlays.get(&path) {
            Some(before) => *before == text,
            None => self
                .on_disk(&path)
                .is_some_and(|c| c.as_bytes() == text.as_bytes()),
        };
        self.overlays.insert(path, text);
        !same
    }

    /// What the last read of the disk found in `path`, if it has been read.
    fn on_disk(&self, path: &Path) -> Option<&Content> {
        let (files, _) = self.disk.as_ref()?;
        let file = files.iter().find(|f| f.candidate.path == path)?;
        file.content.as_ref().ok()
    }

    /// The editor's unsaved text of `path`, if it has one.
    pub fn text(&self, path: &Path) -> Option<&str> {
        self.overlays.get(path).map(String::as_str)
    }

    /// The file on disk counts again.
    pub fn close(&mut self, path: &Path) {
        self.overlays.remove(path);
        self.disk = None;
    }

    /// What to check: the files on disk, each open buffer in its file's place, and open
    /// buffers of files not yet saved in the order `check` would find them.
    pub fn inputs(&mut self) -> Inputs {
        let limits = self.limits;
        let (root, exclude) = (self.root.clone(), &self.exclude);
        let (mut files, problems) = self
            .disk
            .get_or_insert_with(|| {
                let read = config::read(&[root], limits, exclude);
                (read.files, read.problems)
            })
            .clone();
        let mut unsaved: BTreeMap<&PathBuf, &String> = self.overlays.iter().collect();
        for f in &mut files {
            if let Some(text) = unsaved.remove(&f.candidate.path) {
                f.content = within(text, limits);
            }
        }
        for (path, text) in unsaved.into_iter().filter(|(p, _)| self.holds(p)) {
            let display = path
                .strip_prefix(&self.root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| path.to_string_lossy().into_owned());
            files.push(InputFile {
                candidate: Candidate {
                    path: path.clone(),
                    display,
                    explicit: false,
                },
                content: within(text, limits),
            });
        }
        Inputs::Files { files, problems }
    }
}

/// A buffer's bytes, refused as a file on disk would be when over `--max-file-size`.
fn within(text: &str, limits: SizeLimits) -> Result<Content, LoadError> {
    let size = text.len() as u64;
    if size > limits.per_file {
        Err(LoadError::TooLarge {
            size,
            max: limits.per_file,
        })
    } else {
        Ok(Content::from(text))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn a_buffer_changes_what_is_checked_only_when_its_text_differs() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        let file = root.join("skolor.yaml");
        let text = "apiVersion: provkoll/v1\nkind: School\n";
        std::fs::write(&file, text).unwrap();
        let mut ws = Workspace::new(root.clone(), Exclude::default());
        // before the disk is read, nothing is known to be the same
        assert!(ws.open(file.clone(), text.into()));
        ws.close(&file);
        let _ = ws.inputs();
        assert!(!ws.open(file.clone(), text.into()), "as on disk");
        assert!(ws.open(file.clone(), format!("{text}name: x\n")), "edited");
        assert!(
            !ws.open(file.clone(), format!("{text}name: x\n")),
            "as last sent"
        );
        assert!(
            ws.open(file.clone(), text.into()),
            "back to the disk's text"
        );
        assert!(ws.open(root.join("ny.yaml"), text.into()), "not on disk");
    }
}
