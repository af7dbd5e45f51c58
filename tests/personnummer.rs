//! One list of the ways a personnummer or samordningsnummer is written
//! (`tests/fixtures/pnr-spellings.txt`), tested against provkoll's masking and against DATA-001's
//! Rego helper alike, then through every command and format: no output ever holds one in full.
//! Every number is made at run time with its Luhn check digit, so no file holds one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{AS_OF, check_digit, copy_dir, provkoll, root};
use provkoll::check::redact;
use provkoll::pack::engine::{Backend, EvalOptions};
use serde_json::Value;

/// A number's parts, in ASCII.
#[derive(Debug, Clone)]
struct Number {
    /// YYYYMMDD
    date8: String,
    /// NNNC
    last4: String,
}

impl Number {
    /// From the date (YYYYMMDD, day + 60 for a samordningsnummer) and the birth number NNN.
    fn new(date8: &str, nnn: &str) -> Self {
        let check = check_digit(&format!("{}{nnn}", &date8[2..]));
        Self {
            date8: date8.to_owned(),
            last4: format!("{nnn}{check}"),
        }
    }

    /// The nine digits that must never be seen together: the tenth, the check digit, follows
    /// from them.
    fn nine(&self) -> String {
        format!("{}{}", &self.date8[2..], &self.last4[..3])
    }

    /// The same date with a wrong check digit.
    fn bad4(&self) -> String {
        let check = self.last4.as_bytes()[3] - b'0';
        format!("{}{}", &self.last4[..3], (check + 1) % 10)
    }
}

/// A personnummer, a samordningsnummer, one born in 2012 and one born on 29 February.
fn numbers() -> Vec<Number> {
    [
        ("19811218", "987"),
        ("19701063", "239"),
        ("20121231", "456"),
        ("19960229", "123"),
    ]
    .into_iter()
    .map(|(d, n)| Number::new(d, n))
    .collect()
}

/// More numbers, one for each value planted in a configuration, all different.
fn many_numbers(n: usize) -> Vec<Number> {
    (0..n)
        .map(|i| {
            let year = 1931 + (i * 7) % 80;
            let month = 1 + i % 12;
            let day = 1 + (i * 5) % 28 + if i % 4 == 3 { 60 } else { 0 };
            Number::new(
                &format!("{year}{month:02}{day:02}"),
                &format!("{:03}", (i * 37 + 101) % 1000),
            )
        })
        .collect()
}

/// One line of the list.
#[derive(Debug, Clone)]
struct Spelling {
    template: String,
    /// Whether it is a number (else it must never be recognised).
    number: bool,
}

fn spellings() -> Vec<Spelling> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/pnr-spellings.txt")).unwrap();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim_end())
        .filter(|line| !line.is_empty())
        .map(|line| match line.strip_prefix("! ") {
            Some(t) => Spelling {
                template: t.to_owned(),
                number: false,
            },
            None => Spelling {
                template: line.to_owned(),
                number: true,
            },
        })
        .collect()
}

/// `digits` (ASCII) in a style of the list.
fn styled(digits: &str, style: &str) -> String {
    let zero = match style {
        "" => '0' as u32,
        "fullwidth" => 0xFF10,
        "bold" => 0x1D7CE,
        "double" => 0x1D7D8,
        "sans" => 0x1D7E2,
        "sansbold" => 0x1D7EC,
        "mono" => 0x1D7F6,
        "segmented" => 0x1FBF0,
        "arabic" => 0x0660,
        other => panic!("no digit style {other}"),
    };
    digits
        .bytes()
        .map(|d| char::from_u32(zero + u32::from(d - b'0')).unwrap())
        .collect()
}

