//! `cargo bench --bench lsp`: `provkoll lsp` as an editor meets it. A generated repo of 1,000 or
//! 10,000 schools (`generator.rs`) is opened as the workspace; each iteration makes a
//! one-character edit in one legal entity's file (a power of attorney's `valid_until` moves
//! from 2028 to 2026 and back, so its diagnostics change every time) and waits for that file's
//! diagnostics. After the group, the server's peak resident memory (`VmHWM`) is printed.
//!
//! `PROVKOLL_BENCH_SIZES=1000` picks the sizes (default `1000,10000`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a bench fails loudly
#![allow(missing_docs)]

mod generator;
#[path = "../tests/common/lsp_wire.rs"]
mod lsp_wire;

use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use criterion::Criterion;
use serde_json::{Value, json};

/// Not a speed assertion: how long to wait for a message before the bench gives up.
const DEADLINE: Duration = Duration::from_secs(120);

struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Server {
    fn start(root: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_provkoll"))
            .arg("lsp")
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let incoming = lsp_wire::incoming(child.stdout.take().unwrap());
        let stdin = child.stdin.take().unwrap();
        let mut s = Server {
            child,
            stdin,
            incoming,
            next_id: 0,
        };
        let uri = uri_of(root);
        s.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri,
                "workspaceFolders": [{"uri": uri, "name": "repo"}],
                "capabilities": {},
                "initializationOptions": {"asOf": generator::AS_OF},
            }),
        );
        s.notify("initialized", json!({}));
        s
    }

    fn send(&mut self, msg: &Value) {
        lsp_wire::write(&mut self.stdin, std::slice::from_ref(msg));
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// A request, answered after every message sent before it (the server takes them in
    /// order and checks before it answers).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.incoming.recv_timeout(DEADLINE).unwrap();
            if m.get("id") == Some(&json!(id)) && m.get("method").is_none() {
                return m;
            }
        }
    }

    /// Wait for the diagnostics of `uri`; what was published for other files is passed over.
    fn diagnostics_of(&self, uri: &str) -> Vec<Value> {
        loop {
            let m = self.incoming.recv_timeout(DEADLINE).unwrap();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    /// The server's peak resident memory in kB, from `/proc`.
    fn peak_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    fn stop(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let _ = self.child.wait();
    }
}

fn uri_of(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The edited file: the first legal entity's, whose power of attorney runs to 2028-06-30.
fn edited(root: &Path) -> (std::path::PathBuf, String) {
    let mut files: Vec<_> = std::fs::read_dir(root.join("legal-entities"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .find_map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            text.contains("valid_until: 2028-06-30")
                .then_some((p, text))
        })
        .expect("a power of attorney valid until 2028-06-30")
}

fn bench_size(c: &mut Criterion, schools: usize) {
    // not hidden (tempdir's default is `.tmp…`): discovery skips hidden folders as git tools do
    let dir = tempfile::Builder::new()
        .prefix("provkoll-bench-")
        .tempdir()
        .unwrap();
    let root = dir.path().canonicalize().unwrap();
    generator::generate(schools, generator::SEED)
        .write(&root)
        .unwrap();
    let (path, text) = edited(&root);
    let uri = uri_of(&path);
    // 2028 -> 2026: one character; the power of attorney has expired as of the bench's date
    let texts = [
        text.clone(),
        text.replacen("valid_until: 2028-06-30", "valid_until: 2026-06-30", 1),
    ];
    let mut server = Server::start(&root);
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 0, "text": text}}),
    );
    // answered once the first check of the workspace is done
    server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let mut version = 0;
    let mut g = c.benchmark_group(format!("lsp_{schools}_schools"));
    g.sample_size(10);
    g.bench_function("edit_to_diagnostics", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                version += 1;
                let text = &texts[version % 2];
                let t = Instant::now();
                server.notify(
                    "textDocument/didChange",
                    json!({
                        "textDocument": {"uri": uri, "version": version},
                        "contentChanges": [{"text": text}],
                    }),
                );
                let diagnostics = server.diagnostics_of(&uri);
                total += t.elapsed();
                let expired = diagnostics.iter().any(|d| d["code"] == "ORG-005");
                assert_eq!(expired, version % 2 == 1, "ORG-005 follows the edit");
            }
            total
        })
    });
    g.finish();
    match server.peak_kb() {
        Some(kb) => eprintln!(
            "provkoll lsp, {schools} schools: peak resident memory {} MB",
            kb / 1024
        ),
        None => eprintln!("provkoll lsp, {schools} schools: no /proc to read the peak from"),
    }
    server.stop();
}

fn main() {
    let sizes: Vec<usize> = std::env::var("PROVKOLL_BENCH_SIZES")
        .unwrap_or_else(|_| "1000,10000".into())
        .split(',')
        .map(|s| s.trim().parse().expect("PROVKOLL_BENCH_SIZES: numbers"))
        .collect();
    let mut c = Criterion::default().configure_from_args();
    for n in sizes {
        bench_size(&mut c, n);
    }
    c.final_summary();
}
