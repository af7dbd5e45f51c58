//! Differential fuzzing of the two engines: the bytes are a set of in-memory YAML files (split
//! on lines `#~~~`, so the cross-document rules see several files), built into `input` by the
//! whole check, and every rule evaluated by regorus' bytecode VM and by its interpreter. The
//! sorted violations must be the same whenever neither engine reported a problem.
//!
//! An optional first line `#as-of YYYY-MM-DD` sets the date of the check.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use provkoll::pack::{Pack, PackSource};

mod engines_case;

fn pack() -> Option<&'static Pack> {
    static PACK: OnceLock<Option<Pack>> = OnceLock::new();
    PACK.get_or_init(|| Pack::load(&PackSource::bundled()).ok()).as_ref()
}

fuzz_target!(|data: &[u8]| {
    let Some(pack) = pack() else {
        return;
    };
    if let Some(difference) = engines_case::disagreement(pack, data) {
        panic!("{difference}");
    }
});
