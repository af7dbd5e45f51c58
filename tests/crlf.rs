//! A configuration checked out on Windows (`core.autocrlf`: every line ending `\r\n`, sometimes
//! only some of them, sometimes behind a UTF-8 byte-order mark) gives the same findings, at the
//! same places, in every format, as the same configuration with `\n` endings.
//!
//! Each example is checked, rewritten in place, and checked again: the same folder, so every
//! output, absolute paths included, must be the same bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use std::path::{Path, PathBuf};

use common::{AS_OF, example_copy, provkoll, root};

/// How a checkout on Windows may have rewritten a file.
#[derive(Debug, Clone, Copy)]
enum Endings {
    Crlf,
    /// Every other line `\r\n`, as when an editor adds lines to an LF file on Windows.
    Mixed,
    /// `\r\n`, behind the byte-order mark Notepad used to write.
    BomCrlf,
}

fn rewrite(text: &str, endings: Endings) -> Vec<u8> {
    let crlf = |keep_lf: fn(usize) -> bool| -> String {
        text.split_inclusive('\n')
            .enumerate()
            .map(|(i, line)| match line.strip_suffix('\n') {
                Some(body) if !keep_lf(i) => format!("{body}\r\n"),
                _ => line.to_owned(),
            })
            .collect()
    };
    match endings {
        Endings::Crlf => crlf(|_| false).into_bytes(),
        Endings::Mixed => crlf(|i| i % 2 == 1).into_bytes(),
        Endings::BomCrlf => [b"\xEF\xBB\xBF".as_slice(), crlf(|_| false).as_bytes()].concat(),
    }
}

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(yaml_files(&path));
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Every output of a check of `repo`: human (no colour), github on stdout; JSON, SARIF and
/// JUnit written beside it.
fn outputs(repo: &Path, out: &Path) -> Vec<(&'static str, String)> {
    let file = |name: &str| out.join(name);
    let run = provkoll()
        .arg("check")
        .arg(repo)
        .args(["--as-of", AS_OF, "--format", "github", "--output-json"])
        .arg(file("o.json"))
        .arg("--output-sarif")
        .arg(file("o.sarif"))
        .arg("--output-junit")
        .arg(file("o.xml"))
        .output()
        .unwrap();
    let human = provkoll()
        .arg("check")
        .arg(repo)
        .args(["--as-of", AS_OF, "--color", "never", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), human.status.code());
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    let read = |name: &str| std::fs::read_to_string(file(name)).unwrap();
    vec![
        ("exit code", format!("{:?}", run.status.code())),
        ("github", text(run.stdout)),
        ("github stderr", text(run.stderr)),
        ("human", text(human.stdout)),
        ("human stderr", text(human.stderr)),
        ("json", read("o.json")),
        ("sarif", read("o.sarif")),
        ("junit", read("o.xml")),
    ]
}

/// The first line where two outputs differ, so that a failure names it.
fn assert_same(example: &str, endings: Endings, format: &str, lf: &str, other: &str) {
    if lf == other {
        return;
    }
    let (line, (a, b)) = lf
        .lines()
        .zip(other.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .unwrap_or((lf.lines().count().min(other.lines().count()), ("", "")));
    panic!(
        "{example}, {endings:?}, {format}: differs from LF at line {}\n  LF:    {a:?}\n  other: {b:?}",
        line + 1
    );
}

fn examples() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| root().join("examples").join(n).is_dir())
        .collect();
    names.sort();
    names
}

#[test]
fn every_example_gives_the_same_output_whatever_its_line_endings() {
    let names = examples();
    assert_eq!(names.len(), 9, "{names:?}");
    let mut located = 0;
    for name in &names {
        let (dir, repo) = example_copy(name);
        let files = yaml_files(&repo);
        let originals: Vec<String> = files
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect();
        assert!(originals.iter().all(|t| !t.contains('\r')), "{name}");
        let lf = outputs(&repo, dir.path());
        let json = lf.iter().find(|(f, _)| *f == "json").unwrap();
        let json: serde_json::Value = serde_json::from_str(&json.1).unwrap();
        located += json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["line"].as_u64().is_some_and(|l| l > 1))
            .count();
        for endings in [Endings::Crlf, Endings::Mixed, Endings::BomCrlf] {
            for (path, text) in files.iter().zip(&originals) {
                std::fs::write(path, rewrite(text, endings)).unwrap();
            }
            for ((format, a), (_, b)) in lf.iter().zip(outputs(&repo, dir.path())) {
                assert!(!b.contains('\r'), "{name}, {endings:?}, {format}: a \\r");
                assert_same(name, endings, format, a, &b);
            }
        }
    }
    // the comparison means something only if findings point into the files
    assert!(located >= 20, "{located} findings with a place");
}

/// The human format draws a finding on its YAML lines: with `\r\n` endings those lines are drawn
/// as they are with `\n`, with no `\r` and no stand-in for one.
#[test]
fn snippets_of_a_crlf_file_show_no_carriage_return() {
    let (dir, repo) = example_copy("02-fristaende-koncern");
    for path in yaml_files(&repo) {
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, rewrite(&text, Endings::Crlf)).unwrap();
    }
    let human = outputs(&repo, dir.path())
        .into_iter()
        .find(|(f, _)| *f == "human")
        .unwrap()
        .1;
    // a snippet line: its number, the gutter, the YAML
    let drawn: Vec<&str> = human.lines().filter(|l| l.contains(" │ ")).collect();
    assert!(drawn.len() > 10, "{human}");
    for line in drawn {
        assert!(!line.contains('\r') && !line.ends_with('?'), "{line:?}");
    }
}

/// Files named on the command line one by one are shown by the path as given, rebuilt from its
/// parts with `/` between them, the same in every format: `./repo/./legal-entities//x.yaml` is
/// `repo/legal-entities/x.yaml`, which is what GitHub matches an annotation against. (That a `\`
/// typed on Windows separates parts too is Windows' `Path::components`, not testable here.)
#[test]
fn files_named_one_by_one_are_shown_by_their_parts_with_forward_slashes() {
    let (dir, _repo) = example_copy("02-fristaende-koncern");
    let args = [
        "./repo/./legal-entities//exempelskolor-ab.yaml",
        "repo//organiser.yaml",
        "./repo/people.yaml",
    ];
    let want = [
        "repo/legal-entities/exempelskolor-ab.yaml",
        "repo/organiser.yaml",
    ];
    let run = |format: &str| {
        let out = provkoll()
            .current_dir(dir.path())
            .arg("check")
            .args(args)
            .args([
                "--as-of", AS_OF, "--color", "never", "--lang", "en", "--format", format,
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let mut files: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    files.sort_unstable();
    files.dedup();
    assert_eq!(files, want);
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let mut uris: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    uris.sort_unstable();
    uris.dedup();
    assert_eq!(uris, want);
    let github = run("github");
    let human = run("human");
    for shown in want {
        assert!(github.contains(&format!("file={shown},")), "{github}");
        assert!(human.contains(shown), "{human}");
    }
    for out in [&github, &human] {
        for as_typed in ["/./", "repo//", "//exempelskolor"] {
            assert!(!out.contains(as_typed), "{as_typed}: {out}");
        }
    }
}
