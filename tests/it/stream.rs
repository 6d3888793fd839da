//! Large plain-text files are checked in parts (`--stream-chunk` makes the parts small here):
//! the report must be the same as checking the file whole, whatever the threads.

use crate::util::{fixture, mtlint_in, repo};

/// The seed article `times` times over, in a temporary folder.
fn long_article(times: usize) -> (tempfile::TempDir, String) {
    let seed = std::fs::read_dir(fixture("seed"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    let one = std::fs::read_to_string(seed).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{one}\n").repeat(times);
    std::fs::write(dir.path().join("long.txt"), &text).unwrap();
    (dir, text)
}

fn without_timing(s: &str) -> String {
    regex::Regex::new(r#"(\(\d+ ms\)|"elapsed_ms": ?\d+)"#)
        .unwrap()
        .replace_all(s, "TIME")
        .into_owned()
}

#[test]
fn streamed_reports_equal_whole_file_reports() {
    let (dir, _) = long_article(30);
    for format in ["human", "json", "jsonl", "concise", "github"] {
        let whole = mtlint_in(
            dir.path(),
            &["check", "--isolated", "--format", format, "long.txt"],
            "",
            &[],
        );
        for threads in ["1", "2"] {
            let parts = mtlint_in(
                dir.path(),
                &[
                    "check",
                    "--isolated",
                    "--format",
                    format,
                    "--stream-chunk",
                    "4000",
                    "-j",
                    threads,
                    "long.txt",
                ],
                "",
                &[],
            );
            assert_eq!(parts.code, whole.code, "{format}");
            assert_eq!(parts.code, 1, "{format}: findings fail the run");
            assert_eq!(
                without_timing(&parts.stdout),
                without_timing(&whole.stdout),
                "{format}, {threads} threads"
            );
        }
    }
}

#[test]
fn streamed_jsonl_counts_and_gates_like_a_whole_check() {
    let (dir, _) = long_article(12);
    let args = [
        "check",
        "--isolated",
        "--format",
        "jsonl",
        "--stream-chunk",
        "3000",
    ];
    let streamed = mtlint_in(dir.path(), &[&args[..], &["long.txt"]].concat(), "", &[]);
    let lines = streamed.stdout.lines().count();
    assert_eq!(lines, 21 * 12, "every finding written once");
    // --severity error: the built-in findings are warnings, so the run passes.
    let gated = mtlint_in(
        dir.path(),
        &[&args[..], &["--severity", "error", "long.txt"]].concat(),
        "",
        &[],
    );
    assert_eq!(gated.code, 0, "{}", gated.stderr);
}

#[test]
fn a_bad_byte_deep_in_a_streamed_file_is_reported_with_its_offset() {
    let (dir, text) = long_article(5);
    let mut bytes = text.into_bytes();
    let at = bytes.len() - 10;
    bytes[at] = 0xFF;
    std::fs::write(dir.path().join("long.txt"), &bytes).unwrap();
    std::fs::write(dir.path().join("ok.txt"), "Peskov instructed reporters.\n").unwrap();
    let run = mtlint_in(
        dir.path(),
        &[
            "check",
            "--isolated",
            "--stream-chunk",
            "2000",
            "long.txt",
            "ok.txt",
        ],
        "",
        &[],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("long.txt"), "{}", run.stderr);
    assert!(run.stderr.contains(&at.to_string()), "{}", run.stderr);
    assert!(
        run.stdout.contains("ok.txt"),
        "the other file is still checked"
    );
}

#[test]
fn rules_phrases_lists_every_form_the_matcher_holds() {
    let run = mtlint_in(
        &repo(),
        &["rules", "--select", "performed-down", "phrases"],
        "",
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let phrases: Vec<&str> = run.stdout.lines().collect();
    for form in ["performed down", "performs down", "performing down"] {
        assert!(phrases.contains(&form), "{form} in {phrases:?}");
    }
    assert!(phrases.iter().all(|p| *p == p.to_lowercase()));
}
