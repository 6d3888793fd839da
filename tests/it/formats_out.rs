//! The machine-readable report formats: SARIF against the official schema, GitHub workflow
//! commands, JSON Lines, concise, Checkstyle, statistics, and the exit-status flags.

use crate::util::{fixture, mtlint};

#[test]
fn sarif_validates_against_the_official_schema() {
    let run = mtlint(&[
        "check",
        "--format",
        "sarif",
        "fixtures/seed",
        "fixtures/inputs/case.txt",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("schemas/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    // This copy of the official schema keeps the log object under `definitions/Root`; without
    // pointing at it, the root would accept any document.
    schema["allOf"] = serde_json::json!([{ "$ref": "#/definitions/Root" }]);
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator is not vacuous: a result without a message is refused.
    let mut broken = doc.clone();
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&broken));

    let run0 = &doc["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 24);
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(ids, sorted, "each rule once, sorted");
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
    }
    let first = &results[0];
    assert_eq!(
        first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "fixtures/seed/000_1142922ddeb9b354.txt"
    );
    assert_eq!(
        first["locations"][0]["physicalLocation"]["region"]["startColumn"],
        26
    );
    assert_eq!(
        first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "played down"
    );
    assert!(
        rules[0]["help"]["text"]
            .as_str()
            .unwrap()
            .contains("mtlint explain")
    );
}

#[test]
fn github_annotations() {
    let run = mtlint(&[
        "check",
        "--format",
        "github",
        "fixtures/inputs/two-findings.txt",
    ]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("github", run.snapshot());
}

#[test]
fn concise_and_jsonl_give_one_line_per_finding() {
    let run = mtlint(&[
        "check",
        "--format",
        "concise",
        "fixtures/inputs/two-findings.txt",
    ]);
    assert_eq!(
        run.stdout
            .lines()
            .map(|l| l.split(": ").next().unwrap())
            .collect::<Vec<_>>(),
        [
            "fixtures/inputs/two-findings.txt:1:13",
            "fixtures/inputs/two-findings.txt:1:46"
        ]
    );
    assert!(
        run.stdout
            .lines()
            .next()
            .unwrap()
            .ends_with(" -> played down")
    );
    let run = mtlint(&["check", "--format", "jsonl", "fixtures/seed"]);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 21);
    assert!(
        lines
            .iter()
            .all(|l| l["rule"].is_string() && l["span"]["start"].is_u64())
    );
}

#[test]
fn checkstyle_is_well_formed_xml_with_escapes() {
    let run = mtlint(&[
        "check",
        "--format",
        "checkstyle",
        "fixtures/inputs/two-findings.txt",
    ]);
    assert!(run.stdout.starts_with("<?xml"));
    assert_eq!(run.stdout.matches("<error ").count(), 2);
    assert!(
        !run.stdout.contains("\"played down\""),
        "attribute quotes are escaped"
    );
}

#[test]
fn statistics_quiet_and_exit_flags() {
    let run = mtlint(&["check", "--statistics", "fixtures/seed"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .lines()
            .next()
            .unwrap()
            .contains("stated-said-attribution"),
        "most frequent first: {}",
        run.stdout
    );
    assert!(run.stdout.contains("21 findings in 1 files"));
    let quiet = mtlint(&["check", "--quiet", "fixtures/inputs/two-findings.txt"]);
    assert!(!quiet.stdout.contains("Found"), "{}", quiet.stdout);
    assert_eq!(mtlint(&["check", "--exit-zero", "fixtures/seed"]).code, 0);
    assert_eq!(
        mtlint(&["check", "--exit-zero", "fixtures/inputs/missing.txt"]).code,
        2
    );
    assert_eq!(
        mtlint(&["check", "--severity", "error", "fixtures/seed"]).code,
        0,
        "all findings are warnings"
    );
    assert_eq!(
        mtlint(&["check", "--min-confidence", "0.99", "fixtures/seed"]).code,
        0
    );
    assert_eq!(
        mtlint(&["check", "--min-confidence", "0.9", "fixtures/seed"]).code,
        1
    );
}
