//! The `provkoll` binary: the only place that prints or picks an exit code.

mod args;
mod commands;
mod lsp;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};
use crate::commands::Outcome;

// A check allocates millions of small values on two threads (documents, the engine's values);
// with mimalloc it took a quarter less time than with the system allocator (see the README's
// Performance section), at about a sixth more peak memory.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its `mimalloc.h`, version 2: the options are numbered in
/// the order they are declared, and retired ones keep their number; libmimalloc-sys names no
/// constant for it). A test below checks that it holds the option's default.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// The language server runs for hours, and every check frees most of what it built. mimalloc
/// gives a freed page back to the system 10 ms later, and only when the thread that freed it
/// allocates again: the check's worker threads then sleep until the next edit holding their
/// pages, and each check grew on top of them (165 MB at 10,000 schools, where the live heap was
/// about 110). Giving pages back at once brought the peak to 147 MB, for a few more system calls
/// per check (about a fifth of an edit's time at 10,000 schools; see the README's Performance
/// section). A one-shot `check` ends before it would gain anything, so only the server does it.
fn give_back_freed_pages_at_once() {
    // SAFETY: setting an option is not thread-safe in mimalloc; this runs before the process
    // has started any thread (it is the first thing `main` does for `lsp`).
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

// Exit codes, and why these three:
// 0 — nothing at or above --fail-on: the configuration passes the gate.
// 1 — findings at or above --fail-on: the configuration is wrong; fix it.
// 2 — the check itself could not be completed (unreadable or invalid YAML, a schema error, a
//     broken policy pack, an unwritable output, bad usage). A CI must not read a partial check
//     as a pass, and "could not check" needs different action from "found problems", so 2
//     outranks 1. clap also exits 2 on bad usage, which fits.
// 130 — interrupted (see below).
fn exit_code(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Clean => 0,
        Outcome::Findings => 1,
        Outcome::Incomplete => 2,
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if matches!(cli.command, Command::Lsp(_)) {
        give_back_freed_pages_at_once();
    }
    // 130 = 128 + SIGINT, the shell's code for a run stopped by Ctrl-C; SIGTERM and SIGHUP
    // give it too, as the handler is not told which signal came. The handler first deletes
    // any output file still being written.
    if let Err(e) = provkoll::base::write::install_interrupt_cleanup(|| std::process::exit(130)) {
        let _ = writeln!(std::io::stderr(), "provkoll: warning: {e}");
    }
    let outcome = match cli.command {
        Command::Check(args) => commands::check(args),
        Command::Schema(args) => commands::schema(args),
        Command::Rules(args) => commands::rules(args),
        Command::Explain(args) => commands::explain(args),
        Command::Init(args) => commands::init(args),
        Command::Test(args) => commands::test(args),
        Command::NewRule(args) => commands::new_rule(args),
        Command::Timeline(args) => commands::timeline(args),
        Command::Report(args) => commands::report(args),
        Command::Fingerprint(args) => commands::fingerprint(args),
        Command::Lsp(args) => commands::lsp(args),
        Command::Registry(args::RegistryCommand::Fetch(args)) => commands::registry_fetch(args),
    };
    ExitCode::from(exit_code(outcome))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option numbered `PURGE_DELAY` is the purge delay: it holds that option's default
    /// (10 ms, or what MIMALLOC_PURGE_DELAY says), and its neighbours hold theirs.
    #[test]
    fn purge_delay_is_the_option_set() {
        let get = |option| unsafe { libmimalloc_sys::mi_option_get(option) };
        let expected = std::env::var("MIMALLOC_PURGE_DELAY")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10);
        assert_eq!(get(PURGE_DELAY), expected);
        // eager_commit_delay (1) before it, use_numa_nodes (0) after it
        assert_eq!(get(libmimalloc_sys::mi_option_eager_commit_delay), 1);
        assert_eq!(get(libmimalloc_sys::mi_option_use_numa_nodes), 0);
        assert_eq!(
            PURGE_DELAY,
            libmimalloc_sys::mi_option_eager_commit_delay + 1
        );
        assert_eq!(PURGE_DELAY, libmimalloc_sys::mi_option_use_numa_nodes - 1);
    }
}
