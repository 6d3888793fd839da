//! The first byte picks an input format, the rest is the file: parsing returns a document or
//! a located error; every segment offset maps back into the file on a character boundary, a
//! verbatim piece maps to the same characters, and findings point at the file's own text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mtlint::source::{self, InputFormat};

#[path = "common.rs"]
mod common;

const FORMATS: &[InputFormat] = &[
    InputFormat::Plain,
    InputFormat::Markdown,
    InputFormat::Po,
    InputFormat::Xliff,
    InputFormat::Html,
    InputFormat::Srt,
    InputFormat::Vtt,
    InputFormat::Json,
    InputFormat::Yaml,
    InputFormat::Strings,
    InputFormat::Android,
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = FORMATS[usize::from(first) % FORMATS.len()];
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let doc = match source::parse(format, text) {
        Ok(doc) => doc,
        Err(e) => {
            assert!(e.offset <= text.len(), "error offset {} past the end", e.offset);
            return;
        }
    };
    for seg in &doc.segments {
        let mut offsets: Vec<usize> = seg.text.char_indices().map(|(i, _)| i).collect();
        offsets.push(seg.text.len());
        for &i in &offsets {
            for at in [seg.map.map(i), seg.map.map_end(i)] {
                assert!(at <= text.len(), "{format:?}: offset {i} maps to {at} > {}", text.len());
                assert!(text.is_char_boundary(at), "{format:?}: offset {i} maps inside a character");
            }
        }
        for (i, c) in seg.text.char_indices() {
            let end = i + c.len_utf8();
            if seg.map.is_verbatim(i, end) {
                let (a, b) = (seg.map.map(i), seg.map.map_end(end));
                assert!(a <= b, "{format:?}: {i}..{end} maps to {a}..{b}");
                assert_eq!(&text[a..b], &seg.text[i..end], "{format:?}: verbatim {i}..{end}");
            }
        }
    }
    let checked = common::engine().check_document(&doc);
    common::check_spans(text, &checked.diagnostics);
});
