//! `--format html`: escaping of hostile input, a snapshot, one highlight per finding, and the
//! page in a real headless Chromium (no console errors, no injected elements, the highlights
//! are the finding words, readable at phone width), driven over the DevTools protocol.

use std::collections::HashSet;
use std::io::ErrorKind;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::util::{Run, mtlint, mtlint_in};

/// Text with markup around and between findings.
const HOSTILE_TEXT: &str = "Intro <script>alert(1)</script> line.\n\n\
The Kremlin performed down hopes, \"><img src=x onerror=alert(1)> and Peskov instructed reporters.\n\
Officials hold down hopes & risks.\n";

/// A rule whose message and suggestions try to break out of text and attributes (`<` cannot
/// be in a replacement: it starts a `<noun>` slot).
const HOSTILE_RULES: &str = r#"
[pack]
id = "hostile"

[[rule]]
id = "down-hopes"
message = "<script>alert(\"message\")</script> & \"quoted\" 'single'"
phrases = ["hold down hopes"]
replacements = ["x\" onfocus=\"alert(3)\" y=\"&amp;", "b'c"]
fix = "unsafe"
flag = [{ text = "They hold down hopes." }]
pass = ["They had hopes."]
"#;

/// A file name that is markup itself.
const HOSTILE_NAME: &str = "<b onclick=alert(4)>\"q'&.txt";

/// A folder with the hostile text (under a hostile name) and the hostile rules.
fn hostile_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(HOSTILE_NAME), HOSTILE_TEXT).unwrap();
    std::fs::write(dir.path().join("hostile.toml"), HOSTILE_RULES).unwrap();
    dir
}

fn check_hostile(dir: &Path, format: &str) -> Run {
    mtlint_in(
        dir,
        &[
            "check",
            "--rules",
            "hostile.toml",
            "--format",
            format,
            HOSTILE_NAME,
        ],
        "",
        &[],
    )
}

