//! YAML localization files (Rails i18n style): nested mappings and lists whose scalar values are
//! checked, never keys. Plain, single-quoted, double-quoted and block (`|`, `>`) scalars;
//! `# mtlint: ignore[…]` comments carry suppressions. Anchors, aliases and tags are left out.

use std::ops::Range;

use super::{Directive, Escape, ParseError, Segment, SegmentBuilder, directive};

/// Where a line's comment starts (a `#` at its start or after white space, outside quotes).
fn comment_start(line: &str) -> Option<usize> {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single && prev != '\\' => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The value part of a line (after `key:` or `- `), with its offset in the line.
fn value_of(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    if let Some(rest) = t.strip_prefix("- ") {
        return Some((
            lead + 2 + (rest.len() - rest.trim_start().len()),
            rest.trim_start(),
        ));
    }
    let bytes = t.as_bytes();
    let mut in_quote: Option<u8> = None;
    for (i, &b) in bytes.iter().enumerate() {
        match (in_quote, b) {
            (None, b'"' | b'\'') if i == 0 => in_quote = Some(b),
            (Some(q), _) if b == q => in_quote = None,
            (None, b':') if bytes.get(i + 1).is_none_or(|n| *n == b' ' || *n == b'\t') => {
                let rest = &t[i + 1..];
                let skip = rest.len() - rest.trim_start().len();
                return Some((lead + i + 1 + skip, rest.trim_start()));
            }
            _ => {}
        }
    }
    None
}

fn quoted(b: &mut SegmentBuilder, at: usize, raw: &str) -> Result<(), ParseError> {
    let q = raw.as_bytes()[0];
    let err = |m: &str| ParseError {
        offset: at,
        message: m.to_string(),
    };
    let mut i = 1;
    let mut run = 1;
    while i < raw.len() {
        let c = raw.as_bytes()[i];
        if c == q {
            if q == b'\'' && raw.as_bytes().get(i + 1) == Some(&b'\'') {
                b.verbatim(&raw[run..i], at + run);
                b.decoded("'", at + i..at + i + 2);
                i += 2;
                run = i;
                continue;
            }
            b.verbatim(&raw[run..i], at + run);
            return Ok(());
        }
        if q == b'"' && c == b'\\' {
            b.verbatim(&raw[run..i], at + run);
            let e = *raw
                .as_bytes()
                .get(i + 1)
                .ok_or_else(|| err("unterminated escape"))?;
            let value = match e {
                b'n' => "\n",
                b't' => "\t",
                b'"' => "\"",
                b'\\' => "\\",
                b'/' => "/",
                _ => " ",
            };
            b.decoded(value, at + i..at + i + 2);
            i += 2;
            run = i;
            continue;
        }
        i += 1;
    }
    Err(err("unterminated quoted string"))
}

pub fn parse(source: &str) -> Result<(Vec<Segment<'_>>, Vec<Directive>), ParseError> {
    let mut segments = Vec::new();
    let mut comments: Vec<Range<usize>> = Vec::new();
    let lines: Vec<(usize, &str)> = source
        .split_inclusive('\n')
        .scan(0, |at, l| {
            let start = *at;
            *at += l.len();
            Some((start, l.trim_end_matches(['\n', '\r'])))
        })
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let (at, line) = lines[i];
        i += 1;
        let code_end = comment_start(line).unwrap_or(line.len());
        if code_end < line.len() {
            comments.push(at + code_end..at + line.len());
        }
        let code = line[..code_end].trim_end();
        if code.trim().is_empty() || code.trim_start().starts_with("---") {
            continue;
        }
        let Some((off, value)) = value_of(code) else {
            continue;
        };
        if value.is_empty() || value.starts_with(['&', '*', '!', '{', '[']) {
            continue;
        }
        let mut b = SegmentBuilder::new();
        if value.starts_with(['|', '>']) {
            // A block scalar: the following lines indented deeper than this one.
            let own = indent(line);
            while i < lines.len() {
                let (lat, l) = lines[i];
                if !l.trim().is_empty() && indent(l) <= own {
                    break;
                }
                if !l.trim().is_empty() {
                    let lead = indent(l);
                    if !b.is_empty() {
                        // The line break is the file's own line break before this line (the
                        // indentation is skipped): mapped onto an indentation space, it looked
                        // like a verbatim copy of that space.
                        let brk = if source[..lat].ends_with("\r\n") {
                            lat - 2
                        } else {
                            lat - 1
                        };
                        b.decoded_from(source, "\n", brk..lat);
                    }
                    b.verbatim(&l[lead..], lat + lead);
                }
                i += 1;
            }
        } else if value.starts_with(['"', '\'']) {
            quoted(&mut b, at + off, value)?;
        } else {
            b.verbatim(value, at + off);
        }
        if !b.is_empty() {
            let escape = if value.starts_with('"') {
                Escape::Backslash
            } else {
                Escape::None
            };
            segments.push(b.finish(escape));
        }
    }
    Ok((segments, directive::from_comments(source, &comments)))
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse, test_support::texts};

    /// Found by the `formats` fuzz target: the line break inside a block scalar mapped onto an
    /// indentation space and passed for a verbatim copy of it.
    #[test]
    fn block_scalar_line_breaks_map_onto_line_breaks() {
        for nl in ["\n", "\r\n"] {
            let src = format!("body: |{nl}  The Kremlin performed{nl}{nl}  down hopes{nl}x: y{nl}");
            let doc = parse(InputFormat::Yaml, &src).unwrap();
            assert_eq!(texts(&doc)[0], "The Kremlin performed\ndown hopes");
            let seg = &doc.segments[0];
            let at = seg.text.find('\n').unwrap();
            assert_eq!(&src[seg.map.map(at)..seg.map.map_end(at + 1)], nl);
            assert_eq!(seg.map.is_verbatim(at, at + 1), nl == "\n");
        }
    }

    #[test]
    fn rails_style_values() {
        let src = "en:\n  news:\n    title: The Kremlin performed down hopes # mtlint: ignore\n    quote: \"Peskov \\\"instructed\\\" reporters\"\n    single: 'Moscow''s navy motion'\n    body: |\n      First line\n      second line\n    items:\n      - calls for\n    ref: *alias\n";
        let doc = parse(InputFormat::Yaml, src).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "The Kremlin performed down hopes",
                "Peskov \"instructed\" reporters",
                "Moscow's navy motion",
                "First line\nsecond line",
                "calls for"
            ]
        );
        assert_eq!(doc.directives.len(), 1);
    }

    #[test]
    fn unterminated_quotes_are_errors() {
        assert!(parse(InputFormat::Yaml, "en:\n  a: \"open\n").is_err());
    }
}
