//! What a pull request writes cannot act on the terminal or the CI runner that shows provkoll's
//! output: control characters and bidi overrides are shown escaped, lines a runner would take
//! as commands are inert, `--color never` writes no escape byte, and JUnit stays well-formed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use std::path::Path;

use common::{AS_OF, example_copy, provkoll};

/// A name with an OSC 52 clipboard write, a screen clear, a C1 CSI, a bidi override, and a
/// line that a GitHub runner would run: all in a value of legal entity B of example 02, which
/// is named in several findings.
const HOSTILE_NAME: &str = r#""B \e]52;c;SGVsbG8=\a \e[2J \u009b31m \u202eAB\u202c\n::stop-commands::pwn\nend ##[set-env name=X]y""#;

fn hostile_repo() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, repo) = example_copy("02-fristaende-koncern");
    let file = repo.join("legal-entities/exempelskolor-vast-ab.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text
        .replace(
            "name: Exempelskolor Väst AB",
            &format!("name: {HOSTILE_NAME}"),
        )
        // a comment beside the line a finding points at is shown in its excerpt
        .replace(
            "powers_of_attorney: []              # inga fullmakter utfärdade",
            "powers_of_attorney: []   # ##[error]forged \u{202e}txet",
        );
    std::fs::write(&file, text).unwrap();
    // a raw OSC 8 hyperlink on the line of a schema error: the error's excerpt shows that line
    std::fs::write(
        repo.join("broken.yaml"),
        "apiVersion: provkoll/v1\nkind: Person\nid: x\nnmae: \"a\x1b]8;;https://evil.example\x07b\"\n",
    )
    .unwrap();
    (dir, repo)
}