/// The tags of the page, checked against the page's fixed vocabulary: every `<` in the output
/// must open one of our own tags with only our own attributes, double-quoted, free of `<>"`.
fn assert_only_own_markup(html: &str) {
    let tags = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "ul", "ol",
        "li", "b", "p", "span", "nav", "table", "thead", "tbody", "tr", "th", "td", "a", "main",
        "section", "div", "mark", "q", "code", "footer",
    ];
    let attrs = [
        "id",
        "class",
        "tabindex",
        "data-rule",
        "data-pack",
        "data-severity",
        "data-findings",
        "aria-describedby",
        "role",
        "href",
        "lang",
        "charset",
        "name",
        "content",
        "http-equiv",
    ];
    let tag = regex::Regex::new(r#"^<(/?)([a-z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)>"#).unwrap();
    let attr = regex::Regex::new(r#"\s+([a-z-]+)=""#).unwrap();
    let body = html
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("starts with the doctype");
    for (at, _) in body.match_indices('<') {
        let rest = &body[at..];
        let m = tag
            .captures(rest)
            .unwrap_or_else(|| panic!("not one of our tags at {at}: {:.80}", rest));
        assert!(tags.contains(&&m[2]), "unexpected tag <{}>", &m[2]);
        for a in attr.captures_iter(&m[3]) {
            assert!(
                attrs.contains(&&a[1]),
                "unexpected attribute {} in {}",
                &a[1],
                &m[0]
            );
        }
    }
}

#[test]
fn html_escapes_everything_taken_from_the_input() {
    let dir = hostile_dir();
    let run = check_hostile(dir.path(), "html");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let html = &run.stdout;
    // The page itself has no script; so none came from the input.
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b onclick"), "{html}");
    assert!(!html.contains(" onfocus=\""), "{html}");
    for escaped in [
        // file text
        "Intro &lt;script&gt;alert(1)&lt;/script&gt; line.",
        "hopes, &quot;&gt;&lt;img src=x onerror=alert(1)&gt; and Peskov",
        "</span> &amp; risks.",
        // path
        "&lt;b onclick=alert(4)&gt;&quot;q&#39;&amp;.txt",
        // message
        "&lt;script&gt;alert(&quot;message&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;",
        // suggestions, in text
        "<span class=\"best\">x&quot; onfocus=&quot;alert(3)&quot; y=&quot;&amp;amp;</span>",
        "<span>b&#39;c</span>",
    ] {
        assert!(html.contains(escaped), "missing {escaped}:\n{html}");
    }
    assert_only_own_markup(html);
    // The check above can fail: an unescaped input is refused.
    let raw = html.replacen("&lt;script&gt;alert(1)", "<script>alert(1)", 1);
    assert!(std::panic::catch_unwind(|| assert_only_own_markup(&raw)).is_err());
}

/// The report with the timing and the version blanked.
fn stable(html: &str) -> String {
    let time = regex::Regex::new(r"in \d+ ms").unwrap();
    time.replace_all(html, "in (TIME) ms")
        .replace(env!("CARGO_PKG_VERSION"), "(VERSION)")
}

#[test]
fn html_snapshot_of_a_small_report() {
    let run = mtlint(&[
        "check",
        "--format",
        "html",
        "fixtures/inputs/two-findings.txt",
        "fixtures/inputs/clean.txt",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("html_two_findings", stable(&run.stdout));
}

/// Undoes `escape` of the emitter.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn html_highlights_each_finding_once_and_links_resolve() {
    let args = ["fixtures/seed", "fixtures/inputs/case.txt"];
    let (_, doc) = crate::util::json(&args);
    let want: Vec<String> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["matched"].as_str().unwrap().to_string())
        .collect();
    assert!(want.len() > 10, "{doc}");
    let mut all = vec!["check", "--format", "html"];
    all.extend_from_slice(&args);
    let run = mtlint(&all);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let html = &run.stdout;
    let mark = regex::Regex::new(r"<mark [^>]*>([^<]*)</mark>").unwrap();
    let got: Vec<String> = mark.captures_iter(html).map(|c| unescape(&c[1])).collect();
    assert_eq!(html.matches("<mark ").count(), want.len());
    assert_eq!(got, want);
    let ids: HashSet<&str> = regex::Regex::new(r#" id="([^"]+)""#)
        .unwrap()
        .captures_iter(html)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    let links: Vec<&str> = regex::Regex::new(r##"href="#([^"]+)""##)
        .unwrap()
        .captures_iter(html)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    // One link per finding in the lists, one per file in the table of files.
    assert!(links.len() >= want.len(), "{links:?}");
    for l in links {
        assert!(ids.contains(l), "link to #{l}, which does not exist");
    }
    assert_only_own_markup(html);
}

#[test]
fn html_lists_files_that_could_not_be_checked() {
    let run = mtlint(&[
        "check",
        "--format",
        "html",
        "fixtures/inputs/two-findings.txt",
        "fixtures/inputs/no-such<file>.txt",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "<li><span class=\"path\">fixtures/inputs/no-such&lt;file&gt;.txt</span>: No such file"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("<a href=\"#errors\"><b>1</b> error</a>")
    );
}

// ---------------------------------------------------------------------------------------------
// Headless Chromium over the DevTools protocol.

/// The Chromium program, or `None` (after saying so) when it is missing and not required.
fn chromium() -> Option<&'static str> {
    for program in ["chromium", "chromium-browser"] {
        let found = Command::new(program)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if found {
            return Some(program);
        }
    }
    assert!(
        std::env::var("MTLINT_REQUIRE_CLIENTS").as_deref() != Ok("1"),
        "chromium is not installed and MTLINT_REQUIRE_CLIENTS=1: run .ci/setup-chromium.sh"
    );
    eprintln!("skipped: chromium not installed (.ci/setup-chromium.sh installs it)");
    None
}

/// A process started in its own group, ended with its group when dropped, even when a test
/// panics halfway through starting it.
struct Group(Child);

impl Drop for Group {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.0.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A headless Chromium driven over the DevTools protocol.
struct Browser {
    // Dropped first: the browser ends before its profile folder is removed.
    _process: Group,
    _profile: tempfile::TempDir,
    ws: tungstenite::WebSocket<TcpStream>,
    next_id: u64,
    /// Events received so far (with their `sessionId`).
    events: Vec<Value>,
}

const DEADLINE: Duration = Duration::from_secs(30);

impl Browser {
    fn start(program: &str) -> Browser {
        use std::os::unix::process::CommandExt;
        let profile = tempfile::tempdir().unwrap();
        let log = std::fs::File::create(profile.path().join("stderr.log")).unwrap();
        let child = Command::new(program)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("chromium starts");
        let mut process = Group(child);
        // Chromium writes the port it chose, and the browser's path, once it listens.
        let port_file = profile.path().join("DevToolsActivePort");
        let started = Instant::now();
        let (port, path) = loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                let mut lines = text.lines();
                if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                    break (port.to_string(), path.to_string());
                }
            }
            if let Ok(Some(status)) = process.0.try_wait() {
                panic!(
                    "chromium exited ({status}) before listening: {}",
                    std::fs::read_to_string(profile.path().join("stderr.log")).unwrap_or_default()
                );
            }
            assert!(
                started.elapsed() < DEADLINE,
                "chromium wrote no DevToolsActivePort"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        let stream = TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
        // A long timeout for the handshake (a busy machine answers slowly), then a short one so
        // that reads can be polled against a deadline.
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        let (ws, _) = tungstenite::client(format!("ws://127.0.0.1:{port}{path}"), stream)
            .expect("DevTools websocket handshake");
        ws.get_ref()
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        Browser {
            _process: process,
            _profile: profile,
            ws,
            next_id: 0,
            events: Vec::new(),
        }
    }

    /// The next message, or `None` on a read timeout.
    fn read(&mut self) -> Option<Value> {
        match self.ws.read() {
            Ok(tungstenite::Message::Text(t)) => Some(serde_json::from_str(t.as_str()).unwrap()),
            Ok(_) => None,
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                None
            }
            Err(e) => panic!("DevTools connection: {e}"),
        }
    }

    /// Calls `method` (in `session`, if given) and returns its result.
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(tungstenite::Message::text(msg.to_string()))
            .unwrap();
        let started = Instant::now();
        loop {
            assert!(started.elapsed() < DEADLINE, "no answer to {method}");
            let Some(m) = self.read() else { continue };
            if m["id"] == json!(id) {
                assert!(m.get("error").is_none(), "{method}: {m}");
                return m["result"].clone();
            }
            if m.get("method").is_some() {
                self.events.push(m);
            }
        }
    }

    /// Waits for event `method` in `session`.
    fn wait_for(&mut self, session: &str, method: &str) {
        let started = Instant::now();
        let seen = |e: &Value| e["method"] == method && e["sessionId"] == session;
        while !self.events.iter().any(seen) {
            assert!(started.elapsed() < DEADLINE, "no {method} event");
            if let Some(m) = self.read().filter(|m| m.get("method").is_some()) {
                self.events.push(m);
            }
        }
    }

    /// Opens `url` in a new page at phone size (375×800) and returns the page's session,
    /// with console, exceptions and browser log reported as events from before the load.
    fn open(&mut self, url: &str) -> String {
        let target = self.call(None, "Target.createTarget", json!({ "url": "about:blank" }));
        let attached = self.call(
            None,
            "Target.attachToTarget",
            json!({ "targetId": target["targetId"], "flatten": true }),
        );
        let session = attached["sessionId"].as_str().unwrap().to_string();
        let s = Some(session.as_str());
        for domain in ["Runtime.enable", "Log.enable", "Page.enable"] {
            self.call(s, domain, json!({}));
        }
        self.call(
            s,
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 375, "height": 800, "deviceScaleFactor": 2, "mobile": true }),
        );
        self.call(s, "Page.navigate", json!({ "url": url }));
        self.wait_for(&session, "Page.loadEventFired");
        session
    }

    /// The value of JavaScript `expression` in the page.
    fn eval(&mut self, session: &str, expression: &str) -> Value {
        let r = self.call(
            Some(session),
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true }),
        );
        assert!(r.get("exceptionDetails").is_none(), "{expression}: {r}");
        r["result"]["value"].clone()
    }

    /// The console messages, uncaught exceptions and error or warning log entries of a page.
    fn problems(&mut self, session: &str) -> Vec<String> {
        // A round trip, so that events sent before it have arrived.
        self.eval(session, "1");
        self.events
            .iter()
            .filter(|e| e["sessionId"] == session)
            .filter_map(|e| {
                let p = &e["params"];
                match e["method"].as_str()? {
                    "Runtime.consoleAPICalled" => {
                        Some(format!("console.{}: {}", p["type"], p["args"]))
                    }
                    "Runtime.exceptionThrown" => {
                        Some(format!("exception: {}", p["exceptionDetails"]))
                    }
                    "Log.entryAdded"
                        if matches!(p["entry"]["level"].as_str(), Some("error" | "warning")) =>
                    {
                        Some(format!("log: {}", p["entry"]["text"]))
                    }
                    _ => None,
                }
            })
            .collect()
    }
}

