//! Project configuration and suppressions: `mtlint.toml` found by walking up, `--config`,
//! `--isolated`, include/exclude, per-file ignores, severities, the allow list, inline
//! suppressions and `mtlint init`.

use std::path::Path;

use crate::util::mtlint_in;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn rules_found(dir: &Path, args: &[&str]) -> (i32, Vec<String>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = mtlint_in(dir, &all, "", &[]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|_| panic!("{}{}", run.stdout, run.stderr));
    let found = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}:{}",
                d["path"].as_str().unwrap(),
                d["rule"].as_str().unwrap()
            )
        })
        .collect();
    (run.code, found)
}

const TEXT: &str = "The Kremlin performed down hopes. Peskov instructed reporters.\n";

#[test]
fn config_is_found_by_walking_up_and_applied() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "mtlint.toml",
        "ignore = [\"performed-down\"]\nexclude = [\"drafts/**\"]\n[per-file-ignores]\n\"legal/**\" = [\"instructed-reporters\"]\n[severity]\ninstructed-reporters = \"error\"\n",
    );
    write(dir.path(), "news/a.txt", TEXT);
    write(dir.path(), "legal/b.txt", TEXT);
    write(dir.path(), "drafts/c.txt", TEXT);
    let (code, found) = rules_found(&dir.path().join("news"), &["."]);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        ["./a.txt:instructed-reporters"],
        "config found from a subfolder"
    );
    let (_, found) = rules_found(dir.path(), &["."]);
    assert_eq!(
        found,
        ["./news/a.txt:instructed-reporters"],
        "drafts excluded, legal ignored"
    );
    let run = mtlint_in(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "news/a.txt",
            "--severity",
            "error",
        ],
        "",
        &[],
    );
    assert_eq!(
        run.code, 1,
        "the config raised the rule to error: {}",
        run.stdout
    );
    let (_, found) = rules_found(dir.path(), &["--isolated", "news/a.txt"]);
    assert_eq!(found.len(), 2, "--isolated ignores the config");
    let (_, found) = rules_found(dir.path(), &["--exclude", "news/**", "."]);
    assert!(
        found.is_empty(),
        "--exclude adds to the config's exclude: {found:?}"
    );
}

#[test]
fn explicit_config_select_and_allow() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "conf/strict.toml",
        "select = [\"performed-down\"]\nallow = [\"Kremlin performed down hopes of war\"]\n",
    );
    write(
        dir.path(),
        "a.txt",
        "The Kremlin performed down hopes of war. It performed down risks. Peskov instructed reporters.\n",
    );
    let (_, found) = rules_found(dir.path(), &["--config", "conf/strict.toml", "a.txt"]);
    assert_eq!(
        found,
        ["a.txt:performed-down"],
        "selected rule only, allowed phrase skipped"
    );
}

#[test]
fn config_errors_are_located_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "mtlint.toml", "select = []\nexlude = [\"x\"]\n");
    write(dir.path(), "a.txt", TEXT);
    let run = mtlint_in(dir.path(), &["check", "a.txt"], "", &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("mtlint.toml:2:1: unknown key `exlude` (did you mean `exclude`?)"),
        "{}",
        run.stderr
    );
    write(
        dir.path(),
        "mtlint.toml",
        "[severity]\nperformed-dwn = \"info\"\n",
    );
    let run = mtlint_in(dir.path(), &["check", "a.txt"], "", &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `performed-down`"),
        "{}",
        run.stderr
    );
}

#[test]
fn init_writes_a_starting_config_once() {
    let dir = tempfile::tempdir().unwrap();
    let run = mtlint_in(dir.path(), &["init"], "", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(dir.path().join("mtlint.toml")).unwrap();
    assert!(text.contains("[per-file-ignores]"));
    write(dir.path(), "a.txt", TEXT);
    assert_eq!(
        rules_found(dir.path(), &["a.txt"]).1.len(),
        2,
        "the starter config is valid and selects everything"
    );
    assert_eq!(
        mtlint_in(dir.path(), &["init"], "", &[]).code,
        2,
        "never overwrites"
    );
}

#[test]
fn inline_suppressions_and_unused_ones() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "<!-- mtlint: ignore[performed-down] -->\nThe Kremlin performed down hopes.\n\n<!-- mtlint: ignore[navy-motion] -->\nPeskov instructed reporters.\n\n<!-- mtlint: disable -->\nTASS state information company reported.\n<!-- mtlint: enable -->\n\nMoscow's navy motion.\n",
    );
    let (_, found) = rules_found(dir.path(), &["--isolated", "a.md"]);
    assert_eq!(found, ["a.md:instructed-reporters", "a.md:navy-motion"]);
    let (_, found) = rules_found(
        dir.path(),
        &["--isolated", "--report-unused-suppressions", "a.md"],
    );
    assert_eq!(
        found,
        [
            "a.md:unused-suppression",
            "a.md:instructed-reporters",
            "a.md:navy-motion"
        ]
    );
}
