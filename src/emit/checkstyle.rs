//! `--format checkstyle`: the Checkstyle XML that many CI dashboards read.

use std::io::{self, Write};

use super::{Emitter, FileReport, Summary};

pub struct Checkstyle;

/// Escapes text for an XML attribute value. Characters XML 1.0 does not allow at all, even
/// as references (control characters other than tab, line feed and carriage return; U+FFFE,
/// U+FFFF), become U+FFFD.
#[must_use]
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

impl Emitter for Checkstyle {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        _summary: &Summary,
    ) -> io::Result<()> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(out, r#"<checkstyle version="4.3">"#)?;
        for r in reports.iter().filter(|r| !r.diagnostics.is_empty()) {
            writeln!(out, r#"  <file name="{}">"#, xml_escape(&r.path))?;
            for d in &r.diagnostics {
                let message = d.message_with_suggestion();
                writeln!(
                    out,
                    r#"    <error line="{}" column="{}" severity="{}" message="{}" source="mtlint.{}"/>"#,
                    d.start.line,
                    d.start.column,
                    d.severity.as_str(),
                    xml_escape(&message),
                    xml_escape(&d.rule)
                )?;
            }
            writeln!(out, "  </file>")?;
        }
        writeln!(out, "</checkstyle>")
    }
}
