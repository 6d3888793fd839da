//! Reports. Each output format is an emitter over the same diagnostics; nothing else prints.

pub mod human;
pub mod json;

use std::io::{self, Write};
use std::time::Duration;

use crate::diagnostic::{Diagnostic, FixSafety};

/// The findings of one checked file.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: String,
    /// The text the diagnostics point into (after fixes, if fixes were written).
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
    /// How many fixes were applied to this file.
    pub fixed: usize,
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
}

impl Summary {
    #[must_use]
    pub fn of(reports: &[FileReport], errors: Vec<FileError>, elapsed: Duration) -> Self {
        let all = || reports.iter().flat_map(|r| &r.diagnostics);
        Self {
            files: reports.len(),
            findings: all().count(),
            fixable: all()
                .filter(|d| d.fix_at(FixSafety::Safe).is_some())
                .count(),
            unsafe_fixable: all()
                .filter(|d| {
                    d.fix_at(FixSafety::Safe).is_none() && d.fix_at(FixSafety::Unsafe).is_some()
                })
                .count(),
            fixed: reports.iter().map(|r| r.fixed).sum(),
            errors,
            elapsed,
        }
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
