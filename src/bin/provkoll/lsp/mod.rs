//! `provkoll lsp`: a Language Server Protocol server over stdio, on the same pipeline as
//! `check` (the server adds only the protocol). One thread answers messages in order; a check
//! runs on it, rayon-parallel inside, after the queued messages are drained, so a burst of edits
//! costs one check of the newest text.

mod actions;
mod completion;
mod diagnostics;
mod features;
mod fixes;
mod position;
mod refs;
mod settings;
mod workspace;

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::Duration;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeConfiguration, DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument,
    DidOpenTextDocument, DidSaveTextDocument, LogMessage, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, GotoDefinition, HoverRequest, References,
    Request as _,
};
use lsp_types::{
    CodeActionParams, CodeActionProviderCapability, CompletionOptions, CompletionParams,
    CompletionResponse, DocumentSymbolParams, DocumentSymbolResponse, GotoDefinitionParams,
    GotoDefinitionResponse, Hover, HoverContents, HoverParams, HoverProviderCapability,
    InitializeParams, LogMessageParams, MarkupContent, MarkupKind, MessageType, OneOf, Position,
    PublishDiagnosticsParams, ReferenceParams, SaveOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Url,
};
use provkoll::base::VERSION;
use provkoll::base::problem::P;
use provkoll::base::source::FileId;
use provkoll::check::{self, CheckOptions, Checked, Reuse};
use provkoll::config::settings::{self as file_settings, Lookup};
use provkoll::pack::{Pack, PackSource};
use serde_json::Value;

use self::settings::Settings;
use self::workspace::Workspace;

/// How long the server waits after an edit for the next one before it checks: typing sends a
/// change per key, and checking each would only be superseded.
const DEBOUNCE: Duration = Duration::from_millis(10);

/// A request that makes the server panic, for the test that it survives one. Answered only when
/// the variable below is set, so a client can never crash a server by accident.
const CRASH: &str = "provkoll/crash";
const CRASH_ALLOWED: &str = "PROVKOLL_LSP_ALLOW_CRASH";

/// How a session ended.
pub enum Ended {
    /// `shutdown`, then `exit`: exit 0.
    Orderly,
    /// `exit` without `shutdown`, or the client went away: exit 1, as the protocol asks.
    Abrupt,
}

/// Serve one client on stdin and stdout until it says `exit`. `Err` when the session could not
/// start (a broken pack, a malformed `initialize`), with the reason.
pub fn serve(pack: &PackSource) -> Result<Ended, String> {
    let (conn, io) = Connection::stdio();
    let ended = session(conn, pack);
    // the writer thread ends once the connection is dropped, after the last message is out
    io.join()
        .map_err(|e| format!("the connection failed: {e}"))?;
    ended
}

fn session(conn: Connection, source: &PackSource) -> Result<Ended, String> {
    let (id, params) = conn
        .initialize_start()
        .map_err(|e| format!("no initialize: {e}"))?;
    let params: InitializeParams = match serde_json::from_value(params) {
        Ok(p) => p,
        Err(e) => {
            let message = format!("malformed initialize: {e}");
            refuse(&conn, id, message.clone());
            return Err(message);
        }
    };
    // provkoll.toml gives the defaults and the local rules, as on the command line; a broken
    // one is named in the log, and the workspace is checked without it rather than not at all
    let root = root_of(&params);
    let (file, broken) = match file_settings::resolve(&Lookup::Find, std::slice::from_ref(&root)) {
        Ok(file) => (file, None),
        Err(b) => (None, Some(b)),
    };
    // the editor's choices first: a broken pack is refused in the language asked for
    let mut settings = Settings::from_file(file.as_ref());
    let ignored = params
        .initialization_options
        .as_ref()
        .map(|o| settings.merge(o))
        .unwrap_or_default();
    let pack = match Pack::load(
        &source
            .clone()
            .with_extras(file.iter().flat_map(|f| f.policies_extra.iter().cloned())),
    ) {
        Ok(p) => p,
        Err(problems) => {
            let lang = settings.lang;
            let message = problems
                .iter()
                .map(|p| p.message(lang))
                .collect::<Vec<_>>()
                .join("; ");
            let message = P::PackBroken.msg().arg("problems", message).render(lang);
            refuse(&conn, id, message.clone());
            return Err(message);
        }
    };
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo { name: "provkoll".into(), version: Some(VERSION.into()) },
    });
    conn.initialize_finish(id, result)
        .map_err(|e| format!("initialize failed: {e}"))?;
    let mut server = Server {
        workspace: Workspace::new(root, file.map(|f| f.exclude).unwrap_or_default()),
        conn,
        pack,
        settings,
        last: None,
        reuse: Reuse::default(),
        known: completion::Known::default(),
        published: BTreeMap::new(),
        unplaced: Vec::new(),
        dirty: true,
        shutdown: false,
    };
    server.warn_ignored(&ignored);
    if let Some(b) = broken {
        server.warn_broken_settings(&b);
    }
    Ok(server.run())
}

