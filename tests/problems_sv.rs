//! Every problem that kept a check from completing speaks Swedish under `--lang sv`: no English
//! text of the problem catalogue reaches the human, JSON or report output, while the machine
//! fields (`kind`, paths, exit codes) stay as they are.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use common::{AS_OF, provkoll};
use provkoll::base::lang::Lang;
use provkoll::base::problem_texts::P;
use provkoll::base::texts::slots;

/// The frames every emitter puts around a help line: their one English word, "help", is looked
/// for on its own ([`no_help_word`]).
const FRAMES: [P; 5] = [
    P::HelpAfter,
    P::HelpLine,
    P::GithubHelp,
    P::HelpWord,
    P::RelatedWord,
];

/// miette draws "help:" before a help and "Advice:" above a related place in English whatever
/// the language; the human emitter redraws both, and the other outputs frame a help themselves.
fn no_help_word(what: &str, text: &str) {
    for word in ["help:", "advice:"] {
        assert!(
            !text.to_lowercase().contains(word),
            "{what}: {word:?} in Swedish output:\n{text}"
        );
    }
}

/// The fixed parts of every English template that its Swedish does not share: "unknown field",
/// "did you mean", "is not a calendar date".
fn english_fragments() -> Vec<(P, String)> {
    let mut out = Vec::new();
    for &key in P::ALL.iter().filter(|k| !FRAMES.contains(k)) {
        let (en, sv) = (key.get(Lang::En), key.get(Lang::Sv));
        let mut rest = en.to_owned();
        for slot in slots(en) {
            rest = rest.replace(&format!("{{{slot}}}"), "\u{0}");
        }
        for fragment in rest.split('\u{0}').map(str::trim) {
            // a fragment that is a word of its own: not punctuation, not a name both languages
            // write the same (`apiVersion: provkoll/v1`, --max-file-size)
            // (two words at least: one word alone, "document", is met in a quoted comment)
            let wordy = fragment
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 4)
                && fragment.contains(' ');
            if wordy && !sv.contains(fragment) {
                out.push((key, fragment.to_owned()));
            }
        }
    }
    out
}

/// Where `fragment` occurs in `text` as words of its own (not inside a longer word).
fn occurs(text: &str, fragment: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    text.match_indices(fragment).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + fragment.len()..].chars().next();
        let glued_before = word(before) && fragment.starts_with(char::is_alphanumeric);
        let glued_after = word(after) && fragment.ends_with(char::is_alphanumeric);
        !glued_before && !glued_after
    })
}

fn assert_no_english(what: &str, text: &str) {
    // the human format quotes the user's own lines (`12 │ …`, with their comments): not ours
    let text: String = text
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            !(l.starts_with(|c: char| c.is_ascii_digit()) && l.contains(" │ "))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let text = text.as_str();
    let found: Vec<String> = english_fragments()
        .into_iter()
        .filter(|(_, f)| occurs(text, f))
        .map(|(k, f)| format!("{k:?}: {f:?}"))
        .collect();
    assert!(
        found.is_empty(),
        "{what}: English in Swedish output: {found:#?}\n{text}"
    );
}

/// The part of an output that holds the problems: SARIF's rule descriptors are English by
/// design (they are the rule table, not a problem), so only its notifications are looked at.
fn problems_part(format: &str, out: &str) -> String {
    let json = || -> serde_json::Value {
        let end = out.rfind('}').unwrap();
        serde_json::from_str(&out[..=end]).unwrap()
    };
    match format {
        "json" => json()["errors"].to_string(),
        "sarif" => json()["runs"][0]["invocations"][0]["toolExecutionNotifications"].to_string(),
        _ => out.to_owned(),
    }
}

/// stdout and stderr of `provkoll ARGS`, with its exit code.
fn run(args: &[&str]) -> (i32, String) {
    let out = provkoll().args(args).output().unwrap();
    let text = format!(
        "{}\n{}",
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap()
    );
    (out.status.code().unwrap(), text)
}

