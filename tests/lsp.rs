//! `provkoll lsp` spoken to as an editor does: the built binary as a child process, JSON-RPC
//! with Content-Length framing on its stdin and stdout.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;
#[path = "common/lsp_wire.rs"]
mod lsp_wire;

use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use serde_json::{Value, json};

/// How long to wait for any one message before the test fails instead of hanging: a deadline,
/// not a speed assertion.
const DEADLINE: Duration = Duration::from_secs(120);

struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications read while waiting for something else.
    seen: Vec<Value>,
}

impl Client {
    /// Start the server in `root` and initialize it with `options`.
    fn start(root: &Path, options: Value) -> Self {
        let mut child = Command::new(insta_cmd::get_cargo_bin("provkoll"))
            .arg("lsp")
            .current_dir(root)
            .env("PROVKOLL_LSP_ALLOW_CRASH", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let incoming = lsp_wire::incoming(child.stdout.take().unwrap());
        let stdin = child.stdin.take();
        let mut c = Client {
            child,
            stdin,
            incoming,
            next_id: 0,
            seen: Vec::new(),
        };
        let uri = uri_of(root);
        let init = c.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri,
                "workspaceFolders": [{"uri": uri, "name": "repo"}],
                "capabilities": {},
                "initializationOptions": options,
            }),
        );
        assert!(
            init["result"]["capabilities"]["hoverProvider"] == json!(true),
            "{init}"
        );
        c.notify("initialized", json!({}));
        c
    }

    fn send(&mut self, msg: &Value) {
        self.send_together(std::slice::from_ref(msg));
    }

    /// Several messages in one write, so the server finds them queued together.
    fn send_together(&mut self, msgs: &[Value]) {
        lsp_wire::write(self.stdin.as_mut().unwrap(), msgs);
    }

    fn next(&mut self) -> Value {
        self.incoming
            .recv_timeout(DEADLINE)
            .expect("the server answers")
    }

    /// Send a request and wait for its response; notifications in between are kept.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.next();
            if m["id"] == json!(id) && m.get("method").is_none() {
                return m;
            }
            self.seen.push(m);
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next diagnostics published for `uri` that satisfy `wanted`, skipping earlier ones
    /// for it; what is published for other files is kept for later.
    fn diagnostics(&mut self, uri: &str, wanted: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let mut pending = std::mem::take(&mut self.seen).into_iter();
        let mut kept = Vec::new();
        loop {
            let m = pending.next().unwrap_or_else(|| self.next());
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                let d = m["params"]["diagnostics"].as_array().unwrap().clone();
                if wanted(&d) {
                    kept.extend(pending);
                    self.seen = kept;
                    return d;
                }
            } else {
                kept.push(m);
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
        );
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    /// shutdown, exit, and the exit code.
    fn finish(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null);
        assert!(r.get("error").is_none(), "{r}");
        self.notify("exit", Value::Null);
        drop(self.stdin.take());
        self.child.wait().unwrap().code().unwrap()
    }
}

fn uri_of(path: &Path) -> String {
    let path = std::fs::canonicalize(path).unwrap();
    // the temporary directories here are ASCII: no percent-encoding needed
    format!("file://{}", path.display())
}

fn codes(d: &[Value]) -> Vec<String> {
    let mut c: Vec<String> = d
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect();
    c.sort();
    c
}

fn vast() -> &'static str {
    "legal-entities/exempelskolor-vast-ab.yaml"
}

