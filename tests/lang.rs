//! The language a person reads: `--lang` on every command, the locale when it is absent, and
//! the machine formats unchanged by either.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use insta_cmd::assert_cmd_snapshot;

mod common;
use common::{AS_OF, provkoll};

fn redacted() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"provkoll \d+\.\d+\.\d+", "provkoll [VERSION]");
    s
}

/// `provkoll ARGS` with the locale variables given (the harness removes the machine's).
fn run_in(env: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let mut cmd = provkoll();
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or_default()
}

/// Every example's human output in Swedish, pinned beside the English ones of `tests/cli.rs`
/// (example 03's is `problems_sv`'s, with its load problems).
#[test]
fn swedish_human_output_of_every_example_is_pinned() {
    redacted().bind(|| {
        for dir in std::fs::read_dir(common::root().join("examples")).unwrap() {
            let dir = dir.unwrap().file_name().into_string().unwrap();
            if dir.starts_with("03-") {
                continue;
            }
            let name = format!("example_{}_human_sv", dir.replace('-', "_"));
            assert_cmd_snapshot!(
                name,
                provkoll().args([
                    "check",
                    &format!("examples/{dir}"),
                    "--as-of",
                    AS_OF,
                    "--lang",
                    "sv"
                ])
            );
        }
    });
}

#[test]
fn the_locale_chooses_the_language_and_the_flag_outranks_it() {
    let args = ["check", "examples/02-fristaende-koncern", "--as-of", AS_OF];
    let (code, none) = run_in(&[], &args);
    assert_eq!(code, 1);
    let english = last_line(&none);
    assert!(english.contains(" files checked, "), "{english}");
    // a CI image's locale names no language: the output is the same bytes as with none
    for ci in ["C.UTF-8", "C", "POSIX"] {
        assert_eq!(run_in(&[("LANG", ci)], &args).1, none, "LANG={ci}");
    }
    let (_, sv) = run_in(&[("LANG", "sv_SE.UTF-8")], &args);
    let swedish = last_line(&sv);
    assert!(swedish.contains(" filer har kontrollerats, "), "{swedish}");
    assert!(swedish.contains(" varningar"), "{swedish}");
    for english_word in ["checked", "errors", "warnings", "rules"] {
        assert!(
            !swedish.contains(english_word),
            "{english_word} in {swedish}"
        );
    }
    assert_eq!(
        run_in(
            &[("LC_MESSAGES", "sv_SE.UTF-8"), ("LANG", "en_GB.UTF-8")],
            &args
        )
        .1,
        sv,
        "LC_MESSAGES outranks LANG"
    );
    assert_eq!(
        run_in(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "sv_SE.UTF-8")], &args).1,
        none,
        "LC_ALL outranks LANG"
    );
    let mut flagged: Vec<&str> = args.to_vec();
    flagged.extend(["--lang", "en"]);
    assert_eq!(
        run_in(&[("LANG", "sv_SE.UTF-8")], &flagged).1,
        none,
        "--lang outranks the locale"
    );
}

/// `v` with the texts a person reads (which follow `--lang`) taken out, leaving the machine
/// fields.
/// `out` with the texts a person reads nulled, and the language it says it is in (JSON's
/// `lang`, SARIF's `runs[0].language`) taken out.
fn machine_fields(format: &str, out: &str) -> (String, String) {
    let mut v: serde_json::Value = serde_json::from_str(out).unwrap();
    let said = match format {
        "json" => v["lang"].take(),
        _ => v["runs"][0]["language"].take(),
    };
    let texts: &[&str] = match format {
        "json" => &["/title", "/message", "/hint"],
        _ => &["/message/text", "/properties/hint"],
    };
    let items = match format {
        "json" => v["findings"].as_array_mut().unwrap(),
        _ => v["runs"][0]["results"].as_array_mut().unwrap(),
    };
    for item in items {
        for text in texts {
            *item.pointer_mut(text).unwrap() = serde_json::Value::Null;
        }
    }
    (v.to_string(), said.as_str().unwrap_or("").to_owned())
}

#[test]
fn machine_formats_change_only_their_texts_with_the_language() {
    for format in ["json", "sarif"] {
        let args = |lang| {
            [
                "check",
                "examples/02-fristaende-koncern",
                "--as-of",
                AS_OF,
                "--format",
                format,
                "--lang",
                lang,
            ]
        };
        let (sv, en) = (run_in(&[], &args("sv")), run_in(&[], &args("en")));
        assert_eq!(sv.0, en.0, "{format}");
        assert_ne!(sv.1, en.1, "{format}: the messages follow --lang");
        assert!(sv.1.contains("fullmakt"), "{format}: no Swedish message");
        let ((sv_fields, sv_said), (en_fields, en_said)) =
            (machine_fields(format, &sv.1), machine_fields(format, &en.1));
        assert_eq!(sv_fields, en_fields, "{format}");
        assert_eq!(
            (sv_said.as_str(), en_said.as_str()),
            ("sv", "en"),
            "{format}"
        );
    }
    // the line-based formats: the same cases and annotations, in the same order
    for format in ["junit", "github"] {
        let args = |lang| {
            [
                "check",
                "examples/07-waivers",
                "--as-of",
                AS_OF,
                "--format",
                format,
                "--lang",
                lang,
            ]
        };
        let (sv, en) = (run_in(&[], &args("sv")), run_in(&[], &args("en")));
        assert_eq!(sv.0, en.0, "{format}");
        // an annotation's command and place; a test case's rule ID (its title is in the run's
        // language) and file
        let heads = |out: &str| -> Vec<String> {
            out.lines()
                .filter_map(|l| {
                    if l.starts_with("::") {
                        return Some(l.split("::").take(2).collect::<Vec<_>>().join("::"));
                    }
                    let case = l.trim_start().strip_prefix("<testcase name=\"")?;
                    let id = case.split(' ').next()?;
                    let file = case.split("classname=\"").nth(1)?.split('"').next()?;
                    Some(format!("{id} {file}"))
                })
                .collect()
        };
        assert_eq!(heads(&sv.1), heads(&en.1), "{format}");
    }
}

