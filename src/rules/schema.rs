//! The raw layer: serde structs that mirror a rule file exactly. Unknown keys are errors
//! (`deny_unknown_fields`), so a misspelt key is caught where it stands. `load.rs` validates
//! these and compiles them into [`super::Rule`]s.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{FixSafety, Severity};

/// One `rules/*.toml` file: a pack header and its rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPackFile {
    pub pack: RawPack,
    #[serde(default, rename = "rule")]
    pub rules: Vec<Spanned<RawRule>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPack {
    pub id: Spanned<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    /// Where the pack's facts come from.
    pub source: Option<String>,
    /// The license of the pack's data.
    pub license: Option<String>,
    /// ISO 639-1 code: the pack is on only with `--source-lang` of this language.
    pub source_lang: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: Spanned<String>,
    pub message: String,
    pub description: Option<String>,
    pub source: Option<String>,
    /// Literal phrases; `{verb}` marks a verb matched in all its forms.
    #[serde(default)]
    pub phrases: Vec<Spanned<String>>,
    /// A regular expression (the `regex` crate's syntax), for what phrases cannot say.
    pub regex: Option<Spanned<String>>,
    /// Replacements, best first; `{verb}` is put in the form of the matched verb.
    #[serde(default)]
    pub replacements: Vec<Spanned<String>>,
    pub confidence: Option<Spanned<f64>>,
    pub fix: Option<FixSafety>,
    pub severity: Option<Severity>,
    /// Match the letter case of the phrases exactly.
    #[serde(default)]
    pub case_sensitive: bool,
    /// Also match near misses (typos) of the phrases; on by default.
    pub fuzzy: Option<bool>,
    /// Alternatives: the rule fires only where at least one of these holds (all its parts).
    #[serde(default)]
    pub when: Vec<RawContext>,
    /// The rule never fires where any part of this holds.
    pub unless: Option<RawContext>,
    /// The rule fires only in a document where at least this many findings of rules without
    /// this key stand: evidence that the text was spun, for swaps too common to flag alone.
    pub corroboration: Option<Spanned<u32>>,
    /// Sentences the rule must flag, with the text after its best fix.
    #[serde(default)]
    pub flag: Vec<Spanned<RawFlagExample>>,
    /// Sentences the rule must not flag.
    #[serde(default)]
    pub pass: Vec<Spanned<String>>,
}

/// Context around a match. Word lists match whole words, ignoring case; regexes are as written.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawContext {
    /// Words or phrases one of which comes right before the match.
    #[serde(default)]
    pub before: Vec<String>,
    /// Words or phrases one of which comes right after the match.
    #[serde(default)]
    pub after: Vec<String>,
    /// A regex that matches text ending right before the match.
    pub before_regex: Option<Spanned<String>>,
    /// A regex that matches text starting right after the match.
    pub after_regex: Option<Spanned<String>>,
    /// Words or phrases one of which the document contains somewhere.
    #[serde(default)]
    pub document: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlagExample {
    pub text: String,
    /// The text after the best suggestion is applied; checked when given.
    pub fixed: Option<String>,
}