#[test]
fn the_workspace_is_checked_at_start_with_codes_ranges_and_severities() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let uri = uri_of(&repo.join(vast()));
    let d = c.diagnostics(&uri, |d| !d.is_empty());
    assert_eq!(
        codes(&d),
        [
            "ORG-003",
            "ORG-004",
            "PSEUDO-002",
            "PSEUDO-002",
            "PSEUDO-004",
            "PSEUDO-006",
            "ROLE-004",
            "ROLE-004",
            "TRANSFER-004"
        ]
    );
    let org3 = d.iter().find(|d| d["code"] == "ORG-003").unwrap();
    // line 8, `powers_of_attorney: []`: the value, 0-based line 7, characters 20 to 22
    assert_eq!(
        org3["range"],
        json!({"start": {"line": 7, "character": 20}, "end": {"line": 7, "character": 22}})
    );
    assert_eq!(org3["severity"], 1, "an error");
    assert_eq!(org3["source"], "provkoll");
    assert!(
        org3["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .starts_with("https://"),
        "{org3}"
    );
    let role4 = d.iter().find(|d| d["code"] == "ROLE-004").unwrap();
    assert_eq!(role4["severity"], 3, "info is information below --fail-on");
    let pseudo6 = d.iter().find(|d| d["code"] == "PSEUDO-006").unwrap();
    assert_eq!(pseudo6["severity"], 2, "a warning");
    // company A's one finding is in its own file
    let a = c.diagnostics(
        &uri_of(&repo.join("legal-entities/exempelskolor-ab.yaml")),
        |d| !d.is_empty(),
    );
    assert_eq!(codes(&a), ["ORG-007"]);
    assert_eq!(c.finish(), 0);
}

#[test]
fn fail_on_warning_makes_warnings_errors() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(
        &repo,
        json!({"provkoll": {"asOf": common::AS_OF, "failOn": "warning"}}),
    );
    let a = c.diagnostics(
        &uri_of(&repo.join("legal-entities/exempelskolor-ab.yaml")),
        |d| !d.is_empty(),
    );
    assert_eq!(a[0]["code"], "ORG-007");
    assert_eq!(a[0]["severity"], 1);
    // and back, through didChangeConfiguration
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"provkoll": {"failOn": "error"}}}),
    );
    let a = c.diagnostics(
        &uri_of(&repo.join("legal-entities/exempelskolor-ab.yaml")),
        |d| d.first().is_some_and(|d| d["severity"] == 2),
    );
    assert_eq!(a[0]["code"], "ORG-007");
    assert_eq!(c.finish(), 0);
}