/// A template filled with `n`.
fn fill(template: &str, n: &Number) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').unwrap();
        let field = &rest[open + 1..close];
        if let Some(hex) = field.strip_prefix("U+") {
            out.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap());
        } else {
            let (name, style) = field.split_once(':').unwrap_or((field, ""));
            let digits = match name {
                "date6" => n.date8[2..].to_owned(),
                "date8" => n.date8.clone(),
                "last4" => n.last4.clone(),
                "bad4" => n.bad4(),
                other => panic!("no field {other} in {template}"),
            };
            out.push_str(&styled(&digits, style));
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// `text` as a reader would compare it, independently of the code under test: every digit of the
/// list's styles in ASCII, and everything that is neither a letter, a digit nor an asterisk left
/// out (the asterisks of a mask keep the date apart from anything after it).
fn normalised(text: &str) -> String {
    const ZEROS: [u32; 7] = [0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1FBF0];
    text.chars()
        .map(|c| {
            ZEROS
                .iter()
                .find(|z| (**z..**z + 10).contains(&u32::from(c)))
                .map_or(c, |z| char::from(b'0' + (u32::from(c) - z) as u8))
        })
        .filter(|c| c.is_alphanumeric() || matches!(c, '*' | '\u{FF0A}' | '\u{1F7B6}'))
        .collect()
}

fn assert_hidden(text: &str, numbers: &[Number], context: &str) {
    let flat = normalised(text);
    for n in numbers {
        assert!(
            !flat.contains(&n.nine()),
            "{context}: {} is shown in full in:\n{text}",
            n.nine()
        );
    }
}

/// Each spelling inside text the way a configuration holds it.
fn in_context(spelling: &str) -> Vec<String> {
    vec![
        spelling.to_owned(),
        format!("Elev {spelling} bytte skola."),
        format!("pnr: \"{spelling}\""),
        format!("({spelling}), se HR"),
        format!("rad 1\n{spelling}\nrad 3"),
    ]
}

fn digit_count(text: &str) -> usize {
    text.chars()
        .filter(|c| redact::digit_value(*c).is_some())
        .count()
}

#[test]
fn the_list_names_every_separator_the_masking_knows_and_no_other() {
    let listed: BTreeSet<char> = spellings()
        .iter()
        .filter(|s| s.number)
        .flat_map(|s| {
            let filled = fill(&s.template, &numbers()[0]);
            filled
                .chars()
                .filter(|c| redact::digit_value(*c).is_none())
                .collect::<Vec<_>>()
        })
        .collect();
    let known: BTreeSet<char> = (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|c| redact::is_separator(*c))
        .collect();
    assert_eq!(listed, known);
}

#[test]
fn every_spelling_is_masked_and_nothing_else() {
    let (mut numbers_seen, mut others_seen) = (0, 0);
    for s in spellings() {
        for n in numbers() {
            let spelling = fill(&s.template, &n);
            assert_eq!(
                redact::is_personal_number(&spelling),
                s.number,
                "{} as {spelling:?}",
                s.template
            );
            for text in in_context(&spelling) {
                let masked = redact::mask(&text);
                if s.number {
                    numbers_seen += 1;
                    assert_hidden(&masked, std::slice::from_ref(&n), &s.template);
                    // exactly the last four are hidden, and every byte offset stays right
                    assert_eq!(digit_count(&masked), digit_count(&text) - 4, "{text:?}");
                    assert_eq!(masked.len(), text.len(), "{text:?}");
                    assert_eq!(redact::mask_rendered(&text), masked, "{text:?}");
                } else {
                    others_seen += 1;
                    assert_eq!(masked, text, "{}: masked", s.template);
                    assert_eq!(redact::mask_rendered(&text), text, "{}", s.template);
                }
            }
        }
    }
    assert!(numbers_seen > 400 && others_seen > 100);
}

/// `pnr.find` and `pnr.mask_text` of DATA-001's helper on every text, in regorus' interpreter:
/// what each finds, and the text masked.
fn rego_find(texts: &[String]) -> Vec<(BTreeSet<String>, String)> {
    let mut engine = regorus::Engine::new();
    for lib in ["luhn", "pnr"] {
        let path = format!("policies/lib/{lib}.rego");
        let text = std::fs::read_to_string(root().join(&path)).unwrap();
        engine.add_policy(path, text).unwrap();
    }
    engine
        .add_policy(
            "spellings.rego".into(),
            "package spellings\nimport data.provkoll.lib.pnr\n\
             results := [[pnr.find(t), pnr.mask_text(t)] | some t in input.texts]\n"
                .into(),
        )
        .unwrap();
    engine
        .set_input_json(&serde_json::json!({ "texts": texts }).to_string())
        .unwrap();
    let results = engine.eval_rule("data.spellings.results".into()).unwrap();
    let results: Value = serde_json::to_value(&results).unwrap();
    results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let found = r[0]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect();
            (found, r[1].as_str().unwrap().to_owned())
        })
        .collect()
}

