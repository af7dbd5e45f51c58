//! `provkoll lsp` in a real editor: Debian's Neovim, headless, started with the README's own
//! Neovim snippet, scripted in `tests/nvim/editor.lua`. What the editor shows is compared with
//! what `provkoll check --format json` reports for the same text, so nothing here is a copy of
//! the rules' output that could drift.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{AS_OF, root};
use serde_json::{Value, json};

/// How long Neovim may take in all before the test fails instead of hanging: a deadline, not a
/// speed assertion (the script's steps wait up to two minutes each).
const DEADLINE: Duration = Duration::from_secs(900);

/// Debian's neovim, which `.ci/run` installs when it is absent.
fn nvim() -> PathBuf {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .chain([PathBuf::from("/usr/bin")])
        .map(|dir| dir.join("nvim"))
        .find(|p| p.is_file())
        .expect("Neovim is needed for this test: run .ci/run, which installs Debian's neovim, or `apt-get install neovim`")
}

/// The README's Neovim snippet for 0.7 (the `vim.lsp.start_client` one): the test runs the
/// documented set-up, so the README cannot drift from what works.
fn readme_snippet() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    readme
        .split("```lua\n")
        .skip(1)
        .filter_map(|block| block.split_once("```").map(|(code, _)| code))
        .find(|code| code.contains("vim.lsp.start_client"))
        .expect("README.md has a ```lua block with vim.lsp.start_client")
        .to_owned()
}

