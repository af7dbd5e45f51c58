//! The layers depend one way (see `src/lib.rs` and the README's Layout): a module may use the
//! layers before its own, never one after. Read from the source: every `crate::<layer>` path
//! in a layer's files must name that layer or an earlier one. The files `build.rs` and the Rego
//! test runner include by `#[path]` use nothing of the crate at all.
#![allow(clippy::unwrap_used, clippy::panic)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};

mod common;

/// The library's layers, in the order they may depend on each other.
const LAYERS: [&str; 5] = ["base", "config", "pack", "check", "emit"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every layer a text names as `crate::<layer>`.
fn named_layers(text: &str) -> Vec<&str> {
    text.match_indices("crate::")
        .map(|(i, m)| {
            let rest = &text[i + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn every_layer_uses_only_the_layers_before_it() {
    let src = common::root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    let mut seen = 0;
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel.iter().next().unwrap().to_string_lossy();
        let Some(own) = LAYERS.iter().position(|l| *l == first) else {
            continue; // lib.rs (the table of contents) and the binary, which may use everything
        };
        seen += 1;
        let text = std::fs::read_to_string(file).unwrap();
        for named in named_layers(&text) {
            match LAYERS.iter().position(|l| *l == named) {
                Some(used) if used <= own => {}
                Some(_) => wrong.push(format!(
                    "src/{} ({}) uses crate::{named}, a later layer",
                    rel.display(),
                    LAYERS[own]
                )),
                None => wrong.push(format!(
                    "src/{} uses crate::{named}, which is no layer",
                    rel.display()
                )),
            }
        }
    }
    assert!(seen > 20, "only {seen} files read under {}", src.display());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_files_shared_by_path_use_nothing_of_the_crate() {
    for shared in ["src/pack/layout.rs", "src/pack/compile.rs"] {
        let text = std::fs::read_to_string(common::root().join(shared)).unwrap();
        assert!(
            !text.contains("crate::") && !text.contains("super::"),
            "{shared} is included by build.rs through #[path]: it may use only std and regorus"
        );
    }
}

#[test]
fn the_check_itself_finds_a_later_layer() {
    // what the first test reads, on a made-up line: it must see `emit` named from `check`
    assert_eq!(
        named_layers("use crate::emit::Emit; let x = crate::base::VERSION;"),
        ["emit", "base"]
    );
}

#[test]
fn lib_rs_is_a_table_of_contents() {
    let text = std::fs::read_to_string(common::root().join("src/lib.rs")).unwrap();
    let code: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("#!"))
        .collect();
    for line in &code {
        assert!(
            line.starts_with("pub mod ") || line.starts_with("pub use "),
            "src/lib.rs holds more than `mod` and `use` lines: {line}"
        );
    }
}