#[test]
fn provkoll_toml_gives_the_defaults_and_the_editor_wins() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    std::fs::write(repo.join("provkoll.toml"), "fail_on = \"warning\"\n").unwrap();
    let file = uri_of(&repo.join("legal-entities/exempelskolor-ab.yaml"));
    let mut c = Client::start(&repo, json!({"provkoll": {"asOf": common::AS_OF}}));
    let a = c.diagnostics(&file, |d| !d.is_empty());
    assert_eq!(
        (&a[0]["code"], &a[0]["severity"]),
        (&json!("ORG-007"), &json!(1))
    );
    assert_eq!(c.finish(), 0);
    let mut c = Client::start(
        &repo,
        json!({"provkoll": {"asOf": common::AS_OF, "failOn": "error"}}),
    );
    let a = c.diagnostics(&file, |d| !d.is_empty());
    assert_eq!(a[0]["severity"], 2, "the editor's failOn wins");
    assert_eq!(c.finish(), 0);
    // a broken file is named in the log, and the workspace is checked without it
    std::fs::write(repo.join("provkoll.toml"), "fail_on = \"fatal\"\n").unwrap();
    let mut c = Client::start(&repo, json!({"provkoll": {"asOf": common::AS_OF}}));
    let a = c.diagnostics(&file, |d| !d.is_empty());
    assert_eq!(a[0]["severity"], 2);
    let logged: Vec<String> = c
        .seen
        .iter()
        .filter(|m| m["method"] == "window/logMessage")
        .map(|m| m["params"]["message"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        logged
            .iter()
            .any(|m| m.starts_with("provkoll: provkoll.toml:1:11: unknown variant `fatal`")),
        "{logged:?}"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_broken_buffer_is_a_located_diagnostic_and_fixing_it_clears_it() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let path = repo.join(vast());
    let uri = uri_of(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    c.diagnostics(&uri, |d| !d.is_empty());
    c.open(&uri, &text);
    // line 6 gets a colon YAML cannot read after an astral character: 😀 is one character
    // but two UTF-16 units
    let broken = text.replace("name: Exempelskolor Väst AB", "name: 😀 Väst: AB");
    assert_ne!(broken, text);
    c.change(&uri, 2, &broken);
    let d = c.diagnostics(&uri, |d| d.iter().any(|d| d["code"] == "yaml_syntax"));
    assert_eq!(
        d.len(),
        1,
        "a file that does not parse has only that: {d:?}"
    );
    let start = &d[0]["range"]["start"];
    assert_eq!(start["line"], 5, "{d:?}");
    // "name: 😀 Väst" is 12 characters and 13 UTF-16 units: the colon after it is at 13
    assert_eq!(start["character"], 13, "{d:?}");
    // the server is still up, and fixing the text brings the findings back
    c.change(&uri, 3, &text);
    let d = c.diagnostics(&uri, |d| d.iter().any(|d| d["code"] == "ORG-003"));
    assert!(!d.iter().any(|d| d["code"] == "yaml_syntax"));
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_file_that_becomes_clean_gets_an_empty_list() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let path = repo.join("legal-entities/exempelskolor-ab.yaml");
    let uri = uri_of(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    c.diagnostics(&uri, |d| codes(d) == ["ORG-007"]);
    c.open(&uri, &text);
    // greta's power of attorney issued by maria, a main contact: ORG-007 goes away
    let fixed = text.replace("issued_by: olof ", "issued_by: maria");
    assert_ne!(fixed, text);
    c.change(&uri, 2, &fixed);
    c.diagnostics(&uri, <[Value]>::is_empty);
    assert_eq!(c.finish(), 0);
}

#[test]
fn hover_on_a_diagnostic_explains_its_rule() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let uri = uri_of(&repo.join("legal-entities/exempelskolor-ab.yaml"));
    let d = c.diagnostics(&uri, |d| !d.is_empty());
    let at = d[0]["range"]["start"].clone();
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": at}),
    );
    let text = r["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(r["result"]["contents"]["kind"], "markdown");
    let explain = common::run(&["explain", "ORG-007", "--format", "json"]).1;
    let rule: Value = serde_json::from_slice(&explain).unwrap();
    let title = rule["title"].as_str().unwrap();
    assert!(text.contains(title), "{title} not in {text}");
    assert!(text.contains("## ORG-007"), "{text}");
    // away from any diagnostic: nothing
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 0}}),
    );
    assert_eq!(r["result"], Value::Null, "{r}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn the_outline_lists_the_documents_of_a_file() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let uri = uri_of(&repo.join(vast()));
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let names: Vec<&str> = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["LegalEntity 556999-8882"]);
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_panic_in_a_request_is_an_error_answer_and_the_server_goes_on() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let r = c.request("provkoll/crash", Value::Null);
    assert_eq!(r["error"]["code"], -32603, "{r}");
    let uri = uri_of(&repo.join(vast()));
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(r["result"].is_array(), "{r}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_request_cancelled_before_it_is_answered_gets_request_cancelled_and_one_answer() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let uri = uri_of(&repo.join(vast()));
    let text = std::fs::read_to_string(repo.join(vast())).unwrap();
    c.open(&uri, &text);
    // An edit, a request and its cancellation written at once: the server, waiting after an
    // edit for the next one, takes all three in one batch and answers the request cancelled.
    // A slow pipe may split them; then the request is simply answered, so the test retries.
    let mut answers: Vec<Value> = Vec::new();
    let mut cancelled = 0;
    for round in 0..5 {
        c.next_id += 1;
        let id = c.next_id;
        c.send_together(&[
            json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": 2 + round},
                "contentChanges": [{"text": format!("{text}\n# edit {round}\n")}]}}),
            json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol",
                "params": {"textDocument": {"uri": uri}}}),
            json!({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": id}}),
        ]);
        let answer = loop {
            let m = c.next();
            if m["id"] == json!(id) && m.get("method").is_none() {
                break m;
            }
            c.seen.push(m);
        };
        if answer["error"]["code"] == json!(-32800) {
            cancelled += 1;
            answers.push(answer);
            break;
        }
        assert!(answer["result"].is_array(), "{answer}");
        answers.push(answer);
    }
    assert_eq!(cancelled, 1, "no request was cancelled: {answers:?}");
    // the server goes on, and no cancelled request is answered a second time
    let last = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(last["result"].is_array(), "{last}");
    for a in &answers {
        let again = c.seen.iter().filter(|m| m["id"] == a["id"]).count();
        assert_eq!(again, 0, "answered twice: {a}");
    }
    assert_eq!(c.finish(), 0);
}