/// A folder of hand-made broken files: one of each problem a person meets.
fn broken_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "syntax.yaml",
            "apiVersion: provkoll/v1\nkind: Person\nid: a\n  name: [x\n",
        ),
        (
            "processor.yaml",
            "apiVersion: provkoll/v1\nkind: Processor\nid: p1\nname: 12345\nservices: [x]\npersonal_data: [name]\nnmae: x\ndpa:\n  signed_on: 2024-06-14\n  valid_until: 8 mars 2028\n  subprocessor_authorisation: generall\nlocations: [SE]\ntransfer_mechanism: eea\n",
        ),
        (
            "missing.yaml",
            "apiVersion: provkoll/v1\nkind: Processor\nname: X AB\nservices: [x]\npersonal_data: [name]\nlocations: [SE]\ntransfer_mechanism: eea\n",
        ),
        (
            "twice.yaml",
            "apiVersion: provkoll/v1\nkind: School\nid: s1\nname: A\nschool_unit_code: \"12345678\"\nlegal_entity: \"212999-9997\"\ndnp_administrators: []\nsupport_contact: x\n---\napiVersion: provkoll/v1\nkind: School\nid: s1\nname: B\nschool_unit_code: \"12345679\"\nlegal_entity: \"212999-9997\"\ndnp_administrators: []\nsupport_contact: x\n",
        ),
        (
            "calendar.yaml",
            "apiVersion: provkoll/v1\nkind: Processor\nid: p2\nname: Y AB\nservices: [x]\npersonal_data: [name]\ndpa:\n  signed_on: 2024-06-14\n  valid_until: 2027-02-30\n  subprocessor_authorisation: general\nlocations: [SE]\ntransfer_mechanism: eea\n",
        ),
        (
            "kind.yaml",
            "apiVersion: provkoll/v1\nkind: Persson\nid: x\n",
        ),
        (
            "large.yaml",
            &format!(
                "apiVersion: provkoll/v1\nkind: Person\n{}",
                "# padding\n".repeat(400)
            ),
        ),
        (
            "dup.yaml",
            "apiVersion: provkoll/v1\nkind: Person\nid: a\nid: b\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn the_fragments_are_found_where_english_is_written() {
    // the test can fail: English output holds the fragments it looks for
    let (_, en) = run(&[
        "check",
        "examples/03-broken-file",
        "--as-of",
        AS_OF,
        "--lang",
        "en",
    ]);
    assert!(occurs(&en, "unknown field"), "{en}");
    assert!(!occurs("okänt fältnamn", "fält"));
    let found = english_fragments()
        .into_iter()
        .filter(|(_, f)| occurs(&en, f))
        .count();
    assert!(found >= 4, "{en}");
}

#[test]
fn example_03_speaks_swedish_in_every_output() {
    let dir = "examples/03-broken-file";
    for format in ["human", "json", "sarif", "github", "junit"] {
        let (code, out) = run(&[
            "check", dir, "--as-of", AS_OF, "--lang", "sv", "--format", format,
        ]);
        assert_eq!(code, 2, "{format}");
        assert_no_english(format, &problems_part(format, &out));
        no_help_word(format, &problems_part(format, &out));
    }
    let (code, out) = run(&["report", dir, "--as-of", AS_OF, "--lang", "sv"]);
    assert_eq!(code, 2);
    assert!(out.contains("fältet `id` saknas"), "{out}");
    assert_no_english("report", &out);
    // the machine fields do not change with the language
    let (_, json) = run(&[
        "check", dir, "--as-of", AS_OF, "--lang", "sv", "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json[..=json.rfind('}').unwrap()]).unwrap();
    let kinds: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"schema.missing_field"), "{kinds:?}");
    assert!(kinds.contains(&"yaml_syntax"), "{kinds:?}");
}

