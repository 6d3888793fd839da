//! Runs each rule's own examples: every `flag` sentence must be flagged by the rule (and fixed
//! to its `fixed` text, which the rule must then leave alone), every `pass` sentence must not.
//! Each rule is tested alone, so another rule cannot hide or cause a result.

use super::{Rule, RuleSet};
use crate::diagnostic::Diagnostic;
use crate::error::Location;
use crate::fix;
use crate::lint::Engine;
use crate::matcher::MatcherOptions;

/// One example that did not behave as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    pub rule: String,
    pub location: Location,
    pub problem: String,
}

/// Outcome of running the examples of many rules.
#[derive(Debug, Default)]
pub struct ExampleReport {
    pub rules: usize,
    pub examples: usize,
    pub failures: Vec<ExampleFailure>,
}

/// Runs the examples of every rule in `set`.
#[must_use]
pub fn verify_all(set: &RuleSet) -> ExampleReport {
    let mut report = ExampleReport::default();
    for rule in &set.rules {
        report.rules += 1;
        report.examples += rule.flag.len() + rule.pass.len();
        report.failures.extend(verify_rule(rule));
    }
    report
}

fn alone(rule: &Rule) -> Engine {
    let mut rule = rule.clone();
    rule.pack = 0;
    // Examples test the phrase and its local context; the document-level gate has its own tests.
    rule.corroboration = 0;
    let set = RuleSet {
        packs: vec![super::Pack {
            id: "examples".into(),
            title: None,
            description: None,
            source: None,
            license: None,
            source_lang: None,
            origin: String::new(),
            builtin: false,
        }],
        rules: vec![rule],
    };
    Engine::new(set, MatcherOptions::default())
}

fn quote(d: &Diagnostic) -> String {
    format!("`{}` at column {}", d.matched, d.start.column)
}

/// Runs the examples of one rule.
#[must_use]
pub fn verify_rule(rule: &Rule) -> Vec<ExampleFailure> {
    let engine = alone(rule);
    let mut failures = Vec::new();
    let mut fail = |location: &Location, problem: String| {
        failures.push(ExampleFailure {
            rule: rule.id.clone(),
            location: location.clone(),
            problem,
        });
    };
    for context in rule.when.iter().chain(&rule.unless) {
        if let Err(e) = context.compile_check() {
            fail(
                &rule.location,
                format!("a context condition cannot be compiled: {e}"),
            );
        }
    }
    if rule.flag.is_empty() {
        fail(
            &rule.location,
            "the rule has no `flag` example: add a sentence it must flag".into(),
        );
    }
    if rule.pass.is_empty() {
        fail(
            &rule.location,
            "the rule has no `pass` example: add a correct sentence it must not flag".into(),
        );
    }
    for ex in &rule.flag {
        let found = engine.check(&ex.text);
        if found.is_empty() {
            fail(
                &ex.location,
                format!("should be flagged but is not: {:?}", ex.text),
            );
            continue;
        }
        let Some(want) = &ex.fixed else { continue };
        let edits: Vec<fix::Edit> = found
            .iter()
            .filter_map(|d| {
                d.suggestions.first().map(|s| fix::Edit {
                    span: d.span.clone(),
                    replacement: s.replacement.clone(),
                })
            })
            .collect();
        let got = fix::apply(&ex.text, &edits).text;
        if &got != want {
            fail(
                &ex.location,
                format!("the best fix gives {got:?}, but the example says {want:?}"),
            );
        } else if let Some(again) = engine.check(&got).first() {
            fail(
                &ex.location,
                format!(
                    "the fixed text is flagged again ({}): the fix does not settle",
                    quote(again)
                ),
            );
        }
    }
    for ex in &rule.pass {
        if let Some(d) = engine.check(&ex.text).first() {
            fail(
                &ex.location,
                format!("should pass but is flagged ({}): {:?}", quote(d), ex.text),
            );
        }
    }
    failures
}
