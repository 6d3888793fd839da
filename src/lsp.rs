//! `mtlint lsp`: a language server over standard input and output.
//!
//! Synchronous and single-threaded: one message is read, handled and answered at a time. The
//! framing (`Content-Length` headers) is read here, bounded, so that malformed input is
//! answered with a JSON-RPC error instead of stopping the server; the message types are
//! `lsp-server`'s and the protocol types `lsp-types`'.
//!
//! Documents are fully synchronized (the client sends the whole text on every change). Each
//! open document is checked on open, change and save, and its findings are published as
//! diagnostics with UTF-16 positions. Code actions replace a finding with one of its ranked
//! suggestions or insert the format's `mtlint: ignore[rule]` comment; a hover over a finding
//! explains its rule.

use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde_json::{Value, json};

use crate::app::{self, ExitStatus};
use crate::cli::CheckArgs;
use crate::diagnostic::{Diagnostic, FixSafety, Severity};
use crate::error::Error;
use crate::line_index::LineIndex;
use crate::lint::Engine;
use crate::matcher::MatcherOptions;
use crate::rules::RuleSet;
use crate::settings::{self, Settings};
use crate::source::InputFormat;

/// The longest header line read; longer ones are cut and ignored.
const MAX_HEADER_LINE: u64 = 8 * 1024;
/// The largest message body accepted; larger ones are skipped and answered with an error.
const MAX_BODY: usize = 64 * 1024 * 1024;

/// Serves the protocol on `input` and `out` until `exit` or the end of `input`; problems that
/// do not stop the server are logged on `err`. Exit status 0 after `shutdown` then `exit`,
/// 1 after an `exit` without `shutdown` or when `input` ends first (as the protocol asks).
///
/// # Errors
/// Reading `input` or writing `out` failed.
pub fn serve(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitStatus> {
    let mut server = Server {
        out,
        err,
        state: None,
        docs: HashMap::new(),
        shutdown: false,
    };
    loop {
        let text = match read_frame(input)? {
            Frame::Eof => return Ok(ExitStatus::Failure),
            Frame::Bad(why) => {
                server.log(&format!("unreadable message: {why}"))?;
                server.raw_error(Value::Null, ErrorCode::ParseError, &why)?;
                continue;
            }
            Frame::Body(text) => text,
        };
        let value: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                let why = format!("message is not JSON: {e}");
                server.raw_error(Value::Null, ErrorCode::ParseError, &why)?;
                continue;
            }
        };
        let id = value.get("id").cloned().unwrap_or(Value::Null);
        if !value.is_object() {
            // Serde would read an array as a struct's fields in order.
            let why = "a JSON-RPC message is a JSON object";
            server.raw_error(id, ErrorCode::InvalidRequest, why)?;
            continue;
        }
        let message: Message = match serde_json::from_value(value) {
            Ok(m) => m,
            Err(e) => {
                let why = format!("not a JSON-RPC request, response or notification: {e}");
                server.raw_error(id, ErrorCode::InvalidRequest, &why)?;
                continue;
            }
        };
        match message {
            Message::Request(req) => server.request(req)?,
            Message::Notification(n) if n.method == "exit" => {
                return Ok(if server.shutdown {
                    ExitStatus::Success
                } else {
                    ExitStatus::Failure
                });
            }
            Message::Notification(n) => server.notification(n)?,
            // The server sends no requests, so responses are not expected; drop them.
            Message::Response(_) => {}
        }
    }
}

/// One framed message, or why there is none.
enum Frame {
    Body(String),
    Bad(String),
    Eof,
}