fn file_url(path: &Path) -> String {
    // The temp path has no characters that need percent-encoding but these.
    let p = path.display().to_string();
    format!("file://{}", p.replace('%', "%25").replace(' ', "%20"))
}

fn artifact_dir() -> PathBuf {
    // target/debug/mtlint -> target/test-artifacts
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_mtlint"));
    let dir = bin
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn html_report_in_headless_chromium() {
    let Some(program) = chromium() else { return };
    let dir = hostile_dir();
    let run = check_hostile(dir.path(), "html");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json_run = check_hostile(dir.path(), "json");
    let doc: Value = serde_json::from_str(&json_run.stdout).unwrap();
    let matched: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["matched"].as_str().unwrap())
        .collect();
    assert_eq!(
        matched,
        ["performed down", "instructed", "hold down hopes"],
        "{doc}"
    );
    let page = dir.path().join("report.html");
    std::fs::write(&page, &run.stdout).unwrap();
    // Controls: the same page with its style sheet changed (its hash no longer matches the
    // policy), and a page whose script throws; each must show up as a problem.
    let tampered = dir.path().join("tampered.html");
    std::fs::write(&tampered, run.stdout.replacen("<style>", "<style> ", 1)).unwrap();
    let throwing = dir.path().join("throwing.html");
    std::fs::write(
        &throwing,
        "<!DOCTYPE html><title>t</title><script>console.error('control'); throw new Error('control')</script>",
    )
    .unwrap();

    let mut browser = Browser::start(program);
    let s = browser.open(&file_url(&page));
    let problems = browser.problems(&s);
    assert!(problems.is_empty(), "{problems:#?}");
    let injected = browser.eval(
        &s,
        "[...document.querySelectorAll('script, img, [onerror], [onclick], [onfocus]')].map(e => e.outerHTML)",
    );
    assert_eq!(injected, json!([]), "elements from the input");
    let state = browser.eval(
        &s,
        r#"(() => {
            const marks = [...document.querySelectorAll('mark')];
            const text = document.querySelector('.text').cloneNode(true);
            text.querySelectorAll('.tip').forEach(t => t.remove());
            const first = marks[0];
            first.focus();
            const tip = first.nextElementSibling;
            const rect = tip.getBoundingClientRect();
            const hidden = getComputedStyle(marks[1].nextElementSibling).display;
            return {
                marks: marks.map(m => m.textContent),
                focusable: marks.every(m => m.tabIndex === 0),
                rules: marks.map(m => m.dataset.rule),
                severities: marks.map(m => m.dataset.severity),
                text: text.textContent,
                styled: getComputedStyle(first).backgroundColor,
                focused: document.activeElement === first,
                tipShown: getComputedStyle(tip).display,
                tipText: tip.textContent,
                otherTip: hidden,
                tipInside: rect.left >= 0 && rect.right <= innerWidth && rect.top > first.getBoundingClientRect().bottom - 1,
                width: innerWidth,
                overflow: document.documentElement.scrollWidth - innerWidth,
                title: document.title,
                heading: document.querySelector('h2.path').textContent,
            };
        })()"#,
    );
    assert_eq!(state["marks"], json!(matched), "{state}");
    assert_eq!(state["focusable"], true);
    assert_eq!(
        state["rules"],
        json!(["performed-down", "instructed-reporters", "down-hopes"])
    );
    assert_eq!(
        state["severities"],
        json!(["warning", "warning", "warning"])
    );
    assert_eq!(
        state["text"], HOSTILE_TEXT,
        "the text reads as the file did"
    );
    assert_ne!(
        state["styled"], "rgba(0, 0, 0, 0)",
        "the style sheet applies: {state}"
    );
    assert_eq!(state["focused"], true);
    assert_eq!(
        state["tipShown"], "block",
        "focus opens the pop-up: {state}"
    );
    assert!(
        state["tipText"]
            .as_str()
            .unwrap()
            .contains("Suggestion: played down"),
        "{state}"
    );
    assert_eq!(state["otherTip"], "none", "other pop-ups stay closed");
    assert_eq!(
        state["tipInside"], true,
        "pop-up below the word, on screen: {state}"
    );
    assert_eq!(state["width"], 375);
    assert_eq!(
        state["overflow"], 0,
        "no sideways scrolling at 375 px: {state}"
    );
    assert_eq!(state["heading"], HOSTILE_NAME);
    let shot = browser.call(
        Some(&s),
        "Page.captureScreenshot",
        json!({ "format": "png" }),
    );
    let png = base64_decode(shot["data"].as_str().unwrap());
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    std::fs::write(artifact_dir().join("html-report.png"), png).unwrap();
    let problems = browser.problems(&s);
    assert!(problems.is_empty(), "{problems:#?}");

    let t = browser.open(&file_url(&tampered));
    let problems = browser.problems(&t);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("Content Security Policy")),
        "a style sheet that does not match its hash is refused: {problems:#?}"
    );
    let t = browser.open(&file_url(&throwing));
    let problems = browser.problems(&t);
    assert!(
        problems.iter().any(|p| p.starts_with("exception:"))
            && problems.iter().any(|p| p.starts_with("console.")),
        "{problems:#?}"
    );
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .expect("base64")
}
