//! Markdown (CommonMark with tables, footnotes and front matter): the prose only. Code blocks,
//! inline code, raw HTML, front matter and autolinked URLs are left out; each paragraph,
//! heading, list item and table cell is one segment, so a phrase may cross emphasis or a line
//! break. HTML comments carry suppressions: `<!-- mtlint: ignore[rule] -->`.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{Directive, Escape, Segment, SegmentBuilder, directive};

/// Stands in for inline code: not a word character and not a space, so no phrase runs across it.
const PLACEHOLDER: &str = "\u{FFFC}";

#[must_use]
pub fn parse(source: &str) -> (Vec<Segment<'_>>, Vec<Directive>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut segments = Vec::new();
    let mut comments = Vec::new();
    let mut current = SegmentBuilder::new();
    let mut skip = 0usize;
    let mut in_autolink = false;
    let flush = |current: &mut SegmentBuilder, segments: &mut Vec<Segment<'_>>| {
        let done = std::mem::take(current);
        if !done.is_empty() {
            segments.push(done.finish(Escape::None));
        }
    };
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1)
            }
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => in_autolink = true,
            Event::End(TagEnd::Link) => in_autolink = false,
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition,
            ) => flush(&mut current, &mut segments),
            Event::Text(text) if skip == 0 && !in_autolink => {
                if source.get(range.clone()) == Some(&*text) {
                    current.verbatim(&text, range.start);
                } else {
                    current.decoded(&text, range);
                }
            }
            Event::Code(_) if skip == 0 => current.decoded(PLACEHOLDER, range),
            Event::SoftBreak | Event::HardBreak if skip == 0 => {
                current.decoded_from(source, "\n", range)
            }
            Event::Html(html) | Event::InlineHtml(html)
                if html.trim_start().starts_with("<!--") =>
            {
                let start = range.start + source[range.clone()].find("<!--").unwrap_or(0);
                let end = source[start..range.end]
                    .find("-->")
                    .map_or(range.end, |i| start + i + 3);
                comments.push(start..end);
            }
            _ => {}
        }
    }
    flush(&mut current, &mut segments);
    (segments, directive::from_comments(source, &comments))
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse as parse_doc, test_support::texts};

    /// Found by the `formats` fuzz target: a line break written as a lone `\r` (or `\r\n`)
    /// was read as `\n` and passed for a verbatim copy of it.
    #[test]
    fn line_breaks_other_than_lf_are_not_verbatim() {
        for nl in ["\n", "\r\n", "\r"] {
            let src = format!("The Kremlin performed{nl}down hopes.{nl}");
            let doc = parse_doc(InputFormat::Markdown, &src).unwrap();
            assert_eq!(texts(&doc)[0], "The Kremlin performed\ndown hopes.");
            let seg = &doc.segments[0];
            let at = seg.text.find('\n').unwrap();
            assert_eq!(&src[seg.map.map(at)..seg.map.map_end(at + 1)], nl);
            assert_eq!(seg.map.is_verbatim(at, at + 1), nl == "\n", "{nl:?}");
        }
    }

    #[test]
    fn prose_only() {
        let src = "---\ntitle: performed down\n---\n# Heading *one*\n\nSome `code here` and [a link](http://x.y) and <http://auto.link>.\n\n```\nperformed down\n```\n\n- item **bold** text\n  continued\n";
        let doc = parse_doc(InputFormat::Markdown, src).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "Heading one",
                "Some \u{FFFC} and a link and .",
                "item bold text\ncontinued"
            ]
        );
    }

    #[test]
    fn entities_map_to_their_bytes() {
        let src = "Tom &amp; Jerry performed down\n";
        let doc = parse_doc(InputFormat::Markdown, src).unwrap();
        let seg = &doc.segments[0];
        assert_eq!(seg.text, "Tom & Jerry performed down");
        let at = seg.text.find("performed").unwrap();
        assert_eq!(
            &src[seg.map.map(at)..seg.map.map(at + 14)],
            "performed down"
        );
        assert!(seg.map.is_verbatim(at, at + 14));
        assert!(!seg.map.is_verbatim(0, 7));
    }

    #[test]
    fn html_comments_become_directives() {
        let src =
            "Para one.\n\n<!-- mtlint: ignore[performed-down] -->\nIt performed down hopes.\n";
        let doc = parse_doc(InputFormat::Markdown, src).unwrap();
        assert_eq!(doc.directives.len(), 1);
        assert_eq!(doc.directives[0].rules, ["performed-down"]);
        assert!(
            doc.directives[0]
                .covers
                .contains(&src.find("performed").unwrap())
        );
    }
}
