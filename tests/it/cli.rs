//! The command-line contract: output, stderr and exit status together.

use crate::util::{fixture, json, mtlint, mtlint_in, mtlint_stdin, repo};

#[test]
fn seed_article_human_report() {
    let run = mtlint(&["check", "fixtures/seed/000_1142922ddeb9b354.txt"]);
    insta::assert_snapshot!("seed_human", run.snapshot());
}

#[test]
fn seed_article_json_report_has_the_documented_fields() {
    let (code, doc) = json(&["fixtures/seed/000_1142922ddeb9b354.txt"]);
    assert_eq!(code, 1);
    assert_eq!(doc["version"], 1);
    let diags = doc["diagnostics"].as_array().unwrap();
    // The 16 marked findings and 5 of the optional ones ("stated" for said, "regardless of").
    assert_eq!(diags.len(), 21);
    assert_eq!(doc["summary"]["findings"], 21);
    assert_eq!(doc["summary"]["files"], 1);
    let text = std::fs::read_to_string(fixture("seed/000_1142922ddeb9b354.txt")).unwrap();
    for d in diags {
        for key in [
            "path",
            "rule",
            "pack",
            "message",
            "severity",
            "confidence",
            "span",
            "line",
            "column",
            "end_line",
            "end_column",
            "matched",
            "suggestions",
            "fix_safety",
        ] {
            assert!(d.get(key).is_some(), "missing {key} in {d}");
        }
        let (s, e) = (
            d["span"]["start"].as_u64().unwrap() as usize,
            d["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[s..e],
            d["matched"].as_str().unwrap(),
            "span and matched text agree"
        );
        let line = d["line"].as_u64().unwrap() as usize;
        let col = d["column"].as_u64().unwrap() as usize;
        let line_text = text.split('\n').nth(line - 1).unwrap();
        let from_col: String = line_text
            .chars()
            .skip(col - 1)
            .take(d["matched"].as_str().unwrap().chars().count())
            .collect();
        assert_eq!(
            from_col,
            d["matched"].as_str().unwrap(),
            "line/column point at the span"
        );
        let conf = d["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&conf));
        let scores: Vec<f64> = d["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["score"].as_f64().unwrap())
            .collect();
        assert!(
            scores.windows(2).all(|w| w[0] >= w[1]),
            "suggestions best first: {scores:?}"
        );
        assert!(["safe", "unsafe", "none"].contains(&d["fix_safety"].as_str().unwrap()));
    }
    let first = &diags[0];
    assert_eq!(first["rule"], "performed-down");
    assert_eq!(first["pack"], "news-spin");
    assert_eq!(first["suggestions"][0]["replacement"], "played down");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(1), Some(26))
    );
}

#[test]
fn exit_codes_clean_findings_error() {
    assert_eq!(mtlint(&["check", "fixtures/inputs/clean.txt"]).code, 0);
    assert_eq!(
        mtlint(&["check", "fixtures/inputs/two-findings.txt"]).code,
        1
    );
    assert_eq!(mtlint(&["check", "--no-such-flag"]).code, 2);
    assert_eq!(
        mtlint(&["check", "--format", "xml", "fixtures/inputs/clean.txt"]).code,
        2
    );
}

#[test]
fn empty_file_is_clean() {
    let run = mtlint(&["check", "fixtures/inputs/empty.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("No findings in 1 file"),
        "{}",
        run.stdout
    );
}

#[test]
fn bad_inputs_are_reported_and_the_run_goes_on() {
    let run = mtlint(&[
        "check",
        "fixtures/inputs/missing.txt",
        "fixtures/inputs/latin1.txt",
        "fixtures/inputs/binary.txt",
        "fixtures/inputs/two-findings.txt",
    ]);
    insta::assert_snapshot!("bad_inputs", run.snapshot());
    assert_eq!(run.code, 2);
}

#[test]
fn bad_inputs_are_listed_in_json_too() {
    let (code, doc) = json(&[
        "fixtures/inputs/latin1.txt",
        "fixtures/inputs/two-findings.txt",
    ]);
    assert_eq!(code, 2);
    assert_eq!(doc["diagnostics"].as_array().unwrap().len(), 2);
    assert_eq!(doc["errors"][0]["path"], "fixtures/inputs/latin1.txt");
    assert!(
        doc["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not valid UTF-8")
    );
}

#[test]
fn folders_are_walked_for_text_files_in_a_stable_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("b.txt"), "Peskov instructed reporters.\n").unwrap();
    std::fs::write(dir.path().join("sub/a.md"), "It performed down hopes.\n").unwrap();
    std::fs::write(dir.path().join("image.png"), [0u8, 1, 2, 3]).unwrap();
    std::fs::write(dir.path().join("notes.rs"), "// performed down\n").unwrap();
    let run = mtlint_in(dir.path(), &["check", "--format", "json", "."], "", &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let paths: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["./b.txt", "./sub/a.md"]);
    assert_eq!(doc["summary"]["files"], 2);
}