/// Reads one `Content-Length`-framed message body.
fn read_frame(input: &mut dyn BufRead) -> std::io::Result<Frame> {
    let mut length: Option<Result<usize, String>> = None;
    let mut seen_header = false;
    loop {
        let mut line = Vec::new();
        let n = (&mut *input)
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            return Ok(Frame::Eof);
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if seen_header {
                break;
            }
            continue;
        }
        seen_header = true;
        if let Some((name, value)) = line.split_once(':') {
            // `ends_with`: after a body without its header, the next header follows the body
            // on the same line; this finds it again.
            if name.trim().to_ascii_lowercase().ends_with("content-length") {
                length = Some(
                    value
                        .trim()
                        .parse()
                        .map_err(|_| format!("bad Content-Length `{}`", value.trim())),
                );
            }
        }
    }
    let length = match length {
        None => return Ok(Frame::Bad("no Content-Length header".into())),
        Some(Err(why)) => return Ok(Frame::Bad(why)),
        Some(Ok(n)) => n,
    };
    if length > MAX_BODY {
        std::io::copy(&mut (&mut *input).take(length as u64), &mut std::io::sink())?;
        return Ok(Frame::Bad(format!(
            "message of {length} bytes is larger than the {MAX_BODY} accepted"
        )));
    }
    let mut body = vec![0; length];
    match input.read_exact(&mut body) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(Frame::Eof),
        Err(e) => return Err(e),
    }
    Ok(match String::from_utf8(body) {
        Ok(s) => Frame::Body(s),
        Err(_) => Frame::Bad("message body is not UTF-8".into()),
    })
}

/// Rules and settings, loaded at `initialize`.
struct State {
    engine: Engine,
    settings: Settings,
    /// Where config discovery starts.
    root: PathBuf,
}

/// An open document and its last findings.
struct Doc {
    uri: lt::Uri,
    version: i32,
    text: String,
    format: InputFormat,
    path: Option<PathBuf>,
    index: LineIndex,
    diagnostics: Vec<Diagnostic>,
}

struct Server<'a> {
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
    state: Option<State>,
    docs: HashMap<String, Doc>,
    shutdown: bool,
}

