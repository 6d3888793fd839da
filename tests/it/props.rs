//! Properties over generated input: no panic, spans that land on the original text, fixes that
//! touch nothing outside their spans.

use mtlint::fix;
use mtlint::rules::load;
use mtlint::{Engine, FixSafety};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(
            load::load(&load::LoadOptions::default()).unwrap(),
            Default::default(),
        )
    })
}

/// Text made of fragments that exercise the matcher: rule phrases, near misses, typographic
/// quotes and spaces, line endings, multi-byte and combining characters.
fn text() -> impl Strategy<Value = String> {
    const FRAGMENTS: &[&str] = &[
        "performed down",
        "perfomed down",
        "instructed reporters",
        "japanese Ukraine",
        "navy motion",
        "information company",
        "calls for",
        "in",
        "its",
        "TASS state",
        " ",
        "\u{a0}",
        "\r\n",
        "\n",
        "\u{2019}",
        "\u{201C}",
        "\u{ad}",
        "é",
        "e\u{301}",
        "😀",
        "-",
        ".",
        "Performed Down",
        "HAD BEGAN",
        "as a result of we",
    ];
    let fragment = prop_oneof![
        proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        "[a-zA-Z ]{0,8}",
    ];
    proptest::collection::vec(fragment, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_point_at_the_original_text(text in text()) {
        for d in engine().check(&text) {
            prop_assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            prop_assert_eq!(&text[d.span.clone()], d.matched.as_str());
            let line_start = text[..d.span.start].rfind('\n').map_or(0, |i| i + 1);
            prop_assert_eq!(d.start.line, text[..d.span.start].matches('\n').count() + 1);
            prop_assert_eq!(d.start.column, text[line_start..d.span.start].chars().count() + 1);
        }
    }

    #[test]
    fn fixes_change_only_their_spans_and_settle(text in text()) {
        let diags = engine().check(&text);
        let edits = fix::edits(&diags, FixSafety::Unsafe);
        let fixed = fix::apply(&text, &edits);
        // Rebuild from the applied edits: everything between them is the original.
        let mut expected = String::new();
        let mut last = 0;
        let mut sorted = edits.clone();
        sorted.sort_by_key(|e| e.span.start);
        for e in &sorted {
            if e.span.start < last { continue; }
            expected.push_str(&text[last..e.span.start]);
            expected.push_str(&e.replacement);
            last = e.span.end;
        }
        expected.push_str(&text[last..]);
        prop_assert_eq!(&fixed.text, &expected);
        // Fixing until nothing changes takes few passes: the fixes do not feed each other.
        let mut current = fixed.text;
        for _ in 0..4 {
            let next = fix::apply(&current, &fix::edits(&engine().check(&current), FixSafety::Unsafe));
            if next.applied == 0 { break; }
            current = next.text;
        }
        let last_pass = fix::apply(&current, &fix::edits(&engine().check(&current), FixSafety::Unsafe));
        prop_assert_eq!(last_pass.applied, 0, "fixes settle: {:?}", current);
    }

    #[test]
    fn any_rule_file_text_loads_or_fails_cleanly(src in "\\PC{0,200}") {
        let _ = load::parse_pack("x.toml", &src, false);
    }

    #[test]
    fn rule_like_files_load_or_fail_cleanly(
        id in "[a-z-]{0,6}", phrase in "\\PC{0,12}", re in "\\PC{0,12}", extra in "\\PC{0,30}"
    ) {
        let src = format!("[pack]\nid = \"p\"\n[[rule]]\nid = \"{id}\"\nmessage = \"m\"\nphrases = [{phrase:?}]\nreplacements = [{re:?}]\nwhen = [{{ after_regex = {re:?} }}]\n{extra}\n");
        if let Ok((_, rules)) = load::parse_pack("x.toml", &src, false) {
            for r in &rules {
                let _ = mtlint::rules::examples::verify_rule(r);
            }
        }
    }
}