fn refuse(conn: &Connection, id: RequestId, message: String) {
    let _ = conn
        .sender
        .send(Response::new_err(id, ErrorCode::InternalError as i32, message).into());
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        // the whole text per change: a configuration file is small, and a check reads it whole
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            // a value starts after `key: `, a quote, or in a flow list after `[` or `,`
            trigger_characters: Some([" ", "\"", "'", "[", ","].map(str::to_owned).to_vec()),
            ..CompletionOptions::default()
        }),
        ..ServerCapabilities::default()
    }
}

/// The folder to check: the first workspace folder, else the root URI, else where the server
/// was started. Canonical, so the paths the check reads compare with the paths of URIs.
fn root_of(params: &InitializeParams) -> PathBuf {
    #[allow(deprecated)] // `root_uri` is what clients without workspace folders still send
    let uri = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri)
        .or(params.root_uri.as_ref());
    let root = uri
        .and_then(|u| u.to_file_path().ok())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."));
    canonical(root)
}

/// The path of an editor's buffer, as the workspace keys it.
fn buffer_path(uri: &Url) -> Option<PathBuf> {
    let path = uri.to_file_path().ok()?;
    // a file not yet saved has no canonical path: its folder has
    Some(match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => canonical(dir.to_path_buf()).join(name),
        _ => path,
    })
}

fn canonical(path: PathBuf) -> PathBuf {
    std::fs::canonicalize(&path).unwrap_or(path)
}

struct Server {
    conn: Connection,
    workspace: Workspace,
    pack: Pack,
    settings: Settings,
    /// The last check: what hovers and the outline answer from.
    last: Option<Checked>,
    /// Each file as the last check loaded it: an edit parses the edited file again, not all.
    reuse: Reuse,
    /// The ids the checks so far defined, for completion in a file that no longer parses.
    known: completion::Known,
    /// What the last check published, by file: a file not in the next gets an empty list.
    published: BTreeMap<Url, Vec<lsp_types::Diagnostic>>,
    /// What the last check could place nowhere, logged once.
    unplaced: Vec<String>,
    /// Something changed since the last check.
    dirty: bool,
    shutdown: bool,
}

impl Server {
    fn run(&mut self) -> Ended {
        loop {
            if self.dirty {
                self.recheck();
            }
            let Ok(first) = self.conn.receiver.recv() else {
                return Ended::Abrupt;
            };
            let mut batch = vec![first];
            // drain what is queued, and while edits keep coming, wait for the next one
            loop {
                let waiting = batch.iter().any(is_edit);
                let next = if waiting {
                    self.conn.receiver.recv_timeout(DEBOUNCE).ok()
                } else {
                    self.conn.receiver.try_recv().ok()
                };
                match next {
                    Some(m) => batch.push(m),
                    None => break,
                }
            }
            let cancelled: BTreeSet<RequestId> = batch.iter().filter_map(cancelled_id).collect();
            for msg in batch {
                match msg {
                    Message::Request(req) if cancelled.contains(&req.id) => {
                        self.answer(Response::new_err(
                            req.id,
                            ErrorCode::RequestCanceled as i32,
                            "cancelled".into(),
                        ));
                    }
                    Message::Request(req) => self.request(req),
                    Message::Notification(n) if n.method == "exit" => {
                        return if self.shutdown {
                            Ended::Orderly
                        } else {
                            Ended::Abrupt
                        };
                    }
                    Message::Notification(n) => self.notification(n),
                    Message::Response(_) => {}
                }
            }
        }
    }