impl Server<'_> {
    fn send(&mut self, message: impl Into<Message>) -> std::io::Result<()> {
        message.into().write(&mut self.out)
    }

    fn log(&mut self, line: &str) -> std::io::Result<()> {
        writeln!(self.err, "mtlint lsp: {line}")
    }

    /// An error response written by hand: its id may be `null`, which `lsp-server` cannot say.
    fn raw_error(&mut self, id: Value, code: ErrorCode, message: &str) -> std::io::Result<()> {
        let body = json!({
            "jsonrpc": "2.0",
            "id": id,
            "error": { "code": code as i32, "message": message },
        })
        .to_string();
        write!(self.out, "Content-Length: {}\r\n\r\n{body}", body.len())?;
        self.out.flush()
    }

    fn reply_err(
        &mut self,
        id: RequestId,
        code: ErrorCode,
        message: String,
    ) -> std::io::Result<()> {
        self.send(Response::new_err(id, code as i32, message))
    }

    fn show_message(&mut self, typ: lt::MessageType, message: String) -> std::io::Result<()> {
        self.send(Notification::new(
            "window/showMessage".into(),
            lt::ShowMessageParams { typ, message },
        ))
    }

    fn request(&mut self, req: Request) -> std::io::Result<()> {
        let Request { id, method, params } = req;
        if method == "initialize" {
            if self.state.is_some() {
                return self.reply_err(
                    id,
                    ErrorCode::InvalidRequest,
                    "the server is already initialized".into(),
                );
            }
            return self.initialize(id, &params);
        }
        if self.state.is_none() {
            return self.reply_err(
                id,
                ErrorCode::ServerNotInitialized,
                format!("`{method}` before `initialize`"),
            );
        }
        if self.shutdown {
            return self.reply_err(
                id,
                ErrorCode::InvalidRequest,
                format!("`{method}` after `shutdown`"),
            );
        }
        let result = match method.as_str() {
            "shutdown" => {
                self.shutdown = true;
                Ok(Value::Null)
            }
            "textDocument/codeAction" => {
                parse(params).map(|p| json_of(&self.code_actions(&p).unwrap_or_default()))
            }
            "textDocument/hover" => parse(params).map(|p| json_of(&self.hover(&p))),
            _ => {
                return self.reply_err(
                    id,
                    ErrorCode::MethodNotFound,
                    format!("mtlint does not handle `{method}`"),
                );
            }
        };
        match result {
            Ok(value) => self.send(Response::new_ok(id, value)),
            Err(why) => self.reply_err(id, ErrorCode::InvalidParams, why),
        }
    }

    fn initialize(&mut self, id: RequestId, params: &Value) -> std::io::Result<()> {
        let root = workspace_root(params);
        let (state, problem) = load(root);
        self.state = Some(state);
        let result = lt::InitializeResult {
            capabilities: capabilities(),
            server_info: Some(lt::ServerInfo {
                name: "mtlint".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        };
        self.send(Response::new_ok(id, result))?;
        if let Some(message) = problem {
            self.log(&message)?;
            self.show_message(lt::MessageType::ERROR, message)?;
        }
        Ok(())
    }

    fn notification(&mut self, n: Notification) -> std::io::Result<()> {
        if self.state.is_none() {
            // Before `initialize`, notifications are dropped (the protocol says so).
            return Ok(());
        }
        let method = n.method.clone();
        let result = match method.as_str() {
            "textDocument/didOpen" => parse(n.params).map(|p| self.did_open(p)),
            "textDocument/didChange" => parse(n.params).map(|p| self.did_change(p)),
            "textDocument/didSave" => parse(n.params).map(|p| self.did_save(p)),
            "textDocument/didClose" => parse(n.params).map(|p| self.did_close(&p)),
            _ => return Ok(()),
        };
        match result {
            Ok(done) => done,
            Err(why) => self.log(&format!("{method}: {why}")),
        }
    }

    fn did_open(&mut self, p: lt::DidOpenTextDocumentParams) -> std::io::Result<()> {
        let item = p.text_document;
        let path = uri_to_path(item.uri.as_str());
        let format = format_of(item.uri.as_str(), path.as_deref(), &item.language_id);
        let key = item.uri.as_str().to_string();
        self.docs.insert(
            key.clone(),
            Doc {
                index: LineIndex::new(&item.text),
                uri: item.uri,
                version: item.version,
                text: item.text,
                format,
                path,
                diagnostics: Vec::new(),
            },
        );
        self.check_and_publish(&key)
    }

    fn did_change(&mut self, p: lt::DidChangeTextDocumentParams) -> std::io::Result<()> {
        let key = p.text_document.uri.as_str().to_string();
        let Some(doc) = self.docs.get_mut(&key) else {
            return self.log(&format!("didChange for {key}, which is not open"));
        };
        // Full sync: the last change holds the whole text. A ranged change (which the server
        // did not ask for) cannot be applied safely; the document is then left as it was.
        let Some(change) = p.content_changes.into_iter().last() else {
            return Ok(());
        };
        if change.range.is_some() {
            return self.log(&format!(
                "didChange for {key} with a range; mtlint asks for full text sync"
            ));
        }
        doc.version = p.text_document.version;
        doc.index = LineIndex::new(&change.text);
        doc.text = change.text;
        self.check_and_publish(&key)
    }

    fn did_save(&mut self, p: lt::DidSaveTextDocumentParams) -> std::io::Result<()> {
        let key = p.text_document.uri.as_str().to_string();
        let is_config = uri_to_path(&key)
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .is_some_and(|n| settings::CONFIG_NAMES.contains(&n.as_str()));
        if is_config {
            return self.reload();
        }
        if let (Some(doc), Some(text)) = (self.docs.get_mut(&key), p.text) {
            doc.index = LineIndex::new(&text);
            doc.text = text;
        }
        if self.docs.contains_key(&key) {
            self.check_and_publish(&key)?;
        }
        Ok(())
    }

    fn did_close(&mut self, p: &lt::DidCloseTextDocumentParams) -> std::io::Result<()> {
        if let Some(doc) = self.docs.remove(p.text_document.uri.as_str()) {
            self.publish(doc.uri, Vec::new(), None)?;
        }
        Ok(())
    }

    /// Loads the config again (a saved `mtlint.toml`) and checks every open document again.
    fn reload(&mut self) -> std::io::Result<()> {
        let Some(root) = self.state.as_ref().map(|s| s.root.clone()) else {
            return Ok(());
        };
        let (state, problem) = load(root);
        self.state = Some(state);
        if let Some(message) = problem {
            self.show_message(lt::MessageType::ERROR, message)?;
        }
        let keys: Vec<String> = self.docs.keys().cloned().collect();
        for key in keys {
            self.check_and_publish(&key)?;
        }
        Ok(())
    }

    fn publish(
        &mut self,
        uri: lt::Uri,
        diagnostics: Vec<lt::Diagnostic>,
        version: Option<i32>,
    ) -> std::io::Result<()> {
        self.send(Notification::new(
            "textDocument/publishDiagnostics".into(),
            lt::PublishDiagnosticsParams {
                uri,
                diagnostics,
                version,
            },
        ))
    }

    fn check_and_publish(&mut self, key: &str) -> std::io::Result<()> {
        let (Some(state), Some(doc)) = (self.state.as_ref(), self.docs.get_mut(key)) else {
            return Ok(());
        };
        let published = match check(state, doc) {
            Ok(found) => {
                doc.diagnostics = found;
                doc.diagnostics.iter().map(|d| to_lsp(doc, d)).collect()
            }
            Err(e) => {
                doc.diagnostics.clear();
                vec![parse_error(doc, &e)]
            }
        };
        let (uri, version) = (doc.uri.clone(), doc.version);
        self.publish(uri, published, Some(version))
    }

    fn code_actions(&self, p: &lt::CodeActionParams) -> Option<Vec<lt::CodeActionOrCommand>> {
        let state = self.state.as_ref()?;
        let doc = self.docs.get(p.text_document.uri.as_str())?;
        if let Some(only) = &p.context.only {
            if !only.iter().any(|k| {
                lt::CodeActionKind::QUICKFIX
                    .as_str()
                    .starts_with(k.as_str())
            }) {
                return Some(Vec::new());
            }
        }
        let mut actions = Vec::new();
        for d in &doc.diagnostics {
            let range = lsp_range(doc, &d.span);
            if !overlaps(&range, &p.range) {
                continue;
            }
            let lsp_diag = to_lsp(doc, d);
            for (i, s) in d.suggestions.iter().enumerate() {
                let edit = lt::TextEdit {
                    range,
                    new_text: d.escape.apply(&s.replacement).into_owned(),
                };
                actions.push(quick_fix(
                    doc,
                    format!("Replace with '{}'", s.replacement),
                    &lsp_diag,
                    vec![edit],
                    i == 0 && d.fix_safety != FixSafety::None,
                ));
            }
            if let Some(edit) = ignore_edit(state, doc, d) {
                actions.push(quick_fix(
                    doc,
                    format!("Ignore rule {} here", d.rule),
                    &lsp_diag,
                    vec![edit],
                    false,
                ));
            }
        }
        Some(actions)
    }

    fn hover(&self, p: &lt::HoverParams) -> Option<lt::Hover> {
        let state = self.state.as_ref()?;
        let at = &p.text_document_position_params;
        let doc = self.docs.get(at.text_document.uri.as_str())?;
        let pos = at.position;
        let mut parts = Vec::new();
        let mut range = None;
        for d in &doc.diagnostics {
            let r = lsp_range(doc, &d.span);
            if r.start <= pos && pos <= r.end {
                range.get_or_insert(r);
                parts.push(explain_markdown(state.engine.rules(), d));
            }
        }
        if parts.is_empty() {
            return None;
        }
        Some(lt::Hover {
            contents: lt::HoverContents::Markup(lt::MarkupContent {
                kind: lt::MarkupKind::Markdown,
                value: parts.join("\n\n---\n\n"),
            }),
            range,
        })
    }
}

fn parse<T: serde::de::DeserializeOwned>(params: Value) -> Result<T, String> {
    serde_json::from_value(params).map_err(|e| format!("invalid parameters: {e}"))
}

fn json_of<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn capabilities() -> lt::ServerCapabilities {
    lt::ServerCapabilities {
        position_encoding: Some(lt::PositionEncodingKind::UTF16),
        text_document_sync: Some(lt::TextDocumentSyncCapability::Options(
            lt::TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(lt::TextDocumentSyncKind::FULL),
                save: Some(lt::TextDocumentSyncSaveOptions::SaveOptions(
                    lt::SaveOptions {
                        include_text: Some(false),
                    },
                )),
                ..Default::default()
            },
        )),
        code_action_provider: Some(lt::CodeActionProviderCapability::Options(
            lt::CodeActionOptions {
                code_action_kinds: Some(vec![lt::CodeActionKind::QUICKFIX]),
                ..Default::default()
            },
        )),
        hover_provider: Some(lt::HoverProviderCapability::Simple(true)),
        ..Default::default()
    }
}

