//! Every emitter on one fixed report, made by hand rather than by a check, so each format is
//! pinned on exactly the cases it must handle: an open finding on a span over several lines, a
//! waived finding with its waiver's place, a problem with a related place, a finding with no
//! file, and an identity number that must reach no output in full.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use provkoll::base::date::Date;
use provkoll::base::lang::Lang;
use provkoll::base::problem::{P, Problem, SchemaError};
use provkoll::base::severity::Severity;
use provkoll::base::source::{SourceFile, Span};
use provkoll::check::Context;
use provkoll::check::finding::{Finding, RunReport};
use provkoll::check::fingerprint::Fingerprints;
use provkoll::check::locate::Located;
use provkoll::check::timeline::{Entry, WindowCover};
use provkoll::check::waiver::{WaiverEntry, WaiverLedger, WaiverState};
use provkoll::emit::report::{ReportInput, build, html, markdown};
use provkoll::emit::{EmitOptions, Format};
use provkoll::pack::catalogue::{Catalogue, Rule};
use provkoll::pack::messages::Rendered;

const PEOPLE: &str = "apiVersion: provkoll/v1\nkind: Person\nid: anders\nname: Anders Exempelsson\nnotes: |\n  personnummer NUMBER\n  (fictional)\n";
const SCHOOL: &str = "apiVersion: provkoll/v1\nkind: School\nid: sjoskolan\nname: Sjöskolan\ndnp_administrators: []\n";
const WAIVERS: &str = "apiVersion: provkoll/v1\nkind: Waiver\nrule: ROLE-002\nsubject: sjoskolan\nreason: No digital tests this year.\napproved_by: anders\napproved_on: 2026-09-01\nexpires: 2027-06-30\n";

fn rule(id: &str) -> Rule {
    Catalogue::bundled().unwrap().rule(id).unwrap().clone()
}

/// The span of `needle`'s first occurrence in `file`'s text, through the file's own positions.
fn span_of(src: &SourceFile, needle: &str) -> Span {
    let start = src.text.find(needle).unwrap();
    Span {
        start: src.pos_of_byte(start),
        end: src.pos_of_byte(start + needle.len()),
    }
}

/// The fixed report, masked as every run's report is before it is emitted; and the number.
fn fixed() -> (RunReport, String) {
    let number = common::personnummer("811218987");
    let context = Context {
        as_of: Date::parse("2026-11-25").unwrap(),
        tool_version: "0.0.0-test",
    };
    let mut run = RunReport::new(&context);
    let people = SourceFile::new(
        "people.yaml".into(),
        "people.yaml".into(),
        PEOPLE.replace("NUMBER", &number).into(),
    );
    let school = SourceFile::new(
        "schools/sjo.yaml".into(),
        "schools/sjo.yaml".into(),
        SCHOOL.into(),
    );
    let waivers = SourceFile::new("waivers.yaml".into(), "waivers.yaml".into(), WAIVERS.into());
    let notes = {
        let start = people.text.find("notes").unwrap();
        Span {
            start: people.pos_of_byte(start),
            end: people.pos_of_byte(people.text.len() - 1),
        }
    };
    let admins = span_of(&school, "[]");
    let waiver_kind = span_of(&waivers, "kind");
    let (p, s, w) = (
        run.sources.add(people),
        run.sources.add(school),
        run.sources.add(waivers),
    );
    run.checked = vec![p, s, w];
    run.rules = ["DATA-001", "ROLE-002", "DATA-003"].map(rule).to_vec();
    let args = |pairs: &[(&str, &str)]| -> serde_json::Map<String, serde_json::Value> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), serde_json::json!(v)))
            .collect()
    };
    // a message as a rule's template renders it, in both languages
    let msg = |key: &str, en: String, sv: String| Rendered {
        en,
        sv: Some(sv),
        key: Some(key.to_owned()),
    };
    // an open error over several lines, quoting the number in its message and its hint (as a
    // careless rule might): both must be masked
    let data = Finding::new(
        &run.rules[0],
        msg(
            "identity_number",
            format!("a personnummer ({number}) is written here"),
            format!("ett personnummer ({number}) står här"),
        ),
        Some(Located {
            file: p,
            span: notes,
            label: None,
            local_path: "notes".into(),
        }),
        "people[0].notes".into(),
        Some("anders".into()),
        &{
            let mut a = args(&[("kind", "personnummer"), ("masked", &number)]);
            a.insert(
                "the_kind".into(),
                serde_json::json!({"message": "the_personnummer"}),
            );
            a
        },
    );
    // a warning, waived
    let mut role = Finding::new(
        &run.rules[1],
        msg(
            "no_administrator",
            "school sjoskolan (Sjöskolan) has no DNP administrator".into(),
            "skolenheten sjoskolan (Sjöskolan) har ingen administratör för DNP".into(),
        ),
        Some(Located {
            file: s,
            span: admins,
            label: None,
            local_path: "dnp_administrators".into(),
        }),
        "schools[0].dnp_administrators".into(),
        Some("sjoskolan".into()),
        &args(&[("school", "sjoskolan")]),
    );
    role.waived_by = Some(0);
    // an info (a rule's milder case) with no place at all
    let mut window = Finding::new(
        &run.rules[2],
        msg(
            "no_window",
            "no exam window ends on or after 2026-11-25; date rules only check expiry".into(),
            "ingen provperiod slutar 2026-11-25 eller senare; datumreglerna kontrollerar bara sista giltighetsdag".into(),
        ),
        None,
        "organiser.exam_windows".into(),
        None,
        &args(&[("window", "any window")]),
    );
    window.severity = Severity::Info;
    run.findings = vec![window, data, role];
    let sources = run.sources.clone();
    run.findings.sort_by_cached_key(|f| f.sort_key(&sources));
    run.waivers = WaiverLedger {
        entries: vec![WaiverEntry {
            file: w,
            span: waiver_kind,
            rule: "ROLE-002".into(),
            subject: Some("sjoskolan".into()),
            reason: Some("No digital tests this year.".into()),
            approved_by: Some("anders".into()),
            approved_on: Date::parse("2026-09-01"),
            expires: Date::parse("2027-06-30"),
            state: WaiverState::Used(1),
        }],
    };
    let first = run.sources.get(s).unwrap();
    run.problems = vec![
        Problem::at(
            SchemaError::DuplicateDocument("Organiser"),
            s,
            span_of(first, "School"),
        )
        .with_label(P::ASecond.msg().arg("kind", "Organiser"))
        .with_related(
            p,
            span_of(run.sources.get(p).unwrap(), "Person"),
            P::TheFirstOne,
        )
        .with_help(P::AtMostOne.msg().arg("max", 1).arg("kind", "Organiser")),
    ];
    provkoll::check::redact::report(&mut run);
    (run, number)
}