#[test]
fn exit_without_shutdown_is_exit_code_1() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({}));
    c.notify("exit", Value::Null);
    drop(c.stdin.take());
    assert_eq!(c.child.wait().unwrap().code(), Some(1));
}

#[test]
fn a_person_id_leads_to_its_person_and_back_and_hovers_with_the_name() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let a = uri_of(&repo.join("legal-entities/exempelskolor-ab.yaml"));
    let people = uri_of(&repo.join("people.yaml"));
    // line 24, `    issued_by: olof`: inside `olof`
    let at = json!({"textDocument": {"uri": a}, "position": {"line": 23, "character": 17}});
    let r = c.request("textDocument/definition", at.clone());
    let found = r["result"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{r}");
    assert_eq!(found[0]["uri"], people);
    // people.yaml line 41, `id: olof`
    assert_eq!(
        found[0]["range"],
        json!({"start": {"line": 40, "character": 4}, "end": {"line": 40, "character": 8}})
    );
    let r = c.request(
        "textDocument/references",
        json!({"textDocument": {"uri": people}, "position": {"line": 40, "character": 5},
               "context": {"includeDeclaration": false}}),
    );
    let found = r["result"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{r}");
    assert_eq!(found[0]["uri"], a);
    assert_eq!(
        found[0]["range"]["start"],
        json!({"line": 23, "character": 15})
    );
    // ORG-007 is on `issued_by: olof` too: its explanation comes first; a reference without a
    // diagnostic shows what it names
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": people}, "position": {"line": 40, "character": 5}}),
    );
    let text = r["result"]["contents"]["value"].as_str().unwrap();
    assert!(text.starts_with("Person `olof`: "), "{text}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_finding_can_be_waived_by_a_code_action() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let a = uri_of(&repo.join("legal-entities/exempelskolor-ab.yaml"));
    let d = c.diagnostics(&a, |d| !d.is_empty());
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": a}, "range": d[0]["range"], "context": {"diagnostics": d}}),
    );
    let actions = r["result"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{r}");
    assert_eq!(actions[0]["title"], "Waive ORG-007 for 556999-9997");
    // a client that counts columns in bytes (Neovim 0.7) sends the range back shifted on a line
    // with `å` before the finding: the lines still find it
    let mut shifted = d[0].clone();
    for end in ["start", "end"] {
        let c = shifted["range"][end]["character"].as_u64().unwrap();
        shifted["range"][end]["character"] = json!(c + 2);
    }
    let r2 = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": a}, "range": shifted["range"], "context": {"diagnostics": [shifted]}}),
    );
    assert_eq!(r2["result"][0]["title"], actions[0]["title"], "{r2}");
    // no waiver yet: it goes at the end of the finding's own file
    let edits = actions[0]["edit"]["changes"][&a].as_array().unwrap();
    let text = edits[0]["newText"].as_str().unwrap();
    assert!(
        text.contains("kind: Waiver\nrule: ORG-007\nsubject: \"556999-9997\"\n"),
        "{text}"
    );
    assert!(
        text.contains("approved_on: 2026-11-25\nexpires: 2027-02-23\n"),
        "{text}"
    );
    // applied, with an approver filled in, the finding becomes a hint
    let old = std::fs::read_to_string(repo.join("legal-entities/exempelskolor-ab.yaml")).unwrap();
    let new = format!(
        "{old}{}",
        text.replace("approved_by: CHANGE-ME", "approved_by: maria")
    );
    c.open(&a, &old);
    c.change(&a, 2, &new);
    let d = c.diagnostics(&a, |d| {
        d.iter()
            .any(|d| d["code"] == "ORG-007" && d["severity"] == 4)
    });
    let hint = d.iter().find(|d| d["code"] == "ORG-007").unwrap();
    assert!(
        hint["message"]
            .as_str()
            .unwrap()
            .contains("waived: CHANGE-ME"),
        "{hint}"
    );
    assert_eq!(c.finish(), 0);
}

