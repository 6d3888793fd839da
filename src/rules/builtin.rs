//! The built-in packs, embedded in the binary so it works from any folder. A test checks that
//! every `rules/*.toml` file is listed here.

/// One built-in pack: its path in the repository, its text, its lean text (examples and
/// descriptions blanked by `build.rs`, for checking runs that do not show them), and the lean
/// text compiled by `build.rs` ([`super::packed`]: its bytes and its strings; empty if it did
/// not compile).
#[derive(Debug, Clone, Copy)]
pub struct BuiltinPack {
    pub path: &'static str,
    pub text: &'static str,
    pub lean: &'static str,
    pub packed: &'static [u8],
    pub packed_text: &'static str,
}

macro_rules! pack {
    ($name:literal) => {
        BuiltinPack {
            path: concat!("rules/", $name),
            text: include_str!(concat!("../../rules/", $name)),
            lean: include_str!(concat!(env!("OUT_DIR"), "/lean/", $name)),
            packed: include_bytes!(concat!(env!("OUT_DIR"), "/packed/", $name, ".bin")),
            packed_text: include_str!(concat!(env!("OUT_DIR"), "/packed/", $name, ".txt")),
        }
    };
}

/// Every built-in pack.
pub const PACKS: &[BuiltinPack] = &[
    pack!("false-friends-de.toml"),
    pack!("false-friends-es.toml"),
    pack!("false-friends-fr.toml"),
    pack!("false-friends-it.toml"),
    pack!("false-friends-nl.toml"),
    pack!("false-friends-pl.toml"),
    pack!("false-friends-pt.toml"),
    pack!("false-friends-ru.toml"),
    pack!("news-spin.toml"),
    pack!("tortured-science.toml"),
];
