//! Subtitles: SRT and WebVTT cues. Each cue's text (all its lines) is one segment; cue numbers,
//! timings, styling tags and WebVTT `NOTE`, `STYLE` and `REGION` blocks are left out. A
//! `NOTE mtlint: ignore[…]` block covers the cue after it.

use std::ops::Range;

use super::{Directive, Escape, Segment, SegmentBuilder, directive, markup};

/// Blank-line separated blocks of `source`, as byte ranges of their lines.
fn blocks(source: &str) -> Vec<Vec<Range<usize>>> {
    let mut out = Vec::new();
    let mut block = Vec::new();
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if !block.is_empty() {
                out.push(std::mem::take(&mut block));
            }
        } else {
            block.push(at..at + content.len());
        }
        at += line.len();
    }
    if !block.is_empty() {
        out.push(block);
    }
    out
}

/// The cue text lines `lines` as one segment, tags (`<i>`, `<v Name>`, `{\an8}`) left out.
fn cue(source: &str, lines: &[Range<usize>]) -> Option<Segment<'static>> {
    let mut b = SegmentBuilder::new();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            b.decoded_from(source, "\n", lines[n - 1].end..line.start);
        }
        let mut i = line.start;
        while i < line.end {
            let next_tag = source[i..line.end].find(['<', '{']).map(|o| i + o);
            let Some(open) = next_tag else {
                markup::text_with_entities(&mut b, source, i, line.end);
                break;
            };
            markup::text_with_entities(&mut b, source, i, open);
            let close = if source.as_bytes()[open] == b'<' {
                '>'
            } else {
                '}'
            };
            i = source[open..line.end]
                .find(close)
                .map_or(line.end, |c| open + c + 1);
        }
    }
    (!b.is_empty()).then(|| b.finish(Escape::Xml))
}

#[must_use]
pub fn parse_srt(source: &str) -> (Vec<Segment<'_>>, Vec<Directive>) {
    let mut segments = Vec::new();
    for block in blocks(source) {
        let timing = block.iter().position(|l| source[l.clone()].contains("-->"));
        if let Some(t) = timing {
            segments.extend(cue(source, &block[t + 1..]));
        }
    }
    (segments, Vec::new())
}

#[must_use]
pub fn parse_vtt(source: &str) -> (Vec<Segment<'_>>, Vec<Directive>) {
    let mut segments = Vec::new();
    let mut directives = Vec::new();
    let mut pending: Vec<(Range<usize>, Vec<String>)> = Vec::new();
    for block in blocks(source) {
        let first = &source[block[0].clone()];
        if first.starts_with("NOTE") {
            let all = block[0].start..block[block.len() - 1].end;
            if let Some((directive::Command::Ignore, rules)) =
                directive::command(&source[all.clone()])
            {
                pending.push((all, rules));
            }
            continue;
        }
        if first.starts_with("WEBVTT") || first.starts_with("STYLE") || first.starts_with("REGION")
        {
            continue;
        }
        let Some(t) = block.iter().position(|l| source[l.clone()].contains("-->")) else {
            continue;
        };
        let covers = block[0].start..block[block.len() - 1].end;
        for (at, rules) in pending.drain(..) {
            directives.push(Directive {
                at,
                covers: covers.clone(),
                rules,
            });
        }
        segments.extend(cue(source, &block[t + 1..]));
    }
    (segments, directives)
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse, test_support::texts};

    #[test]
    fn srt_cues() {
        let src = "1\r\n00:00:01,000 --> 00:00:04,000\r\nThe Kremlin <i>performed</i>\r\ndown hopes.\r\n\r\n2\r\n00:00:05,000 --> 00:00:06,000\r\n{\\an8}Peskov instructed reporters.\r\n";
        let doc = parse(InputFormat::Srt, src).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "The Kremlin performed\ndown hopes.",
                "Peskov instructed reporters."
            ]
        );
    }

    #[test]
    fn vtt_cues_notes_and_headers() {
        let src = "WEBVTT - news\n\nNOTE mtlint: ignore[navy-motion]\n\nintro\n00:01.000 --> 00:04.000 line:0\n<v Anna>Moscow's navy motion &amp; more\n\nSTYLE\n::cue { color: red }\n\n00:05.000 --> 00:06.000\nIt performed down hopes.\n";
        let doc = parse(InputFormat::Vtt, src).unwrap();
        assert_eq!(
            texts(&doc),
            ["Moscow's navy motion & more", "It performed down hopes."]
        );
        assert_eq!(doc.directives.len(), 1);
        assert!(
            doc.directives[0]
                .covers
                .contains(&src.find("navy motion &").unwrap())
        );
        assert!(
            !doc.directives[0]
                .covers
                .contains(&src.find("performed").unwrap())
        );
    }
}