fn run(repo: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = provkoll()
        .arg("check")
        .arg(repo)
        .args(["--as-of", AS_OF])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// No character that acts on a terminal: C0 but tab and line feed, DEL, C1, bidi controls.
fn acting(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            matches!(c,
                '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}'
                | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// A line a GitHub runner would run: `::` after blanks, or `##[` anywhere.
fn runner_commands(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.trim_start().starts_with("::") || l.contains("##["))
        .collect()
}

#[test]
fn human_output_shows_controls_escaped_and_commands_inert() {
    let (_dir, repo) = hostile_repo();
    let (code, out, err) = run(&repo, &["--color", "never"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(acting(&out).is_empty(), "{:?} in:\n{out}", acting(&out));
    assert!(
        runner_commands(&out).is_empty(),
        "{:?}",
        runner_commands(&out)
    );
    // still readable: the hostile parts are shown, not dropped
    for shown in ["\\u{1b}]52;c;SGVsbG8=", "\\u{202e}AB", "##\\[set-env"] {
        assert!(out.contains(shown), "{shown:?} missing from:\n{out}");
    }
    // the excerpts keep their places: same-width stand-ins, the finding's column unchanged
    assert!(out.contains("# ##\\[error]forged \u{fffd}txet"), "{out}");
    assert!(out.contains("broken.yaml:4:1]"), "{out}");
    assert!(
        out.contains("nmae: \"a?]8;;https://evil.example?b\""),
        "{out}"
    );
}

#[test]
fn colour_on_a_terminal_draws_only_the_report_s_own_escapes() {
    let (_dir, repo) = hostile_repo();
    let (_, out, _) = run(&repo, &["--color", "always"]);
    // the only escapes are colour (SGR) sequences provkoll's drawing writes
    let stripped: String = {
        let mut s = String::new();
        let mut rest = out.as_str();
        while let Some(i) = rest.find("\x1b[") {
            s.push_str(&rest[..i]);
            let end = rest[i + 2..]
                .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                .unwrap();
            assert_eq!(
                &rest[i + 2 + end..i + 3 + end],
                "m",
                "not a colour: {rest:?}"
            );
            rest = &rest[i + 3 + end..];
        }
        s.push_str(rest);
        s
    };
    assert!(
        acting(&stripped).is_empty(),
        "{:?} in:\n{stripped}",
        acting(&stripped)
    );
}

#[test]
fn github_annotations_carry_no_second_command() {
    let (_dir, repo) = hostile_repo();
    let (_, out, _) = run(&repo, &["--format", "github"]);
    assert!(!out.is_empty());
    for line in out.lines() {
        let command = line.split([' ', ':']).nth(2).unwrap_or_default();
        assert!(["error", "warning", "notice"].contains(&command), "{line}");
        assert!(!line.contains("##["), "{line}");
    }
    assert!(acting(&out).is_empty(), "{:?}", acting(&out));
}

#[test]
fn junit_stays_well_formed_with_xml_non_characters() {
    let (_dir, repo) = hostile_repo();
    let file = repo.join("legal-entities/exempelskolor-vast-ab.yaml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("end ##[set-env", "end \\uFFFE \\uFFFF ##[set-env");
    std::fs::write(&file, text).unwrap();
    let (_, out, _) = run(&repo, &["--format", "junit"]);
    assert!(out.starts_with("<?xml"), "{out}");
    let bad: Vec<char> = out
        .chars()
        .filter(|&c| {
            !matches!(c, '\t' | '\n' | '\r' | ' '..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        })
        .collect();
    assert!(bad.is_empty(), "not XML 1.0 characters: {bad:?}");
    assert!(
        out.contains("\\u{202e}AB"),
        "the hostile name is still shown"
    );
    assert!(
        runner_commands(&out).is_empty(),
        "{:?}",
        runner_commands(&out)
    );
}

#[test]
fn json_and_sarif_keep_the_value_and_carry_no_command() {
    let (_dir, repo) = hostile_repo();
    for format in ["json", "sarif"] {
        let (_, out, _) = run(&repo, &["--format", format]);
        assert!(
            runner_commands(&out).is_empty(),
            "{format}: {:?}",
            runner_commands(&out)
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert!(
            v.to_string().contains("end ##[set-env name=X]y"),
            "{format}: the value itself is unchanged for a JSON reader"
        );
    }
}

#[test]
fn stderr_and_every_command_s_json_carry_no_command_and_no_control() {
    let (_dir, repo) = hostile_repo();
    // a kind nobody knows is quoted in its error, on stderr for `timeline`
    std::fs::write(
        repo.join("odd.yaml"),
        "apiVersion: provkoll/v1\nkind: \"X\\e[2J\\n::stop-commands::t\\n##[error]y\"\n",
    )
    .unwrap();
    for args in [
        vec!["timeline", "--format", "json"],
        vec!["timeline", "--format", "text"],
        vec!["fingerprint", "--format", "json"],
    ] {
        let out = provkoll()
            .args(&args)
            .arg(&repo)
            .args(["--as-of", AS_OF])
            .output()
            .unwrap();
        let (stdout, stderr) = (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        );
        assert!(stderr.contains("odd.yaml"), "{args:?}: {stderr}");
        for (name, text) in [("stdout", &stdout), ("stderr", &stderr)] {
            assert!(
                runner_commands(text).is_empty(),
                "{args:?} {name}: {:?}",
                runner_commands(text)
            );
            assert!(acting(text).is_empty(), "{args:?} {name}: {text}");
        }
    }
}

/// An org number (556999-8882) or a date (2027-02-22) is one word to a reader: the human output
/// never ends a line inside one, in either language, and neither does `explain`.
#[test]
fn no_line_breaks_inside_an_org_number_or_a_date() {
    let split = regex::Regex::new(r"\d-\s*$").unwrap();
    let mut outputs = Vec::new();
    for entry in std::fs::read_dir(common::root().join("examples")).unwrap() {
        let dir = entry.unwrap().path();
        for lang in ["sv", "en"] {
            let out = provkoll()
                .arg("check")
                .arg(&dir)
                .args(["--as-of", AS_OF, "--lang", lang, "--color", "never"])
                .output()
                .unwrap();
            outputs.push((format!("{} --lang {lang}", dir.display()), out.stdout));
        }
    }
    for id in ["ORG-005", "ORG-007"] {
        let out = provkoll().args(["explain", id]).output().unwrap();
        outputs.push((format!("explain {id}"), out.stdout));
    }
    let mut broken = Vec::new();
    for (what, stdout) in &outputs {
        let text = String::from_utf8_lossy(stdout);
        broken.extend(
            text.lines()
                .filter(|l| split.is_match(l))
                .map(|l| format!("{what}: {l}")),
        );
    }
    assert!(
        broken.is_empty(),
        "lines ending inside a number:\n{}",
        broken.join("\n")
    );
}
