//! The Skolenhetsregistret snapshot: a broken or foreign file is a located error (exit 2) while
//! every other rule still runs; without one the register rules are not applicable; and
//! `registry fetch` against a server on the loopback address (success, 404, 500, a slow answer,
//! malformed JSON, no server at all).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::time::Duration;

use common::{AS_OF, provkoll, root, run_json};
use serde_json::{Value, json};

const EXAMPLE: &str = "examples/09-skolenhetsregistret";

fn snapshot() -> Value {
    let text = std::fs::read_to_string(root().join(EXAMPLE).join("skolenhetsregistret.json"));
    serde_json::from_str(&text.unwrap()).unwrap()
}

/// `check --format json` of `dir` with `--registry` naming a file holding `text`.
fn check_with_registry(dir: &str, text: &str) -> (i32, Value) {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("snapshot.json");
    std::fs::write(&file, text).unwrap();
    let file = file.to_str().unwrap();
    run_json(&[
        "check",
        dir,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--registry",
        file,
    ])
}

fn rules(v: &Value) -> Vec<String> {
    let mut ids: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

fn error(v: &Value) -> (String, u64, u64) {
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    (
        e["kind"].as_str().unwrap().to_owned(),
        e["line"].as_u64().unwrap_or(0),
        e["column"].as_u64().unwrap_or(0),
    )
}

#[test]
fn a_broken_snapshot_is_a_located_error_and_the_other_rules_still_run() {
    // example 02 has findings of its own; they must all still be there
    let (_, plain) = run_json(&[
        "check",
        "examples/02-fristaende-koncern",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    let text = serde_json::to_string_pretty(&snapshot()).unwrap();
    let broken = text.replacen("\"AKTIV\"", "\"AKTIV\",,", 1);
    let (code, v) = check_with_registry("examples/02-fristaende-koncern", &broken);
    assert_eq!(code, 2);
    let (kind, line, column) = error(&v);
    assert_eq!(kind, "registry.syntax");
    let at = broken.lines().position(|l| l.contains(",,")).unwrap() as u64 + 1;
    assert_eq!((line, column), (at, 29));
    assert!(!rules(&plain).is_empty());
    assert_eq!(rules(&v), rules(&plain));
}

#[test]
fn a_foreign_json_file_is_told_apart_from_a_snapshot() {
    // the API's own answer, saved without provkoll's wrapper
    let raw = serde_json::to_string_pretty(&snapshot()["school_units"][0]).unwrap();
    let (code, v) = check_with_registry(EXAMPLE, &raw);
    assert_eq!(code, 2);
    assert_eq!(error(&v).0, "registry.foreign");
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Skolverket's API itself")
    );
    let other = serde_json::to_string(&json!({"format": "something/else", "version": 1})).unwrap();
    let (code, v) = check_with_registry(EXAMPLE, &other);
    assert_eq!((code, error(&v).0.as_str()), (2, "registry.foreign"));
    let (code, v) = check_with_registry(EXAMPLE, "[1, 2]");
    assert_eq!((code, error(&v).0.as_str()), (2, "registry.foreign"));
}

#[test]
fn a_field_of_the_wrong_shape_is_reported_at_its_line() {
    let mut s = snapshot();
    s["school_units"][2]["data"]["attributes"]["status"] = json!("STÄNGD");
    let text = serde_json::to_string_pretty(&s).unwrap();
    let (code, v) = check_with_registry(EXAMPLE, &text);
    assert_eq!(code, 2);
    let (kind, line, _) = error(&v);
    assert_eq!(kind, "registry.invalid");
    let at = text.lines().position(|l| l.contains("STÄNGD")).unwrap() as u64 + 1;
    assert_eq!(line, at);
    let message = v["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("school_units[2].data.attributes.status:"),
        "{message}"
    );

    for (field, value, kind) in [
        ("version", json!(2), "registry.version"),
        ("extract_date", json!("2026-13-01"), "registry.invalid"),
        ("unknown_field", json!(true), "registry.invalid"),
    ] {
        let mut s = snapshot();
        s[field] = value;
        let (code, v) = check_with_registry(EXAMPLE, &s.to_string());
        assert_eq!((code, error(&v).0.as_str()), (2, kind), "{field}");
    }
    let mut s = snapshot();
    s["school_units"][0]["included"]["organizationNumber"] = json!("212999-9997");
    let (code, v) = check_with_registry(EXAMPLE, &s.to_string());
    assert_eq!((code, error(&v).0.as_str()), (2, "registry.invalid"));
}

#[test]
fn the_flag_overrides_the_organisers_snapshot() {
    let (code, v) = run_json(&["check", EXAMPLE, "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 1);
    assert!(rules(&v).contains(&"REG-006".to_owned()));
    let mut fresh = snapshot();
    fresh["extract_date"] = json!("2026-11-20");
    let (code, v) = check_with_registry(EXAMPLE, &fresh.to_string());
    assert_eq!(code, 1);
    assert_eq!(
        rules(&v),
        ["REG-001", "REG-002", "REG-003", "REG-004", "REG-005"]
    );
}

#[test]
fn an_organiser_naming_a_missing_snapshot_is_an_error_at_the_field() {
    let (_tmp, repo) = common::example_copy("09-skolenhetsregistret");
    std::fs::remove_file(repo.join("skolenhetsregistret.json")).unwrap();
    let (code, v) = run_json(&[
        "check",
        repo.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert_eq!(code, 2);
    let e = &v["errors"][0];
    assert_eq!(
        (e["kind"].as_str(), e["line"].as_u64()),
        (Some("io"), Some(7))
    );
    assert!(e["file"].as_str().unwrap().ends_with("organiser.yaml"));
    assert!(
        rules(&v).is_empty(),
        "the register rules had nothing to compare with"
    );
}

#[test]
fn without_a_snapshot_the_report_calls_the_register_rules_not_applicable() {
    for (dir, applicable) in [("examples/01-ready-kommun", false), (EXAMPLE, true)] {
        for (lang, words) in [
            (
                "en",
                "not applicable: no Skolenhetsregistret snapshot was given",
            ),
            (
                "sv",
                "ej tillämplig: ingen ögonblicksbild av skolenhetsregistret angavs",
            ),
        ] {
            let out = provkoll()
                .args([
                    "report", dir, "--as-of", AS_OF, "--format", "markdown", "--lang", lang,
                ])
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            // the rule table's rows (a finding's row goes on with its severity in brackets)
            let rows: Vec<&str> = text
                .lines()
                .filter(|l| l.starts_with("| **REG-") && !l.contains("** ("))
                .collect();
            assert_eq!(rows.len(), 6, "{dir} {lang}");
            assert!(
                rows.iter().all(|r| r.contains(words) != applicable),
                "{dir} {lang}: {rows:#?}"
            );
        }
    }
}

/// A server on 127.0.0.1 that answers each request with `answer(path)`: a status, a body and
/// a delay before answering. Its URL, ending in `/v2`.
fn serve(answer: fn(&str) -> (u16, String, Duration)) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            std::thread::spawn(move || reply(stream, answer));
        }
    });
    format!("http://127.0.0.1:{port}/v2")
}

fn reply(mut stream: TcpStream, answer: fn(&str) -> (u16, String, Duration)) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    reader.read_line(&mut request).unwrap();
    let path = request.split_whitespace().nth(1).unwrap_or("").to_owned();
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let (status, body, delay) = answer(&path);
    std::thread::sleep(delay);
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    // the client may have given up (the slow case)
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

/// The example's units, answered as the API answers them.
fn register(path: &str) -> (u16, String, Duration) {
    let s = snapshot();
    let units = s["school_units"].as_array().unwrap();
    let none = Duration::ZERO;
    if let Some(query) = path.strip_prefix("/v2/school-units?") {
        let orgs: Vec<&str> = query
            .split('&')
            .filter_map(|p| p.strip_prefix("organization_number="))
            .collect();
        let rows: Vec<Value> = units
            .iter()
            .filter(|u| orgs.contains(&u["included"]["organizationNumber"].as_str().unwrap()))
            .map(|u| {
                let a = &u["data"]["attributes"];
                json!({"schoolUnitCode": u["data"]["schoolUnitCode"], "name": a["displayName"], "status": a["status"]})
            })
            .collect();
        let list = json!({"meta": {"extractDate": "2026-11-24T00:06:10.19+01:00"}, "data": {"type": "schoolunit", "attributes": rows}});
        return (200, list.to_string(), none);
    }
    let code = path.strip_prefix("/v2/school-units/").unwrap_or("");
    match units.iter().find(|u| u["data"]["schoolUnitCode"] == code) {
        Some(u) => (200, u.to_string(), none),
        None => (404, json!({"title": "Not Found", "status": "404", "detail": "Angiven resurs hittades inte"}).to_string(), none),
    }
}

/// `registry fetch` of the two example organisations from `url`, into `out`.
fn fetch(url: &str, out: &Path, timeout: &str) -> std::process::Output {
    provkoll()
        .args([
            "registry",
            "fetch",
            "--org",
            "212999-9997",
            "--org",
            "802999-9995",
        ])
        .args([
            "--base-url",
            url,
            "--timeout",
            timeout,
            "--output",
            out.to_str().unwrap(),
        ])
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .output()
        .unwrap()
}

#[test]
fn fetch_writes_a_snapshot_that_check_reads() {
    let url = serve(register);
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("skolenhetsregistret.json");
    let run = fetch(&url, &out, "10");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        stdout.contains("7 school units, Skolenhetsregistret as of 2026-11-24"),
        "{stdout}"
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let mut want = snapshot();
    want["extract_date"] = json!("2026-11-24");
    want["api"] = json!(url);
    assert_eq!(written, want);
    let (code, v) = run_json(&[
        "check",
        EXAMPLE,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--registry",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        rules(&v),
        ["REG-001", "REG-002", "REG-003", "REG-004", "REG-005"]
    );
}

/// `registry fetch` fails with exit 2, a message holding `words`, and no file.
fn fails(answer: fn(&str) -> (u16, String, Duration), timeout: &str, words: &str) {
    let url = serve(answer);
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("skolenhetsregistret.json");
    let run = fetch(&url, &out, timeout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(words), "{stderr}");
    assert!(!out.exists());
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "nothing left behind"
    );
}

#[test]
fn fetch_names_a_404_and_writes_nothing() {
    // the list names a unit the API then does not have
    fails(
        |path| {
            match path {
            p if p.starts_with("/v2/school-units?") => (
                200,
                json!({"data": {"attributes": [{"schoolUnitCode": "80001199", "name": "X", "status": "AKTIV"}]}}).to_string(),
                Duration::ZERO,
            ),
            _ => register(path),
        }
        },
        "10",
        "/v2/school-units/80001199 answered HTTP 404: Angiven resurs hittades inte",
    );
}

#[test]
fn fetch_names_a_server_error_and_writes_nothing() {
    fails(
        |_| {
            (
                500,
                json!({"title": "Internt applikationsfel"}).to_string(),
                Duration::ZERO,
            )
        },
        "10",
        "answered HTTP 500: Internt applikationsfel",
    );
}

#[test]
fn fetch_gives_up_on_a_slow_answer() {
    fails(
        |path| (register(path).0, register(path).1, Duration::from_secs(4)),
        "1",
        "did not answer within the timeout (1 s)",
    );
}

#[test]
fn fetch_refuses_malformed_json() {
    fails(
        |_| (200, "<html>proxy login</html>".into(), Duration::ZERO),
        "10",
        "something other than the API's JSON",
    );
    fails(
        |path| match path {
            p if p.starts_with("/v2/school-units?") => register(path),
            _ => (
                200,
                json!({"data": {"schoolUnitCode": "80001101"}}).to_string(),
                Duration::ZERO,
            ),
        },
        "10",
        "something other than the API's JSON",
    );
}

#[test]
fn fetch_without_a_server_says_it_cannot_reach_it() {
    // a port that was free a moment ago, and now has no one listening
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("skolenhetsregistret.json");
    let run = fetch(&format!("http://127.0.0.1:{port}/v2"), &out, "5");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot reach http://127.0.0.1:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("help: check the network connection"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn fetch_refuses_a_malformed_organisation_number_before_going_online() {
    let run = provkoll()
        .args([
            "registry",
            "fetch",
            "--org",
            "21299-99997",
            "--base-url",
            "http://127.0.0.1:9/v2",
            "--output",
            "x.json",
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&run.stderr)
            .contains("`21299-99997` is not an organisation number")
    );
    assert!(!root().join("x.json").exists());
}

/// provkoll.toml's `registry` names the snapshot when the Organiser does not: the same register
/// findings as the Organiser's field gives, and `--registry` still wins over the file.
#[test]
fn the_settings_file_names_the_snapshot_and_the_flag_beats_it() {
    let (_tmp, repo) = common::example_copy("09-skolenhetsregistret");
    let organiser = repo.join("organiser.yaml");
    let text = std::fs::read_to_string(&organiser).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("registry:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, text, "the example's Organiser names its snapshot");
    std::fs::write(&organiser, without).unwrap();
    let dir = repo.to_str().unwrap();
    let json = ["--as-of", AS_OF, "--format", "json"];
    let (_, bare) = run_json(&[&["check", dir][..], &json].concat());
    assert!(
        !rules(&bare).iter().any(|r| r.starts_with("REG-")),
        "{bare}"
    );

    std::fs::write(
        repo.join("provkoll.toml"),
        "registry = \"skolenhetsregistret.json\"\n",
    )
    .unwrap();
    let (code, named) = run_json(&[&["check", dir][..], &json].concat());
    let (_, by_organiser) = run_json(&[&["check", EXAMPLE][..], &json].concat());
    assert_eq!(code, 1);
    assert_eq!(named["settings"], "provkoll.toml");
    assert_eq!(rules(&named), rules(&by_organiser));

    let mut fresh = snapshot();
    fresh["extract_date"] = json!("2026-11-20");
    let flagged = repo.join("fresh.json");
    std::fs::write(&flagged, fresh.to_string()).unwrap();
    let (_, v) = run_json(
        &[
            &["check", dir, "--registry", flagged.to_str().unwrap()][..],
            &json,
        ]
        .concat(),
    );
    assert!(!rules(&v).contains(&"REG-006".to_owned()), "{v}");
    assert!(rules(&v).contains(&"REG-005".to_owned()));
}
