//! `--format json`: one JSON document, version 1. The schema is documented in README.md and
//! only grows: fields are never renamed or removed within a version.

use std::io::{self, Write};

use serde::Serialize;

use super::{Emitter, FileReport, Summary};
use crate::diagnostic::{Diagnostic, FixSafety, MatchKind, Severity, Suggestion};
use crate::score::SpinScore;

pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    path: &'a str,
    rule: &'a str,
    pack: &'a str,
    message: &'a str,
    severity: Severity,
    confidence: f32,
    span: Span,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    matched: &'a str,
    suggestions: &'a [Suggestion],
    fix_safety: FixSafety,
    #[serde(rename = "match")]
    kind: MatchKind,
}

#[derive(Serialize)]
struct JsonError<'a> {
    path: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonScore<'a> {
    path: &'a str,
    #[serde(flatten)]
    score: &'a SpinScore,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    files: usize,
    findings: usize,
    fixable: usize,
    unsafe_fixable: usize,
    fixed: usize,
    errors: usize,
    elapsed_ms: u128,
    spin_score: &'a SpinScore,
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    errors: Vec<JsonError<'a>>,
    scores: Vec<JsonScore<'a>>,
    summary: JsonSummary<'a>,
}

/// One diagnostic as the JSON formats write it.
#[must_use]
pub fn diagnostic_json<'a>(path: &'a str, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        path,
        rule: &d.rule,
        pack: &d.pack,
        message: &d.message,
        severity: d.severity,
        confidence: d.confidence,
        span: Span {
            start: d.span.start,
            end: d.span.end,
        },
        line: d.start.line,
        column: d.start.column,
        end_line: d.end.line,
        end_column: d.end.column,
        matched: &d.matched,
        suggestions: &d.suggestions,
        fix_safety: d.fix_safety,
        kind: d.kind,
    }
}

pub struct Json;

impl Emitter for Json {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        summary: &Summary,
    ) -> io::Result<()> {
        let doc = Document {
            version: VERSION,
            diagnostics: reports
                .iter()
                .flat_map(|r| r.diagnostics.iter().map(|d| diagnostic_json(&r.path, d)))
                .collect(),
            errors: summary
                .errors
                .iter()
                .map(|e| JsonError {
                    path: &e.path,
                    message: &e.message,
                })
                .collect(),
            scores: reports
                .iter()
                .map(|r| JsonScore {
                    path: &r.path,
                    score: &r.score,
                })
                .collect(),
            summary: JsonSummary {
                files: summary.files,
                findings: summary.findings,
                fixable: summary.fixable,
                unsafe_fixable: summary.unsafe_fixable,
                fixed: summary.fixed,
                errors: summary.errors.len(),
                elapsed_ms: summary.elapsed.as_millis(),
                spin_score: &summary.score,
            },
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}