#[test]
fn the_report_is_swedish_unless_asked_otherwise() {
    let args = ["report", "examples/01-ready-kommun", "--as-of", AS_OF];
    let (_, page) = run_in(&[], &args);
    assert!(page.contains("<html lang=\"sv\">"), "no locale");
    let (_, page) = run_in(&[("LANG", "C.UTF-8")], &args);
    assert!(page.contains("<html lang=\"sv\">"), "a CI locale");
    let (_, page) = run_in(&[("LANG", "en_GB.UTF-8")], &args);
    assert!(page.contains("<html lang=\"en\">"), "an English locale");
    let mut flagged = args.to_vec();
    flagged.extend(["--lang", "sv"]);
    let (_, page) = run_in(&[("LANG", "en_GB.UTF-8")], &flagged);
    assert!(page.contains("<html lang=\"sv\">"), "--lang sv");
}

#[test]
fn every_command_a_person_reads_takes_lang() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("starter");
    let target = target.to_str().unwrap();
    let ex = "examples/01-ready-kommun";
    let cases: [(&[&str], &str, &str); 9] = [
        (
            &["timeline", ex, "--as-of", AS_OF],
            "Tidslinje per ",
            "Timeline as of ",
        ),
        (
            &["timeline", ex, "--as-of", AS_OF, "--format", "markdown"],
            "| giltig till |",
            "| valid until |",
        ),
        (
            &["explain", "ORG-003"],
            "Varför det spelar roll",
            "Why it matters",
        ),
        (
            &["rules"],
            " regler. `provkoll explain",
            " rules. `provkoll explain",
        ),
        (
            &["rules", "--format", "markdown"],
            "# Regelpaketet i provkoll",
            "# The provkoll rule pack",
        ),
        (
            &["fingerprint", ex, "--as-of", AS_OF],
            "kontrollkod",
            "check code",
        ),
        (
            &["report", ex, "--as-of", AS_OF, "--format", "markdown"],
            "Huvudman",
            "Organiser",
        ),
        (
            &["check", ex, "--as-of", AS_OF],
            " har kontrollerats, ",
            " checked, ",
        ),
        (
            &["init", target],
            "Fyll i varje CHANGE-ME",
            "Fill in every CHANGE-ME",
        ),
    ];
    for (args, sv, en) in cases {
        let mut flagged = args.to_vec();
        flagged.extend(["--lang", "sv"]);
        let (code, out) = run_in(&[], &flagged);
        assert_ne!(code, 2, "{args:?}: {out}");
        assert!(out.contains(sv), "{args:?} --lang sv: {out}");
        assert!(!out.contains(en), "{args:?} --lang sv: {out}");
        if args[0] == "init" {
            std::fs::remove_dir_all(target).unwrap();
        }
        let mut flagged = args.to_vec();
        flagged.extend(["--lang", "en"]);
        let (_, out) = run_in(&[], &flagged);
        assert!(out.contains(en), "{args:?} --lang en: {out}");
    }
}

/// The lines of a Markdown page that the report itself words: headings, table heads, the
/// verdict, the counts, labelled facts. (Finding messages come from the rules, in English until
/// the rules carry templates in both languages.)
fn own_lines(page: &str) -> Vec<&str> {
    let lines: Vec<&str> = page.lines().collect();
    lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            l.starts_with('#')
                || l.starts_with("**")
                || lines
                    .get(i + 1)
                    .is_some_and(|next| next.starts_with("| ---"))
                || l.contains("fynd: ")
                || l.contains("findings: ")
        })
        .map(|(_, l)| *l)
        .collect()
}

#[test]
fn the_report_in_one_language_has_no_heading_of_the_other() {
    use provkoll::base::lang::Lang;
    use provkoll::base::texts::{Noun, T};
    for (lang, other) in [(Lang::Sv, Lang::En), (Lang::En, Lang::Sv)] {
        for example in ["examples/03-broken-file", "examples/07-waivers"] {
            let args = [
                "report",
                example,
                "--as-of",
                AS_OF,
                "--format",
                "markdown",
                "--lang",
                lang.tag(),
            ];
            let (_, page) = run_in(&[], &args);
            let own = own_lines(&page);
            assert!(own.len() > 10, "{own:?}");
            for key in T::ALL {
                let (mine, theirs) = (key.get(lang), key.get(other));
                // a word both languages share ("Status") belongs to neither
                if mine == theirs || theirs.chars().count() < 4 {
                    continue;
                }
                for line in &own {
                    assert!(
                        !line.contains(theirs),
                        "{example} --lang {}: {key:?} in the other language: {line}",
                        lang.tag()
                    );
                }
            }
            // counted words, whole: "1 info" in a Swedish page, "2 varningar" in an English one
            for noun in Noun::ALL {
                let (one, many) = noun.forms(other);
                let (my_one, my_many) = noun.forms(lang);
                for word in [one, many] {
                    if word.chars().count() < 4 || word == my_one || word == my_many {
                        continue;
                    }
                    for line in &own {
                        let words = line.split(|c: char| !c.is_alphanumeric() && c != '-');
                        assert!(
                            !words.clone().any(|w| w == word),
                            "{example} --lang {}: {word:?} in {line}",
                            lang.tag()
                        );
                    }
                }
            }
        }
    }
}
