//! Input formats end to end: what is checked in each, and that `--fix` yields a valid file of
//! the same format that differs only inside the fixed strings.

use crate::util::{fixture, mtlint_in};

/// (file, matched texts expected, in order).
const CASES: &[(&str, &[&str])] = &[
    (
        "article.md",
        &["performed down", "instructed", "information company"],
    ),
    (
        "messages.po",
        &["performed down", "instructed", "information company"],
    ),
    (
        "app.xlf",
        &["performed down", "instructed", "information company"],
    ),
    ("app2.xlf", &["performed down", "navy motion"]),
    ("page.html", &["performed down", "instructed"]),
    ("episode.srt", &["performed down", "instructed"]),
    ("episode.vtt", &["performed down", "instructed"]),
    (
        "en.json",
        &["performed down", "instructed", "information company"],
    ),
    ("app_en.arb", &["performed down"]),
    (
        "en.yml",
        &[
            "performed down",
            "instructed",
            "information company",
            "metropolis of",
        ],
    ),
    ("Localizable.strings", &["performed down", "instructed"]),
    (
        "strings.xml",
        &[
            "performed down",
            "instructed",
            "information company",
            "navy motion",
        ],
    ),
];

fn report(dir: &std::path::Path, name: &str, extra: &[&str]) -> (i32, serde_json::Value) {
    let mut args = vec!["check", "--isolated", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(name);
    let run = mtlint_in(dir, &args, "", &[]);
    let doc = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{name}: {e}: {}{}", run.stdout, run.stderr));
    (run.code, doc)
}

fn copy(name: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(fixture(&format!("formats/{name}"))).unwrap();
    std::fs::write(dir.path().join(name), &original).unwrap();
    (dir, original)
}

#[test]
fn each_format_checks_its_text_only() {
    for (name, want) in CASES {
        let (dir, original) = copy(name);
        let (code, doc) = report(dir.path(), name, &[]);
        assert_eq!(code, 1, "{name}");
        let diags = doc["diagnostics"].as_array().unwrap();
        let matched: Vec<&str> = diags
            .iter()
            .map(|d| d["matched"].as_str().unwrap())
            .collect();
        assert_eq!(&matched, want, "{name}");
        for d in diags {
            let (s, e) = (
                d["span"]["start"].as_u64().unwrap() as usize,
                d["span"]["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &original[s..e],
                d["matched"].as_str().unwrap(),
                "{name}: spans are file offsets"
            );
        }
    }
}

#[test]
fn fixes_keep_each_format_valid_and_touch_only_the_spans() {
    for (name, _) in CASES {
        let (dir, original) = copy(name);
        let (_, before) = report(dir.path(), name, &[]);
        let run = mtlint_in(
            dir.path(),
            &["check", "--isolated", "--fix", "--unsafe-fixes", name],
            "",
            &[],
        );
        assert_ne!(run.code, 2, "{name}: {}", run.stderr);
        let fixed = std::fs::read_to_string(dir.path().join(name)).unwrap();
        // Rebuild the expected file from the reported spans and the fixes that were allowed.
        let mut expected = String::new();
        let mut last = 0;
        for d in before["diagnostics"].as_array().unwrap() {
            let (s, e) = (
                d["span"]["start"].as_u64().unwrap() as usize,
                d["span"]["end"].as_u64().unwrap() as usize,
            );
            expected.push_str(&original[last..s]);
            match (
                d["fix_safety"].as_str().unwrap(),
                d["suggestions"][0]["replacement"].as_str(),
            ) {
                ("safe" | "unsafe", Some(r)) => expected.push_str(r),
                _ => expected.push_str(&original[s..e]),
            }
            last = e;
        }
        expected.push_str(&original[last..]);
        assert_eq!(fixed, expected, "{name}");
        assert_ne!(fixed, original, "{name}: something was fixed");
        // Still valid in its format: mtlint parses it again (an invalid file exits 2).
        let (code, after) = report(dir.path(), name, &[]);
        assert_ne!(code, 2, "{name}");
        let left: Vec<&str> = after["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["fix_safety"].as_str().unwrap())
            .collect();
        assert!(
            left.iter().all(|s| *s == "none"),
            "{name}: only hand-review findings remain: {left:?}"
        );
        if name.ends_with(".json") || name.ends_with(".arb") {
            serde_json::from_str::<serde_json::Value>(&fixed)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}

#[test]
fn replacements_are_escaped_for_the_format() {
    let cases = [
        ("en.json", r#""TASS state \"news\" & agency reported""#),
        (
            "messages.po",
            r#""one story from TASS state \"news\" & agency""#,
        ),
        (
            "app.xlf",
            "<target>TASS state \"news\" &amp; agency reported</target>",
        ),
        (
            "strings.xml",
            r#"%d story from TASS state \"news\" &amp; agency</item>"#,
        ),
    ];
    for (name, want) in cases {
        let (dir, _) = copy(name);
        let rules = fixture("rules/valid/escapes.toml");
        let run = mtlint_in(
            dir.path(),
            &[
                "check",
                "--isolated",
                "--no-builtin",
                "--rules",
                rules.to_str().unwrap(),
                "--fix",
                name,
            ],
            "",
            &[],
        );
        assert_ne!(run.code, 2, "{name}: {}", run.stderr);
        let fixed = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(fixed.contains(want), "{name}: {fixed}");
        let (code, _) = report(dir.path(), name, &[]);
        assert_ne!(code, 2, "{name} stays valid");
    }
}

#[test]
fn fuzzy_po_entries_say_so() {
    let (dir, _) = copy("messages.po");
    let (_, doc) = report(dir.path(), "messages.po", &[]);
    let quote = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "instructed-reporters")
        .unwrap();
    assert!(
        quote["message"]
            .as_str()
            .unwrap()
            .ends_with("(in a fuzzy entry)")
    );
}

#[test]
fn a_phrase_across_markup_is_reported_but_left_to_a_person() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "The Kremlin **performed** down hopes.\n",
    )
    .unwrap();
    let (_, doc) = report(dir.path(), "a.md", &[]);
    let d = &doc["diagnostics"][0];
    assert_eq!(d["matched"], "performed** down");
    assert_eq!(d["fix_safety"], "none", "a fix would break the emphasis");
}

#[test]
fn input_format_and_stdin_filename() {
    let po = std::fs::read_to_string(fixture("formats/messages.po")).unwrap();
    let run = mtlint_in(
        &fixture("formats"),
        &[
            "check",
            "--isolated",
            "--format",
            "concise",
            "--stdin-filename",
            "x.po",
            "-",
        ],
        &po,
        &[],
    );
    assert_eq!(run.stdout.lines().count(), 3, "{}", run.stdout);
    assert!(
        run.stdout.starts_with("-:10:21: performed-down"),
        "{}",
        run.stdout
    );
    let run = mtlint_in(
        &fixture("formats"),
        &[
            "check",
            "--isolated",
            "--format",
            "concise",
            "--input-format",
            "plain",
            "messages.po",
        ],
        "",
        &[],
    );
    // As plain text, the PO comment is no suppression and the quotes split "instructed" from "reporters".
    assert!(
        run.stdout.contains("navy-motion") && !run.stdout.contains("instructed-reporters"),
        "{}",
        run.stdout
    );
}

#[test]
fn malformed_files_are_errors_with_a_location() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.json"),
        "{\n  \"a\": \"performed down\",\n  \"b\": nope\n}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("ok.md"), "It performed down hopes.\n").unwrap();
    let run = mtlint_in(
        dir.path(),
        &[
            "check",
            "--isolated",
            "--format",
            "concise",
            "bad.json",
            "ok.md",
        ],
        "",
        &[],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "error: bad.json:3:8: not valid Json (expected a JSON value); it was not checked"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.starts_with("ok.md:1:4: performed-down"),
        "the other file is still checked: {}",
        run.stdout
    );
}
