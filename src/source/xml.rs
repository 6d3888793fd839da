//! XML localization files read with quick-xml: XLIFF 1.2 and 2.x (`<target>` text, inline tags
//! kept out, entities mapped) and Android `strings.xml` (`<string>`, `<plurals>`, `<string-array>`
//! items, with Android's backslash escapes). Comments `<!-- mtlint: … -->` and XLIFF `<note>`s
//! saying `mtlint: ignore` carry suppressions.

use std::ops::Range;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Directive, Escape, ParseError, Segment, SegmentBuilder, directive};

/// What one XML dialect checks.
struct Dialect {
    /// Elements whose text is checked.
    targets: &'static [&'static str],
    /// Inline elements whose content is code, never text.
    code: &'static [&'static str],
    /// Elements that delimit an entry (a suppression note covers its entry).
    units: &'static [&'static str],
    escape: Escape,
    /// Android's `\'`, `\"`, `\n`, `\uXXXX` escapes inside text.
    backslash_escapes: bool,
}

const XLIFF: Dialect = Dialect {
    targets: &["target"],
    code: &["ph", "bpt", "ept", "it", "sub"],
    units: &["trans-unit", "unit"],
    escape: Escape::Xml,
    backslash_escapes: false,
};

const ANDROID: Dialect = Dialect {
    targets: &["string", "item"],
    code: &["g"],
    units: &["string", "plurals", "string-array"],
    escape: Escape::Android,
    backslash_escapes: true,
};

pub fn parse_xliff(source: &str) -> Result<(Vec<Segment<'_>>, Vec<Directive>), ParseError> {
    scan(source, &XLIFF)
}

pub fn parse_android(source: &str) -> Result<(Vec<Segment<'_>>, Vec<Directive>), ParseError> {
    scan(source, &ANDROID)
}

fn local(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// The text of a character or entity reference (`amp`, `#233`, `#xE9`): XML knows only its
/// five named entities, the HTML ones (`nbsp`) are errors here.
fn reference(name: &str) -> Option<String> {
    let predefined = matches!(name, "amp" | "lt" | "gt" | "quot" | "apos");
    (predefined || name.starts_with('#'))
        .then(|| super::markup::entity(name))
        .flatten()
}

/// Adds raw text at `range`, decoding Android backslash escapes when asked.
fn text(out: &mut SegmentBuilder, source: &str, range: Range<usize>, backslash: bool) {
    let raw = &source[range.clone()];
    if !backslash || !raw.contains('\\') {
        out.verbatim(raw, range.start);
        return;
    }
    let mut run = 0;
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        let Some(&(j, e)) = chars.peek() else { break };
        chars.next();
        out.verbatim(&raw[run..i], range.start + run);
        let (value, end) = match e {
            'n' => ("\n".to_string(), j + 1),
            't' => ("\t".to_string(), j + 1),
            'u' if raw.len() >= j + 5 => match u32::from_str_radix(&raw[j + 1..j + 5], 16)
                .ok()
                .and_then(char::from_u32)
            {
                Some(ch) => (ch.to_string(), j + 5),
                None => (String::new(), j + 1),
            },
            other => (other.to_string(), j + other.len_utf8()),
        };
        out.decoded(&value, range.start + i..range.start + end);
        while chars.peek().is_some_and(|&(k, _)| k < end) {
            chars.next();
        }
        run = end;
    }
    out.verbatim(&raw[run..], range.start + run);
}

