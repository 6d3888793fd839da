//! Input formats: each turns a file into text segments with offset maps back to the file's
//! bytes, so spans, line/columns and fixes are exact in the original (escapes and entities
//! included), plus the suppression directives found in the format's comments.

pub mod directive;
pub mod json;
pub mod markdown;
pub mod markup;
pub mod plain;
pub mod po;
pub mod strings;
pub mod subtitles;
pub mod xml;
pub mod yaml;

use std::borrow::Cow;
use std::ops::Range;
use std::path::Path;

use crate::text::{OffsetMap, OffsetMapBuilder};
pub use directive::Directive;

/// How a replacement must be written into the file to mean its plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Escape {
    /// As is.
    #[default]
    None,
    /// XML/HTML text: `&`, `<`, `>` as entities.
    Xml,
    /// A double-quoted string with backslash escapes (PO, JSON, .strings, YAML "…").
    Backslash,
    /// An Android string resource: backslash escapes for quotes, and XML entities.
    Android,
}

impl Escape {
    #[must_use]
    pub fn apply<'a>(self, s: &'a str) -> Cow<'a, str> {
        let xml = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        };
        match self {
            Escape::None => Cow::Borrowed(s),
            _ if !s.contains(['&', '<', '>', '"', '\\', '\'', '\n']) => Cow::Borrowed(s),
            Escape::Xml => Cow::Owned(xml(s)),
            Escape::Backslash => Cow::Owned(
                s.replace('\\', "\\\\")
                    .replace('"', "\\\"")
                    .replace('\n', "\\n"),
            ),
            Escape::Android => Cow::Owned(xml(&s
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\'', "\\'"))),
        }
    }
}

/// A piece of a file's text that is checked, and where its bytes come from.
#[derive(Debug, Clone)]
pub struct Segment<'a> {
    pub text: Cow<'a, str>,
    /// Segment offsets → file offsets.
    pub map: OffsetMap,
    pub escape: Escape,
    /// Added to the message of every finding in the segment (e.g. "in a fuzzy PO entry").
    pub note: Option<String>,
}

impl<'a> Segment<'a> {
    /// A verbatim slice `range` of `source`.
    #[must_use]
    pub fn verbatim(source: &'a str, range: Range<usize>, escape: Escape) -> Self {
        Segment {
            text: Cow::Borrowed(&source[range.clone()]),
            map: OffsetMap::shifted(range.start),
            escape,
            note: None,
        }
    }
}

/// Builds a segment from verbatim pieces and decoded characters (escapes, entities).
#[derive(Debug, Default)]
pub struct SegmentBuilder {
    text: String,
    map: OffsetMapBuilder,
}

impl SegmentBuilder {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `piece`, which stands verbatim at file offset `at`.
    pub fn verbatim(&mut self, piece: &str, at: usize) {
        self.map.record(self.text.len(), at);
        self.text.push_str(piece);
        self.map.record(self.text.len(), at + piece.len());
    }

    /// Appends `decoded`, which the file writes as the bytes `raw` (an escape or entity), and
    /// which differ from it.
    pub fn decoded(&mut self, decoded: &str, raw: Range<usize>) {
        let start = self.text.len();
        self.map.record(start, raw.start);
        self.text.push_str(decoded);
        self.map.record(self.text.len(), raw.end);
        if decoded.len() == raw.len() {
            self.map.mark_decoded(start, self.text.len());
        }
    }

    /// Appends `decoded`, which the file writes as `source[raw]`: verbatim when the two are
    /// the same (a `\n` line break), decoded otherwise (`\r\n`, `\r`).
    pub fn decoded_from(&mut self, source: &str, decoded: &str, raw: Range<usize>) {
        if source.get(raw.clone()) == Some(decoded) {
            self.verbatim(decoded, raw.start);
        } else {
            self.decoded(decoded, raw);
        }
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    #[must_use]
    pub fn finish<'a>(self, escape: Escape) -> Segment<'a> {
        Segment {
            text: Cow::Owned(self.text),
            map: self.map.finish(),
            escape,
            note: None,
        }
    }
}

/// The checkable parts of one file.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The whole file.
    pub source: &'a str,
    pub segments: Vec<Segment<'a>>,
    /// Inline suppressions found in the file's comments.
    pub directives: Vec<Directive>,
}

