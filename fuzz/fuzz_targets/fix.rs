//! Text plus findings: applying edits changes no byte outside the applied spans, and fixing
//! the engine's own findings settles within a few passes.
//!
//! Input: the first byte `n` says how many 3-byte edit descriptions follow (start, length,
//! replacement choice, each scaled to the text); the rest is the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mtlint::FixSafety;
use mtlint::fix::{self, Edit};

#[path = "common.rs"]
mod common;

const REPLACEMENTS: &[&str] = &["", "x", "played down", "é", "\u{1F600}", "a\r\nb", "&amp;"];

/// `text` rebuilt from the edits `apply` is documented to apply (sorted, non-overlapping,
/// on character boundaries), and the number applied.
fn expected(text: &str, edits: &[Edit]) -> (String, usize) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let (mut out, mut last, mut n) = (String::new(), 0, 0);
    for e in sorted {
        let ok = e.span.start >= last
            && e.span.start <= e.span.end
            && e.span.end <= text.len()
            && text.is_char_boundary(e.span.start)
            && text.is_char_boundary(e.span.end);
        if ok {
            out.push_str(&text[last..e.span.start]);
            out.push_str(&e.replacement);
            last = e.span.end;
            n += 1;
        }
    }
    out.push_str(&text[last..]);
    (out, n)
}

fuzz_target!(|data: &[u8]| {
    let Some((&n, rest)) = data.split_first() else {
        return;
    };
    let n = usize::from(n % 16);
    if rest.len() < n * 3 {
        return;
    }
    let (descs, body) = rest.split_at(n * 3);
    let text = String::from_utf8_lossy(body);
    let len = text.len() + 1;
    let edits: Vec<Edit> = descs
        .chunks(3)
        .map(|c| {
            let start = usize::from(c[0]) * len / 256;
            let end = start + usize::from(c[1] % 32);
            Edit {
                span: start..end,
                replacement: REPLACEMENTS[usize::from(c[2]) % REPLACEMENTS.len()].to_string(),
            }
        })
        .collect();
    let fixed = fix::apply(&text, &edits);
    let (want, applied) = expected(&text, &edits);
    assert_eq!(fixed.text, want);
    assert_eq!((fixed.applied, fixed.skipped), (applied, edits.len() - applied));
    // No edits, no change.
    assert_eq!(fix::apply(&text, &[]).text, text);

    // The engine's own fixes: spans sound, and fixing again settles (what `--fix` does, four
    // passes at most; a fifth finds nothing more to apply).
    let engine = common::engine();
    let mut current = text.into_owned();
    for _ in 0..4 {
        let diagnostics = engine.check(&current);
        common::check_spans(&current, &diagnostics);
        let edits = fix::edits(&diagnostics, FixSafety::Unsafe);
        let result = fix::apply(&current, &edits);
        let (want, _) = expected(&current, &edits);
        assert_eq!(result.text, want);
        if result.applied == 0 {
            break;
        }
        current = result.text;
    }
    let last = fix::apply(&current, &fix::edits(&engine.check(&current), FixSafety::Unsafe));
    assert_eq!(last.applied, 0, "fixes do not settle on {current:?}");
});
