//! The built-in packs, embedded in the binary so it works from any folder. A test checks that
//! every `rules/*.toml` file is listed here.

/// `(path in the repository, contents)` of every built-in pack.
pub const PACKS: &[(&str, &str)] = &[
    ("rules/news-spin.toml", include_str!("../../rules/news-spin.toml")),
    ("rules/tortured-science.toml", include_str!("../../rules/tortured-science.toml")),
];
