//! `mtlint score`: one line per file with its spin score and verdict, then the total.

use std::io::{self, Write};

use colored::Colorize;

use super::{Emitter, FileReport, Summary};
use crate::score::{SpinScore, Verdict};

pub struct ScoreTable;

fn verdict(s: &SpinScore) -> colored::ColoredString {
    match s.verdict {
        Verdict::Clean => s.verdict.as_str().green(),
        Verdict::LikelySpun | Verdict::LikelyMachineTranslated => s.verdict.as_str().red().bold(),
    }
}

fn row(out: &mut dyn Write, name: &str, s: &SpinScore) -> io::Result<()> {
    writeln!(
        out,
        "{:>7.1} {:>8} {:>9}  {:<26} {name}",
        s.score,
        s.words,
        s.findings,
        verdict(s)
    )
}

impl Emitter for ScoreTable {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        summary: &Summary,
    ) -> io::Result<()> {
        writeln!(
            out,
            "{:>7} {:>8} {:>9}  {:<26} file",
            "score", "words", "findings", "verdict"
        )?;
        for r in reports {
            row(out, &r.path, &r.score)?;
        }
        if reports.len() > 1 {
            row(out, "(all files)", &summary.score)?;
        }
        writeln!(
            out,
            "Score: confidence-weighted findings per 1,000 words; {} or more is not clean.",
            crate::score::THRESHOLD
        )
    }
}
