//! `mtlint review` end to end through a real pseudo-terminal (expectrl): every prompt is
//! waited for (with a timeout) before a key is sent, and the file is compared byte for byte
//! with the text the chosen replacements give.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Session};

use crate::util::{fixture, mtlint_in};

const CLEAR: &str = "\x1b[2J\x1b[H";

/// A temp folder holding a copy of the review fixture as `article.txt`.
fn article_dir() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("review/article.txt")).unwrap();
    std::fs::write(dir.path().join("article.txt"), &text).unwrap();
    (dir, text)
}

struct Review {
    session: expectrl::session::OsSession,
}

impl Review {
    /// `mtlint review ARGS` in `dir` in an 80×24 pseudo-terminal, without colors.
    fn spawn(dir: &Path, args: &[&str]) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mtlint"));
        cmd.arg("review")
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm");
        let mut session = Session::spawn(cmd).expect("a pseudo-terminal");
        session.get_process_mut().set_window_size(80, 24).unwrap();
        assert_eq!(session.get_process().get_window_size().unwrap(), (80, 24));
        session.set_expect_timeout(Some(Duration::from_secs(20)));
        Self { session }
    }

    /// Waits for `text`; returns everything shown before it.
    fn wait(&mut self, text: &str) -> String {
        match self.session.expect(text) {
            Ok(found) => String::from_utf8_lossy(found.before()).into_owned(),
            Err(e) => panic!("waiting for {text:?}: {e}"),
        }
    }

    /// Waits for the finding screen `n/total` and its prompt; returns the screen, which must
    /// fit 80×24.
    fn screen(&mut self, n: usize, total: usize) -> String {
        let header = format!("finding {n}/{total}");
        let before = self.wait(&header);
        let rest = self.wait("Your choice: ");
        let screen = format!("{}{header}{rest}Your choice: ", last_screen(&before));
        let lines: Vec<&str> = screen.split("\r\n").collect();
        assert!(lines.len() <= 24, "{} lines:\n{screen}", lines.len());
        for l in &lines {
            assert!(l.chars().count() <= 80, "line over 80 columns: {l:?}");
        }
        screen
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).unwrap();
    }

    /// Waits for the end; the exit code and what was printed last.
    fn finish(mut self) -> (i32, String) {
        let rest = self.wait_eof();
        let code = match self.session.get_process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("mtlint did not exit normally: {other:?}"),
        };
        (code, rest)
    }

    fn wait_eof(&mut self) -> String {
        match self.session.expect(Eof) {
            Ok(found) => String::from_utf8_lossy(found.as_bytes()).into_owned(),
            Err(e) => panic!("waiting for the end: {e}"),
        }
    }
}

/// The part of `output` after the last screen clear.
fn last_screen(output: &str) -> &str {
    output.rsplit(CLEAR).next().unwrap_or(output)
}

#[test]
fn accept_reject_remember_edit_undo_then_write() {
    let (dir, original) = article_dir();
    let config = "# my newsroom's settings\nallow = [\"Brussels\"] # names\n";
    std::fs::write(dir.path().join("mtlint.toml"), config).unwrap();
    let mut r = Review::spawn(dir.path(), &["article.txt"]);

    let s = r.screen(1, 6);
    assert!(s.contains("article.txt"), "{s}");
    assert!(
        s.contains("The finance minister [[performed down]] hopes"),
        "{s}"
    );
    assert!(
        s.contains("spinner’s swap for the idiom “played down”"),
        "{s}"
    );
    assert!(s.contains("1  played down"), "{s}");
    assert!(
        s.contains("1 accept · e edit · s skip · r reject · u undo · q quit · ? help"),
        "{s}"
    );
    r.send("?");
    r.wait("How to review");
    r.wait("Press any key to go back.");
    r.send(" ");
    r.screen(1, 6);
    r.send("1");

    let s = r.screen(2, 6);
    assert!(
        s.contains("Accepted: “performed down” → “played down”."),
        "{s}"
    );
    assert!(s.contains("Talks [[had began]] in March."), "{s}");
    assert!(
        s.contains("1  had begun") && s.contains("2  had started"),
        "{s}"
    );
    r.send("2");

    let s = r.screen(3, 6);
    assert!(s.contains("[[cash laundering]]"), "{s}");
    r.send("r");
    r.wait("Remember it in the project allow list");
    r.send("n");

    let s = r.screen(4, 6);
    assert!(
        s.contains("Rejected “cash laundering”: left as it is."),
        "{s}"
    );
    assert!(s.contains("[[navy motion]]"), "{s}");
    r.send("r");
    r.wait("y/n");
    r.send("y");

    let toml = |dir: &Path| std::fs::read_to_string(dir.join("mtlint.toml")).unwrap();
    let s = r.screen(5, 6);
    assert_eq!(
        toml(dir.path()),
        "# my newsroom's settings\nallow = [\"Brussels\", \"navy motion\"] # names\n",
        "remembered at once, comments kept"
    );
    assert!(s.contains("[[Giving proof]] from the witness field"), "{s}");
    assert!(s.contains("1  Giving evidence"), "{s}");
    // Undo the remembered reject: the phrase comes off the allow list again.
    r.send("u");
    let s = r.screen(4, 6);
    assert!(
        s.contains("Undone: your choice for finding 4/6 (“navy motion”)."),
        "{s}"
    );
    assert!(s.contains("Taken off the allow list"), "{s}");
    assert_eq!(toml(dir.path()), config);
    r.send("r");
    r.wait("y/n");
    r.send("y");

    r.screen(5, 6);
    assert!(toml(dir.path()).contains("\"navy motion\""));
    r.send("e");
    r.wait("Type what should replace “Giving proof”");
    r.send("Testifyinx");
    r.send("\x7f"); // Backspace
    r.send("g\r");

    let s = r.screen(6, 6);
    assert!(
        s.contains("Accepted your text: “Giving proof” → “Testifying”."),
        "{s}"
    );
    assert!(s.contains("[[witness field]]"), "{s}");
    r.send("s");

    let shown = r.wait("Write these 3 changes to article.txt? y/n");
    let diff = last_screen(&shown);
    assert!(
        diff.contains("-Giving proof from the witness field"),
        "{diff}"
    );
    assert!(
        diff.contains("+Testifying from the witness field"),
        "{diff}"
    );
    r.send("y");
    let (code, rest) = r.finish();
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("article.txt: 3 changes written."), "{rest}");
    assert!(
        rest.contains("“navy motion” added to the allow list in mtlint.toml"),
        "{rest}"
    );

    // Computed from the original by the replacements chosen above.
    let expected = original
        .replacen("performed down", "played down", 1)
        .replacen("had began", "had started", 1)
        .replacen("Giving proof", "Testifying", 1);
    assert_ne!(expected, original);
    assert_eq!(
        std::fs::read(dir.path().join("article.txt")).unwrap(),
        expected.as_bytes()
    );
    let c: toml::Value = toml::from_str(&toml(dir.path())).unwrap();
    assert_eq!(
        c["allow"].as_array().unwrap(),
        &vec![
            toml::Value::from("Brussels"),
            toml::Value::from("navy motion")
        ]
    );
}

