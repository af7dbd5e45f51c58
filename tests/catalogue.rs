//! Invariants of the rule pack as a whole: IDs, the catalogue in domain.md, the generated
//! README, and the pack compiled into the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::collections::BTreeMap;

use provkoll::base::lang::Lang;
use provkoll::pack::catalogue::Catalogue;

mod common;

use common::{root, source_pack as pack};

#[test]
fn rule_ids_are_unique_and_their_list_is_pinned() {
    let c = pack();
    let ids: Vec<String> = c
        .rules
        .iter()
        .map(|r| format!("{} {}", r.id, r.severity.as_str()))
        .collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique);
    insta::assert_snapshot!(ids.join("\n"));
}

/// `| ORG-001 | error | …` rows of domain.md's rule tables.
fn domain_catalogue(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let id = *cells.get(1)?;
            let sev = cells.get(2)?.split_whitespace().next()?;
            let shaped = id.split_once('-').is_some_and(|(a, n)| {
                !a.is_empty() && a.bytes().all(|b| b.is_ascii_uppercase()) && n.len() == 3
            });
            shaped.then(|| (id.to_owned(), sev.to_owned()))
        })
        .collect()
}

#[test]
fn every_rule_of_domain_md_exists_with_its_severity_and_others_are_new_numbers() {
    let domain = domain_catalogue(
        &std::fs::read_to_string(root().join("tests/fixtures/domain.md")).unwrap(),
    );
    assert!(
        domain.len() >= 40,
        "domain.md's tables were not read: {domain:?}"
    );
    let pack: BTreeMap<String, String> = pack()
        .rules
        .iter()
        .map(|r| (r.id.clone(), r.severity.as_str().to_owned()))
        .collect();
    let missing: Vec<_> = domain
        .iter()
        .filter(|(id, _)| !pack.contains_key(*id))
        .collect();
    let wrong: Vec<_> = pack
        .iter()
        .filter(|(id, sev)| domain.get(*id).is_some_and(|d| d != *sev))
        .collect();
    // A rule added since domain.md was written takes a new number in an existing area, after
    // the area's last one there: an ID is never reused and never fills a gap. A new area (REG,
    // the Skolenhetsregistret checks) numbers its rules from 001 without a gap.
    let last_in_area = |area: &str| {
        domain
            .keys()
            .filter_map(|id| id.split_once('-'))
            .filter(|(a, _)| *a == area)
            .filter_map(|(_, n)| n.parse::<u32>().ok())
            .max()
    };
    let unknown: Vec<_> = pack
        .keys()
        .filter(|id| !domain.contains_key(*id))
        .filter(|id| {
            let (area, n) = id.split_once('-').unwrap();
            let n = n.parse::<u32>().unwrap();
            match last_in_area(area) {
                Some(last) => n <= last,
                None => {
                    let in_area = pack.keys().filter(|k| k.starts_with(&format!("{area}-")));
                    n == 0 || n as usize > in_area.count()
                }
            }
        })
        .collect();
    assert!(
        missing.is_empty() && wrong.is_empty() && unknown.is_empty(),
        "missing from the pack: {missing:?}\nseverity differs: {wrong:?}\nneither in domain.md nor a new number in one of its areas: {unknown:?}"
    );
}

#[test]
fn the_vendored_domain_md_is_the_current_one() {
    // CI and development have the design folder beside the repo; a user's clone may not.
    let shared = root().join("../shared/design/domain.md");
    if let Ok(current) = std::fs::read_to_string(&shared) {
        let vendored = std::fs::read_to_string(root().join("tests/fixtures/domain.md")).unwrap();
        assert!(
            vendored == current,
            "tests/fixtures/domain.md differs from {}: copy it again",
            shared.display()
        );
    }
}

#[test]
fn policies_readme_is_generated_from_the_current_pack() {
    let want = provkoll::emit::rules::rules_markdown(&Catalogue::bundled().unwrap(), Lang::En);
    let have = std::fs::read_to_string(root().join("policies/README.md")).unwrap_or_default();
    assert!(
        have == want,
        "policies/README.md is stale: run `cargo run -- rules --format markdown --output policies/README.md`"
    );
}

#[test]
fn the_bundled_pack_is_the_pack_in_policies() {
    let bundled = Catalogue::bundled().unwrap();
    let on_disk = pack();
    let ids = |c: &Catalogue| {
        c.rules
            .iter()
            .map(|r| (r.id.clone(), r.title.clone(), r.hint.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&bundled), ids(&on_disk));
    let texts = |c: &Catalogue| c.modules.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&bundled), texts(&on_disk));
}

#[test]
fn every_rule_states_its_sources_and_both_languages() {
    for r in pack().rules {
        assert!(!r.description.is_empty(), "{} has no description", r.id);
        assert!(
            r.hint_sv.as_deref().is_some_and(|h| !h.is_empty()),
            "{} has no hint_sv",
            r.id
        );
        // the pack refuses a source that is not an https:// address; here: each says what it is
        for s in &r.sources {
            assert!(
                s.description
                    .as_deref()
                    .is_some_and(|d| d.trim().len() > 10),
                "{}: source {} does not say what it is or what it says",
                r.id,
                s.reference
            );
        }
    }
}
