//! Compiling a pack's entry points into one program for regorus' VM (RVM). Shared by `build.rs`
//! (through `#[path]`, so it uses nothing but regorus and `std`), which compiles the bundled
//! pack when provkoll is built, and the engine, which compiles any other pack at start-up.
#![allow(dead_code)] // each includer uses a part

use std::sync::Arc;

use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::program::Program;

/// One program holding every entry point; all of them must compile.
pub fn compile(engine: &regorus::Engine, entry_points: &[&str]) -> Result<Arc<Program>, String> {
    let first = entry_points.first().ok_or("no entry points")?;
    // The compiled policy covers the whole pack whichever entry point names it; compiling it
    // once and every entry point from it shares the work.
    let mut engine = engine.clone();
    let policy = engine
        .compile_with_entrypoint(&(*first).into())
        .map_err(|e| e.to_string())?;
    Compiler::compile_from_policy(&policy, entry_points).map_err(|e| e.to_string())
}

/// One program for every entry point that compiles. Compiling all at once shares the work; when
/// that fails (a custom pack may use what the VM lacks, such as `walk`), each is tried alone and
/// the ones that compile are compiled together; the rest run in the interpreter.
pub fn compile_what_compiles(
    engine: &regorus::Engine,
    entry_points: &[String],
) -> Option<Arc<Program>> {
    let all: Vec<&str> = entry_points.iter().map(String::as_str).collect();
    if let Ok(program) = compile(engine, &all) {
        return Some(program);
    }
    let good: Vec<&str> = all
        .iter()
        .copied()
        .filter(|name| compile(engine, &[name]).is_ok())
        .collect();
    compile(engine, &good).ok()
}
