//! One-line-per-finding formats: `concise` (people and grep), `github` (GitHub Actions
//! workflow commands), `jsonl` (one JSON object a line, for streaming consumers).

use std::io::{self, Write};

use super::{Emitter, FileReport, Summary, json::diagnostic_json};

pub struct Concise;
pub struct Github;
pub struct JsonLines;

impl Emitter for Concise {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        _summary: &Summary,
    ) -> io::Result<()> {
        for r in reports {
            for d in &r.diagnostics {
                write!(
                    out,
                    "{}:{}:{}: {}: {}",
                    r.path, d.start.line, d.start.column, d.rule, d.message
                )?;
                match d.suggestions.first() {
                    Some(s) => writeln!(out, " -> {}", s.replacement)?,
                    None => writeln!(out)?,
                }
            }
        }
        Ok(())
    }
}

/// Escapes the message part of a workflow command.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Emitter for Github {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        _summary: &Summary,
    ) -> io::Result<()> {
        for r in reports {
            for d in &r.diagnostics {
                let command = match d.severity {
                    crate::diagnostic::Severity::Error => "error",
                    crate::diagnostic::Severity::Warning => "warning",
                    crate::diagnostic::Severity::Info => "notice",
                };
                let message = d.message_with_suggestion();
                writeln!(
                    out,
                    "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                    escape_property(r.path.strip_prefix("./").unwrap_or(&r.path)),
                    d.start.line,
                    d.start.column,
                    d.end.line,
                    d.end.column,
                    escape_property(&format!("mtlint {}", d.rule)),
                    escape_data(&message)
                )?;
            }
        }
        Ok(())
    }
}

impl Emitter for JsonLines {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        _summary: &Summary,
    ) -> io::Result<()> {
        for r in reports {
            write_jsonl(out, &r.path, &r.diagnostics)?;
        }
        Ok(())
    }
}

/// Writes `diagnostics` of the file at `path` as JSON Lines: one object per line.
pub fn write_jsonl<W: Write + ?Sized>(
    out: &mut W,
    path: &str,
    diagnostics: &[crate::Diagnostic],
) -> io::Result<()> {
    for d in diagnostics {
        serde_json::to_writer(&mut *out, &diagnostic_json(path, d))?;
        writeln!(out)?;
    }
    Ok(())
}

/// `--statistics`: how many findings each rule made, most first.
pub struct Statistics;

impl Emitter for Statistics {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        summary: &Summary,
    ) -> io::Result<()> {
        let mut counts: std::collections::BTreeMap<(&str, &str), (usize, usize)> =
            std::collections::BTreeMap::new();
        for d in reports.iter().flat_map(|r| &r.diagnostics) {
            let e = counts
                .entry((d.rule.as_str(), d.message.as_str()))
                .or_default();
            e.0 += 1;
            if d.fix_at(crate::diagnostic::FixSafety::Safe).is_some() {
                e.1 += 1;
            }
        }
        let mut rows: Vec<_> = counts.into_iter().collect();
        rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
        for ((rule, message), (n, fixable)) in rows {
            let mark = if fixable == n { "[*]" } else { "[ ]" };
            writeln!(out, "{n:>5}  {rule:<36} {mark} {message}")?;
        }
        writeln!(
            out,
            "{} findings in {} files; [*] fixable with --fix.",
            summary.findings, summary.files
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_escape_what_github_requires() {
        assert_eq!(escape_data("50% a\nb\r"), "50%25 a%0Ab%0D");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