#[test]
fn not_a_terminal_is_refused() {
    let (dir, original) = article_dir();
    let run = mtlint_in(dir.path(), &["review", "article.txt"], "", &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "mtlint review needs an interactive terminal; use `mtlint check --fix` or `--diff` in scripts"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("article.txt")).unwrap(),
        original
    );
}

#[test]
fn stdout_not_a_terminal_is_refused() {
    let (dir, _) = article_dir();
    let bin = env!("CARGO_BIN_EXE_mtlint");
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{bin} review article.txt > out.txt"))
        .current_dir(dir.path());
    let mut session = Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
        .expect("needs an interactive terminal")
        .expect("refused on stderr");
    session.expect(Eof).unwrap();
    assert!(matches!(
        session.get_process().wait().unwrap(),
        WaitStatus::Exited(_, 2)
    ));
}

#[test]
fn quit_and_discard_leaves_the_file_byte_identical() {
    let (dir, original) = article_dir();
    let mut r = Review::spawn(dir.path(), &["article.txt"]);
    r.screen(1, 6);
    r.send("1");
    r.screen(2, 6);
    r.send("1");
    r.screen(3, 6);
    r.send("q");
    r.wait("Save the 2 accepted changes to article.txt?");
    r.send("c");
    let s = r.screen(3, 6);
    assert!(s.contains("Going on."), "{s}");
    r.send("q");
    r.wait("y yes · n no, throw them away · c cancel, go on reviewing");
    r.send("n");
    let (code, rest) = r.finish();
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("article.txt: nothing written."), "{rest}");
    assert_eq!(
        std::fs::read(dir.path().join("article.txt")).unwrap(),
        original.as_bytes()
    );
    assert!(!dir.path().join("mtlint.toml").exists());
}

#[test]
fn a_file_changed_on_disk_is_reported_not_overwritten() {
    let (dir, original) = article_dir();
    let path = dir.path().join("article.txt");
    let mut r = Review::spawn(dir.path(), &["article.txt"]);
    r.screen(1, 6);
    r.send("1");
    r.screen(2, 6);
    r.send("q");
    r.wait("Save the 1 accepted change to article.txt?");
    r.send("y");
    r.wait("Write this 1 change to article.txt? y/n");
    let outside = format!("{original}Editor's note: updated by a colleague.\n");
    std::fs::write(&path, &outside).unwrap();
    r.send("y");
    let (code, rest) = r.finish();
    assert_eq!(code, 2, "{rest}");
    assert!(
        rest.contains("article.txt was changed by another program while you reviewed it"),
        "{rest}"
    );
    assert!(rest.contains("were NOT written"), "{rest}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), outside);
}

#[test]
fn a_phrase_remembered_in_one_file_is_not_asked_in_the_next_and_ctrl_c_writes_nothing() {
    let (dir, original) = article_dir();
    std::fs::write(dir.path().join("second.txt"), &original).unwrap();
    let mut r = Review::spawn(dir.path(), &["article.txt", "second.txt"]);
    r.screen(1, 6);
    r.send("r");
    r.wait("y/n");
    r.send("y");
    for n in 2..=6 {
        r.screen(n, 6);
        r.send("s");
    }
    // Nothing accepted in article.txt: no diff, straight on to second.txt, which no longer
    // has the remembered phrase among its findings.
    let s = r.screen(1, 5);
    assert!(s.contains("second.txt — finding 1/5"), "{s}");
    assert!(
        s.contains("article.txt: no changes accepted; nothing written."),
        "{s}"
    );
    assert!(s.contains("[[had began]]"), "{s}");
    r.send("1");
    r.screen(2, 5);
    r.send("\x03"); // Ctrl-C
    let (code, rest) = r.finish();
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("second.txt: nothing written."), "{rest}");
    for name in ["article.txt", "second.txt"] {
        assert_eq!(
            std::fs::read(dir.path().join(name)).unwrap(),
            original.as_bytes(),
            "{name}"
        );
    }
    let c = std::fs::read_to_string(dir.path().join("mtlint.toml")).unwrap();
    let c: toml::Value = toml::from_str(&c).unwrap();
    assert_eq!(
        c["allow"].as_array().unwrap(),
        &vec![toml::Value::from("performed down")]
    );
}
