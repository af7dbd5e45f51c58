//! Embeds the policy pack (`policies/**/*.rego`, tests excluded) into the binary, so an
//! installed `provkoll` needs no files beside it, and compiles it once for regorus' VM (RVM), so
//! a check starts without parsing, analysing and compiling the pack (most of a small check's
//! time). When the pack does not compile here, nothing is embedded and provkoll compiles it at
//! run time, where its errors are reported with their places.

use std::path::{Path, PathBuf};

#[path = "rvm.rs"]
mod rvm;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rego") && !test_only(&path) {
            out.push(path);
        }
    }
}

/// Tests and their shared fixture (`lib/testdata.rego`) stay out of the binary; the same rule
/// is in `catalogue.rs` for `--policies`.
fn test_only(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.ends_with("_test.rego") || name == "testdata.rego"
}

/// One RVM program with every rule's `deny` and the timeline helper, as `evaluate.rs` would
/// compile it at run time (it checks the entry points it needs are all there).
fn compile(root: &Path, files: &[PathBuf]) -> Result<Vec<u8>, String> {
    let mut engine = regorus::Engine::new();
    let mut entry_points = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| e.to_string())?;
        let rel = f
            .strip_prefix(root)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        let package = text
            .lines()
            .find_map(|l| l.strip_prefix("package "))
            .map(str::trim);
        if let Some(p) = package {
            let has_deny = text.lines().any(|l| l.starts_with("deny "));
            if p.starts_with("provkoll.rules.") && has_deny {
                entry_points.push(format!("data.{p}.deny"));
            }
            if p == "provkoll.lib.timeline" {
                entry_points.push("data.provkoll.lib.timeline.items".to_owned());
            }
        }
        engine
            .add_policy(format!("policies/{rel}"), text)
            .map_err(|e| e.to_string())?;
    }
    let names: Vec<&str> = entry_points.iter().map(String::as_str).collect();
    rvm::compile(&engine, &names)?.serialize_binary()
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("policies");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The bundled policy pack: (path relative to `policies/`, text).\npub static BUNDLED: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        code.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    code.push_str("];\n");
    let program = compile(&root, &files).unwrap_or_else(|e| {
        println!("cargo:warning=the pack is compiled at run time: {e}");
        Vec::new()
    });
    let rvm = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("bundled.rvm");
    if let Err(e) = std::fs::write(&rvm, program) {
        println!("cargo:warning=cannot write {}: {e}", rvm.display());
        std::process::exit(1);
    }
    code.push_str(&format!(
        "/// The bundled pack compiled for regorus' VM (empty when it did not compile).\npub static PROGRAM: &[u8] = include_bytes!({:?});\n",
        rvm.display().to_string()
    ));
    let out =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("bundled_policies.rs");
    if let Err(e) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
