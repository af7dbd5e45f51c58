//! One in-memory file through the whole check: load, model, input, every rule, locate, every
//! emitter (so masking and rendering see whatever the loader accepted).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use provkoll::discover::Candidate;
use provkoll::emit::Emit;
use provkoll::load::Limits;
use provkoll::model::Date;
use provkoll::{InputFile, Pack, check_files};

fn pack() -> Option<&'static Pack> {
    static PACK: OnceLock<Option<Pack>> = OnceLock::new();
    PACK.get_or_init(|| Pack::load(None).ok()).as_ref()
}

fuzz_target!(|data: &[u8]| {
    let Some(pack) = pack() else {
        return;
    };
    let Some(as_of) = Date::parse("2026-11-25") else {
        return;
    };
    let file = InputFile {
        candidate: Candidate {
            path: "fuzz.yaml".into(),
            display: "fuzz.yaml".into(),
            explicit: true,
        },
        bytes: Ok(data.to_vec()),
    };
    let report = check_files(pack, vec![file], Vec::new(), as_of, Limits::default());
    let human = provkoll::emit::human::Human {
        color: false,
        quiet: false,
        fail_on: provkoll::finding::Severity::Info,
    };
    let emitters: [&dyn Emit; 5] = [
        &human,
        &provkoll::emit::json::Json,
        &provkoll::emit::sarif::Sarif,
        &provkoll::emit::junit::Junit,
        &provkoll::emit::github::Github,
    ];
    for e in emitters {
        let mut sink = Vec::new();
        let _ = e.emit(&mut sink, &report);
    }
});