/// The folder config discovery starts from: the first workspace folder, else `rootUri`, else
/// `rootPath`, else the current folder.
fn workspace_root(params: &Value) -> PathBuf {
    let folder = params
        .pointer("/workspaceFolders/0/uri")
        .and_then(Value::as_str)
        .and_then(uri_to_path);
    let root_uri = || {
        params
            .get("rootUri")
            .and_then(Value::as_str)
            .and_then(uri_to_path)
    };
    let root_path = || {
        params
            .get("rootPath")
            .and_then(Value::as_str)
            .map(PathBuf::from)
    };
    folder
        .or_else(root_uri)
        .or_else(root_path)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Config, rules and engine for `root`; with a problem to show when the config could not be
/// used (then the built-in defaults are).
fn load(root: PathBuf) -> (State, Option<String>) {
    let args = CheckArgs {
        paths: vec![root.clone()],
        ..CheckArgs::default()
    };
    let error = match app::prepare(&args) {
        Ok((settings, engine)) => {
            return (
                State {
                    engine,
                    settings,
                    root,
                },
                None,
            );
        }
        Err(e) => e,
    };
    let fallback = CheckArgs {
        isolated: true,
        ..CheckArgs::default()
    };
    let message = format!("mtlint: {error}. Checking with the default settings until it is fixed.");
    match app::prepare(&fallback) {
        Ok((settings, engine)) => (
            State {
                engine,
                settings,
                root,
            },
            Some(message),
        ),
        Err(e) => (
            State {
                engine: Engine::new(RuleSet::default(), MatcherOptions::default()),
                settings: Settings::default(),
                root,
            },
            Some(format!("{message} The built-in rules failed too: {e}")),
        ),
    }
}

/// The path of a `file:` URI, percent-decoded.
fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri
        .get(..7)
        .filter(|s| s.eq_ignore_ascii_case("file://"))
        .map(|_| &uri[7..])?;
    // Skip an authority (`file://localhost/…`); the path starts at the next slash.
    let path = &rest[rest.find('/')?..];
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes = percent_decode(path)?;
    let decoded = String::from_utf8(bytes).ok()?;
    // `file:///C:/x` on Windows.
    let decoded = match decoded.as_bytes() {
        [b'/', drive, b':', ..] if cfg!(windows) && drive.is_ascii_alphabetic() => {
            decoded[1..].to_string()
        }
        _ => decoded,
    };
    Some(PathBuf::from(decoded))
}

fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// A document's format: by its file name, else by the client's language id.
fn format_of(uri: &str, path: Option<&Path>, language_id: &str) -> InputFormat {
    let name = path.map_or_else(
        || PathBuf::from(uri.rsplit('/').next().unwrap_or(uri)),
        Path::to_path_buf,
    );
    match InputFormat::detect(&name) {
        InputFormat::Plain => match language_id {
            "markdown" => InputFormat::Markdown,
            "html" => InputFormat::Html,
            "yaml" => InputFormat::Yaml,
            "json" => InputFormat::Json,
            "po" | "gettext" => InputFormat::Po,
            "xliff" => InputFormat::Xliff,
            "vtt" | "webvtt" => InputFormat::Vtt,
            "srt" | "subrip" => InputFormat::Srt,
            _ => InputFormat::Plain,
        },
        f => f,
    }
}

fn check(state: &State, doc: &Doc) -> Result<Vec<Diagnostic>, Error> {
    check_text(state, doc, &doc.text)
}

fn check_text(state: &State, doc: &Doc, text: &str) -> Result<Vec<Diagnostic>, Error> {
    let ignored = doc
        .path
        .as_deref()
        .map(|p| state.settings.ignored_for(p))
        .unwrap_or_default();
    let name = doc
        .path
        .as_ref()
        .map_or_else(|| doc.uri.as_str().to_string(), |p| p.display().to_string());
    app::check_text(&state.engine, text, doc.format, &name, &ignored, false)
}