#[test]
fn the_rego_helper_finds_every_spelling_and_nothing_else() {
    let mut cases = Vec::new();
    for s in spellings() {
        for n in numbers() {
            let spelling = fill(&s.template, &n);
            for text in in_context(&spelling) {
                cases.push((s.clone(), n.clone(), spelling.clone(), text));
            }
        }
    }
    let texts: Vec<String> = cases.iter().map(|c| c.3.clone()).collect();
    let results = rego_find(&texts);
    assert_eq!(results.len(), cases.len());
    for ((s, n, spelling, text), (found, masked)) in cases.iter().zip(results) {
        if s.number {
            assert_eq!(
                found,
                BTreeSet::from([spelling.clone()]),
                "{}: {text:?}",
                s.template
            );
            assert_hidden(&masked, std::slice::from_ref(n), &s.template);
            // the helper and provkoll mask alike
            assert_eq!(
                normalised(&masked).replace('*', ""),
                normalised(&redact::mask(text)).replace(['*', '\u{FF0A}', '\u{1F7B6}'], ""),
                "{}",
                s.template
            );
        } else {
            assert_eq!(found, BTreeSet::new(), "{}: {text:?}", s.template);
            assert_eq!(&masked, text);
        }
    }
}

/// A copy of `example` under a temporary directory.
fn example(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    copy_dir(&root().join("examples").join(name), &repo);
    (dir, repo)
}

/// A Person whose notes hold `text`.
fn person(id: &str, text: &str) -> String {
    format!(
        "apiVersion: provkoll/v1\nkind: Person\nid: {id}\nname: {id}\nemail: {id}@exempelby.example\nnotes: {}\n",
        serde_json::to_string(text).unwrap()
    )
}

#[test]
fn data_001_fires_on_every_spelling_and_on_nothing_else_in_both_engines() {
    let (_dir, repo) = example("01-ready-kommun");
    std::fs::create_dir(repo.join("spellings")).unwrap();
    let all = spellings();
    let numbers = many_numbers(all.len());
    let mut expected = BTreeSet::new();
    for (i, (s, n)) in all.iter().zip(&numbers).enumerate() {
        let contexts = in_context(&fill(&s.template, n));
        let text = &contexts[i % contexts.len()];
        let file = format!("spellings/s{i:03}.yaml");
        std::fs::write(repo.join(&file), person(&format!("s{i:03}"), text)).unwrap();
        if s.number {
            expected.insert(file);
        }
    }
    let c = common::checked(&repo, AS_OF);
    assert!(c.report.problems.is_empty(), "{:?}", c.report.problems);
    let fired: BTreeSet<String> = c
        .report
        .findings
        .iter()
        .filter(|f| f.rule == "DATA-001")
        .filter_map(|f| c.report.display(f.file).map(str::to_owned))
        .collect();
    assert_eq!(fired, expected);
    // the interpreter, the reference, agrees with the compiled program
    let with = |backend| EvalOptions {
        backend,
        progress: None,
    };
    let paths = |backend| -> BTreeSet<String> {
        let (violations, problems) = c.pack.evaluate(&c.input.value, &with(backend));
        assert!(problems.is_empty(), "{problems:?}");
        violations
            .iter()
            .filter(|v| c.pack.catalogue.rules[v.rule].id == "DATA-001")
            .map(|v| format!("{:?} {:?}", v.path, v.subject))
            .collect()
    };
    let compiled = paths(Backend::Compiled);
    assert_eq!(compiled.len(), expected.len());
    assert_eq!(compiled, paths(Backend::Interpreter));
}

