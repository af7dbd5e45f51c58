//! A hostile file system (issue 17): what a pull request can commit besides YAML. Symbolic
//! links out of the checked folders are not followed and never quoted, link loops neither hang
//! nor count twice, FIFOs are never opened, all files together stay within --max-total-size on
//! every command that reads a configuration, and an --output that is (or links to) a device or
//! a FIFO is refused.
//!
//! Every run that could block is a child process with a deadline: a FIFO that is opened waits
//! for a writer for ever, and the test then fails instead of hanging.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::{AS_OF, example_copy, provkoll};

/// The clean example has 12 provkoll files (and one CI file, skipped).
const CLEAN_FILES: u64 = 12;

/// A child's exit code and its whole stdout and stderr.
struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Ran {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}\nstderr: {}", self.stdout, self.stderr))
    }

    /// Everything the run printed.
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Run `cmd` to its end, or fail the test if it is still running after a minute (it is
/// blocked, e.g. on a FIFO). Output goes to files, so a full pipe cannot block the child.
fn finish(mut cmd: Command) -> Ran {
    let out = tempfile::tempdir().unwrap();
    let (so, se) = (out.path().join("stdout"), out.path().join("stderr"));
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&so).unwrap())
        .stderr(std::fs::File::create(&se).unwrap())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("still running after a minute: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Ran {
        code: status.code().unwrap_or(-1),
        stdout: std::fs::read_to_string(so).unwrap(),
        stderr: std::fs::read_to_string(se).unwrap(),
    }
}

/// `provkoll <args> --as-of AS_OF`, run to its end (see [`finish`]).
fn run(args: &[&str]) -> Ran {
    let mut cmd = provkoll();
    cmd.args(args).args(["--as-of", AS_OF]);
    finish(cmd)
}

/// `check DIR --format json`, with `extra` arguments.
fn check_json(dir: &Path, extra: &[&str]) -> (Ran, Value) {
    let mut args = vec!["check", dir.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    let ran = run(&args);
    let v = ran.json();
    (ran, v)
}

/// `(kind, message)` of every error of a JSON report.
fn errors(v: &Value) -> Vec<(String, String)> {
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_owned(),
                e["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn error(kind: &str, message: &str) -> (String, String) {
    (kind.to_owned(), message.to_owned())
}

/// A FIFO at `path`, made by `mkfifo` (no crate for one call).
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

const SECRET: &str = "abc123";

/// The clean example in `dir/repo`, and beside it (outside the checked folder) what
/// `/proc/self/environ` holds: variables separated by NUL bytes.
fn repo_beside_a_secret() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, repo) = example_copy("01-ready-kommun");
    let environ = dir.path().join("environ");
    std::fs::write(&environ, format!("SECRET={SECRET}\0HOME=/root\0")).unwrap();
    (dir, repo, environ)
}

#[test]
fn a_link_to_a_file_outside_is_named_and_what_it_holds_is_never_shown() {
    let (dir, repo, environ) = repo_beside_a_secret();
    symlink(&environ, repo.join("leak.yaml")).unwrap();
    let outside = dir.path().to_str().unwrap().to_owned();
    let message = "leak.yaml is a symbolic link to outside the checked folders; not followed";
    for format in ["human", "json", "github", "sarif", "junit"] {
        let ran = run(&["check", repo.to_str().unwrap(), "--format", format]);
        assert_eq!(ran.code, 2, "{format}: {}", ran.all());
        assert!(!ran.all().contains(SECRET), "{format}: {}", ran.all());
        // nor where the link points
        assert!(
            !ran.all().contains(&format!("{outside}/environ")),
            "{format}"
        );
        if format == "json" {
            let v = ran.json();
            assert_eq!(errors(&v), [error("link_outside", message)], "{v:#}");
            assert_eq!(v["summary"]["files_checked"], CLEAN_FILES, "{v:#}");
            assert_eq!(v["findings"], Value::Array(vec![]), "{v:#}");
        } else {
            assert!(ran.all().contains("leak.yaml"), "{format}: {}", ran.all());
        }
    }
    // the commands that print what kept a check from completing on stderr
    for command in ["report", "timeline", "fingerprint"] {
        // in English: the report is Swedish by default, and so are its problems on stderr
        let ran = run(&[command, repo.to_str().unwrap(), "--lang", "en"]);
        assert_eq!(ran.code, 2, "{command}: {}", ran.all());
        assert!(!ran.all().contains(SECRET), "{command}: {}", ran.all());
        assert!(ran.stderr.contains(message), "{command}: {}", ran.stderr);
    }
}

