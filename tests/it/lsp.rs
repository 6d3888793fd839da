//! `mtlint lsp`: the language server spoken to over pipes, as an editor would, with
//! `Content-Length` framing; and a real client (Neovim, headless) when it is installed.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long any one answer may take (rule loading in a debug build is about a second).
const TIMEOUT: Duration = Duration::from_secs(20);

/// "Peskov instructed reporters" after characters of one, two, three and four UTF-8 bytes
/// (ë, —, 😀 which is two UTF-16 code units).
const LINE: &str = "Zoë — 😀 Peskov instructed reporters.";
const MARKDOWN: &str = "# Notes\n\nZoë — 😀 Peskov instructed reporters.\n";

/// A language-server client over the child's pipes.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    /// Messages read while waiting for another.
    pending: Vec<Value>,
    next_id: i64,
}

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// Reads framed messages from the server until its stdout closes.
fn read_messages(out: impl Read) -> impl FnMut() -> Option<Value> {
    let mut r = BufReader::new(out);
    move || {
        let mut length = None;
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).ok()? == 0 {
                return None;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                length = v.parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length?];
        r.read_exact(&mut body).ok()?;
        serde_json::from_slice(&body).ok()
    }
}

impl Client {
    fn start(dir: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
            .args(["lsp", "--stdio"])
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("mtlint lsp starts");
        let stdin = child.stdin.take().unwrap();
        let mut next = read_messages(child.stdout.take().unwrap());
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            while let Some(m) = next() {
                if tx.send(m).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            messages: rx,
            pending: Vec::new(),
            next_id: 1,
        }
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        let body = json!({"jsonrpc": "2.0", "method": method, "params": params}).to_string();
        self.send_raw(&frame(&body));
    }

    fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        let body =
            json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}).to_string();
        self.send_raw(&frame(&body));
        id
    }

    /// The first message (read now or before) that `pred` accepts; the others are kept.
    fn wait_for(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.pending.iter().position(&pred) {
            return self.pending.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(m) if pred(&m) => return m,
                Ok(m) => self.pending.push(m),
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; got {:#?}", self.pending)
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!(
                        "server closed its output waiting for {what}; got {:#?}",
                        self.pending
                    )
                }
            }
        }
    }

    /// The response to request `id`.
    fn response(&mut self, id: i64) -> Value {
        self.wait_for(&format!("the response to request {id}"), |m| {
            m["id"] == id && m.get("method").is_none()
        })
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        let r = self.response(id);
        assert!(r.get("error").is_none(), "{method} failed: {r}");
        r["result"].clone()
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let m = self.wait_for(&format!("diagnostics for {uri}"), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }

    fn initialize(&mut self, root: &Path) -> Value {
        self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri(root),
                "workspaceFolders": [{"uri": uri(root), "name": "root"}],
                "capabilities": {},
            }),
        )
    }

    fn open(&mut self, path: &Path, language: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {
                "uri": uri(path), "languageId": language, "version": 1, "text": text,
            }}),
        );
        self.diagnostics(&uri(path))
    }

    fn change(&mut self, path: &Path, version: i32, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri(path), "version": version},
                "contentChanges": [{"text": text}],
            }),
        );
        self.diagnostics(&uri(path))
    }

    fn code_actions(&mut self, path: &Path, line: u32, character: u32) -> Vec<Value> {
        let at = json!({"line": line, "character": character});
        let result = self.request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri(path)},
                "range": {"start": at, "end": at},
                "context": {"diagnostics": []},
            }),
        );
        result.as_array().cloned().unwrap_or_default()
    }

    /// `shutdown`, `exit`, and the exit code (waited for with a timeout).
    fn shutdown_and_exit(mut self) -> i32 {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result, Value::Null);
        self.exit()
    }

    fn exit(mut self) -> i32 {
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_str().unwrap().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn utf16_len(s: &str) -> u64 {
    s.encode_utf16().count() as u64
}

/// `text` with LSP `edits` applied (positions in UTF-16 code units, as the protocol says).
fn apply_edits(text: &str, edits: &[Value]) -> String {
    let offset = |pos: &Value| -> usize {
        let line = usize::try_from(pos["line"].as_u64().unwrap()).unwrap();
        let mut units = pos["character"].as_u64().unwrap();
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut at = start;
        for c in text[start..].chars() {
            if units == 0 || c == '\n' {
                break;
            }
            units = units.saturating_sub(c.len_utf16() as u64);
            at += c.len_utf8();
        }
        at
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
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start..end, new);
    }
    out
}