/// Plant numbers, in every spelling of the list, where each output shows the configuration's
/// own text: the organiser's name (the report's title), the waivers (the ledger), a processor's
/// name (the timeline), a file's name, notes, and a broken line (stderr). Returns the numbers.
fn plant(repo: &Path) -> Vec<Number> {
    let written: Vec<Spelling> = spellings().into_iter().filter(|s| s.number).collect();
    let numbers = many_numbers(2 * written.len() + 8);
    // the planted values take the spellings of the list in turn from a different start, so
    // that plain ones and Unicode ones alike reach every output
    let mut next = 0;
    let mut spelled = || {
        let (s, n) = (&written[(next * 7 + 11) % written.len()], &numbers[next]);
        next += 1;
        fill(&s.template, n)
    };
    let edit = |file: &str, from: &str, to: &str| {
        let path = repo.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file}: no {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    let q = |s: String| serde_json::to_string(&s).unwrap();
    edit(
        "organiser.yaml",
        "name: Exempelby kommun",
        &format!("name: {}", q(format!("Exempelby kommun {}", spelled()))),
    );
    edit(
        "processors/elevdata.yaml",
        "name: Elevdata Norden AB",
        &format!("name: {}", q(format!("Elevdata Norden AB {}", spelled()))),
    );
    edit(
        "waivers.yaml",
        "reason: Sjöskolan genomför",
        &format!(
            "reason: {} Sjöskolan genomför",
            q(spelled()).trim_matches('"')
        ),
    );
    edit(
        "waivers.yaml",
        "approved_by: rektor",
        &format!("approved_by: {}", q(format!("rektor {}", spelled()))),
    );
    edit(
        "waivers.yaml",
        "rule: ORG-099",
        &format!("rule: ORG-099\nsubject: {}", q(spelled())),
    );
    // and every spelling of the list in one note, each on its own line
    let all: Vec<String> = (0..written.len()).map(|_| spelled()).collect();
    edit(
        "legal-entity.yaml",
        "notes: >",
        &format!("notes: |\n  Kontakt:\n  {}\n", all.join("\n  ")),
    );
    // a file named after a pupil, and a broken line in it that the parser quotes
    let mut name = spelled();
    while name.contains('/') {
        name = spelled();
    }
    std::fs::create_dir_all(repo.join("elever")).unwrap();
    std::fs::write(
        repo.join(format!("elever/{name}.yaml")),
        format!(
            "apiVersion: provkoll/v1\nkind: Person\nid: elev\nname: [Elev {}\n",
            spelled()
        ),
    )
    .unwrap();
    // the report's value column is cut at 80 characters: a number across the cut is masked
    // before it is cut, or the 11 digits left would give it away
    let pad = "x".repeat(66);
    let across = [
        format!("{pad}x {}", fill("{date8}{last4}", &numbers[next])),
        format!(
            "{pad} {}",
            fill("{date8}{U+2013}{last4}", &numbers[next + 1])
        ),
    ];
    next += 2;
    for (i, text) in across.iter().enumerate() {
        std::fs::write(
            repo.join(format!("across-{i}.yaml")),
            person(&format!("across{i}"), text),
        )
        .unwrap();
    }
    numbers[..next].to_vec()
}

fn text_of(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    provkoll().current_dir(dir).args(args).output().unwrap()
}

#[test]
fn no_command_and_no_format_prints_a_full_number() {
    let (dir, repo) = example("07-waivers");
    let numbers = plant(&repo);
    let repo_arg = repo.to_str().unwrap();
    let target = [repo_arg, "--as-of", AS_OF];
    let mut seen = 0;
    let mut outputs: Vec<(String, Output)> = Vec::new();
    for format in ["human", "json", "sarif", "junit", "github"] {
        let out = run_in(
            dir.path(),
            &[
                &["check", "--format", format, "--color", "never"][..],
                &target,
            ]
            .concat(),
        );
        assert_eq!(
            out.status.code(),
            Some(2),
            "check {format}: {}",
            text_of(&out)
        );
        if format == "json" || format == "sarif" {
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            // the planted values were read: DATA-001 fired
            assert!(v.to_string().contains("DATA-001"), "{format}");
        }
        outputs.push((format!("check --format {format}"), out));
    }
    // the human format with colours, and every format written to a file
    outputs.push((
        "check --color always".into(),
        run_in(
            dir.path(),
            &[&["check", "--color", "always"][..], &target].concat(),
        ),
    ));
    let files = run_in(
        dir.path(),
        &[
            &[
                "check",
                "--output",
                "out.txt",
                "--output-json",
                "out.json",
                "--output-sarif",
                "out.sarif",
                "--output-junit",
                "out.xml",
            ][..],
            &target,
        ]
        .concat(),
    );
    for file in ["out.txt", "out.json", "out.sarif", "out.xml"] {
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert_hidden(&text, &numbers, file);
        seen += 1;
    }
    outputs.push(("check --output …".into(), files));
    for lang in ["sv", "en"] {
        for format in ["html", "markdown"] {
            let out = run_in(
                dir.path(),
                &[&["report", "--format", format, "--lang", lang][..], &target].concat(),
            );
            assert!(!out.stdout.is_empty(), "report {format}: {}", text_of(&out));
            outputs.push((format!("report --format {format} --lang {lang}"), out));
        }
    }
    for format in ["text", "markdown", "json"] {
        let out = run_in(
            dir.path(),
            &[&["timeline", "--format", format][..], &target].concat(),
        );
        assert!(
            !out.stdout.is_empty(),
            "timeline {format}: {}",
            text_of(&out)
        );
        if format == "json" {
            serde_json::from_slice::<Value>(&out.stdout).unwrap();
        }
        outputs.push((format!("timeline --format {format}"), out));
    }
    for format in ["text", "json"] {
        let out = run_in(
            dir.path(),
            &[&["fingerprint", "--format", format][..], &target].concat(),
        );
        outputs.push((format!("fingerprint --format {format}"), out));
    }
    // a report saved under a number's name, verified: its path is printed
    let report = format!("{}.md", fill("{date6}{U+2013}{last4}", &numbers[0]));
    let out = run_in(
        dir.path(),
        &[
            &["report", "--format", "markdown", "--output", &report][..],
            &target,
        ]
        .concat(),
    );
    assert!(dir.path().join(&report).is_file(), "{}", text_of(&out));
    for format in ["text", "json"] {
        let out = run_in(
            dir.path(),
            &[
                &["fingerprint", "--verify", &report, "--format", format][..],
                &target,
            ]
            .concat(),
        );
        // masking left the fingerprints as they are: the report's still match
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("matches"),
            "{}",
            text_of(&out)
        );
        outputs.push((format!("fingerprint --verify --format {format}"), out));
    }
    for (what, out) in &outputs {
        assert_hidden(&text_of(out), &numbers, what);
        seen += 1;
    }
    // the broken line reached stderr, masked
    let stderr = String::from_utf8_lossy(&outputs.last().unwrap().1.stderr).into_owned();
    assert!(stderr.contains("elever/"), "{stderr}");
    assert_eq!(seen, 22);
}