/// `RULE severity line:col-line:col` for each finding of `check --format json`, by file, in the
/// form the Lua script writes what Neovim shows: LSP severities (a waived finding is a hint),
/// lines and character columns 1-based, the end exclusive.
fn expected(repo: &Path) -> BTreeMap<String, Vec<String>> {
    let (_, v) = common::check_json(&[repo.to_str().unwrap()]);
    let mut by_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in v["findings"].as_array().unwrap() {
        let severity = match (f["status"].as_str(), f["severity"].as_str()) {
            (Some("waived"), _) => 4,
            (_, Some("error")) => 1,
            (_, Some("warning")) => 2,
            (_, Some("info")) => 3,
            other => panic!("unknown severity {other:?} in {f}"),
        };
        by_file
            .entry(f["file"].as_str().unwrap().to_owned())
            .or_default()
            .push(format!(
                "{} {severity} {}:{}-{}:{}",
                f["rule"].as_str().unwrap(),
                f["line"],
                f["column"],
                f["end_line"],
                f["end_column"]
            ));
    }
    for findings in by_file.values_mut() {
        findings.sort();
    }
    assert!(
        v["errors"].as_array().unwrap().is_empty(),
        "the check could not complete: {v}"
    );
    by_file
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

/// What `check` reports for `file` when it holds `text` instead of what is on disk.
fn expected_with(repo: &Path, file: &str, text: &str) -> Vec<String> {
    let copy = tempfile::tempdir().unwrap();
    common::copy_dir(repo, copy.path());
    std::fs::write(copy.path().join(file), text).unwrap();
    expected(copy.path()).remove(file).unwrap_or_default()
}

#[test]
fn neovim_shows_the_checks_findings_hovers_jumps_and_waives() {
    let nvim = nvim();
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    // canonical: the server names files by their canonical path, and Neovim's buffers must be
    // the same files
    let repo = std::fs::canonicalize(repo).unwrap();
    let work = tempfile::tempdir().unwrap();
    let at_start = expected(&repo);
    let a = "legal-entities/exempelskolor-ab.yaml";
    let vast = "legal-entities/exempelskolor-vast-ab.yaml";
    // the example's README: B's missing powers of attorney, on line 8 (`powers_of_attorney: []`)
    assert!(
        at_start[vast].iter().any(|f| f.starts_with("ORG-003 1 8:")),
        "{at_start:?}"
    );
    assert!(
        at_start[a].iter().any(|f| f.starts_with("ORG-007 2 24:")),
        "{at_start:?}"
    );
    let expected_file = work.path().join("expected.json");
    std::fs::write(&expected_file, json!(at_start).to_string()).unwrap();
    let snippet = work.path().join("snippet.lua");
    let code = readme_snippet();
    // the hover is checked for the rule's Swedish title below
    assert!(code.contains("lang = 'sv'"), "{code}");
    std::fs::write(&snippet, code).unwrap();
    let result = work.path().join("result.json");

    let bin = insta_cmd::get_cargo_bin("provkoll");
    // the snippet runs `provkoll` from PATH, as a user's does
    let path = std::env::join_paths(std::iter::once(bin.parent().unwrap().to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let stdout = work.path().join("nvim.out");
    let stderr = work.path().join("nvim.err");
    let started = Instant::now();
    let mut child = Command::new(&nvim)
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-S"])
        .arg(root().join("tests/nvim/editor.lua"))
        .current_dir(&repo)
        .env("PATH", path)
        .env("PROVKOLL_TEST_RESULT", &result)
        .env("PROVKOLL_TEST_SNIPPET", &snippet)
        .env("PROVKOLL_TEST_BIN", &bin)
        .env("PROVKOLL_TEST_AS_OF", AS_OF)
        .env("PROVKOLL_TEST_EXPECTED", &expected_file)
        // Neovim's own state (its LSP log, swap) stays in the temporary directory
        .env("XDG_STATE_HOME", work.path().join("state"))
        .env("XDG_CACHE_HOME", work.path().join("cache"))
        .env("XDG_DATA_HOME", work.path().join("data"))
        .env("XDG_CONFIG_HOME", work.path().join("config"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::null())
        .stdout(File::create(&stdout).unwrap())
        .stderr(File::create(&stderr).unwrap())
        .spawn()
        .unwrap();
    // each step of the script has its own deadline; this one is for a Neovim that never gets
    // to run it
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > DEADLINE {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let took = started.elapsed();
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
    let lsp_log = read(&work.path().join("cache/nvim/lsp.log"));
    let tail = lsp_log.char_indices().rev().nth(4000).map_or(0, |(i, _)| i);
    let log = format!(
        "nvim: {} after {took:.1?}\nstdout: {}\nstderr: {}\nNeovim's LSP log (end): {}",
        status.map_or("killed at the deadline".to_owned(), |s| s.to_string()),
        read(&stdout),
        read(&stderr),
        &lsp_log[tail..]
    );
    let status = status.unwrap_or_else(|| panic!("Neovim did not finish; {log}"));
    let seen: Value = serde_json::from_slice(
        &std::fs::read(&result)
            .unwrap_or_else(|e| panic!("no result from the script ({e}); {log}")),
    )
    .unwrap_or_else(|e| panic!("the script's result is not JSON ({e}); {log}"));
    if let Some(error) = seen.get("error") {
        panic!(
            "the Neovim script failed: {}\n{log}",
            error.as_str().unwrap_or_default()
        );
    }
    assert!(status.success(), "{log}");

    // what Neovim showed for the two files it opened is what `check` reports
    for file in [vast, a] {
        assert_eq!(
            strings(&seen["diagnostics"][file]),
            at_start[file],
            "{file}"
        );
    }

    // hover on ORG-003: its explanation, in the language the snippet asks for
    let hover = seen["hover"].as_str().unwrap();
    let (_, explain) = common::run_json(&["explain", "ORG-003", "--format", "json"]);
    let title = explain["title_sv"].as_str().unwrap();
    assert!(
        hover.contains("## ORG-003") && hover.contains(title),
        "{title} not in {hover}"
    );

    // `olof` leads to his Person document: the `olof` of its `id:` line
    let def = &seen["definition"];
    assert_eq!(def["file"], "people.yaml", "{def}");
    let people = std::fs::read_to_string(repo.join("people.yaml")).unwrap();
    let (line, text) = people
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().trim_start_matches("- ") == "id: olof")
        .expect("people.yaml defines olof");
    assert_eq!(def["line"], line + 1, "{def}");
    assert_eq!(def["column"], text.find("olof").unwrap() + 1, "{def}");

    // the code-action menu offered the waiver of the finding under the cursor, in Swedish
    assert!(
        strings(&seen["actions"]).contains(&"Undanta ORG-007 för 556999-9997".to_owned()),
        "{}",
        seen["actions"]
    );
    // as inserted, before anything is filled in, Neovim shows what `check` says of that text:
    // the placeholders are findings and ORG-007 is still open
    let inserted = seen["inserted"]["text"].as_str().unwrap();
    assert!(
        inserted.contains("kind: Waiver\nrule: ORG-007\nsubject: \"556999-9997\"\n"),
        "{inserted}"
    );
    let shown = strings(&seen["inserted"]["diagnostics"]);
    assert_eq!(shown, expected_with(&repo, a, inserted));
    assert!(
        shown.iter().any(|f| f.starts_with("ORG-007 2 ")),
        "{shown:?}"
    );

    // approved by maria and saved: the file on disk is the buffer, and ORG-007 is a hint
    let saved = std::fs::read_to_string(repo.join(a)).unwrap();
    assert_eq!(saved, seen["waived"]["text"].as_str().unwrap());
    let now = expected(&repo);
    assert_eq!(strings(&seen["waived"]["diagnostics"]), now[a]);
    assert!(
        now[a].iter().any(|f| f.starts_with("ORG-007 4 24:")),
        "{now:?}"
    );
    let message = seen["waived"]["message"].as_str().unwrap();
    assert!(message.contains("undantagen: CHANGE-ME"), "{message}");
    eprintln!("the Neovim session took {took:.1?}");
}