/// The formats mtlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    Plain,
    Markdown,
    Po,
    Xliff,
    Html,
    Srt,
    Vtt,
    Json,
    Yaml,
    Strings,
    Android,
}

/// A file's lower-case name and the part after its last dot.
fn name_and_extension(path: &Path) -> (String, String) {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let ext = name.rsplit('.').next().unwrap_or("").to_string();
    (name, ext)
}

impl InputFormat {
    /// Whether a file found in a folder walk is in a format mtlint reads (a file named on the
    /// command line is checked whatever its name).
    #[must_use]
    pub fn is_known(path: &Path) -> bool {
        let (name, ext) = name_and_extension(path);
        Self::EXTENSIONS.contains(&ext.as_str()) || (ext == "xml" && name.contains("strings"))
    }

    /// The format of a file by its name; plain text when nothing else fits.
    #[must_use]
    pub fn detect(path: &Path) -> Self {
        let (name, ext) = name_and_extension(path);
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Self::Markdown,
            "po" | "pot" => Self::Po,
            "xlf" | "xliff" | "sdlxliff" => Self::Xliff,
            "html" | "htm" | "xhtml" => Self::Html,
            "srt" => Self::Srt,
            "vtt" => Self::Vtt,
            "json" | "arb" => Self::Json,
            "yml" | "yaml" => Self::Yaml,
            "strings" => Self::Strings,
            "xml" if name.contains("strings") => Self::Android,
            _ => Self::Plain,
        }
    }

    /// File name endings checked when a folder is walked.
    pub const EXTENSIONS: &'static [&'static str] = &[
        "txt", "text", "md", "markdown", "mdown", "mkd", "rst", "adoc", "org", "po", "pot", "xlf",
        "xliff", "html", "htm", "srt", "vtt", "json", "arb", "yml", "yaml", "strings",
    ];
}

/// A file that is not valid in its format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Byte offset of the problem.
    pub offset: usize,
    pub message: String,
}

/// Splits `source` into segments as `format` says.
pub fn parse(format: InputFormat, source: &str) -> Result<Document<'_>, ParseError> {
    let (segments, directives) = match format {
        InputFormat::Plain => (plain::segments(source), Vec::new()),
        InputFormat::Markdown => markdown::parse(source),
        InputFormat::Po => po::parse(source)?,
        InputFormat::Xliff => xml::parse_xliff(source)?,
        InputFormat::Android => xml::parse_android(source)?,
        InputFormat::Html => markup::parse_html(source),
        InputFormat::Srt => subtitles::parse_srt(source),
        InputFormat::Vtt => subtitles::parse_vtt(source),
        InputFormat::Json => json::parse(source)?,
        InputFormat::Yaml => yaml::parse(source)?,
        InputFormat::Strings => strings::parse(source)?,
    };
    Ok(Document {
        source,
        segments,
        directives,
    })
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// Each segment's text, and a check that every character maps back onto the file (and a
    /// verbatim one onto the same character).
    pub fn texts(doc: &Document<'_>) -> Vec<String> {
        for seg in &doc.segments {
            for (i, _) in seg.text.char_indices() {
                let at = seg.map.map(i);
                assert!(
                    at <= doc.source.len() && doc.source.is_char_boundary(at),
                    "offset {i} maps to {at}"
                );
            }
            // A piece the map calls verbatim is the same characters in the file.
            for (i, c) in seg.text.char_indices() {
                let end = i + c.len_utf8();
                if seg.map.is_verbatim(i, end) {
                    assert_eq!(
                        &doc.source[seg.map.map(i)..seg.map.map_end(end)],
                        &seg.text[i..end],
                        "verbatim {i}..{end}"
                    );
                }
            }
        }
        doc.segments.iter().map(|s| s.text.to_string()).collect()
    }
}
