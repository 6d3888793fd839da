//! `--format sarif`: SARIF 2.1.0, with every rule that fired described in `tool.driver.rules`
//! and each best suggestion as a fix. Columns count Unicode code points, as the run declares.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Emitter, FileReport, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::RuleSet;

pub struct Sarif<'a> {
    pub rules: &'a RuleSet,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative path as a URI reference (forward slashes, reserved characters escaped).
fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path).replace('\\', "/");
    let mut out = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn region(d: &Diagnostic) -> Value {
    json!({
        "startLine": d.start.line,
        "startColumn": d.start.column,
        "endLine": d.end.line,
        "endColumn": d.end.column,
        "snippet": { "text": d.matched },
    })
}

fn result(path: &str, d: &Diagnostic, index: usize) -> Value {
    let mut r = json!({
        "ruleId": d.rule,
        "ruleIndex": index,
        "level": level(d.severity),
        "message": { "text": match d.suggestions.first() {
            Some(s) => format!("{} Suggestion: “{}”.", d.message, s.replacement),
            None => d.message.clone(),
        }},
        "locations": [{ "physicalLocation": {
            "artifactLocation": { "uri": uri(path) },
            "region": region(d),
        }}],
        "properties": {
            "pack": d.pack,
            "confidence": d.confidence,
            "fixSafety": d.fix_safety.as_str(),
            "suggestions": d.suggestions.iter().map(|s| s.replacement.as_str()).collect::<Vec<_>>(),
        },
    });
    if let Some(s) = d.suggestions.first() {
        r["fixes"] = json!([{
            "description": { "text": format!("Replace with “{}” ({} fix)", s.replacement, d.fix_safety.as_str()) },
            "artifactChanges": [{
                "artifactLocation": { "uri": uri(path) },
                "replacements": [{ "deletedRegion": region(d), "insertedContent": { "text": s.replacement } }],
            }],
        }]);
    }
    r
}

impl Emitter for Sarif<'_> {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        _summary: &Summary,
    ) -> io::Result<()> {
        // Only the rules that fired are described, in a stable (sorted) order.
        let fired: BTreeMap<&str, ()> = reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .map(|d| (d.rule.as_str(), ()))
            .collect();
        let ids: Vec<&str> = fired.keys().copied().collect();
        let rules: Vec<Value> = ids
            .iter()
            .filter_map(|id| self.rules.rule(id))
            .map(|r| {
                let pack = self.rules.pack_of(r);
                let help = format!(
                    "{}\n\nSuggests: {}\nSource: {}\nRun `mtlint explain {}` for examples.",
                    r.description.as_deref().unwrap_or(&r.message),
                    r.replacement_sources.join(" | "),
                    r.source.as_deref().or(pack.source.as_deref()).unwrap_or("-").trim(),
                    r.id
                );
                json!({
                    "id": r.id,
                    "name": r.id,
                    "shortDescription": { "text": r.message },
                    "fullDescription": { "text": r.description.as_deref().unwrap_or(&r.message) },
                    "help": { "text": help },
                    "defaultConfiguration": { "level": level(r.severity) },
                    "properties": { "pack": pack.id, "confidence": r.confidence, "fixSafety": r.fix.as_str() },
                })
            })
            .collect();
        let results: Vec<Value> = reports
            .iter()
            .flat_map(|r| r.diagnostics.iter().map(move |d| (r.path.as_str(), d)))
            .map(|(path, d)| result(path, d, ids.iter().position(|i| *i == d.rule).unwrap_or(0)))
            .collect();
        let doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "mtlint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://github.com/mtlint/mtlint",
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }],
        });
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("./docs/a b.txt"), "docs/a%20b.txt");
        assert_eq!(uri("news/é.md"), "news/%C3%A9.md");
    }
}