/// The edits of a code action for `path`.
fn edits_of(action: &Value, path: &Path) -> Vec<Value> {
    action["edit"]["changes"][uri(path)]
        .as_array()
        .unwrap_or_else(|| panic!("no edit for {} in {action}", uri(path)))
        .clone()
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn initialize_advertises_sync_code_actions_and_hover() {
    let dir = temp();
    let mut c = Client::start(dir.path());
    let result = c.initialize(dir.path());
    let caps = &result["capabilities"];
    assert_eq!(caps["textDocumentSync"]["change"], 1, "full sync: {caps}");
    assert_eq!(caps["textDocumentSync"]["openClose"], true);
    assert!(caps["textDocumentSync"]["save"].is_object(), "{caps}");
    assert_eq!(
        caps["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(result["serverInfo"]["name"], "mtlint");
    c.notify("initialized", json!({}));
    assert_eq!(c.shutdown_and_exit(), 0);
}

#[test]
fn diagnostics_have_utf16_positions_and_the_suggestion() {
    let dir = temp();
    let path = dir.path().join("notes.md");
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    let diags = c.open(&path, "markdown", MARKDOWN);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let d = &diags[0];
    let before = &LINE[..LINE.find("instructed").unwrap()];
    // 3 + 1 + 1 + 1 + 2 (the emoji is a surrogate pair) + 1 + 7 = 16 code units, 15 characters.
    assert_eq!(utf16_len(before), 16);
    assert_eq!(
        d["range"],
        json!({"start": {"line": 2, "character": 16}, "end": {"line": 2, "character": 26}})
    );
    assert_eq!(d["code"], "instructed-reporters");
    assert_eq!(d["source"], "mtlint");
    assert_eq!(d["severity"], 2, "warning");
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("“instructed”"), "{message}");
    assert!(message.ends_with("Suggestion: told"), "{message}");
    assert_eq!(d["data"]["rule"], "instructed-reporters");
    assert_eq!(d["data"]["suggestions"][0]["replacement"], "told");
    assert_eq!(d["data"]["fixSafety"], "safe");

    // Plain text by its name: the same finding, the same positions.
    let txt = dir.path().join("notes.txt");
    let diags = c.open(&txt, "plaintext", &format!("{LINE}\n"));
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(
        diags[0]["range"]["start"],
        json!({"line": 0, "character": 16})
    );

    // Closing clears them.
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&txt)}}),
    );
    assert_eq!(c.diagnostics(&uri(&txt)), Vec::<Value>::new());
    assert_eq!(c.shutdown_and_exit(), 0);
}

#[test]
fn quick_fix_replaces_the_span_and_the_change_clears_the_finding() {
    let dir = temp();
    let path = dir.path().join("notes.md");
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    assert_eq!(c.open(&path, "markdown", MARKDOWN).len(), 1);
    // No action away from the finding.
    assert_eq!(c.code_actions(&path, 0, 2), Vec::<Value>::new());
    let actions = c.code_actions(&path, 2, 20);
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Replace with 'told'",
            "Ignore rule instructed-reporters here"
        ]
    );
    let fix = &actions[0];
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["diagnostics"][0]["code"], "instructed-reporters");
    let edits = edits_of(fix, &path);
    assert_eq!(
        edits,
        [json!({
            "range": {"start": {"line": 2, "character": 16}, "end": {"line": 2, "character": 26}},
            "newText": "told",
        })]
    );
    let fixed = apply_edits(MARKDOWN, &edits);
    assert_eq!(fixed, "# Notes\n\nZoë — 😀 Peskov told reporters.\n");
    assert_eq!(c.change(&path, 2, &fixed), Vec::<Value>::new());
    // And back: the finding returns on the next change.
    assert_eq!(c.change(&path, 3, MARKDOWN).len(), 1);
    assert_eq!(c.shutdown_and_exit(), 0);
}

/// Applies the "Ignore rule" action to `text` and checks that the server and `mtlint check`
/// both find nothing in the result; returns it.
fn ignore_round_trip(name: &str, language: &str, text: &str, line: u32, character: u32) -> String {
    let dir = temp();
    let path = dir.path().join(name);
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    let diags = c.open(&path, language, text);
    assert_eq!(diags.len(), 1, "{name}: {diags:#?}");
    let actions = c.code_actions(&path, line, character);
    let ignore = actions
        .iter()
        .find(|a| a["title"] == "Ignore rule instructed-reporters here")
        .unwrap_or_else(|| panic!("{name}: no ignore action in {actions:#?}"));
    let after = apply_edits(text, &edits_of(ignore, &path));
    assert_eq!(c.change(&path, 2, &after), Vec::<Value>::new(), "{after}");
    std::fs::write(&path, &after).unwrap();
    let run = crate::util::mtlint_in(
        dir.path(),
        &["check", "--isolated", path.to_str().unwrap()],
        "",
        &[],
    );
    assert_eq!(run.code, 0, "{after}\n{}{}", run.stdout, run.stderr);
    assert_eq!(c.shutdown_and_exit(), 0);
    after
}

