//! The built-in rules: every example passes, every pack file is embedded.

use mtlint::rules::{builtin, examples, load};

#[test]
fn every_builtin_rule_example_passes() {
    let set = load::load(&load::LoadOptions::default()).unwrap();
    let report = examples::verify_all(&set);
    let failures: Vec<String> = report
        .failures
        .iter()
        .map(|f| format!("{}: {}: {}", f.location, f.rule, f.problem))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        report.rules >= 100 && report.examples >= 300,
        "{} rules, {} examples",
        report.rules,
        report.examples
    );
}

#[test]
fn every_rules_file_is_builtin() {
    let mut on_disk: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .unwrap()
        .map(|e| format!("rules/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = builtin::PACKS.iter().map(|p| p.path.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "add every rules/*.toml file to src/rules/builtin.rs"
    );
}

#[test]
fn every_rule_explains_itself() {
    let set = load::load(&load::LoadOptions::default()).unwrap();
    for pack in &set.packs {
        assert!(
            pack.source.is_some() && pack.license.is_some(),
            "pack {} names its source and license",
            pack.id
        );
    }
    for rule in &set.rules {
        assert!(rule.message.len() > 20, "{} has a real message", rule.id);
        // A rule without a replacement (a doubtful PPS entry, a calque whose fix depends on the
        // sentence) is never fixed and says in its description why.
        assert!(
            !rule.replacements.is_empty()
                || (rule.fix == mtlint::FixSafety::None && rule.description.is_some()),
            "{} suggests a fix, or explains why it cannot",
            rule.id
        );
    }
}