fn scan<'a>(
    source: &'a str,
    dialect: &Dialect,
) -> Result<(Vec<Segment<'a>>, Vec<Directive>), ParseError> {
    let mut reader = Reader::from_str(source);
    reader.config_mut().trim_text(false);
    let mut segments = Vec::new();
    let mut comments: Vec<Range<usize>> = Vec::new();
    let mut directives = Vec::new();
    let mut current: Option<SegmentBuilder> = None;
    let mut target_depth = 0usize;
    let mut code_depth = 0usize;
    let mut skip_unit = false;
    let mut unit_start: Option<usize> = None;
    let mut unit_notes: Vec<(Range<usize>, Vec<String>)> = Vec::new();
    let mut in_note: Option<usize> = None;
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let event = reader.read_event().map_err(|e| ParseError {
            offset: usize::try_from(reader.error_position()).unwrap_or(0),
            message: format!("not well-formed XML: {e}"),
        })?;
        let after = usize::try_from(reader.buffer_position()).unwrap_or(0);
        match event {
            Event::Eof => break,
            Event::Start(e) => {
                let name = local(&e);
                if dialect.units.contains(&name.as_str()) && target_depth == 0 {
                    unit_start = Some(before);
                    skip_unit = attribute(&e, "translate").as_deref() == Some("no")
                        || attribute(&e, "translatable").as_deref() == Some("false");
                }
                if current.is_some() {
                    target_depth += 1;
                    if dialect.code.contains(&name.as_str()) || code_depth > 0 {
                        code_depth += 1;
                    }
                } else if dialect.targets.contains(&name.as_str()) && !skip_unit {
                    current = Some(SegmentBuilder::new());
                    target_depth = 1;
                } else if name == "note" {
                    in_note = Some(after);
                }
            }
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if current.is_some() {
                    target_depth -= 1;
                    code_depth = code_depth.saturating_sub(1);
                    if target_depth == 0 {
                        if let Some(b) = current.take().filter(|b| !b.is_empty()) {
                            segments.push(b.finish(dialect.escape));
                        }
                    }
                } else if name == "note" {
                    if let Some(start) = in_note.take() {
                        if let Some((directive::Command::Ignore, rules)) =
                            directive::command(&source[start..before])
                        {
                            unit_notes.push((start..before, rules));
                        }
                    }
                }
                if dialect.units.contains(&name.as_str()) && current.is_none() {
                    if let Some(start) = unit_start.take() {
                        for (at, rules) in unit_notes.drain(..) {
                            directives.push(Directive {
                                at,
                                covers: start..after,
                                rules,
                            });
                        }
                    }
                    skip_unit = false;
                }
            }
            Event::Empty(_) => {
                if let Some(b) = current.as_mut() {
                    // An empty inline element (a placeholder) keeps words apart.
                    b.decoded(" ", before..after);
                }
            }
            Event::Text(_) => {
                if let Some(b) = current.as_mut().filter(|_| code_depth == 0) {
                    text(b, source, before..after, dialect.backslash_escapes);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(b) = current.as_mut().filter(|_| code_depth == 0) {
                    let name = String::from_utf8_lossy(&r).into_owned();
                    match reference(&name) {
                        Some(value) => b.decoded(&value, before..after),
                        None => {
                            return Err(ParseError {
                                offset: before,
                                message: format!("unknown entity `&{name};`"),
                            });
                        }
                    }
                }
            }
            Event::CData(_) => {
                if let Some(b) = current.as_mut().filter(|_| code_depth == 0) {
                    let inner = before + "<![CDATA[".len()..after.saturating_sub("]]>".len());
                    b.verbatim(&source[inner.clone()], inner.start);
                }
            }
            Event::Comment(_) => comments.push(before..after),
            _ => {}
        }
    }
    directives.extend(directive::from_comments(source, &comments));
    Ok((segments, directives))
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse, test_support::texts};

    const XLIFF12: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="a.txt"><body>
  <trans-unit id="1"><source>Der Kreml spielte herunter</source><target>The Kremlin performed down hopes &amp; fears</target></trans-unit>
  <trans-unit id="2"><source>x</source><target>Peskov <g id="1">instructed</g> reporters <ph id="2">{name}</ph> today</target>
    <note>mtlint: ignore[instructed-reporters]</note></trans-unit>
  <trans-unit id="3" translate="no"><source>x</source><target>navy motion</target></trans-unit>
</body></file></xliff>"#;

    #[test]
    fn xliff12_targets_with_inline_tags_and_entities() {
        let doc = parse(InputFormat::Xliff, XLIFF12).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "The Kremlin performed down hopes & fears",
                "Peskov instructed reporters  today"
            ]
        );
        let seg = &doc.segments[0];
        let amp = seg.text.find('&').unwrap();
        assert_eq!(&XLIFF12[seg.map.map(amp)..seg.map.map(amp + 1)], "&amp;");
        assert_eq!(doc.directives.len(), 1);
        assert!(
            doc.directives[0]
                .covers
                .contains(&XLIFF12.find("instructed").unwrap())
        );
        assert!(
            !doc.directives[0]
                .covers
                .contains(&XLIFF12.find("performed").unwrap())
        );
    }

    #[test]
    fn xliff2_segments() {
        let src = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en"><file id="f"><unit id="u"><segment><source>a</source><target>It <pc id="1">performed</pc> down<ph id="2"/>now</target></segment></unit></file></xliff>"#;
        let doc = parse(InputFormat::Xliff, src).unwrap();
        assert_eq!(texts(&doc), ["It performed down now"]);
    }

    #[test]
    fn android_strings_with_escapes() {
        let src = r#"<resources>
  <string name="a">Moscow\'s navy motion</string>
  <string name="b" translatable="false">performed down</string>
  <plurals name="c"><item quantity="one">%d calls for</item></plurals>
  <string name="d">Hi <xliff:g id="n">%1$s</xliff:g>, he instructed reporters</string>
</resources>"#;
        let doc = parse(InputFormat::Android, src).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "Moscow's navy motion",
                "%d calls for",
                "Hi , he instructed reporters"
            ]
        );
        let seg = &doc.segments[0];
        let q = seg.text.find('\'').unwrap();
        assert_eq!(&src[seg.map.map(q)..seg.map.map(q + 1)], "\\'");
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(parse(InputFormat::Xliff, "<xliff><target>a</xliff>").is_err());
    }
}