#[test]
fn stdin_is_checked_with_dash() {
    let run = mtlint_stdin(&["check", "-"], "Moscow's navy motion in Ukraine.\n");
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("-:1:10: navy-motion"),
        "{}",
        run.stdout
    );
}

#[test]
fn typographic_variants_and_line_breaks_match() {
    let (code, doc) = json(&["fixtures/inputs/crlf.txt"]);
    assert_eq!(code, 1);
    let matched: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["matched"].as_str().unwrap())
        .collect();
    assert_eq!(matched, ["performed\r\n down", "navy motion"]);
    assert_eq!(doc["diagnostics"][0]["end_line"], 2);
}

#[test]
fn near_misses_are_found_with_lower_confidence() {
    let (_, doc) = json(&["fixtures/inputs/typo.txt"]);
    let d = &doc["diagnostics"][0];
    assert_eq!(d["matched"], "perfomed down");
    assert_eq!(d["match"], "fuzzy");
    assert_eq!(d["suggestions"][0]["replacement"], "played down");
    assert_eq!(d["fix_safety"], "unsafe");
    assert!(d["confidence"].as_f64().unwrap() < 0.8);
    let (code, doc) = json(&["--no-fuzzy", "fixtures/inputs/typo.txt"]);
    assert_eq!((code, doc["diagnostics"].as_array().unwrap().len()), (0, 0));
}

#[test]
fn suggestions_keep_case_and_verb_form() {
    let (_, doc) = json(&["fixtures/inputs/case.txt"]);
    let best: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["suggestions"][0]["replacement"].as_str().unwrap())
        .collect();
    assert_eq!(best, ["Played down", "TOLD", "playing down"]);
}

#[test]
fn broken_rule_files_name_file_line_and_column() {
    let cases = [
        (
            "unknown-key.toml",
            "fixtures/rules/invalid/unknown-key.toml:7:1: unknown key `phrase` (did you mean `phrases`?)",
        ),
        ("syntax.toml", "fixtures/rules/invalid/syntax.toml:6:"),
        (
            "bad-regex.toml",
            "fixtures/rules/invalid/bad-regex.toml:7:9: invalid regex",
        ),
        (
            "duplicate-id.toml",
            "fixtures/rules/invalid/duplicate-id.toml:5:6: duplicate rule id `performed-down`: already defined at builtin:rules/news-spin.toml:",
        ),
        (
            "failing-example.toml",
            "fixtures/rules/invalid/failing-example.toml:9:9: rule `a-rule`: the best fix gives",
        ),
    ];
    for (file, want) in cases {
        let path = format!("fixtures/rules/invalid/{file}");
        let run = mtlint(&["check", "--rules", &path, "fixtures/inputs/clean.txt"]);
        assert_eq!(run.code, 2, "{file}");
        assert!(run.stdout.is_empty(), "{file}: {}", run.stdout);
        assert!(
            run.stderr.starts_with(&format!("error: {want}")),
            "{file}: {}",
            run.stderr
        );
    }
}