/// `text` with the LSP `edits` applied (positions in UTF-16 units, as the server sends them).
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap() as usize;
        let units = p["character"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut seen = 0;
        let rest = &text[start..];
        for (b, c) in rest.char_indices() {
            if seen >= units {
                return start + b;
            }
            seen += c.len_utf16();
        }
        text.len()
    };
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_owned();
    for (from, to, new) in spans {
        out.replace_range(from..to, new);
    }
    out
}

/// The position just after the first `marker` in `text`, on its line.
fn after(text: &str, marker: &str) -> Value {
    let at = text.find(marker).unwrap() + marker.len();
    let line = text[..at].matches('\n').count();
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let character = text[line_start..at].encode_utf16().count();
    json!({"line": line, "character": character})
}

fn complete(c: &mut Client, uri: &str, at: Value) -> Vec<Value> {
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": at}),
    );
    r["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{r}"))
        .clone()
}

fn labels(items: &[Value]) -> Vec<String> {
    let mut l: Vec<String> = items
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_owned())
        .collect();
    l.sort();
    l
}

/// Every `id:` of the Person documents of `people.yaml`, sorted.
fn person_ids(repo: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(repo.join("people.yaml")).unwrap();
    let mut ids: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("id: "))
        .map(|l| l.split('#').next().unwrap().trim().to_owned())
        .collect();
    ids.sort();
    ids
}

/// The schema `provkoll schema` prints.
fn schema() -> Value {
    serde_json::from_slice(&common::run(&["schema"]).1).unwrap()
}

#[test]
fn completion_offers_the_configured_ids_with_their_names_where_a_reference_goes() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let path = repo.join("legal-entities/exempelskolor-ab.yaml");
    let uri = uri_of(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    // `    issued_by: olof`: the value is a Person's id
    let items = complete(&mut c, &uri, after(&text, "issued_by: o"));
    assert_eq!(labels(&items), person_ids(&repo));
    let olof = items.iter().find(|i| i["label"] == "olof").unwrap();
    let name = olof["labelDetails"]["description"].as_str().unwrap();
    assert!(
        std::fs::read_to_string(repo.join("people.yaml"))
            .unwrap()
            .contains(&format!("id: olof\nname: {name}")),
        "{olof}"
    );
    assert!(olof["detail"].as_str().unwrap().starts_with("Person: "));
    // the edit replaces what is typed of the value, `o`
    let edit = &olof["textEdit"];
    assert_eq!(edit["newText"], "olof");
    assert_eq!(edit["range"]["end"], after(&text, "issued_by: o"));
    assert_eq!(
        edit["range"]["start"]["character"],
        after(&text, "issued_by: ")["character"]
    );
    // a school's legal entity is an org nr, written quoted, with the entity's name
    let school = repo.join("schools/vastra-dalen.yaml");
    let school_text = std::fs::read_to_string(&school).unwrap();
    let items = complete(
        &mut c,
        &uri_of(&school),
        after(&school_text, "legal_entity: \"5"),
    );
    assert_eq!(labels(&items), ["556999-8882", "556999-9997"]);
    let vast = items.iter().find(|i| i["label"] == "556999-8882").unwrap();
    assert_eq!(vast["labelDetails"]["description"], "Exempelskolor Väst AB");
    assert_eq!(vast["textEdit"]["newText"], "\"556999-8882\"");
    // a flow list of Person ids
    let items = complete(&mut c, &uri_of(&school), after(&school_text, "[karl, "));
    assert_eq!(labels(&items), person_ids(&repo));
    assert_eq!(c.finish(), 0);
}