#[test]
fn ignore_action_inserts_each_formats_suppression() {
    let md = ignore_round_trip("a.md", "markdown", MARKDOWN, 2, 16);
    assert_eq!(
        md,
        "# Notes\n\nZoë — 😀 Peskov instructed reporters. <!-- mtlint: ignore[instructed-reporters] -->\n"
    );
    let po = "msgid \"\"\nmsgstr \"\"\n\n#: src/a.c:1\nmsgid \"x\"\nmsgstr \"Zoë — 😀 Peskov instructed reporters.\"\n";
    let po_after = ignore_round_trip("a.po", "po", po, 5, 25);
    assert_eq!(
        po_after,
        po.replace("#: src", "# mtlint: ignore[instructed-reporters]\n#: src")
    );
    let yaml = "en:\n  quote: \"Zoë — 😀 Peskov instructed reporters.\"\n";
    let yaml_after = ignore_round_trip("en.yml", "yaml", yaml, 1, 28);
    assert_eq!(
        yaml_after,
        "en:\n  # mtlint: ignore[instructed-reporters]\n  quote: \"Zoë — 😀 Peskov instructed reporters.\"\n"
    );
    let vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nZoë — 😀 Peskov instructed reporters.\n";
    let vtt_after = ignore_round_trip("a.vtt", "vtt", vtt, 3, 17);
    assert_eq!(
        vtt_after,
        "WEBVTT\n\nNOTE mtlint: ignore[instructed-reporters]\n\n00:00.000 --> 00:02.000\nZoë — 😀 Peskov instructed reporters.\n"
    );
}

#[test]
fn plain_text_has_no_ignore_action() {
    let dir = temp();
    let path = dir.path().join("a.txt");
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    assert_eq!(c.open(&path, "plaintext", LINE).len(), 1);
    let actions = c.code_actions(&path, 0, 16);
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Replace with 'told'"]);
    assert_eq!(c.shutdown_and_exit(), 0);
}

#[test]
fn hover_explains_the_rule() {
    let dir = temp();
    let path = dir.path().join("notes.md");
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    c.open(&path, "markdown", MARKDOWN);
    let hover = |c: &mut Client, character: u32| {
        c.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri(&path)}, "position": {"line": 2, "character": character}}),
        )
    };
    let h = hover(&mut c, 20);
    assert_eq!(h["contents"]["kind"], "markdown");
    let md = h["contents"]["value"].as_str().unwrap();
    for part in [
        "**instructed-reporters** (pack `news-spin`)",
        "a spokesperson tells reporters something",
        "Suggestions here: “told” (0.90)",
        "### Why",
        "“instructed the jury to …”",
        "- **Suggests:** `{tell}`",
        "- ✓ Police instructed reporters to leave the building.",
        "Source: ",
    ] {
        assert!(md.contains(part), "{part:?} not in\n{md}");
    }
    assert_eq!(h["range"]["start"], json!({"line": 2, "character": 16}));
    // Before the finding: nothing.
    assert_eq!(hover(&mut c, 3), Value::Null);
    assert_eq!(c.shutdown_and_exit(), 0);
}