#[test]
fn a_link_named_on_the_command_line_may_not_lead_out_of_the_working_directory() {
    let (_dir, repo, environ) = repo_beside_a_secret();
    symlink(&environ, repo.join("organiser-link.yaml")).unwrap();
    // CI names a path in the checkout; the pull request made it a link
    let mut cmd = provkoll();
    cmd.current_dir(&repo).args([
        "check",
        "organiser-link.yaml",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    let ran = finish(cmd);
    assert!(!ran.all().contains(SECRET), "{}", ran.all());
    let v = ran.json();
    assert_eq!(
        errors(&v),
        [error(
            "link_outside",
            "organiser-link.yaml is a symbolic link to outside the working directory; not followed"
        )],
        "{v:#}"
    );
    assert_eq!(ran.code, 2);
    // a link named there that stays inside is read like the file itself
    symlink("organiser.yaml", repo.join("inside-link.yaml")).unwrap();
    let mut cmd = provkoll();
    cmd.current_dir(&repo).args([
        "check",
        "inside-link.yaml",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    let v = finish(cmd).json();
    assert_eq!(v["summary"]["files_checked"], 1, "{v:#}");
    assert!(
        !errors(&v).iter().any(|(kind, _)| kind == "link_outside"),
        "{v:#}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_link_to_proc_self_environ_does_not_print_the_environment() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    symlink("/proc/self/environ", repo.join("x.yaml")).unwrap();
    for format in ["human", "json"] {
        let mut cmd = provkoll();
        cmd.env_clear()
            .env("CI_TOKEN", SECRET)
            .args(["check", repo.to_str().unwrap(), "--as-of", AS_OF])
            .args(["--format", format]);
        let ran = finish(cmd);
        assert_eq!(ran.code, 2, "{format}: {}", ran.all());
        assert!(!ran.all().contains(SECRET), "{format}: {}", ran.all());
        assert!(
            ran.all()
                .contains("x.yaml is a symbolic link to outside the checked folders"),
            "{format}: {}",
            ran.all()
        );
    }
}

#[test]
fn a_linked_folder_outside_is_not_checked() {
    let (dir, repo) = example_copy("01-ready-kommun");
    let foreign = dir.path().join("elsewhere");
    std::fs::create_dir(&foreign).unwrap();
    // a second Organiser, and a broken file: either would show if the folder were read
    std::fs::copy(repo.join("organiser.yaml"), foreign.join("organiser.yaml")).unwrap();
    std::fs::write(foreign.join("broken.yaml"), "a: [\n").unwrap();
    symlink(&foreign, repo.join("shared")).unwrap();
    let (ran, v) = check_json(&repo, &[]);
    assert_eq!(
        errors(&v),
        [error(
            "link_outside",
            "shared is a symbolic link to outside the checked folders; not followed"
        )],
        "{v:#}"
    );
    assert_eq!(ran.code, 2);
    assert_eq!(v["summary"]["files_checked"], CLEAN_FILES, "{v:#}");
    assert!(!ran.all().contains("broken.yaml"), "{}", ran.all());
    // named on the command line too, the folder is inside what is checked: then it is read
    let (_, v) = check_json(&repo, &[foreign.to_str().unwrap()]);
    let kinds: Vec<String> = errors(&v).into_iter().map(|(kind, _)| kind).collect();
    assert!(!kinds.contains(&"link_outside".to_owned()), "{v:#}");
    assert!(kinds.contains(&"yaml_syntax".to_owned()), "{v:#}");
}

#[test]
fn link_loops_and_links_inside_neither_hang_nor_count_twice() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    // a loop to an ancestor, two folders linking to each other, and links to a folder and a
    // file that are also reached without them
    std::fs::create_dir_all(repo.join("a")).unwrap();
    std::fs::create_dir_all(repo.join("b")).unwrap();
    symlink("..", repo.join("a/up")).unwrap();
    symlink("../b", repo.join("a/to-b")).unwrap();
    symlink("../a", repo.join("b/to-a")).unwrap();
    symlink("schools", repo.join("more-schools")).unwrap();
    symlink("schools", repo.join("same-schools")).unwrap();
    symlink("organiser.yaml", repo.join("organiser-again.yaml")).unwrap();
    let (ran, v) = check_json(&repo, &[]);
    let messages: Vec<String> = errors(&v).into_iter().map(|(_, m)| m).collect();
    // each loop is one error; nothing is defined twice
    assert!(
        messages.iter().all(|m| m.contains("symbolic link loop")),
        "{v:#}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with("cannot read a/up")),
        "{v:#}"
    );
    assert_eq!(ran.code, 2, "{v:#}");
    assert_eq!(v["summary"]["files_checked"], CLEAN_FILES, "{v:#}");
    assert_eq!(v["findings"], Value::Array(vec![]), "{v:#}");
}

#[test]
fn a_fifo_in_the_tree_is_reported_and_never_opened() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    mkfifo(&repo.join("pipe.yaml"));
    // a FIFO without a YAML name could not hold configuration: left alone
    mkfifo(&repo.join("editor.sock"));
    let (ran, v) = check_json(&repo, &[]);
    assert_eq!(
        errors(&v),
        [error(
            "not_regular",
            "pipe.yaml is a named pipe (FIFO), not a regular file; not read"
        )],
        "{v:#}"
    );
    assert_eq!(ran.code, 2);
    assert_eq!(v["summary"]["files_checked"], CLEAN_FILES, "{v:#}");
}

#[test]
fn a_fifo_named_on_the_command_line_is_an_error_and_never_opened() {
    let (dir, repo) = example_copy("01-ready-kommun");
    let fifo = dir.path().join("pipe.yaml");
    mkfifo(&fifo);
    let organiser = repo.join("organiser.yaml");
    let ran = run(&[
        "check",
        fifo.to_str().unwrap(),
        organiser.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let v = ran.json();
    assert_eq!(
        errors(&v),
        [error(
            "not_regular",
            &format!(
                "{} is a named pipe (FIFO), not a regular file; not read",
                fifo.display()
            )
        )],
        "{v:#}"
    );
    assert_eq!(ran.code, 2);
    assert_eq!(v["summary"]["files_checked"], 1, "{v:#}");
    // the report whose fingerprints are verified is read the same way
    let ran = run(&[
        "fingerprint",
        repo.to_str().unwrap(),
        "--verify",
        fifo.to_str().unwrap(),
    ]);
    assert_eq!(ran.code, 2, "{}", ran.all());
    assert!(
        ran.stderr.contains("is a named pipe (FIFO)"),
        "{}",
        ran.stderr
    );
}

/// The YAML files of `repo` by display path, in the order a run reads them, with their sizes.
fn yaml_files_in_order(repo: &Path) -> Vec<(String, u64)> {
    fn walk(dir: &Path, repo: &Path, out: &mut Vec<(String, u64)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, repo, out);
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                let rel = p.strip_prefix(repo).unwrap().to_str().unwrap().to_owned();
                out.push((rel, p.metadata().unwrap().len()));
            }
        }
    }
    let mut out = Vec::new();
    walk(repo, repo, &mut out);
    out.sort();
    out
}

#[test]
fn max_total_size_leaves_the_files_beyond_it_unread_on_every_command() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    const BUDGET: u64 = 5 * 1024;
    // what a run reads in order: up to the first file that passes the budget
    let mut total = 0;
    let unread: Vec<String> = yaml_files_in_order(&repo)
        .into_iter()
        .filter(|(_, size)| {
            total += size;
            total > BUDGET
        })
        .map(|(name, _)| name)
        .collect();
    assert!(unread.len() > 1 && unread.len() < 12, "{unread:?}");
    let message = format!(
        "not read: the files up to this one, in path order, pass --max-total-size ({BUDGET} bytes for all files together)"
    );
    let (ran, v) = check_json(&repo, &["--max-total-size", "5KiB"]);
    assert_eq!(ran.code, 2, "{v:#}");
    let refused: Vec<(String, String, String)> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_owned(),
                e["file"].as_str().unwrap_or_default().to_owned(),
                e["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = unread
        .iter()
        .map(|f| ("total_too_large".to_owned(), f.clone(), message.clone()))
        .collect();
    assert_eq!(refused, want, "{v:#}");
    // the same as bytes
    let (_, again) = check_json(&repo, &["--max-total-size", "5120"]);
    assert_eq!(again["errors"], v["errors"]);
    // every other command that reads a configuration says so on stderr
    for command in ["report", "timeline", "fingerprint"] {
        // in English: the report is Swedish by default, and so are its problems on stderr
        let ran = run(&[
            command,
            repo.to_str().unwrap(),
            "--max-total-size",
            "5120",
            "--lang",
            "en",
        ]);
        assert_eq!(ran.code, 2, "{command}: {}", ran.all());
        assert!(ran.all().contains(&message), "{command}: {}", ran.all());
    }
    // the default takes the whole example
    let (ran, v) = check_json(&repo, &[]);
    assert_eq!((ran.code, errors(&v)), (0, Vec::new()), "{v:#}");
}

/// Where an output may be written by each command that writes one.
fn writers(repo: &Path, target: &Path) -> Vec<Vec<String>> {
    let (repo, target) = (repo.to_str().unwrap(), target.to_str().unwrap());
    [
        vec!["check", repo, "--format", "json", "--output", target],
        vec!["check", repo, "--output-sarif", target],
        vec!["report", repo, "--output", target],
        vec!["timeline", repo, "--output", target],
        vec!["rules", "--output", target],
        vec!["schema", "--output", target],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(str::to_owned).collect())
    .collect()
}

fn run_owned(args: &[String]) -> Ran {
    let mut cmd = provkoll();
    cmd.args(args);
    if ["check", "report", "timeline"].contains(&args[0].as_str()) {
        cmd.args(["--as-of", AS_OF]);
    }
    finish(cmd)
}

#[test]
fn output_to_a_device_or_a_fifo_or_a_link_to_one_is_refused_and_never_blocks() {
    let (dir, repo) = example_copy("01-ready-kommun");
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let to_null = dir.path().join("report.html");
    symlink("/dev/null", &to_null).unwrap();
    let to_fifo = dir.path().join("report.md");
    symlink(&fifo, &to_fifo).unwrap();
    let cases = [
        (to_null.clone(), "a symbolic link to a device"),
        (to_fifo.clone(), "a symbolic link to a named pipe (FIFO)"),
        (fifo.clone(), "a named pipe (FIFO)"),
    ];
    for (target, what) in cases {
        for args in writers(&repo, &target) {
            let ran = run_owned(&args);
            assert_eq!(ran.code, 2, "{args:?}: {}", ran.all());
            let said = format!("refusing to write {}: it is {what}", target.display());
            assert!(ran.stderr.contains(&said), "{args:?}: {}", ran.stderr);
        }
    }
    // the links are left as they were
    assert_eq!(
        std::fs::read_link(&to_null).unwrap(),
        Path::new("/dev/null")
    );
    assert_eq!(std::fs::read_link(&to_fifo).unwrap(), fifo);
    // a link to a regular file is replaced by the output; what it pointed to is untouched
    let hook = dir.path().join("hook");
    std::fs::write(&hook, "#!/bin/sh\n").unwrap();
    let out = repo.join("out.json");
    symlink(&hook, &out).unwrap();
    let ran = run(&[
        "check",
        repo.to_str().unwrap(),
        "--format",
        "json",
        "--output",
    ]
    .into_iter()
    .chain([out.to_str().unwrap()])
    .collect::<Vec<_>>());
    assert_eq!(ran.code, 0, "{}", ran.all());
    assert!(!out.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&hook).unwrap(), "#!/bin/sh\n");
}
