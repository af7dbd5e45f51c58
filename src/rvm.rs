//! Compiling a pack's rules into one program for regorus' VM (RVM). Shared by `build.rs`, which
//! compiles the bundled pack when provkoll is built, and `evaluate.rs`, which compiles any other
//! pack at start-up.

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