#[test]
fn errors_are_answered_and_the_server_goes_on() {
    let dir = temp();
    let mut c = Client::start(dir.path());
    // Before initialize: ServerNotInitialized.
    let id = c.send_request("textDocument/hover", json!({}));
    assert_eq!(c.response(id)["error"]["code"], -32002);
    c.initialize(dir.path());
    // Not JSON: a parse error with a null id.
    c.send_raw(&frame("{not json"));
    let e = c.wait_for("a parse error", |m| m["error"]["code"] == -32700);
    assert_eq!(e["id"], Value::Null);
    // No Content-Length: answered, not fatal.
    c.send_raw(b"Content-Type: x\r\n\r\n");
    c.wait_for("a framing error", |m| m["error"]["code"] == -32700);
    // Unknown method.
    let id = c.send_request("textDocument/definition", json!({}));
    let r = c.response(id);
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // Bad parameters.
    let id = c.send_request("textDocument/hover", json!({"position": 3}));
    assert_eq!(c.response(id)["error"]["code"], -32602);
    // A body that is not UTF-8, a bad length, a JSON value that is no message.
    c.send_raw(b"Content-Length: 2\r\n\r\n\xff\xfe");
    c.wait_for("a UTF-8 error", |m| m["error"]["code"] == -32700);
    c.send_raw(b"Content-Length: -1\r\n\r\n");
    c.wait_for("a length error", |m| m["error"]["code"] == -32700);
    c.send_raw(&frame("[1, 2]"));
    c.wait_for("an invalid request", |m| m["error"]["code"] == -32600);
    // Notifications about documents that are not open, or with missing fields: ignored.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nowhere.md", "version": 2}, "contentChanges": [{"text": "x"}]}),
    );
    c.notify("textDocument/didOpen", json!({"textDocument": {"uri": 5}}));
    // Still serving.
    let path = dir.path().join("a.txt");
    assert_eq!(c.open(&path, "plaintext", LINE).len(), 1);
    // Positions past the end of the text: nothing there, no failure.
    assert_eq!(c.code_actions(&path, 999, 999), Vec::<Value>::new());
    let far = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri(&path)}, "position": {"line": 999, "character": 0}}),
    );
    assert_eq!(far, Value::Null);
    assert_eq!(c.shutdown_and_exit(), 0);
}

#[test]
fn exit_without_shutdown_is_status_1() {
    let dir = temp();
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    assert_eq!(c.exit(), 1);
}

#[test]
fn bad_config_is_shown_and_defaults_are_used() {
    let dir = temp();
    std::fs::write(dir.path().join("mtlint.toml"), "selct = [\"news-spin\"]\n").unwrap();
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    let shown = c.wait_for("showMessage", |m| m["method"] == "window/showMessage");
    assert_eq!(shown["params"]["type"], 1, "an error: {shown}");
    let text = shown["params"]["message"].as_str().unwrap();
    assert!(text.contains("mtlint.toml"), "{text}");
    assert!(text.contains("selct"), "{text}");
    let path = dir.path().join("a.md");
    assert_eq!(c.open(&path, "markdown", MARKDOWN).len(), 1);
    assert_eq!(c.shutdown_and_exit(), 0);
}

#[test]
fn config_of_the_workspace_is_used() {
    let dir = temp();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "ignore = [\"instructed-reporters\"]\n",
    )
    .unwrap();
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    let path = dir.path().join("a.md");
    assert_eq!(c.open(&path, "markdown", MARKDOWN), Vec::<Value>::new());
    assert_eq!(c.shutdown_and_exit(), 0);
}

// ---- Neovim ----

/// Whether a real client must run (CI) rather than be skipped when missing.
fn clients_required() -> bool {
    std::env::var_os("MTLINT_REQUIRE_CLIENTS").is_some_and(|v| v == "1")
}

fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

const NVIM_SCRIPT: &str = r#"
local bin, file, out = os.getenv('MTLINT_BIN'), os.getenv('MTLINT_FILE'), os.getenv('MTLINT_OUT')
local result = { steps = {} }
local function finish(code)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end
local function step(name) table.insert(result.steps, name) end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = 'mtlint',
  cmd = { bin, 'lsp', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  on_exit = function(code) result.server_exit = code end,
})
if not id then result.error = 'start_client failed'; finish(3) end
vim.lsp.buf_attach_client(buf, id)
step('attached')

if not vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  result.error = 'no diagnostics'; finish(3)
end
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, {
    lnum = d.lnum, col = d.col, end_col = d.end_col,
    code = d.code, source = d.source, message = d.message,
  })
end
step('diagnostics')

local d = vim.diagnostic.get(buf)[1]
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
local params = vim.lsp.util.make_range_params(0, 'utf-16')
params.context = { diagnostics = {} }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
local action
result.actions = {}
for _, r in pairs(responses or {}) do
  for _, a in ipairs(r.result or {}) do
    table.insert(result.actions, a.title)
    if a.isPreferred and not action then action = a end
  end
end
if not action then result.error = 'no preferred code action'; finish(3) end
vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
vim.cmd('write')
step('applied')

