//! Embeds the policy pack (`policies/**/*.rego`) into the binary, so an installed `provkoll`
//! needs no files beside it: the modules a check runs, and apart from them the test modules that
//! `provkoll test` runs, and compiles it once for regorus' VM (RVM), so
//! a check starts without parsing, analysing and compiling the pack (most of a small check's
//! time). When the pack does not compile here, nothing is compiled in and provkoll compiles it
//! at run time, where its errors are reported with their places.

use std::path::{Path, PathBuf};

#[path = "src/pack/compile.rs"]
mod compile;
#[path = "src/pack/layout.rs"]
mod layout;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rego") {
            out.push(path);
        }
    }
}

/// The path of a module relative to `policies/`, `/`-separated.
fn relative(root: &Path, f: &Path) -> String {
    f.strip_prefix(root)
        .unwrap_or(f)
        .to_string_lossy()
        .replace('\\', "/")
}

/// One RVM program with every entry point the engine will ask for (`layout::entry_points`).
fn program(root: &Path, files: &[PathBuf]) -> Result<Vec<u8>, String> {
    let mut engine = regorus::Engine::new();
    let mut texts = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| e.to_string())?;
        engine
            .add_policy(format!("policies/{}", relative(root, f)), text.clone())
            .map_err(|e| e.to_string())?;
        texts.push(text);
    }
    let entry_points = layout::entry_points(texts.iter().map(String::as_str));
    let names: Vec<&str> = entry_points.iter().map(String::as_str).collect();
    compile::compile(&engine, &names)?.serialize_binary()
}

fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default())
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        println!("cargo:warning=cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

/// A static table `name` of (path relative to `policies/`, text) with every file embedded.
fn table(code: &mut String, doc: &str, name: &str, root: &Path, files: &[PathBuf]) {
    code.push_str(&format!(
        "/// {doc}\npub static {name}: &[(&str, &str)] = &[\n"
    ));
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            relative(root, f),
            f.display().to_string()
        ));
    }
    code.push_str("];\n");
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("policies");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut all = Vec::new();
    collect(&root, &mut all);
    all.sort();
    let (tests, files): (Vec<PathBuf>, Vec<PathBuf>) = all
        .into_iter()
        .partition(|f| layout::is_test_module(&f.to_string_lossy()));
    let mut code = String::new();
    table(
        &mut code,
        "The bundled policy pack: (path relative to `policies/`, text).",
        "BUNDLED",
        &root,
        &files,
    );
    // apart from BUNDLED, so that a check neither loads nor compiles them
    table(
        &mut code,
        "The bundled pack's test modules, for `provkoll test`, as BUNDLED.",
        "TESTS",
        &root,
        &tests,
    );
    let program = program(&root, &files).unwrap_or_else(|e| {
        println!("cargo:warning=the pack is compiled at run time: {e}");
        Vec::new()
    });
    let rvm = out_dir().join("bundled.rvm");
    write(&rvm, &program);
    code.push_str(&format!(
        "/// The bundled pack compiled for regorus' VM (empty when it did not compile).\npub static PROGRAM: &[u8] = include_bytes!({:?});\n",
        rvm.display().to_string()
    ));
    write(&out_dir().join("bundled_policies.rs"), code.as_bytes());
}