#[test]
fn completion_offers_every_kind_and_the_values_of_an_enum() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let schema = schema();
    // a new file, not yet saved
    let uri = uri_of(&repo) + "/new.yaml";
    let text = "apiVersion: provkoll/v1\nkind: \n";
    c.open(&uri, text);
    let items = complete(&mut c, &uri, after(text, "kind: "));
    let mut kinds: Vec<String> = schema["properties"]["kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect();
    kinds.sort();
    assert_eq!(labels(&items), kinds);
    assert_eq!(kinds.len(), 9);
    // right after the colon, the blank YAML needs comes with the value
    let text = "apiVersion: provkoll/v1\nkind:\n";
    c.change(&uri, 2, text);
    let items = complete(&mut c, &uri, after(text, "kind:"));
    let school = items.iter().find(|i| i["label"] == "School").unwrap();
    assert_eq!(school["textEdit"]["newText"], " School");
    // a power of attorney's scope, in a list item, below a comment
    let text = "apiVersion: provkoll/v1\nkind: LegalEntity\norg_nr: \"556999-9997\"\nname: X\n\
                powers_of_attorney:\n  - holder: anders   # a comment\n    scope: \n";
    c.change(&uri, 3, text);
    let items = complete(&mut c, &uri, after(text, "scope: "));
    let mut scopes: Vec<String> = schema["$defs"]["PoaScope"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect();
    scopes.sort();
    assert_eq!(labels(&items), scopes);
    // where a key is being written, nothing
    let items = complete(&mut c, &uri, after(text, "    sco"));
    assert!(items.is_empty(), "{items:?}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn completion_documents_in_the_configured_language() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let uri = uri_of(&repo) + "/new.yaml";
    let text = "apiVersion: provkoll/v1\nkind: \n";
    for (lang, want) in [
        ("sv", "`kind: School`: en skolenhet."),
        ("en", "`kind: School`: a school unit (skolenhet)."),
    ] {
        let mut c = Client::start(&repo, json!({"asOf": common::AS_OF, "lang": lang}));
        c.open(&uri, text);
        let items = complete(&mut c, &uri, after(text, "kind: "));
        let school = items.iter().find(|i| i["label"] == "School").unwrap();
        assert_eq!(school["documentation"]["value"], want, "{lang}");
        assert_eq!(c.finish(), 0);
    }
}

#[test]
fn completion_answers_in_a_buffer_that_does_not_parse() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let path = repo.join("people.yaml");
    let uri = uri_of(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    c.open(&uri, &text);
    // a waiver being written below the people, its reason's list not yet closed
    let broken = format!(
        "{text}---\napiVersion: provkoll/v1\nkind: Waiver\nrule: ORG-0\nreason: [not closed\napproved_by: \"\"\n"
    );
    c.change(&uri, 2, &broken);
    c.diagnostics(&uri, |d| d.iter().any(|d| d["code"] == "yaml_syntax"));
    // the people of this very file are still offered, from the check before
    let items = complete(&mut c, &uri, after(&broken, "approved_by: \""));
    assert_eq!(labels(&items), person_ids(&repo));
    let anders = items.iter().find(|i| i["label"] == "anders").unwrap();
    // the opening quote the user typed and the closing one the editor added are replaced
    assert_eq!(anders["textEdit"]["newText"], "\"anders\"");
    let end = &anders["textEdit"]["range"]["end"];
    assert_eq!(
        end["character"],
        after(&broken, "approved_by: \"\"")["character"]
    );
    // a waiver's rule is a rule ID, with its title
    let items = complete(&mut c, &uri, after(&broken, "rule: ORG-0"));
    let org7 = items.iter().find(|i| i["label"] == "ORG-007").unwrap();
    let explain = common::run(&["explain", "ORG-007", "--format", "json"]).1;
    let rule: Value = serde_json::from_slice(&explain).unwrap();
    assert_eq!(org7["detail"], rule["title"]);
    assert_eq!(c.finish(), 0);
}

/// The quick fixes offered for the diagnostics of `uri` with `code`, each with its edits.
/// Open `path` as it is, then edit it with `change` (which must change it), wait for a `code`
/// diagnostic, and apply the one quick fix offered for it: the broken text, the fixed text and
/// the action.
fn break_and_fix(
    c: &mut Client,
    path: &Path,
    change: (&str, &str),
    code: &str,
) -> (String, String, Value) {
    let uri = uri_of(path);
    let text = std::fs::read_to_string(path).unwrap();
    c.open(&uri, &text);
    let broken = text.replace(change.0, change.1);
    assert_ne!(broken, text);
    c.change(&uri, 2, &broken);
    let d = c.diagnostics(&uri, |d| d.iter().any(|d| d["code"] == code));
    let actions = fixes_for(c, &uri, &d, code);
    assert_eq!(actions.len(), 1, "{actions:?}");
    let fixed = apply(
        &broken,
        actions[0]["edit"]["changes"][&uri].as_array().unwrap(),
    );
    (broken, fixed, actions[0].clone())
}

fn fixes_for(c: &mut Client, uri: &str, d: &[Value], code: &str) -> Vec<Value> {
    let of: Vec<Value> = d.iter().filter(|d| d["code"] == code).cloned().collect();
    assert!(!of.is_empty(), "no {code} in {d:?}");
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": of[0]["range"], "context": {"diagnostics": of}}),
    );
    r["result"].as_array().unwrap().clone()
}

#[test]
fn a_number_where_a_code_goes_is_quoted_by_a_quick_fix() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let path = repo.join("schools/vastra-dalen.yaml");
    let uri = uri_of(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    // YAML reads an unquoted code as a number: its leading zero would be lost
    let (_, fixed, action) = break_and_fix(
        &mut c,
        &path,
        (
            "school_unit_code: \"80002202\"",
            "school_unit_code: 08002202",
        ),
        "schema.wrong_type",
    );
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(
        fixed,
        text.replace(
            "school_unit_code: \"80002202\"",
            "school_unit_code: \"08002202\""
        )
    );
    c.change(&uri, 3, &fixed);
    let d = c.diagnostics(&uri, |d| {
        !d.iter().any(|d| d["code"] == "schema.wrong_type")
    });
    assert!(
        !d.iter()
            .any(|d| d["code"].as_str().unwrap().starts_with("schema.")),
        "{d:?}"
    );
    // a number where a date goes is not a code: quoting it would not make it a date
    let people = repo.join("people.yaml");
    let people_uri = uri_of(&people);
    let text = std::fs::read_to_string(&people).unwrap();
    let date = text.replace("employment_end: 2029-08-31", "employment_end: 20290831");
    assert_ne!(date, text);
    c.open(&people_uri, &date);
    let d = c.diagnostics(&people_uri, |d| {
        d.iter().any(|d| d["code"] == "schema.wrong_type")
    });
    assert_eq!(
        fixes_for(&mut c, &people_uri, &d, "schema.wrong_type"),
        Vec::<Value>::new()
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_missing_required_key_is_added_with_a_placeholder_by_a_quick_fix() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let path = repo.join("legal-entities/exempelskolor-ab.yaml");
    let uri = uri_of(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    // greta's power of attorney loses its holder: a required Person id
    let (broken, fixed, _) = break_and_fix(
        &mut c,
        &path,
        (
            "  - holder: greta\n    scope: transfer",
            "  - scope: transfer",
        ),
        "schema.missing_field",
    );
    // at the item's indentation, below its last entry
    assert_eq!(
        fixed,
        broken.replace(
            "    valid_from: 2026-08-24\n    valid_until: 2028-06-30\n",
            "    valid_from: 2026-08-24\n    valid_until: 2028-06-30\n    holder: CHANGE-ME\n"
        )
    );
    c.change(&uri, 3, &fixed);
    // the schema error is gone; the placeholder is a finding until it is filled in
    let d = c.diagnostics(&uri, |d| d.iter().any(|d| d["code"] == "DATA-004"));
    assert!(
        !d.iter().any(|d| d["code"] == "schema.missing_field"),
        "{d:?}"
    );
    // a missing enum value is a choice: no fix
    let no_scope = text.replace(
        "  - holder: greta\n    scope: transfer\n",
        "  - holder: greta\n",
    );
    assert_ne!(no_scope, text);
    c.change(&uri, 4, &no_scope);
    let d = c.diagnostics(&uri, |d| {
        d.iter().any(|d| d["code"] == "schema.missing_field")
    });
    assert_eq!(
        fixes_for(&mut c, &uri, &d, "schema.missing_field"),
        Vec::<Value>::new()
    );
    // a document's own key goes at the end of the document, below its last nested block
    let no_name = text.replace("name: Exempelskolor AB\n", "");
    assert_ne!(no_name, text);
    c.change(&uri, 5, &no_name);
    let d = c.diagnostics(&uri, |d| {
        d.iter().any(|d| d["code"] == "schema.missing_field")
    });
    let actions = fixes_for(&mut c, &uri, &d, "schema.missing_field");
    assert_eq!(actions.len(), 1, "{actions:?}");
    let fixed = apply(
        &no_name,
        actions[0]["edit"]["changes"][&uri].as_array().unwrap(),
    );
    assert_eq!(fixed, format!("{no_name}name: CHANGE-ME\n"));
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_missing_key_of_a_flow_mapping_is_added_inside_its_braces() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF}));
    let path = repo.join("processors/larplattan.yaml");
    let uri = uri_of(&path);
    let (broken, fixed, _) = break_and_fix(
        &mut c,
        &path,
        (
            "{ name: Molnexempel Ireland Ltd, locations: [IE] }",
            "{ locations: [IE] }",
        ),
        "schema.missing_field",
    );
    assert_eq!(
        fixed,
        broken.replace(
            "{ locations: [IE] }",
            "{ locations: [IE], name: CHANGE-ME }"
        )
    );
    c.change(&uri, 3, &fixed);
    let d = c.diagnostics(&uri, |d| d.iter().any(|d| d["code"] == "DATA-004"));
    assert!(
        !d.iter().any(|d| d["code"] == "schema.missing_field"),
        "{d:?}"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_server_configured_in_swedish_speaks_swedish_about_a_broken_buffer_and_its_fix() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let mut c = Client::start(&repo, json!({"asOf": common::AS_OF, "lang": "sv"}));
    let path = repo.join("schools/vastra-dalen.yaml");
    let (_, _, action) = break_and_fix(
        &mut c,
        &path,
        (
            "school_unit_code: \"80002202\"",
            "school_unit_code: 08002202",
        ),
        "schema.wrong_type",
    );
    // the code-action menu's title, in the server's language
    assert_eq!(
        action["title"],
        "Sätt talet inom citattecken så att det står kvar som det är skrivet"
    );
    let uri = uri_of(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    c.change(&uri, 3, &text.replace("name:", "nmae:"));
    let d = c.diagnostics(&uri, |d| {
        d.iter().any(|d| d["code"] == "schema.unknown_field")
    });
    let message = d
        .iter()
        .find(|d| d["code"] == "schema.unknown_field")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.starts_with(
            "okänt fält `nmae` (inget fält som hör hit)\nhjälp: fälten här är: id, name,"
        ),
        "{message}"
    );
    assert_eq!(c.finish(), 0);
}
