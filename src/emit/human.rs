//! `--format human`: rustc/ruff-style findings with the source line, the span underlined and
//! the suggestions best first, then a summary line.

use std::io::{self, Write};

use colored::Colorize;

use super::{Emitter, FileReport, Summary};
use crate::diagnostic::{Diagnostic, FixSafety, MatchKind, Severity};
use crate::line_index::LineIndex;

/// Characters of context kept on each side of a span when a line is too long to show whole.
const CONTEXT_CHARS: usize = 40;
const MAX_LINE_CHARS: usize = 100;

pub struct Human {
    /// Findings only, no summary line.
    pub quiet: bool,
}

fn severity_label(s: Severity, text: &str) -> colored::ColoredString {
    match s {
        Severity::Error => text.red().bold(),
        Severity::Warning => text.yellow().bold(),
        Severity::Info => text.cyan().bold(),
    }
}

/// The visible part of a line around `start..end` (byte offsets in the line, on character
/// boundaries) and the span's position in it, in characters. Only the shown part of a long line
/// is looked at, so a report on a line of many megabytes stays linear in its findings.
fn window(line: &str, start: usize, end: usize) -> (String, usize, usize) {
    let floor = |mut i: usize| {
        i = i.min(line.len());
        while !line.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(start);
    let end = floor(end.max(start));
    let chars = |r: std::ops::Range<usize>| line[r].chars().count();
    let tabs = |s: &str| s.replace('\t', " ").replace(is_control, "\u{fffd}");
    // Fewer than MAX_LINE_CHARS bytes is fewer characters; more than four times as many bytes
    // is more characters.
    if line.len() <= MAX_LINE_CHARS
        || (line.len() <= 4 * MAX_LINE_CHARS && chars(0..line.len()) <= MAX_LINE_CHARS)
    {
        return (tabs(line), chars(0..start), chars(0..end));
    }
    let from = line[..start]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let to = line[end..]
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(line.len(), |(i, _)| end + i);
    let mut shown = String::new();
    let mut offset = 0;
    if from > 0 {
        shown.push('…');
        offset = 1;
    }
    shown.push_str(&tabs(&line[from..to]));
    if to < line.len() {
        shown.push('…');
    }
    (
        shown,
        offset + chars(from..start),
        offset + chars(from..end),
    )
}

/// A control character (other than tab and line breaks): shown as U+FFFD, so that a file
/// cannot send escape sequences to the terminal through the report.
fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

fn write_diagnostic(
    out: &mut dyn Write,
    report: &FileReport,
    index: &LineIndex,
    d: &Diagnostic,
) -> io::Result<()> {
    writeln!(
        out,
        "{}:{}:{}: {} {}",
        report.path.replace(is_control, "\u{fffd}").bold(),
        d.start.line,
        d.start.column,
        severity_label(d.severity, &d.rule),
        d.message
    )?;
    let line_no = d.start.line;
    let (line_start, line) = report.line_at(index, line_no);
    let start = d.span.start.saturating_sub(line_start);
    let end = if d.end.line == d.start.line {
        d.span.end.saturating_sub(line_start)
    } else {
        line.len()
    };
    let (shown, s, e) = window(line, start, end);
    let gutter = " ".repeat(line_no.to_string().len());
    writeln!(out, "{gutter} {}", "|".blue().bold())?;
    writeln!(
        out,
        "{} {} {shown}",
        line_no.to_string().blue().bold(),
        "|".blue().bold()
    )?;
    writeln!(
        out,
        "{gutter} {} {}{}",
        "|".blue().bold(),
        " ".repeat(s),
        severity_label(d.severity, &"^".repeat((e - s).max(1)))
    )?;
    let mut notes = Vec::new();
    if d.kind == MatchKind::Fuzzy {
        notes.push("near match".to_string());
    }
    if d.confidence < 0.8 {
        notes.push(format!("confidence {:.2}", d.confidence));
    }
    match d.suggestions.split_first() {
        Some((best, rest)) => {
            let how = match d.fix_safety {
                FixSafety::Safe => "safe fix",
                FixSafety::Unsafe => "unsafe fix: --fix --unsafe-fixes",
                FixSafety::None => "review by hand",
            };
            notes.insert(0, how.to_string());
            writeln!(
                out,
                "{gutter} {} {} {} ({})",
                "=".blue().bold(),
                "suggestion:".bold(),
                best.replacement.green(),
                notes.join(", ")
            )?;
            if !rest.is_empty() {
                let others: Vec<String> = rest.iter().map(|s| s.replacement.clone()).collect();
                writeln!(
                    out,
                    "{gutter} {} {} {}",
                    "=".blue().bold(),
                    "also:".bold(),
                    others.join(" | ")
                )?;
            }
        }
        None if !notes.is_empty() => {
            writeln!(out, "{gutter} {} {}", "=".blue().bold(), notes.join(", "))?
        }
        None => {}
    }
    writeln!(out)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Emitter for Human {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        summary: &Summary,
    ) -> io::Result<()> {
        for report in reports.iter().filter(|r| !r.diagnostics.is_empty()) {
            let index = LineIndex::new(&report.source);
            for d in &report.diagnostics {
                write_diagnostic(out, report, &index, d)?;
            }
        }
        if self.quiet {
            return Ok(());
        }
        let ms = summary.elapsed.as_millis();
        let files = plural(summary.files, "file", "files");
        let mut line = if summary.findings == 0 {
            format!("{} in {files} ({ms} ms).", "No findings".green().bold())
        } else {
            let mut fixes = Vec::new();
            if summary.fixable > 0 {
                fixes.push(format!("{} fixable with --fix", summary.fixable));
            }
            if summary.unsafe_fixable > 0 {
                fixes.push(format!(
                    "{} more with --fix --unsafe-fixes",
                    summary.unsafe_fixable
                ));
            }
            let fixes = if fixes.is_empty() {
                String::new()
            } else {
                format!(" ({})", fixes.join(", "))
            };
            format!(
                "{}{fixes} in {files} ({ms} ms).",
                format!("Found {}", plural(summary.findings, "finding", "findings")).bold()
            )
        };
        if summary.fixed > 0 {
            line = format!(
                "Fixed {}. {line}",
                plural(summary.fixed, "finding", "findings")
            );
        }
        if summary.findings > 0 {
            line.push_str(&format!(
                " Spin score {:.1} per 1,000 words: {}.",
                summary.score.score,
                summary.score.verdict.as_str()
            ));
        }
        if !summary.errors.is_empty() {
            line.push_str(&format!(
                " {} could not be checked (see above).",
                plural(summary.errors.len(), "file", "files")
            ));
        }
        writeln!(out, "{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let line = "a".repeat(200) + "SPAN" + &"b".repeat(200);
        let (shown, s, e) = window(&line, 200, 204);
        assert_eq!(
            &shown.chars().skip(s).take(e - s).collect::<String>(),
            "SPAN"
        );
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(window("short", 0, 5), ("short".to_string(), 0, 5));
        // Byte offsets in, character columns out.
        let line = "é".repeat(150) + "SPAN" + &"\t".repeat(150);
        let (shown, s, e) = window(&line, 300, 304);
        assert_eq!(
            &shown.chars().skip(s).take(e - s).collect::<String>(),
            "SPAN"
        );
        assert_eq!(s, 41);
        assert!(shown.starts_with('…') && shown.ends_with(&format!("{}…", " ".repeat(40))));
        assert_eq!(window("a\u{e9}b", 1, 3), ("a\u{e9}b".to_string(), 1, 2));
    }
}
