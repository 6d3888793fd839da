//! The compiled rule types. Kept apart from [`super::RuleSet`] and the loader so that
//! `build.rs` can compile the built-in packs with them (see [`super::packed`]).

use super::context::{Context, DocText};
use super::template::Template;
use crate::diagnostic::{FixSafety, Severity};
use crate::error::Location;

/// A rule pack: one rule file.
#[derive(Debug, Clone)]
pub struct Pack {
    pub id: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub source: Option<String>,
    pub license: Option<String>,
    pub source_lang: Option<String>,
    /// Where the pack was loaded from (`builtin:rules/x.toml` or a path).
    pub origin: String,
    pub builtin: bool,
}

/// A sentence a rule must flag, and optionally the text after its best fix.
#[derive(Debug, Clone)]
pub struct FlagExample {
    pub text: String,
    pub fixed: Option<String>,
    pub location: Location,
}

/// A sentence a rule must not flag.
#[derive(Debug, Clone)]
pub struct PassExample {
    pub text: String,
    pub location: Location,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    /// Index into [`RuleSet::packs`].
    pub pack: usize,
    pub message: String,
    pub description: Option<String>,
    pub source: Option<String>,
    pub phrases: Vec<Template>,
    /// The phrases as written, for listings (empty when loaded lean, for checking).
    pub phrase_sources: Vec<String>,
    /// The regex as the matcher compiles it (the case flag included). A user's regex was
    /// compiled once at load to check it; built-in ones are checked by the test suite.
    pub regex: Option<String>,
    pub replacements: Vec<Template>,
    /// The replacements as written, for listings (empty when loaded lean).
    pub replacement_sources: Vec<String>,
    pub confidence: f32,
    pub fix: FixSafety,
    pub severity: Severity,
    pub case_sensitive: bool,
    pub fuzzy: bool,
    pub when: Vec<Context>,
    pub unless: Option<Context>,
    /// Findings of ungated rules the document needs before this rule may fire (0: none).
    pub corroboration: u32,
    /// The conditions in words, for `mtlint explain` (empty when loaded lean).
    pub context_notes: Vec<String>,
    pub flag: Vec<FlagExample>,
    pub pass: Vec<PassExample>,
    pub location: Location,
}

impl Rule {
    /// Whether the rule's context conditions let it fire at `span` of normalized `text`.
    #[must_use]
    pub fn context_allows(
        &self,
        text: &str,
        span: &std::ops::Range<usize>,
        doc: &DocText<'_>,
    ) -> bool {
        if self
            .unless
            .as_ref()
            .is_some_and(|u| u.any_holds(text, span, doc))
        {
            return false;
        }
        self.when.is_empty() || self.when.iter().any(|w| w.all_hold(text, span, doc))
    }
}
