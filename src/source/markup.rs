//! HTML: the text nodes, not tags, attributes, scripts, styles or code. Block elements end a
//! segment; inline elements (`<b>`, `<a>`, …) do not, so a phrase may cross them (its fix is then
//! left to a person). Entities are decoded and mapped to their bytes.

use super::{Directive, Escape, Segment, SegmentBuilder, directive};

const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "td",
    "th",
    "tr",
    "table",
    "br",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "title",
    "dd",
    "dt",
    "dl",
    "figcaption",
    "figure",
    "main",
    "nav",
    "aside",
    "body",
    "head",
    "html",
    "caption",
    "summary",
    "details",
    "option",
    "label",
    "button",
];
const RAW: &[&str] = &[
    "script", "style", "pre", "code", "textarea", "template", "svg", "math", "kbd", "samp",
];

/// The text of a named or numeric entity (the part between `&` and `;`).
#[must_use]
pub fn entity(name: &str) -> Option<String> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "mdash" => '—',
        "ndash" => '–',
        "rsquo" => '’',
        "lsquo" => '‘',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "shy" => '\u{ad}',
        n if n.starts_with("#x") || n.starts_with("#X") => {
            char::from_u32(u32::from_str_radix(&n[2..], 16).ok()?)?
        }
        n if n.starts_with('#') => char::from_u32(n[1..].parse().ok()?)?,
        _ => return None,
    };
    Some(c.to_string())
}

/// Adds text at `start..end` of `source`, decoding entities.
pub fn text_with_entities(out: &mut SegmentBuilder, source: &str, start: usize, end: usize) {
    let mut run = start;
    let mut i = start;
    while let Some(off) = source[i..end].find('&') {
        let amp = i + off;
        let semi = source[amp..end]
            .find(';')
            .map(|s| amp + s)
            .filter(|&s| s - amp <= 10);
        match semi.and_then(|s| entity(&source[amp + 1..s]).map(|v| (s, v))) {
            Some((s, value)) => {
                out.verbatim(&source[run..amp], run);
                out.decoded(&value, amp..s + 1);
                run = s + 1;
                i = s + 1;
            }
            None => i = amp + 1,
        }
    }
    out.verbatim(&source[run..end], run);
}

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '/' || c == '>')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[must_use]
pub fn parse_html(source: &str) -> (Vec<Segment<'_>>, Vec<Directive>) {
    let mut segments = Vec::new();
    let mut comments = Vec::new();
    let mut current = SegmentBuilder::new();
    let mut raw_depth = 0usize;
    let mut i = 0;
    let flush = |current: &mut SegmentBuilder, segments: &mut Vec<Segment<'_>>| {
        let done = std::mem::take(current);
        if !done.is_empty() {
            segments.push(done.finish(Escape::Xml));
        }
    };
    while i < source.len() {
        let Some(lt) = source[i..].find('<').map(|o| i + o) else {
            if raw_depth == 0 {
                text_with_entities(&mut current, source, i, source.len());
            }
            break;
        };
        if raw_depth == 0 && lt > i {
            text_with_entities(&mut current, source, i, lt);
        }
        if source[lt..].starts_with("<!--") {
            let end = source[lt..]
                .find("-->")
                .map_or(source.len(), |e| lt + e + 3);
            comments.push(lt..end);
            i = end;
            continue;
        }
        // Up to the `>`, or to the end of a file that never closes the tag.
        let (tag_end, end) = source[lt..]
            .find('>')
            .map_or((source.len(), source.len()), |e| (lt + e, lt + e + 1));
        let tag = &source[lt + 1..tag_end.max(lt + 1)];
        let name = tag_name(tag);
        let closing = tag.starts_with('/');
        let self_closing = tag.ends_with('/');
        if RAW.contains(&name.as_str()) {
            if closing {
                raw_depth = raw_depth.saturating_sub(1);
            } else if !self_closing {
                raw_depth += 1;
                if name == "script" || name == "style" {
                    // Their content is not markup: jump to the closing tag.
                    let close = format!("</{name}");
                    let stop = source[end..]
                        .to_ascii_lowercase()
                        .find(&close)
                        .map_or(source.len(), |s| end + s);
                    i = stop;
                    continue;
                }
            }
            flush(&mut current, &mut segments);
        } else if BLOCK.contains(&name.as_str()) {
            flush(&mut current, &mut segments);
        }
        i = end;
    }
    flush(&mut current, &mut segments);
    (segments, directive::from_comments(source, &comments))
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse, test_support::texts};

    /// Found by the `formats` fuzz target: a tag left open at the end of the file, ending in a
    /// multi-byte character, was cut inside that character (a panic).
    #[test]
    fn an_unclosed_tag_at_the_end() {
        for src in ["<!\u{1}\u{673}", "<p>x</p><b\u{673}", "text <\u{1F600}"] {
            let doc = parse(InputFormat::Html, src).unwrap();
            texts(&doc);
        }
    }

    #[test]
    fn text_nodes_only() {
        let src = "<html><head><title>News</title><style>p{x:1}</style><script>var s = \"performed down\";</script></head>\n<body><p class=\"performed down\">It <b>performed</b> down hopes &amp; <code>navy motion</code> fears.</p><!-- mtlint: ignore --><p>Two&nbsp;words</p></body></html>";
        let doc = parse(InputFormat::Html, src).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "News",
                "It performed down hopes & ",
                " fears.",
                "Two\u{a0}words"
            ]
        );
        assert_eq!(doc.directives.len(), 1);
    }
}