#[test]
fn extra_rules_select_ignore_and_no_builtin() {
    let text = "They utilized the funds and performed down the risk.\n";
    let rules_of = |args: &[&str]| {
        let mut all = vec![
            "check",
            "--format",
            "json",
            "--rules",
            "fixtures/rules/valid/house-style.toml",
        ];
        all.extend_from_slice(args);
        all.push("-");
        let run = mtlint_stdin(&all, text);
        let doc: serde_json::Value =
            serde_json::from_str(&run.stdout).unwrap_or_else(|_| panic!("{}", run.stderr));
        doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["rule"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(rules_of(&[]), ["utilize", "performed-down"]);
    assert_eq!(rules_of(&["--no-builtin"]), ["utilize"]);
    assert_eq!(rules_of(&["--select", "news-spin"]), ["performed-down"]);
    assert_eq!(
        rules_of(&[
            "--select",
            "utilize,performed-down",
            "--ignore",
            "house-style"
        ]),
        ["performed-down"]
    );
    let run = mtlint(&[
        "check",
        "--select",
        "performed-dwn",
        "fixtures/inputs/clean.txt",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("unknown rule or pack `performed-dwn` (did you mean `performed-down`?)"),
        "{}",
        run.stderr
    );
}

#[test]
fn source_language_packs_are_off_unless_named() {
    let text = "He has lived here since three years.\n";
    let count = |args: &[&str]| {
        let mut all = vec![
            "check",
            "--format",
            "json",
            "--no-builtin",
            "--rules",
            "fixtures/rules/valid/german-calques.toml",
        ];
        all.extend_from_slice(args);
        all.push("-");
        let doc: serde_json::Value =
            serde_json::from_str(&mtlint_stdin(&all, text).stdout).unwrap();
        doc["diagnostics"].as_array().unwrap().len()
    };
    assert_eq!(count(&[]), 0);
    assert_eq!(count(&["--source-lang", "fr"]), 0);
    assert_eq!(count(&["--source-lang", "de"]), 1);
    assert_eq!(count(&["--source-lang", "DE"]), 1);
}

#[test]
fn rules_list_explain_and_test() {
    let run = mtlint(&["rules"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("\nnews-spin — "), "{}", run.stdout);
    assert!(
        run.stdout.contains("false-friends-de — ")
            && run.stdout.contains("(on with --source-lang de)")
    );
    assert!(run.stdout.contains("performed-down"));
    let run = mtlint(&["explain", "instructed-reporters"]);
    insta::assert_snapshot!("explain", run.snapshot());
    let run = mtlint(&["explain", "instructed-reporter"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `instructed-reporters`?"),
        "{}",
        run.stderr
    );
    let run = mtlint(&["rules", "test"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains(" failed") && run.stdout.ends_with(", 0 failed\n"),
        "{}",
        run.stdout
    );
    let run = mtlint(&[
        "rules",
        "test",
        "fixtures/rules/invalid/failing-example.toml",
    ]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("rules_test_failure", run.snapshot());
}

#[test]
fn version_help_and_completions() {
    let run = mtlint(&["--version"]);
    assert_eq!(
        (run.code, run.stdout.trim()),
        (0, concat!("mtlint ", env!("CARGO_PKG_VERSION")))
    );
    let run = mtlint(&["check", "--help"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("Examples:") && run.stdout.contains("--unsafe-fixes"),
        "{}",
        run.stdout
    );
    let run = mtlint(&["completions", "bash"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("_mtlint()"),
        "{}",
        &run.stdout[..200.min(run.stdout.len())]
    );
}

#[test]
fn colors_follow_the_flag_and_no_color() {
    let path = "fixtures/inputs/two-findings.txt";
    let always = mtlint(&["check", "--color", "always", path]);
    assert!(
        always.stdout.contains("\x1b["),
        "--color always colors even when piped"
    );
    let auto = mtlint(&["check", path]);
    assert!(!auto.stdout.contains("\x1b["), "auto: no color when piped");
    let never = mtlint_in(
        &repo(),
        &["check", "--color", "never", path],
        "",
        &[("NO_COLOR", "")],
    );
    assert!(!never.stdout.contains("\x1b["));
}

#[test]
fn score_table_and_max_score_gate() {
    let run = mtlint(&[
        "score",
        "fixtures/seed",
        "fixtures/clean/01_courts_crime.txt",
    ]);
    assert_eq!(run.code, 0, "score reports, it does not fail by itself");
    insta::assert_snapshot!("score_table", run.snapshot());
    assert_eq!(
        mtlint(&["score", "--max-score", "5", "fixtures/seed"]).code,
        1
    );
    assert_eq!(
        mtlint(&["score", "--max-score", "60", "fixtures/seed"]).code,
        0
    );
    // On check, --max-score replaces "any finding fails" with the score gate.
    assert_eq!(
        mtlint(&["check", "--max-score", "60", "fixtures/seed"]).code,
        0
    );
    assert_eq!(
        mtlint(&["check", "--max-score", "5", "fixtures/seed"]).code,
        1
    );
}

#[test]
fn json_carries_per_file_and_total_scores() {
    let (_, doc) = json(&["fixtures/seed", "fixtures/clean/01_courts_crime.txt"]);
    let scores = doc["scores"].as_array().unwrap();
    assert_eq!(scores.len(), 2);
    assert_eq!(scores[0]["verdict"], "likely-spun");
    assert_eq!(scores[0]["findings"], 21);
    assert_eq!(scores[1]["verdict"], "clean");
    assert_eq!(scores[1]["score"], 0.0);
    let total = &doc["summary"]["spin_score"];
    assert_eq!(
        total["words"].as_u64().unwrap(),
        scores
            .iter()
            .map(|s| s["words"].as_u64().unwrap())
            .sum::<u64>()
    );
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let bin = env!("CARGO_BIN_EXE_mtlint");
    let seeds = vec!["fixtures/seed/000_1142922ddeb9b354.txt"; 60].join(" ");
    let script = format!(
        "{bin} check --color never {seeds} | head -n 1 >/dev/null; echo \"status=${{PIPESTATUS[0]}}\""
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(crate::util::repo())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.trim(),
        "status=0",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "no error message: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn sample_hook_and_workflow_commands_run() {
    let hook = std::fs::read_to_string(crate::util::repo().join(".pre-commit-hooks.yaml")).unwrap();
    let entry = hook
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry: "))
        .unwrap();
    let mut args: Vec<&str> = entry.split_whitespace().skip(1).collect();
    args.push("fixtures/inputs/two-findings.txt");
    let run = mtlint(&args);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 2);
    let workflow =
        std::fs::read_to_string(crate::util::repo().join(".github/workflows/mtlint.yml")).unwrap();
    for line in workflow
        .lines()
        .filter_map(|l| l.trim().strip_prefix("run: mtlint "))
    {
        let args: Vec<&str> = line.split('>').next().unwrap().split_whitespace().collect();
        let run = mtlint(&args);
        assert_eq!(
            run.code, 0,
            "`mtlint {line}` on the clean fixtures: {}{}",
            run.stdout, run.stderr
        );
    }
}

#[test]
fn progress_bar_on_a_terminal_and_the_run_finishes() {
    // `script` (util-linux) runs mtlint with a pseudo-terminal as stderr.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("texts")).unwrap();
    for i in 0..60 {
        std::fs::write(
            dir.path().join(format!("texts/f{i}.txt")),
            "It performed down hopes.\n",
        )
        .unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_mtlint");
    let cmd = format!("{bin} check --isolated --color never texts > out.log; echo EXIT=$?");
    let out = std::process::Command::new("timeout")
        .args(["60", "script", "-q", "-c", &cmd, "/dev/null"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script runs");
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("EXIT=1"),
        "the run ends (no deadlock on stderr): {screen}"
    );
    assert!(
        screen.contains("/60 files"),
        "a progress bar was drawn: {screen}"
    );
    let report = std::fs::read_to_string(dir.path().join("out.log")).unwrap();
    assert!(report.contains("Found 60 findings"), "{report}");
}

#[test]
fn verbose_reports_config_and_timings() {
    let run = mtlint(&[
        "check",
        "--isolated",
        "--verbose",
        "fixtures/inputs/clean.txt",
    ]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains("mtlint: config none;")
            && run.stderr.contains("rules in 10 packs ready in"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("mtlint: checked 1 inputs in"),
        "{}",
        run.stderr
    );
}
