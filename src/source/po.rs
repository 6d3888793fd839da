//! gettext PO/POT: the translations (`msgstr`, `msgstr[n]`), never the source strings. Each
//! translation is one segment across its continuation lines, with `\"`, `\n` and other escapes
//! mapped to their bytes. Fuzzy entries are reported as such; a translator comment
//! `# mtlint: ignore[rule]` covers its entry.

use std::ops::Range;

use super::{Directive, Escape, ParseError, Segment, SegmentBuilder, directive};

#[derive(Default)]
struct Entry {
    start: Option<usize>,
    end: usize,
    fuzzy: bool,
    obsolete: bool,
    header: bool,
    comments: Vec<Range<usize>>,
    translations: Vec<SegmentBuilder>,
}

/// Decodes one quoted string line `"…"` starting at file offset `at` into `out`.
fn string(line: &str, at: usize, out: Option<&mut SegmentBuilder>) -> Result<String, ParseError> {
    let err = |offset: usize, message: &str| ParseError {
        offset,
        message: message.to_string(),
    };
    let body = line
        .trim_end()
        .strip_prefix('"')
        .and_then(|l| l.strip_suffix('"'))
        .ok_or_else(|| err(at, "expected a string in double quotes"))?;
    let base = at + 1;
    let mut decoded = String::new();
    let mut builder = out;
    let mut run_start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '"' {
            return Err(err(base + i, "unescaped `\"` inside a string"));
        }
        if c != '\\' {
            continue;
        }
        if let Some(b) = builder.as_deref_mut() {
            b.verbatim(&body[run_start..i], base + run_start);
        }
        decoded.push_str(&body[run_start..i]);
        let (j, e) = chars
            .next()
            .ok_or_else(|| err(base + i, "a string ends with a lone `\\`"))?;
        let value = match e {
            'n' => "\n",
            't' => "\t",
            'r' => "\r",
            '"' => "\"",
            '\\' => "\\",
            'a' | 'b' | 'f' | 'v' => " ",
            _ => return Err(err(base + i, "unknown escape in a string")),
        };
        if let Some(b) = builder.as_deref_mut() {
            b.decoded(value, base + i..base + j + e.len_utf8());
        }
        decoded.push_str(value);
        run_start = j + e.len_utf8();
    }
    if let Some(b) = builder {
        b.verbatim(&body[run_start..], base + run_start);
    }
    decoded.push_str(&body[run_start..]);
    Ok(decoded)
}

