//! The diagnostic model: what was found, where, why, and how to fix it. Independent of any
//! output format, so every report (human, JSON, and later SARIF, LSP, HTML) is an emitter only.

use serde::{Deserialize, Serialize};
use std::ops::Range;

use crate::line_index::LineCol;

pub use crate::severity::{FixSafety, Severity};

/// One ranked replacement for a finding's span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub replacement: String,
    /// 0..1; suggestions are sorted best first.
    pub score: f32,
}

/// How a finding's text matched its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// One of the rule's phrases or inflected forms, or its regex.
    Exact,
    /// A near miss (a typo) of one of the rule's phrases.
    Fuzzy,
}

/// One finding in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub rule: String,
    pub pack: String,
    pub message: String,
    pub severity: Severity,
    /// 0..1: how sure the rule is that this is an error here.
    pub confidence: f32,
    /// Byte range in the original file.
    pub span: Range<usize>,
    pub start: LineCol,
    pub end: LineCol,
    /// The original text of the span.
    pub matched: String,
    pub suggestions: Vec<Suggestion>,
    pub fix_safety: FixSafety,
    pub kind: MatchKind,
    /// How a replacement is written into the file (escapes of the input format).
    pub escape: crate::source::Escape,
}

impl Diagnostic {
    /// The message followed by the best suggestion, for one-line formats.
    #[must_use]
    pub fn message_with_suggestion(&self) -> String {
        match self.suggestions.first() {
            Some(s) => format!("{} Suggestion: {}", self.message, s.replacement),
            None => self.message.clone(),
        }
    }

    /// The replacement `--fix` would apply, if the fix is allowed at `allowed` safety.
    #[must_use]
    pub fn fix_at(&self, allowed: FixSafety) -> Option<&str> {
        if self.fix_safety == FixSafety::None || self.fix_safety < allowed {
            return None;
        }
        self.suggestions.first().map(|s| s.replacement.as_str())
    }
}