result.cleared = vim.wait(15000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
-- shutdown, exit; the client is forgotten once the server process has ended
vim.lsp.stop_client(id)
result.stopped = vim.wait(10000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
step('stopped')
finish(0)
"#;

#[test]
fn neovim_shows_diagnostics_and_applies_the_quick_fix() {
    if !installed("nvim") {
        assert!(
            !clients_required(),
            "MTLINT_REQUIRE_CLIENTS=1 but nvim is not installed (.ci/setup-neovim.sh installs it)"
        );
        eprintln!("skipped: nvim not installed");
        return;
    }
    let dir = temp();
    let file = dir.path().join("notes.md");
    std::fs::write(&file, MARKDOWN).unwrap();
    let script = dir.path().join("client.lua");
    std::fs::write(&script, NVIM_SCRIPT).unwrap();
    let out = dir.path().join("result.json");
    let mut child = Command::new("nvim")
        .args([
            "--headless",
            "--clean",
            "-u",
            "NONE",
            "-i",
            "NONE",
            "-n",
            "-c",
        ])
        .arg(format!("luafile {}", script.display()))
        .current_dir(dir.path())
        .env("MTLINT_BIN", env!("CARGO_BIN_EXE_mtlint"))
        .env("MTLINT_FILE", &file)
        .env("MTLINT_OUT", &out)
        .env("XDG_STATE_HOME", dir.path().join("state"))
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nvim starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("nvim did not finish in 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let result: Value = std::fs::read_to_string(&out)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(|| panic!("no result from nvim ({status}): {stderr}"));
    assert!(status.success(), "nvim failed: {result:#}\n{stderr}");
    let diags = result["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{result:#}");
    let d = &diags[0];
    // Neovim turns the server's UTF-16 columns into byte columns of the line.
    let byte_col = LINE.find("instructed").unwrap();
    assert_eq!(d["lnum"], 2);
    assert_eq!(d["col"], byte_col);
    assert_eq!(d["end_col"], byte_col + "instructed".len());
    assert_eq!(d["code"], "instructed-reporters");
    assert_eq!(d["source"], "mtlint");
    assert!(
        d["message"].as_str().unwrap().ends_with("Suggestion: told"),
        "{d}"
    );
    assert_eq!(
        result["actions"],
        json!([
            "Replace with 'told'",
            "Ignore rule instructed-reporters here"
        ])
    );
    assert_eq!(
        result["cleared"], true,
        "diagnostics after the fix: {result:#}"
    );
    assert_eq!(result["stopped"], true);
    assert_eq!(result["server_exit"], 0, "shutdown then exit: {result:#}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "# Notes\n\nZoë — 😀 Peskov told reporters.\n"
    );
}

#[test]
fn a_document_that_does_not_parse_gets_one_error_where_the_problem_is() {
    let dir = temp();
    let path = dir.path().join("a.po");
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    let diags = c.open(
        &path,
        "po",
        "msgid \"x\"\nmsgstr \"Zoë 😀\"\n  bogus \"z\"\n",
    );
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["code"], "parse-error");
    assert_eq!(diags[0]["severity"], 1);
    assert_eq!(
        diags[0]["range"]["start"],
        json!({"line": 2, "character": 2})
    );
    let message = diags[0]["message"].as_str().unwrap();
    assert!(message.contains("unknown keyword `bogus`"), "{message}");
    // Fixed: the findings come back.
    let fixed = "msgid \"x\"\nmsgstr \"Zoë 😀 Peskov instructed reporters.\"\n";
    let diags = c.change(&path, 2, fixed);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["code"], "instructed-reporters");
    assert_eq!(c.shutdown_and_exit(), 0);
}

#[test]
fn saving_the_config_reloads_it_for_open_documents() {
    let dir = temp();
    let config = dir.path().join("mtlint.toml");
    let mut c = Client::start(dir.path());
    c.initialize(dir.path());
    let path = dir.path().join("a.md");
    assert_eq!(c.open(&path, "markdown", MARKDOWN).len(), 1);
    std::fs::write(&config, "ignore = [\"news-spin\"]\n").unwrap();
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri(&config)}}),
    );
    assert_eq!(c.diagnostics(&uri(&path)), Vec::<Value>::new());
    // A broken config: shown, and the defaults are used again.
    std::fs::write(&config, "ignore = 3\n").unwrap();
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri(&config)}}),
    );
    let shown = c.wait_for("showMessage", |m| m["method"] == "window/showMessage");
    assert!(
        shown["params"]["message"]
            .as_str()
            .unwrap()
            .contains("mtlint.toml"),
        "{shown}"
    );
    assert_eq!(c.diagnostics(&uri(&path)).len(), 1);
    assert_eq!(c.shutdown_and_exit(), 0);
}
