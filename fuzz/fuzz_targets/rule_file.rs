//! Arbitrary bytes as a rule file: `parse_pack` returns a pack or an error naming a place in
//! the file; it never panics.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match mtlint::rules::load::parse_pack("fuzz.toml", text, false) {
        Ok((_, rules)) => {
            for rule in &rules {
                // A rule that loads can be checked against its own examples without panicking.
                let _ = mtlint::rules::examples::verify_rule(rule);
            }
        }
        Err(e) => {
            let message = e.to_string();
            assert!(message.starts_with("fuzz.toml:"), "no location: {message}");
            assert!(message.len() < 64 * 1024 + text.len(), "message too long");
        }
    }
});
