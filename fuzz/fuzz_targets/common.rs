//! What every target shares: one engine built from the built-in packs, and the span checks.

#![allow(dead_code)]

use std::sync::OnceLock;

use mtlint::rules::load;
use mtlint::{Diagnostic, Engine};

/// The engine of a default run, built once per process.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(
            load::load(&load::LoadOptions::default()).expect("built-in packs load"),
            Default::default(),
        )
    })
}

/// Every diagnostic's span lies in `text`, on character boundaries, holds `matched`, and its
/// line/column agree with the span.
pub fn check_spans(text: &str, diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        assert!(
            d.span.start <= d.span.end && d.span.end <= text.len(),
            "span {:?} outside a text of {} bytes",
            d.span,
            text.len()
        );
        assert!(
            text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end),
            "span {:?} splits a character",
            d.span
        );
        assert_eq!(&text[d.span.clone()], d.matched, "rule {}", d.rule);
        let line = text[..d.span.start].matches('\n').count() + 1;
        let mut line_start = text[..d.span.start].rfind('\n').map_or(0, |i| i + 1);
        // A byte-order mark at the start of the text is not a column (as editors count).
        if line_start == 0 && text.starts_with('\u{feff}') && d.span.start >= 3 {
            line_start = 3;
        }
        let column = text[line_start..d.span.start].chars().count() + 1;
        assert_eq!((d.start.line, d.start.column), (line, column), "start of {:?}", d.span);
    }
}
