//! Reports. Each output format is an emitter over the same diagnostics; nothing else prints.

pub mod checkstyle;
pub mod html;
pub mod human;
pub mod json;
pub mod lines;
pub mod sarif;
pub mod score_table;

use std::io::{self, Write};
use std::time::Duration;

use crate::diagnostic::{Diagnostic, FixSafety};
use crate::score::{SpinScore, Verdict};

/// The findings of one checked file.
#[derive(Debug, Clone, Default)]
pub struct FileReport {
    pub path: String,
    /// The text the diagnostics point into (after fixes, if fixes were written). Empty for a
    /// streamed file, whose lines with findings are in `lines` instead.
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
    /// How many fixes were applied to this file.
    pub fixed: usize,
    pub score: SpinScore,
    /// For a streamed file: each line (1-based) that has a finding, as the byte offset in the
    /// file where its text starts and the text.
    pub lines: std::collections::BTreeMap<usize, (usize, String)>,
    /// For a streamed file under `--format jsonl`: findings already written, not kept.
    pub written: Written,
}

/// Findings a streaming report wrote as it went and did not keep: what the summary and the
/// exit status still need to know of them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Written {
    pub findings: usize,
    pub fixable: usize,
    pub unsafe_fixable: usize,
    /// Whether any of them fails the run (at or above the severity and confidence gates).
    pub failing: bool,
}

impl Written {
    /// Counts `d` (`failing` tells whether it fails the run).
    pub fn add(&mut self, d: &Diagnostic, failing: bool) {
        let safe = d.fix_at(FixSafety::Safe).is_some();
        self.findings += 1;
        self.fixable += usize::from(safe);
        self.unsafe_fixable += usize::from(!safe && d.fix_at(FixSafety::Unsafe).is_some());
        self.failing |= failing;
    }
}

impl FileReport {
    /// Line `line` (1-based): the byte offset where its text starts and the text, from the
    /// source or, for a streamed file, `lines`.
    #[must_use]
    pub fn line_at<'a>(
        &'a self,
        index: &crate::line_index::LineIndex,
        line: usize,
    ) -> (usize, &'a str) {
        if self.source.is_empty() {
            return self
                .lines
                .get(&line)
                .map_or((0, ""), |(at, text)| (*at, text.as_str()));
        }
        let range = index.line_range(&self.source, line - 1);
        (range.start, &self.source[range])
    }
}

/// A file that could not be checked.
#[derive(Debug, Clone)]
pub struct FileError {
    pub path: String,
    pub message: String,
}

/// Totals of a run.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub files: usize,
    pub findings: usize,
    /// Findings `--fix` would fix.
    pub fixable: usize,
    /// Findings only `--fix --unsafe-fixes` would fix.
    pub unsafe_fixable: usize,
    pub fixed: usize,
    pub errors: Vec<FileError>,
    pub elapsed: Duration,
    /// The spin score of all files together.
    pub score: SpinScore,
}

impl Summary {
    #[must_use]
    pub fn of(reports: &[FileReport], errors: Vec<FileError>, elapsed: Duration) -> Self {
        // Kept findings and findings already written are counted alike.
        let mut count = Written::default();
        for r in reports {
            for d in &r.diagnostics {
                count.add(d, false);
            }
            count.findings += r.written.findings;
            count.fixable += r.written.fixable;
            count.unsafe_fixable += r.written.unsafe_fixable;
        }
        Self {
            files: reports.len(),
            findings: count.findings,
            fixable: count.fixable,
            unsafe_fixable: count.unsafe_fixable,
            fixed: reports.iter().map(|r| r.fixed).sum(),
            errors,
            elapsed,
            score: combined_score(reports),
        }
    }
}

/// The score of all reports as one text: words and weighted findings added up.
fn combined_score(reports: &[FileReport]) -> SpinScore {
    let words: usize = reports.iter().map(|r| r.score.words).sum();
    #[allow(clippy::cast_precision_loss)]
    let weighted: f32 = reports
        .iter()
        .map(|r| r.score.score * r.score.words as f32 / 1000.0)
        .fold(0.0, |a, b| a + b);
    #[allow(clippy::cast_precision_loss)]
    let score = if words == 0 {
        0.0
    } else {
        (weighted * 1000.0 / words as f32 * 10.0).round() / 10.0
    };
    let spun: usize = reports
        .iter()
        .filter(|r| r.score.verdict == Verdict::LikelySpun)
        .map(|r| r.score.words)
        .sum();
    let mt: usize = reports
        .iter()
        .filter(|r| r.score.verdict == Verdict::LikelyMachineTranslated)
        .map(|r| r.score.words)
        .sum();
    let verdict = if score < crate::score::THRESHOLD {
        Verdict::Clean
    } else if mt > spun {
        Verdict::LikelyMachineTranslated
    } else {
        Verdict::LikelySpun
    };
    SpinScore {
        words,
        findings: reports
            .iter()
            .map(|r| r.diagnostics.len() + r.written.findings)
            .sum(),
        score,
        verdict,
    }
}

/// An output format.
pub trait Emitter {
    /// Writes the whole report.
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        summary: &Summary,
    ) -> io::Result<()>;
}