pub fn parse(source: &str) -> Result<(Vec<Segment<'_>>, Vec<Directive>), ParseError> {
    let mut segments = Vec::new();
    let mut directives = Vec::new();
    let mut entry = Entry::default();
    // Which keyword the following string lines continue: Some(true) for a translation.
    let mut in_translation: Option<bool> = None;
    let mut seen_msgstr = false;
    let finish =
        |entry: &mut Entry, segments: &mut Vec<Segment<'_>>, directives: &mut Vec<Directive>| {
            let done = std::mem::take(entry);
            let Some(start) = done.start else { return };
            if done.obsolete || done.header {
                return;
            }
            for c in &done.comments {
                if let Some((directive::Command::Ignore, rules)) =
                    directive::command(&source[c.clone()])
                {
                    directives.push(Directive {
                        at: c.clone(),
                        covers: start..done.end,
                        rules,
                    });
                }
            }
            for t in done.translations {
                if !t.is_empty() {
                    let mut seg = t.finish(Escape::Backslash);
                    if done.fuzzy {
                        seg.note = Some("in a fuzzy entry".to_string());
                    }
                    segments.push(seg);
                }
            }
        };
    let mut offset = 0;
    for raw_line in source.split_inclusive('\n') {
        let at = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        if trimmed.is_empty() {
            finish(&mut entry, &mut segments, &mut directives);
            in_translation = None;
            seen_msgstr = false;
            continue;
        }
        let starts_entry = trimmed.starts_with('#')
            || trimmed.starts_with("msgctxt")
            || trimmed.starts_with("msgid ")
            || trimmed.starts_with("msgid\t");
        if starts_entry && seen_msgstr {
            finish(&mut entry, &mut segments, &mut directives);
            seen_msgstr = false;
        }
        entry.start.get_or_insert(at);
        entry.end = at + line.len();
        if let Some(comment) = trimmed.strip_prefix('#') {
            in_translation = None;
            if comment.starts_with('~') {
                entry.obsolete = true;
            } else if let Some(flags) = comment.strip_prefix(',') {
                entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            } else {
                entry.comments.push(at + lead..at + line.len());
            }
            continue;
        }
        let (keyword, rest) = match trimmed.find(|c: char| c.is_whitespace()) {
            Some(i) if !trimmed.starts_with('"') => (&trimmed[..i], trimmed[i..].trim_start()),
            _ => ("", trimmed),
        };
        let rest_at = at + line.len() - rest.len();
        match keyword {
            "" => match in_translation {
                Some(true) => {
                    let builder = entry.translations.last_mut();
                    string(rest, rest_at, builder)?;
                }
                Some(false) => {
                    string(rest, rest_at, None)?;
                }
                None => {
                    return Err(ParseError {
                        offset: at,
                        message: "a string line outside any msgid/msgstr".into(),
                    });
                }
            },
            "msgctxt" | "msgid" | "msgid_plural" => {
                let text = string(rest, rest_at, None)?;
                if keyword == "msgid" && text.is_empty() && entry.translations.is_empty() {
                    entry.header = true;
                }
                in_translation = Some(false);
            }
            k if k == "msgstr" || (k.starts_with("msgstr[") && k.ends_with(']')) => {
                seen_msgstr = true;
                entry.translations.push(SegmentBuilder::new());
                let builder = entry.translations.last_mut();
                string(rest, rest_at, builder)?;
                in_translation = Some(true);
            }
            _ => {
                return Err(ParseError {
                    offset: at + lead,
                    message: format!("unknown keyword `{keyword}`"),
                });
            }
        }
    }
    finish(&mut entry, &mut segments, &mut directives);
    Ok((segments, directives))
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, parse, test_support::texts};

    const PO: &str = r#"# Header
msgid ""
msgstr ""
"Language: en\n"

#: src/app.c:10
msgid "Der Kreml spielte die Hoffnungen herunter."
msgstr "The Kremlin performed down hopes."

# mtlint: ignore[navy-motion]
#, fuzzy, c-format
msgid "Militäraktion"
msgstr ""
"Moscow's navy motion "
"and \"quotes\"\n"

msgid "One"
msgid_plural "Many"
msgstr[0] "one file"
msgstr[1] "%d files"

#~ msgid "old"
#~ msgstr "performed down"
"#;

    #[test]
    fn translations_only_with_escapes_mapped() {
        let doc = parse(InputFormat::Po, PO).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "The Kremlin performed down hopes.",
                "Moscow's navy motion and \"quotes\"\n",
                "one file",
                "%d files"
            ]
        );
        let seg = &doc.segments[1];
        assert_eq!(seg.note.as_deref(), Some("in a fuzzy entry"));
        let q = seg.text.find('"').unwrap();
        assert_eq!(&PO[seg.map.map(q)..seg.map.map(q + 1)], "\\\"");
        let navy = seg.text.find("navy motion").unwrap();
        assert_eq!(
            &PO[seg.map.map(navy)..seg.map.map(navy + 11)],
            "navy motion"
        );
        assert_eq!(doc.directives.len(), 1);
        assert!(
            doc.directives[0]
                .covers
                .contains(&PO.find("navy motion").unwrap())
        );
    }

    #[test]
    fn broken_files_are_errors() {
        assert!(parse(InputFormat::Po, "msgid \"a\"\nmsgstr \"unterminated\n").is_err());
        assert!(parse(InputFormat::Po, "msgid \"a\"\nbogus \"x\"\n").is_err());
    }
}