fn emitted(run: &RunReport, format: Format) -> String {
    let mut out = Vec::new();
    format
        .emitter(EmitOptions {
            color: false,
            quiet: false,
            fail_on: Severity::Warning,
            lang: Lang::En,
        })
        .emit(&mut out, run)
        .unwrap();
    String::from_utf8(out).unwrap()
}

fn report_page(run: &RunReport, lang: Lang) -> provkoll::emit::report::Page {
    let fingerprints = Fingerprints {
        configuration: "c".repeat(64),
        policy_pack: "p".repeat(64),
        waivers: "w".repeat(64),
        combined: "0".repeat(64),
    };
    let timeline = [Entry {
        kind: "waiver".into(),
        what: "waiver of ROLE-002 for sjoskolan".into(),
        subject: Some("ROLE-002".into()),
        valid_from: Some("2026-09-01".into()),
        valid_until: Some("2027-06-30".into()),
        state: provkoll::check::timeline::State::Valid,
        windows: vec![WindowCover {
            id: "vt2027-ak9".into(),
            start: "2027-03-08".into(),
            end: "2027-03-19".into(),
            covered: false,
        }],
        file: Some("waivers.yaml".into()),
        line: Some(2),
    }];
    build(&ReportInput {
        run,
        organiser: Some("Exempelby kommun"),
        fingerprints: &fingerprints,
        timeline: &timeline,
        fail_on: Severity::Error,
        lang,
    })
}

#[test]
fn every_emitter_on_one_fixed_report() {
    let (run, number) = fixed();
    let mut outputs = Vec::new();
    for format in [
        Format::Human,
        Format::Json,
        Format::Sarif,
        Format::Junit,
        Format::Github,
    ] {
        let text = emitted(&run, format);
        insta::assert_snapshot!(format!("fixed_{format:?}").to_lowercase(), text);
        outputs.push((format!("{format:?}"), text));
    }
    for lang in [Lang::Sv, Lang::En] {
        let page = report_page(&run, lang);
        let md = markdown::render(&page).unwrap();
        insta::assert_snapshot!(format!("fixed_report_{}_md", lang.tag()), md);
        outputs.push((format!("report {lang:?} md"), md));
        outputs.push((
            format!("report {lang:?} html"),
            html::render(&page).unwrap(),
        ));
    }
    let masked = format!("{}****", &number[..number.len() - 4]);
    for (name, text) in &outputs {
        assert!(!text.contains(&number), "{name} prints the number in full");
    }
    // the number is shown masked where the message and the source line quote it
    assert!(outputs[0].1.contains(&masked), "{}", outputs[0].1);
}

#[test]
fn the_html_and_markdown_reports_show_the_same_cells() {
    // built once, rendered twice: every cell's text is in both renderings
    let (run, _) = fixed();
    let page = report_page(&run, Lang::En);
    let (html, md) = (
        html::render(&page).unwrap(),
        markdown::render(&page).unwrap(),
    );
    for value in [
        "Exempelby kommun",
        "No digital tests this year.",
        "vt2027-ak9: ✗",
        "schools/sjo.yaml:5",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "DATA-001",
    ] {
        assert!(html.contains(value), "html lacks {value}");
        assert!(md.contains(value), "markdown lacks {value}");
    }
}
