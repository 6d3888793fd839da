//! Arbitrary text through the engine of a default run: every span is in bounds, on character
//! boundaries, and is the text it claims to have matched.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let diagnostics = common::engine().check(&text);
    common::check_spans(&text, &diagnostics);
    for d in &diagnostics {
        for s in &d.suggestions {
            assert!(s.score.is_finite(), "score {} of {}", s.score, d.rule);
        }
        assert!(d.confidence.is_finite() && (0.0..=1.0).contains(&d.confidence));
    }
});