fn position(doc: &Doc, offset: usize) -> lt::Position {
    let (line, col) = doc.index.line_utf16(&doc.text, offset.min(doc.text.len()));
    lt::Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(col).unwrap_or(u32::MAX),
    )
}

fn lsp_range(doc: &Doc, span: &Range<usize>) -> lt::Range {
    lt::Range::new(position(doc, span.start), position(doc, span.end))
}

/// Whether two ranges touch or overlap (a cursor at either end of a finding counts).
fn overlaps(a: &lt::Range, b: &lt::Range) -> bool {
    a.start <= b.end && b.start <= a.end
}

fn to_lsp(doc: &Doc, d: &Diagnostic) -> lt::Diagnostic {
    lt::Diagnostic {
        range: lsp_range(doc, &d.span),
        severity: Some(match d.severity {
            Severity::Error => lt::DiagnosticSeverity::ERROR,
            Severity::Warning => lt::DiagnosticSeverity::WARNING,
            Severity::Info => lt::DiagnosticSeverity::INFORMATION,
        }),
        code: Some(lt::NumberOrString::String(d.rule.clone())),
        source: Some("mtlint".into()),
        message: d.message_with_suggestion(),
        data: Some(json!({
            "rule": d.rule,
            "pack": d.pack,
            "matched": d.matched,
            "span": [d.span.start, d.span.end],
            "suggestions": d.suggestions.iter().map(|s| json!({
                "replacement": s.replacement,
                "text": d.escape.apply(&s.replacement),
                "score": round3(s.score),
            })).collect::<Vec<_>>(),
            "fixSafety": d.fix_safety.as_str(),
            "confidence": round3(d.confidence),
        })),
        ..Default::default()
    }
}

/// An `f32` score as the JSON number a person would write (0.9, not 0.8999999761581421).
fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// A document that does not parse in its format: one error at the place of the problem.
fn parse_error(doc: &Doc, e: &Error) -> lt::Diagnostic {
    let offset = match e {
        Error::Parse { location, .. } => {
            offset_of_line_col(&doc.text, location.line, location.column)
        }
        _ => 0,
    };
    let at = position(doc, offset);
    lt::Diagnostic {
        range: lt::Range::new(at, at),
        severity: Some(lt::DiagnosticSeverity::ERROR),
        code: Some(lt::NumberOrString::String("parse-error".into())),
        source: Some("mtlint".into()),
        message: match e {
            Error::Parse { message, .. } => format!("{message}; the file was not checked"),
            other => other.to_string(),
        },
        ..Default::default()
    }
}

/// The byte offset of 1-based `line` and character `column` in `text`.
fn offset_of_line_col(text: &str, line: usize, column: usize) -> usize {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    text[start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| start + i)
}