#[test]
fn hand_made_broken_files_speak_swedish() {
    let dir = broken_repo();
    let path = dir.path().to_str().unwrap();
    let args = |format: &'static str| {
        [
            "check",
            path,
            "--as-of",
            AS_OF,
            "--lang",
            "sv",
            "--max-file-size",
            "2000",
            "--format",
            format,
        ]
    };
    let (code, human) = run(&args("human"));
    assert_eq!(code, 2);
    for expected in [
        "ogiltig YAML: ",
        "okänt fält `nmae`",
        "fältet `id` saknas",
        "en text (sträng) förväntades, men värdet är ett heltal",
        "sätt värdet inom citattecken: \"12345\"",
        "`generall` är inte något av",
        "menade du `general`?",
        "`8 mars 2028` är inte ett giltigt datum",
        // after the schema, from the typed model: a day the calendar does not have
        "`2027-02-30` är inte ett giltigt datum",
        "skriv datum som ÅÅÅÅ-MM-DD",
        "id:t för en School `s1` förekommer två gånger",
        "okänd dokumenttyp `Persson`",
        "menade du `Person`?",
        "mer än --max-file-size (2000 byte)",
        "nyckeln `id` förekommer två gånger",
    ] {
        assert!(human.contains(expected), "{expected}:\n{human}");
    }
    assert_no_english("human", &human);
    no_help_word("human", &human);
    assert!(human.contains("  hjälp: "), "{human}");
    assert!(human.contains("\nSe även: \n"), "{human}");
    for format in ["json", "sarif", "github", "junit"] {
        let (_, out) = run(&args(format));
        assert_no_english(format, &problems_part(format, &out));
    }
    let (code, report) = run(&["report", path, "--as-of", AS_OF, "--lang", "sv"]);
    assert_eq!(code, 2);
    assert_no_english("report", &report);
    // a folder with no Organiser: told when everything else loaded
    let alone = tempfile::tempdir().unwrap();
    std::fs::write(
        alone.path().join("p.yaml"),
        "apiVersion: provkoll/v1\nkind: Processor\nid: p\nname: X AB\nservices: [x]\npersonal_data: [name]\nlocations: [SE]\ntransfer_mechanism: eea\n",
    )
    .unwrap();
    let (_, out) = run(&[
        "check",
        alone.path().to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--lang",
        "sv",
    ]);
    assert!(out.contains("inget Organiser-dokument hittades"), "{out}");
    assert_no_english("no Organiser", &out);
}

#[test]
fn swedish_human_output_of_example_03_is_pinned() {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"provkoll \d+\.\d+\.\d+", "provkoll [VERSION]");
    s.bind(|| {
        insta_cmd::assert_cmd_snapshot!(
            "example_03_broken_file_human_sv",
            provkoll().args([
                "check",
                "examples/03-broken-file",
                "--as-of",
                AS_OF,
                "--lang",
                "sv"
            ])
        );
    });
}

#[test]
fn a_broken_local_rule_and_a_missing_folder_are_told_in_swedish() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("kommun")).unwrap();
    std::fs::write(
        dir.path().join("kommun/x.rego"),
        "# METADATA\n# title: T\n# related_resources:\n#   - ref: https://www.skolverket.se/x\n# custom:\n#   id: KOMMUN-001\n#   severity: fatal\n#   title_sv: S\n#   hint: H\npackage provkoll.rules.kommun.x\n\ndeny contains v if { false; v := {} }\n",
    )
    .unwrap();
    let local = dir.path().to_str().unwrap();
    let example = "examples/01-ready-kommun";
    let (code, out) = run(&[
        "check",
        example,
        "--as-of",
        AS_OF,
        "--lang",
        "sv",
        "--policies-extra",
        local,
    ]);
    assert_eq!(code, 2);
    assert!(
        out.contains("ogiltigt METADATA-block: okänd allvarlighetsgrad `fatal`"),
        "{out}"
    );
    assert_no_english("local rule", &out);
    let (code, out) = run(&[
        "check",
        example,
        "--as-of",
        AS_OF,
        "--lang",
        "sv",
        "--policies-extra",
        "no-such-folder",
    ]);
    assert_eq!(code, 2);
    assert!(out.contains("mappen finns inte"), "{out}");
    assert_no_english("missing folder", &out);
}