    fn request(&mut self, req: Request) {
        if req.method == "shutdown" {
            self.shutdown = true;
            self.answer(Response::new_ok(req.id, ()));
            return;
        }
        if self.shutdown {
            self.answer(Response::new_err(
                req.id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".into(),
            ));
            return;
        }
        // an answer is about the text as the editor has it now
        if self.dirty {
            self.recheck();
        }
        let id = req.id.clone();
        let method = req.method.clone();
        let response = match catch_unwind(AssertUnwindSafe(|| self.answer_request(req))) {
            Ok(r) => r,
            Err(payload) => {
                let why = panic_text(payload.as_ref());
                self.log(
                    MessageType::ERROR,
                    format!("provkoll: {method} failed: {why}"),
                );
                Response::new_err(
                    id,
                    ErrorCode::InternalError as i32,
                    format!("internal error: {why}"),
                )
            }
        };
        self.answer(response);
    }

    fn answer_request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        match req.method.as_str() {
            HoverRequest::METHOD => match serde_json::from_value::<HoverParams>(req.params) {
                Ok(p) => Response::new_ok(id, self.hover(&p)),
                Err(e) => bad_params(id, &e),
            },
            DocumentSymbolRequest::METHOD => {
                match serde_json::from_value::<DocumentSymbolParams>(req.params) {
                    Ok(p) => Response::new_ok(id, self.symbols(&p.text_document.uri)),
                    Err(e) => bad_params(id, &e),
                }
            }
            GotoDefinition::METHOD => {
                match serde_json::from_value::<GotoDefinitionParams>(req.params) {
                    Ok(p) => {
                        let at = &p.text_document_position_params;
                        let found = self
                            .place(&at.text_document.uri, at.position)
                            .map(|(c, file, byte)| refs::definition(c, file, byte))
                            .unwrap_or_default();
                        Response::new_ok(id, GotoDefinitionResponse::Array(found))
                    }
                    Err(e) => bad_params(id, &e),
                }
            }
            References::METHOD => match serde_json::from_value::<ReferenceParams>(req.params) {
                Ok(p) => {
                    let at = &p.text_document_position;
                    let with = p.context.include_declaration;
                    let found = self
                        .place(&at.text_document.uri, at.position)
                        .map(|(c, file, byte)| refs::references(c, file, byte, with))
                        .unwrap_or_default();
                    Response::new_ok(id, found)
                }
                Err(e) => bad_params(id, &e),
            },
            CodeActionRequest::METHOD => {
                match serde_json::from_value::<CodeActionParams>(req.params) {
                    Ok(p) => {
                        let found = self
                            .place(&p.text_document.uri, p.range.start)
                            .map(|(c, file, _)| {
                                let mut found =
                                    fixes::of(c, file, &p.context.diagnostics, self.settings.lang);
                                found.extend(actions::waive(
                                    c,
                                    file,
                                    &p.context.diagnostics,
                                    self.settings.as_of(),
                                    self.settings.lang,
                                ));
                                found
                            })
                            .unwrap_or_default();
                        Response::new_ok(id, found)
                    }
                    Err(e) => bad_params(id, &e),
                }
            }
            Completion::METHOD => match serde_json::from_value::<CompletionParams>(req.params) {
                Ok(p) => {
                    let at = &p.text_document_position;
                    let items = self
                        .text_of(&at.text_document.uri)
                        .map(|text| {
                            completion::complete(
                                &text,
                                at.position,
                                &self.known,
                                &self.pack.catalogue,
                                self.settings.lang,
                            )
                        })
                        .unwrap_or_default();
                    Response::new_ok(id, CompletionResponse::Array(items))
                }
                Err(e) => bad_params(id, &e),
            },
            CRASH if std::env::var_os(CRASH_ALLOWED).is_some() => crash(),
            _ => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("provkoll does not answer {}", req.method),
            ),
        }
    }

    /// The last run, the file of `uri` in it, and the byte `at` names.
    fn place(&self, uri: &Url, at: Position) -> Option<(&Checked, FileId, usize)> {
        let checked = self.last.as_ref()?;
        let path = canonical(uri.to_file_path().ok()?);
        let file = features::file_at(checked, &path)?;
        let source = checked.report.sources.get(file)?;
        Some((checked, file, position::byte_of(source, at)))
    }

    /// The text of `uri` as the editor has it: its buffer, else the file as last checked.
    fn text_of(&self, uri: &Url) -> Option<String> {
        let path = buffer_path(uri)?;
        if let Some(text) = self.workspace.text(&path) {
            return Some(text.to_owned());
        }
        let checked = self.last.as_ref()?;
        let file = features::file_at(checked, &path)?;
        Some(checked.report.sources.get(file)?.text.to_string())
    }

    fn hover(&self, p: &HoverParams) -> Option<Hover> {
        let at = &p.text_document_position_params;
        let (checked, file, byte) = self.place(&at.text_document.uri, at.position)?;
        // a diagnostic's explanation first; else what a reference refers to
        let value =
            features::hover(checked, file, at.position, self.settings.lang).or_else(|| {
                let defs = refs::definitions(checked);
                let found = refs::defined_at(checked, &defs, file, byte);
                (!found.is_empty()).then(|| {
                    found
                        .iter()
                        .map(|d| d.summary(checked, self.settings.lang))
                        .collect::<Vec<_>>()
                        .join("\n\n")
                })
            })?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value,
            }),
            range: None,
        })
    }

    fn symbols(&self, uri: &Url) -> Option<DocumentSymbolResponse> {
        let checked = self.last.as_ref()?;
        let path = canonical(uri.to_file_path().ok()?);
        let file = features::file_at(checked, &path)?;
        Some(DocumentSymbolResponse::Nested(features::symbols(
            checked, file,
        )))
    }

    fn notification(&mut self, n: Notification) {
        let method = n.method.clone();
        if let Err(payload) = catch_unwind(AssertUnwindSafe(|| self.take_notification(n))) {
            let why = panic_text(payload.as_ref());
            self.log(
                MessageType::ERROR,
                format!("provkoll: {method} failed: {why}"),
            );
        }
    }

    fn take_notification(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                {
                    self.buffer(&p.text_document.uri, p.text_document.text);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(mut p) = n.extract::<lsp_types::DidChangeTextDocumentParams>(
                    DidChangeTextDocument::METHOD,
                ) {
                    // full sync: the last change holds the whole text
                    if let Some(change) = p.content_changes.pop() {
                        self.buffer(&p.text_document.uri, change.text);
                    }
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                {
                    if let Ok(path) = p.text_document.uri.to_file_path() {
                        self.workspace.close(&canonical(path));
                        self.dirty = true;
                    }
                }
            }
            DidSaveTextDocument::METHOD | DidChangeWatchedFiles::METHOD => {
                self.workspace.disk_changed();
                self.dirty = true;
            }
            DidChangeConfiguration::METHOD => {
                if let Ok(p) = n.extract::<lsp_types::DidChangeConfigurationParams>(
                    DidChangeConfiguration::METHOD,
                ) {
                    let ignored = self.settings.merge(&p.settings);
                    self.warn_ignored(&ignored);
                    self.dirty = true;
                }
            }
            _ => {}
        }
    }

    /// The editor's text of `uri`, if it is a file of the workspace.
    fn buffer(&mut self, uri: &Url, text: String) {
        let Some(path) = buffer_path(uri) else {
            return;
        };
        if self.workspace.holds(&path) && self.workspace.open(path, text) {
            self.dirty = true;
        }
    }

    /// Check the workspace and publish what changed. A panic inside the check is logged, the
    /// published diagnostics stay, and hovers wait for the next check.
    fn recheck(&mut self) {
        self.dirty = false;
        let opts = CheckOptions::new(self.settings.as_of());
        let inputs = self.workspace.inputs();
        // the old run is not kept through the new one: the peak would hold two workspaces
        self.last = None;
        let (pack, reuse) = (&self.pack, &mut self.reuse);
        match catch_unwind(AssertUnwindSafe(|| {
            check::run_reusing(pack, inputs, &opts, reuse)
        })) {
            Ok(mut checked) => {
                // nothing here asks for a timeline: the text of every string need not wait
                // for the next edit
                checked.drop_input();
                self.publish(&checked);
                self.known.update(&checked);
                self.last = Some(checked);
            }
            Err(payload) => {
                // what a check that failed half-way left in the cache is not trusted
                self.reuse = Reuse::default();
                let why = panic_text(payload.as_ref());
                self.log(
                    MessageType::ERROR,
                    format!("provkoll: the check failed: {why}"),
                );
            }
        }
    }

    /// Send what changed since the last check: an edit in one file of thousands sends the
    /// files whose diagnostics moved, not all of them again.
    fn publish(&mut self, checked: &Checked) {
        let shown = diagnostics::of(checked, self.settings.fail_on, self.settings.lang);
        let cleared: Vec<Url> = self
            .published
            .keys()
            .filter(|u| !shown.by_uri.contains_key(*u))
            .cloned()
            .collect();
        for uri in cleared {
            self.send_diagnostics(uri, Vec::new());
        }
        for (uri, diagnostics) in &shown.by_uri {
            if self.published.get(uri) != Some(diagnostics) {
                self.send_diagnostics(uri.clone(), diagnostics.clone());
            }
        }
        self.published = shown.by_uri;
        if shown.unplaced != self.unplaced {
            for line in &shown.unplaced {
                self.log(MessageType::WARNING, format!("provkoll: {line}"));
            }
            self.unplaced = shown.unplaced;
        }
    }

    fn send_diagnostics(&self, uri: Url, diagnostics: Vec<lsp_types::Diagnostic>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: None,
        };
        self.notify(PublishDiagnostics::METHOD, params);
    }

    /// Each problem of a provkoll.toml that could not be used, in the client's log.
    fn warn_broken_settings(&self, broken: &file_settings::Broken) {
        for p in &broken.problems {
            let file = p.file.and_then(|f| broken.sources.get(f));
            let place = match (file, p.span) {
                (Some(f), Some(s)) => {
                    format!("{}:{}:{}: ", f.display, s.start.line, s.start.column)
                }
                (Some(f), None) => format!("{}: ", f.display),
                _ => String::new(),
            };
            self.log(
                MessageType::WARNING,
                format!(
                    "provkoll: {place}{}; the workspace is checked without provkoll.toml",
                    p.message(self.settings.lang)
                ),
            );
        }
    }

    fn warn_ignored(&self, ignored: &[String]) {
        for what in ignored {
            self.log(
                MessageType::WARNING,
                format!("provkoll: setting not understood, ignored: {what} (asOf: YYYY-MM-DD, failOn: error|warning|info, lang: sv|en)"),
            );
        }
    }

    fn log(&self, typ: MessageType, message: String) {
        self.notify(LogMessage::METHOD, LogMessageParams { typ, message });
    }

    fn notify(&self, method: &str, params: impl serde::Serialize) {
        // the client is gone when this fails; the loop ends at the next receive
        let _ = self
            .conn
            .sender
            .send(Notification::new(method.to_owned(), params).into());
    }

    fn answer(&self, response: Response) {
        let _ = self.conn.sender.send(response.into());
    }
}

/// Whether a message is an edit: after one, the server waits a moment for the next.
fn is_edit(m: &Message) -> bool {
    matches!(m, Message::Notification(n) if n.method == DidChangeTextDocument::METHOD)
}

fn cancelled_id(m: &Message) -> Option<RequestId> {
    match m {
        Message::Notification(n) if n.method == "$/cancelRequest" => match n.params.get("id")? {
            Value::Number(n) => n
                .as_i64()
                .and_then(|i| i32::try_from(i).ok())
                .map(RequestId::from),
            Value::String(s) => Some(RequestId::from(s.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn bad_params(id: RequestId, e: &serde_json::Error) -> Response {
    Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string())
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_owned())
}

#[allow(clippy::panic)] // the point: the test that a panic in a request leaves the server up
fn crash() -> Response {
    panic!("provkoll/crash was asked for")
}
