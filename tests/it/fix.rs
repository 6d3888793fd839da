//! `--fix` and `--diff`: what changes, what does not, and that a second run changes nothing.

use crate::util::{fixture, mtlint_in, mtlint_stdin};

fn seed_copy() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(fixture("seed/000_1142922ddeb9b354.txt")).unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, &original).unwrap();
    (dir, path, original)
}

/// The findings `--format json` reports for `path`, as (start, end, best replacement, safety).
fn findings(dir: &std::path::Path, path: &str) -> Vec<(usize, usize, String, String)> {
    let run = mtlint_in(dir, &["check", "--format", "json", path], "", &[]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["span"]["start"].as_u64().unwrap() as usize,
                d["span"]["end"].as_u64().unwrap() as usize,
                d["suggestions"][0]["replacement"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
                d["fix_safety"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn fix_changes_only_the_fixed_spans_and_settles() {
    let (dir, path, original) = seed_copy();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let before = findings(dir.path(), "article.txt");
    let run = mtlint_in(dir.path(), &["check", "--fix", "article.txt"], "", &[]);
    assert!(run.stdout.contains("Fixed "), "{}", run.stdout);
    let fixed = std::fs::read_to_string(&path).unwrap();

    // Rebuild the expected text from the reported spans: every byte outside them is the original's.
    let mut expected = String::new();
    let mut last = 0;
    for (start, end, replacement, safety) in &before {
        expected.push_str(&original[last..*start]);
        expected.push_str(if safety == "safe" {
            replacement
        } else {
            &original[*start..*end]
        });
        last = *end;
    }
    expected.push_str(&original[last..]);
    assert_eq!(fixed, expected);
    assert!(fixed.contains("The Kremlin on Wednesday played down hopes"));
    assert!(fixed.contains("TASS state news agency reported."));

    // The unsafe ones are still reported; a second --fix changes nothing.
    let unsafe_left = before.iter().filter(|f| f.3 != "safe").count();
    assert_eq!(run.code, i32::from(unsafe_left > 0));
    let again = mtlint_in(dir.path(), &["check", "--fix", "article.txt"], "", &[]);
    assert!(!again.stdout.contains("Fixed "), "{}", again.stdout);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "permissions kept");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");
}

#[test]
fn unsafe_fixes_apply_the_rest() {
    let (dir, path, _) = seed_copy();
    let run = mtlint_in(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "article.txt"],
        "",
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(fixed.contains("its military activity close to"));
    assert!(findings(dir.path(), "article.txt").is_empty());
}

#[test]
fn diff_prints_without_writing() {
    let (dir, path, original) = seed_copy();
    let run = mtlint_in(dir.path(), &["check", "--diff", "article.txt"], "", &[]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("seed_diff", run.snapshot());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original,
        "--diff writes nothing"
    );
}

#[test]
fn fix_on_stdin_prints_the_fixed_text() {
    let run = mtlint_stdin(
        &["check", "--fix", "-"],
        "Peskov instructed reporters\u{a0}it was over.\n",
    );
    assert_eq!(run.stdout, "Peskov told reporters\u{a0}it was over.\n");
    assert_eq!(run.code, 0);
}

#[test]
fn crlf_line_endings_survive_a_fix() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read(fixture("inputs/crlf.txt")).unwrap();
    let path = dir.path().join("crlf.txt");
    std::fs::write(&path, &original).unwrap();
    mtlint_in(dir.path(), &["check", "--fix", "crlf.txt"], "", &[]);
    let fixed = std::fs::read(&path).unwrap();
    assert_eq!(
        String::from_utf8(fixed).unwrap(),
        "The Kremlin played down hopes, said the “military action” was\u{a0}over.\r\n"
    );
}