fn quick_fix(
    doc: &Doc,
    title: String,
    diagnostic: &lt::Diagnostic,
    edits: Vec<lt::TextEdit>,
    preferred: bool,
) -> lt::CodeActionOrCommand {
    // `WorkspaceEdit::changes` is keyed by `Uri`, whose cached parts are cells; its hash is of
    // the URI text only, which never changes.
    #[allow(clippy::mutable_key_type)]
    let mut changes = HashMap::new();
    changes.insert(doc.uri.clone(), edits);
    lt::CodeActionOrCommand::CodeAction(lt::CodeAction {
        title,
        kind: Some(lt::CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(lt::WorkspaceEdit {
            changes: Some(changes),
            ..Default::default()
        }),
        is_preferred: preferred.then_some(true),
        ..Default::default()
    })
}

/// Where a suppression comment can go.
#[derive(Clone, Copy)]
enum Placement {
    /// On its own line before the finding's line, indented like it.
    LineBefore,
    /// At the end of the finding's line (before trailing blanks and a Markdown hard break).
    EndOfLine,
    /// A translator comment at the start of the PO entry.
    PoEntry,
    /// A WebVTT `NOTE` block before the cue.
    NoteBeforeCue,
}

/// The comment syntax and placements of each format with inline suppressions, best first.
fn suppression(format: InputFormat, rule: &str) -> Option<(String, &'static [Placement])> {
    use Placement::{EndOfLine, LineBefore, NoteBeforeCue, PoEntry};
    let directive = format!("mtlint: ignore[{rule}]");
    Some(match format {
        InputFormat::Markdown => (format!("<!-- {directive} -->"), &[EndOfLine, LineBefore]),
        InputFormat::Html | InputFormat::Xliff | InputFormat::Android => {
            (format!("<!-- {directive} -->"), &[LineBefore, EndOfLine])
        }
        InputFormat::Yaml => (format!("# {directive}"), &[LineBefore, EndOfLine]),
        InputFormat::Strings => (format!("// {directive}"), &[LineBefore]),
        InputFormat::Po => (format!("# {directive}"), &[PoEntry]),
        InputFormat::Vtt => (format!("NOTE {directive}"), &[NoteBeforeCue]),
        InputFormat::Plain | InputFormat::Srt | InputFormat::Json => return None,
    })
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

fn line_end(text: &str, offset: usize) -> usize {
    text[offset..].find('\n').map_or(text.len(), |i| offset + i)
}

/// The line terminator the text uses.
fn newline(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

/// The insertion (offset, text) that puts `comment` at `placement` for a finding at `at`.
fn insertion(
    text: &str,
    at: usize,
    comment: &str,
    placement: Placement,
) -> Option<(usize, String)> {
    let nl = newline(text);
    let start = line_start(text, at);
    match placement {
        Placement::LineBefore => {
            let line = &text[start..line_end(text, start)];
            let indent = &line[..line.len() - line.trim_start().len()];
            Some((start, format!("{indent}{comment}{nl}")))
        }
        Placement::EndOfLine => {
            let end = line_end(text, at);
            let content = text[start..end].trim_end();
            let content = content.strip_suffix('\\').unwrap_or(content);
            Some((start + content.len(), format!(" {comment}")))
        }
        Placement::PoEntry => {
            // Up to the entry's `msgctxt`/`msgid`, then up over the comments before it.
            let mut line = start;
            loop {
                let l = text[line..line_end(text, line)].trim_start();
                if l.starts_with("msgid ") || l.starts_with("msgid\t") {
                    break;
                }
                if line == 0 {
                    return None;
                }
                line = line_start(text, line - 1);
            }
            while line > 0 {
                let prev = line_start(text, line - 1);
                let l = text[prev..line].trim();
                if l.starts_with('#') || l.starts_with("msgctxt") {
                    line = prev;
                } else {
                    break;
                }
            }
            Some((line, format!("{comment}{nl}")))
        }
        Placement::NoteBeforeCue => {
            let mut line = start;
            while line > 0 {
                let prev = line_start(text, line - 1);
                if text[prev..line].trim().is_empty() {
                    break;
                }
                line = prev;
            }
            Some((line, format!("{comment}{nl}{nl}")))
        }
    }
}

/// The edit that inserts the format's `mtlint: ignore[rule]` comment for `d`, checked: after
/// it the document still parses and the finding is gone. None when the format has no inline
/// suppressions or no placement works there.
fn ignore_edit(state: &State, doc: &Doc, d: &Diagnostic) -> Option<lt::TextEdit> {
    let (comment, placements) = suppression(doc.format, &d.rule)?;
    let before = doc.diagnostics.len();
    for &placement in placements {
        let Some((offset, insert)) = insertion(&doc.text, d.span.start, &comment, placement) else {
            continue;
        };
        let mut text = doc.text.clone();
        text.insert_str(offset, &insert);
        let shift = |o: usize| if o >= offset { o + insert.len() } else { o };
        let moved = shift(d.span.start)..shift(d.span.end);
        let Ok(after) = check_text(state, doc, &text) else {
            continue;
        };
        let gone = !after.iter().any(|a| a.rule == d.rule && a.span == moved);
        if gone && after.len() < before {
            let at = position(doc, offset);
            return Some(lt::TextEdit {
                range: lt::Range::new(at, at),
                new_text: insert,
            });
        }
    }
    None
}

/// A rule explained as `mtlint explain` does, in Markdown, headed by this finding's suggestions.
fn explain_markdown(set: &RuleSet, d: &Diagnostic) -> String {
    let mut out = String::new();
    let Some(rule) = set.rule(&d.rule) else {
        return format!("**{}**\n\n{}", d.rule, d.message);
    };
    let pack = set.pack_of(rule);
    out.push_str(&format!(
        "**{}** (pack `{}`)\n\n{}\n",
        rule.id, pack.id, rule.message
    ));
    if !d.suggestions.is_empty() {
        let list: Vec<String> = d
            .suggestions
            .iter()
            .map(|s| format!("“{}” ({:.2})", s.replacement, s.score))
            .collect();
        out.push_str(&format!("\nSuggestions here: {}\n", list.join(", ")));
    }
    if let Some(desc) = &rule.description {
        out.push_str(&format!("\n### Why\n\n{}\n", desc.trim()));
    }
    out.push('\n');
    if rule.phrase_sources.is_empty() {
        if let Some(re) = &rule.regex {
            out.push_str(&format!("- **Matches:** `/{}/`\n", re.as_str()));
        }
    } else {
        out.push_str(&format!(
            "- **Matches:** `{}`\n",
            rule.phrase_sources.join("` | `")
        ));
    }
    if !rule.replacement_sources.is_empty() {
        out.push_str(&format!(
            "- **Suggests:** `{}`\n",
            rule.replacement_sources.join("` | `")
        ));
    }
    for note in &rule.context_notes {
        out.push_str(&format!("- **Context:** {note}\n"));
    }
    out.push_str(&format!(
        "- **Fix:** {}; confidence {:.2}; severity {}\n",
        rule.fix.as_str(),
        rule.confidence,
        rule.severity.as_str()
    ));
    if !rule.flag.is_empty() {
        out.push_str("\n### Flagged\n\n");
        for ex in &rule.flag {
            match &ex.fixed {
                Some(f) => out.push_str(&format!("- ✗ {}\n  → {f}\n", ex.text)),
                None => out.push_str(&format!("- ✗ {}\n", ex.text)),
            }
        }
    }
    if !rule.pass.is_empty() {
        out.push_str("\n### Not flagged\n\n");
        for ex in &rule.pass {
            out.push_str(&format!("- ✓ {}\n", ex.text));
        }
    }
    if let Some(s) = rule.source.as_ref().or(pack.source.as_ref()) {
        out.push_str(&format!("\nSource: {}\n", s.trim()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_become_paths() {
        assert_eq!(
            uri_to_path("file:///tmp/a%20b/Zo%C3%AB.md"),
            Some(PathBuf::from("/tmp/a b/Zoë.md"))
        );
        assert_eq!(
            uri_to_path("file://localhost/x.po"),
            Some(PathBuf::from("/x.po"))
        );
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file:///bad%zz"), None);
        assert_eq!(uri_to_path("file:///cut%2"), None);
    }

    #[test]
    fn frames_are_read_and_bad_ones_skipped() {
        let input = b"Content-Length: 2\r\n\r\n{}\
Content-Type: x\r\n\r\n\
Content-Length: 99999999999999\r\n\r\n\
Content-Length: 3\r\n\r\n[1]";
        let mut r: &[u8] = input;
        assert!(matches!(read_frame(&mut r).unwrap(), Frame::Body(b) if b == "{}"));
        assert!(matches!(read_frame(&mut r).unwrap(), Frame::Bad(_)));
        // Too large: skipped as far as the input goes.
        assert!(matches!(read_frame(&mut r).unwrap(), Frame::Bad(_)));
        assert!(matches!(read_frame(&mut r).unwrap(), Frame::Eof));
    }

    #[test]
    fn line_and_column_to_offset() {
        let text = "ab\nZoë x\n";
        assert_eq!(offset_of_line_col(text, 2, 5), text.find('x').unwrap());
        assert_eq!(offset_of_line_col(text, 9, 9), text.len());
    }

    #[test]
    fn po_entry_start_is_above_its_comments() {
        let text =
            "msgid \"\"\nmsgstr \"\"\n\n#: a.c:1\nmsgctxt \"c\"\nmsgid \"x\"\nmsgstr \"y\"\n";
        let at = text.find("\"y\"").unwrap();
        let (offset, insert) = insertion(text, at, "# c", Placement::PoEntry).unwrap();
        assert_eq!(offset, text.find("#: a.c").unwrap());
        assert_eq!(insert, "# c\n");
    }
}
