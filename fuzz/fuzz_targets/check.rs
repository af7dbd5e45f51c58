//! One in-memory file through the whole check: load, model, input, every rule, locate, every
//! emitter (so masking and rendering see whatever the loader accepted).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use provkoll::base::date::Date;
use provkoll::base::lang::Lang;
use provkoll::base::severity::Severity;
use provkoll::check::{CheckOptions, Inputs, run};
use provkoll::config::InputFile;
use provkoll::config::discover::Candidate;
use provkoll::emit::{EmitOptions, Format};
use provkoll::pack::{Pack, PackSource};

fn pack() -> Option<&'static Pack> {
    static PACK: OnceLock<Option<Pack>> = OnceLock::new();
    PACK.get_or_init(|| Pack::load(&PackSource::bundled()).ok())
        .as_ref()
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
        content: Ok(data.into()),
    };
    let inputs = Inputs::Files {
        files: vec![file],
        problems: Vec::new(),
    };
    let report = run(pack, inputs, &CheckOptions::new(as_of)).report;
    for format in [
        Format::Human,
        Format::Json,
        Format::Sarif,
        Format::Junit,
        Format::Github,
    ] {
        for lang in [Lang::En, Lang::Sv] {
            let e = format.emitter(EmitOptions {
                color: false,
                quiet: false,
                fail_on: Severity::Info,
                lang,
            });
            let mut sink = Vec::new();
            let _ = e.emit(&mut sink, &report);
        }
    }
});
