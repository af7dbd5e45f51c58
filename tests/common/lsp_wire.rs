//! The language server's wire: JSON-RPC messages with Content-Length framing, as an editor
//! writes and reads them. Shared by the protocol tests and the server's benchmark.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // each user takes a part; failures are loud

use std::io::{BufRead, BufReader, Read, Write};
use std::process::ChildStdout;
use std::sync::mpsc::{Receiver, channel};

use serde_json::Value;

/// Every message the server writes, in order, on a channel (a thread reads them).
pub fn incoming(stdout: ChildStdout) -> Receiver<Value> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(stdout);
        loop {
            let mut length = None;
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(n) = line.strip_prefix("Content-Length: ") {
                    length = n.parse::<usize>().ok();
                }
            }
            let mut body = vec![0; length.expect("a Content-Length header")];
            r.read_exact(&mut body).unwrap();
            if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        }
    });
    rx
}

/// `msgs` framed and written in one write, so the server finds them queued together.
pub fn write(to: &mut impl Write, msgs: &[Value]) {
    let mut all = Vec::new();
    for m in msgs {
        let body = m.to_string();
        write!(all, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    }
    to.write_all(&all).unwrap();
    to.flush().unwrap();
}