/// The masking at the output boundary changes nothing that holds no number: the pack's rules,
/// sources and links in every format, and the configuration's schema.
#[test]
fn the_pack_and_the_schema_pass_the_boundary_unchanged() {
    use provkoll::base::lang::Lang;
    use provkoll::emit::rules;
    use provkoll::pack::{Pack, PackSource};
    let c = Pack::catalogue(&PackSource::bundled()).unwrap();
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap();
    let mut texts = Vec::new();
    for lang in [Lang::En, Lang::Sv] {
        texts.push(rules::rules_text(&c, lang));
        texts.push(rules::rules_markdown(&c, lang));
        texts.extend(c.rules.iter().map(|r| rules::explain_text(r, lang)));
    }
    for text in &texts {
        assert_eq!(redact::mask_rendered(text), *text);
    }
    let mut json = vec![
        pretty(&rules::rules_json(&c)),
        pretty(&provkoll::config::schema::document_schema(Lang::En)),
        pretty(&provkoll::config::schema::document_schema(Lang::Sv)),
    ];
    json.extend(c.rules.iter().map(|r| pretty(&rules::rule_json(r))));
    for text in &json {
        assert_eq!(redact::mask_json(text), *text);
    }
}

/// The Rego helper's classes of separators and digits hold exactly the characters the masking
/// takes for them: the list tests each character the masking knows, this tests there are no
/// others.
#[test]
fn the_rego_helper_and_the_masking_know_the_same_characters() {
    let rego = std::fs::read_to_string(root().join("policies/lib/pnr.rego")).unwrap();
    let class = |name: &str| {
        let line = rego
            .lines()
            .find(|l| l.starts_with(&format!("{name} := `")))
            .unwrap_or_else(|| panic!("no {name} in pnr.rego"));
        let inside = line.split('`').nth(1).unwrap();
        regex::Regex::new(&format!("^[{inside}]$")).unwrap()
    };
    let (separators, digits) = (class("_s"), class("_d"));
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let text = c.to_string();
        assert_eq!(
            separators.is_match(&text),
            redact::is_separator(c),
            "U+{:04X}",
            u32::from(c)
        );
        assert_eq!(
            digits.is_match(&text),
            redact::digit_value(c).is_some(),
            "U+{:04X}",
            u32::from(c)
        );
    }
}
