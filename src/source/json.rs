//! JSON localization files: string values, never keys. Covers nested i18next-style objects,
//! Chrome `messages.json` (the `message`, not the `description`) and Flutter ARB (metadata under
//! `@` keys is left out). Escapes map to their bytes.

use super::{Directive, Escape, ParseError, Segment, SegmentBuilder};

/// Keys whose values describe a string instead of being one.
const METADATA: &[&str] = &[
    "description",
    "example",
    "placeholders",
    "context",
    "comment",
    "comments",
    "note",
    "notes",
    "meaning",
];

struct Scanner<'a> {
    src: &'a str,
    pos: usize,
    segments: Vec<Segment<'a>>,
}

impl<'a> Scanner<'a> {
    fn err(&self, message: &str) -> ParseError {
        ParseError {
            offset: self.pos,
            message: message.to_string(),
        }
    }

    fn ws(&mut self) {
        while self
            .src
            .as_bytes()
            .get(self.pos)
            .is_some_and(u8::is_ascii_whitespace)
        {
            self.pos += 1;
        }
    }

    /// A string at `pos` (on its opening quote): its decoded text, and a segment when asked.
    fn string(&mut self, keep: bool) -> Result<String, ParseError> {
        let bytes = self.src.as_bytes();
        self.pos += 1;
        let mut b = SegmentBuilder::new();
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            match bytes.get(self.pos) {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => break,
                Some(b'\\') => {
                    b.verbatim(&self.src[run..self.pos], run);
                    out.push_str(&self.src[run..self.pos]);
                    let start = self.pos;
                    let e = *bytes
                        .get(self.pos + 1)
                        .ok_or_else(|| self.err("unterminated escape"))?;
                    let (value, len) = match e {
                        b'n' => ("\n".to_string(), 2),
                        b't' => ("\t".to_string(), 2),
                        b'r' => ("\r".to_string(), 2),
                        b'b' | b'f' => (" ".to_string(), 2),
                        b'"' | b'\\' | b'/' => ((e as char).to_string(), 2),
                        b'u' => {
                            let hex = |at: usize| {
                                self.src
                                    .get(at..at + 4)
                                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                            };
                            let hi = hex(self.pos + 2).ok_or_else(|| self.err("bad \\u escape"))?;
                            if (0xD800..0xDC00).contains(&hi)
                                && self.src.get(self.pos + 6..self.pos + 8) == Some("\\u")
                            {
                                let lo =
                                    hex(self.pos + 8).ok_or_else(|| self.err("bad \\u escape"))?;
                                let c = char::from_u32(
                                    0x10000
                                        + ((hi - 0xD800) << 10)
                                        + (lo.wrapping_sub(0xDC00) & 0x3FF),
                                );
                                (c.map(String::from).unwrap_or_default(), 12)
                            } else {
                                (char::from_u32(hi).map(String::from).unwrap_or_default(), 6)
                            }
                        }
                        _ => return Err(self.err("unknown escape")),
                    };
                    b.decoded(&value, start..start + len);
                    out.push_str(&value);
                    self.pos += len;
                    run = self.pos;
                }
                Some(_) => self.pos += 1,
            }
        }
        b.verbatim(&self.src[run..self.pos], run);
        out.push_str(&self.src[run..self.pos]);
        self.pos += 1;
        if keep && !b.is_empty() {
            self.segments.push(b.finish(Escape::Backslash));
        }
        Ok(out)
    }

    /// A value; `check` says whether its strings are checked.
    fn value(&mut self, check: bool) -> Result<(), ParseError> {
        self.ws();
        match self.src.as_bytes().get(self.pos) {
            Some(b'"') => {
                self.string(check)?;
            }
            Some(b'{') => {
                self.pos += 1;
                loop {
                    self.ws();
                    match self.src.as_bytes().get(self.pos) {
                        Some(b'}') => {
                            self.pos += 1;
                            break;
                        }
                        Some(b'"') => {
                            let key = self.string(false)?;
                            self.ws();
                            if self.src.as_bytes().get(self.pos) != Some(&b':') {
                                return Err(self.err("expected `:`"));
                            }
                            self.pos += 1;
                            let meta = key.starts_with('@') || METADATA.contains(&key.as_str());
                            self.value(check && !meta)?;
                            self.ws();
                            match self.src.as_bytes().get(self.pos) {
                                Some(b',') => self.pos += 1,
                                Some(b'}') => {}
                                _ => return Err(self.err("expected `,` or `}`")),
                            }
                        }
                        _ => return Err(self.err("expected a key or `}`")),
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                loop {
                    self.ws();
                    if self.src.as_bytes().get(self.pos) == Some(&b']') {
                        self.pos += 1;
                        break;
                    }
                    self.value(check)?;
                    self.ws();
                    match self.src.as_bytes().get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {}
                        _ => return Err(self.err("expected `,` or `]`")),
                    }
                }
            }
            Some(_) => {
                let end = self.src[self.pos..]
                    .find(|c: char| c == ',' || c == '}' || c == ']' || c.is_whitespace())
                    .map_or(self.src.len(), |e| self.pos + e);
                let word = &self.src[self.pos..end];
                let number = word.parse::<f64>().is_ok();
                if !(number || matches!(word, "true" | "false" | "null")) {
                    return Err(self.err("expected a JSON value"));
                }
                self.pos = end;
            }
            None => return Err(self.err("unexpected end of file")),
        }
        Ok(())
    }
}

pub fn parse(source: &str) -> Result<(Vec<Segment<'_>>, Vec<Directive>), ParseError> {
    let mut s = Scanner {
        src: source,
        pos: source.strip_prefix('\u{feff}').map_or(0, |_| 3),
        segments: Vec::new(),
    };
    s.value(true)?;
    s.ws();
    if s.pos < source.len() {
        return Err(s.err("trailing characters after the JSON value"));
    }
    Ok((s.segments, Vec::new()))
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse, test_support::texts};

    #[test]
    fn values_not_keys_or_metadata() {
        let src = r#"{"performed down": "The Kremlin performed down hopes", "nested": {"a": ["x \"navy motion\"", 3, true, null]},
  "@nested": {"description": "performed down"}, "ext": {"message": "Tab\there \u00e9 \ud83d\ude00", "description": "navy motion"}}"#;
        let doc = parse(InputFormat::Json, src).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "The Kremlin performed down hopes",
                "x \"navy motion\"",
                "Tab\there é 😀"
            ]
        );
        let seg = &doc.segments[1];
        assert_eq!(&src[seg.map.map(2)..seg.map.map(3)], "\\\"");
    }

    #[test]
    fn invalid_json_is_an_error() {
        assert!(parse(InputFormat::Json, r#"{"a": "b""#).is_err());
        assert!(parse(InputFormat::Json, r#"{"a" "b"}"#).is_err());
        assert!(parse(InputFormat::Json, r#"{"a": nope}"#).is_err());
    }
}
