//! Apple `.strings` files: `"key" = "value";` — the values, with backslash escapes mapped.
//! `/* mtlint: ignore */` or `// mtlint: ignore` comments carry suppressions.

use std::ops::Range;

use super::{Directive, Escape, ParseError, Segment, SegmentBuilder, directive};

/// A quoted string at `pos`; returns where it ends (after the closing quote).
fn string(source: &str, pos: usize, out: &mut SegmentBuilder) -> Result<usize, ParseError> {
    let bytes = source.as_bytes();
    let mut i = pos + 1;
    let mut run = i;
    loop {
        match bytes.get(i) {
            None => {
                return Err(ParseError {
                    offset: pos,
                    message: "unterminated string".into(),
                });
            }
            Some(b'"') => {
                out.verbatim(&source[run..i], run);
                return Ok(i + 1);
            }
            Some(b'\\') => {
                out.verbatim(&source[run..i], run);
                // The escaped character, whole (it may be multi-byte).
                let e = source[i + 1..].chars().next().unwrap_or('\\');
                let hex = source
                    .get(i + 2..i + 6)
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .and_then(char::from_u32);
                let (value, len) = match (e, hex) {
                    ('n', _) => ("\n".to_string(), 2),
                    ('t', _) => ("\t".to_string(), 2),
                    ('U' | 'u', Some(c)) => (String::from(c), 6),
                    (other, _) => (other.to_string(), 1 + other.len_utf8()),
                };
                let len = len.min(source.len() - i);
                out.decoded(&value, i..i + len);
                i += len;
                run = i;
            }
            Some(_) => i += 1,
        }
    }
}

pub fn parse(source: &str) -> Result<(Vec<Segment<'_>>, Vec<Directive>), ParseError> {
    let mut segments = Vec::new();
    let mut comments: Vec<Range<usize>> = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    // Each entry: key, `=`, value, `;`; `expect_value` is set after the `=`.
    let mut expect_value = false;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = source[i + 2..]
                    .find("*/")
                    .map_or(source.len(), |e| i + 2 + e + 2);
                comments.push(i..end);
                i = end;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = source[i..].find('\n').map_or(source.len(), |e| i + e);
                comments.push(i..end);
                i = end;
            }
            b'"' => {
                let mut b = SegmentBuilder::new();
                i = string(source, i, &mut b)?;
                if expect_value && !b.is_empty() {
                    segments.push(b.finish(Escape::Backslash));
                }
            }
            b'=' => {
                expect_value = true;
                i += 1;
            }
            b';' => {
                expect_value = false;
                i += 1;
            }
            _ => i += 1,
        }
    }
    Ok((segments, directive::from_comments(source, &comments)))
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse, test_support::texts};

    /// Found by the `formats` fuzz target: a backslash before a multi-byte character cut that
    /// character in two (a panic).
    #[test]
    fn a_backslash_before_any_character() {
        let src = "\"k\" = \"a \\\u{769}b \\u12 \\\u{1F600}\";\n\"z\" = \"\\";
        let doc = parse(InputFormat::Strings, src);
        assert!(doc.is_err(), "the last string is unterminated");
        let src = "\"k\" = \"a \\\u{769}b \\u12 \\\u{1F600}\";\n";
        let doc = parse(InputFormat::Strings, src).unwrap();
        assert_eq!(texts(&doc), ["a \u{769}b u12 \u{1F600}"]);
    }

    #[test]
    fn values_with_escapes_and_comments() {
        let src = "/* Title */\n\"title\" = \"The Kremlin performed down hopes\";\n// mtlint: ignore\n\"quote\" = \"Peskov \\\"instructed\\\" reporters\\n\";\nkey = \"navy motion\";\n";
        let doc = parse(InputFormat::Strings, src).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "The Kremlin performed down hopes",
                "Peskov \"instructed\" reporters\n",
                "navy motion"
            ]
        );
        assert_eq!(doc.directives.len(), 1);
        assert!(
            doc.directives[0]
                .covers
                .contains(&src.find("Peskov").unwrap())
        );
    }
}
