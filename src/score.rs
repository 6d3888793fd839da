//! The spin score: how densely a document carries the tell-tales of spinning or literal machine
//! translation, as confidence-weighted findings per 1,000 words, with a verdict an editor or a
//! CI job can gate on.

use serde::Serialize;

use crate::diagnostic::Diagnostic;

/// Weighted findings per 1,000 words at or above which a text is no longer called clean.
/// Calibrated on the corpora in `fixtures/` (see `benches/quality.py` and README "Measured"):
/// clean English scores 0–0.5, spun and machine-translated articles 5 and more.
pub const THRESHOLD: f32 = 2.0;

/// What the score says about a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    #[default]
    Clean,
    LikelySpun,
    LikelyMachineTranslated,
}

impl Verdict {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Clean => "clean",
            Verdict::LikelySpun => "likely spun",
            Verdict::LikelyMachineTranslated => "likely machine-translated",
        }
    }
}

/// The spin score of one text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct SpinScore {
    pub words: usize,
    pub findings: usize,
    /// Confidence-weighted findings per 1,000 words.
    pub score: f32,
    pub verdict: Verdict,
}

/// Scores `words` words with `diagnostics`; `is_mt` tells whether a finding's pack is one
/// written for a source language (false friends and calques: the marks of machine translation).
#[must_use]
pub fn spin_score(
    words: usize,
    diagnostics: &[Diagnostic],
    is_mt: impl Fn(&Diagnostic) -> bool,
) -> SpinScore {
    // fold from +0.0: an empty f32 sum is -0.0, which would print as "-0.0".
    let weight: f32 = diagnostics
        .iter()
        .map(|d| d.confidence)
        .fold(0.0, |a, b| a + b);
    let mt: f32 = diagnostics
        .iter()
        .filter(|d| is_mt(d))
        .map(|d| d.confidence)
        .fold(0.0, |a, b| a + b);
    #[allow(clippy::cast_precision_loss)]
    let score = if words == 0 {
        0.0
    } else {
        weight * 1000.0 / words as f32
    };
    let score = (score * 10.0).round() / 10.0;
    let verdict = if score < THRESHOLD {
        Verdict::Clean
    } else if mt * 2.0 > weight {
        Verdict::LikelyMachineTranslated
    } else {
        Verdict::LikelySpun
    };
    SpinScore {
        words,
        findings: diagnostics.len(),
        score,
        verdict,
    }
}

/// Words as the score counts them: runs of characters between white space.
#[must_use]
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{FixSafety, MatchKind, Severity};
    use crate::line_index::LineCol;

    fn diag(confidence: f32, pack: &str) -> Diagnostic {
        let at = LineCol { line: 1, column: 1 };
        Diagnostic {
            rule: "r".into(),
            pack: pack.into(),
            message: String::new(),
            severity: Severity::Warning,
            confidence,
            span: 0..1,
            start: at,
            end: at,
            matched: String::new(),
            suggestions: Vec::new(),
            fix_safety: FixSafety::Safe,
            kind: MatchKind::Exact,
            escape: crate::source::Escape::None,
        }
    }

    #[test]
    fn score_is_weighted_findings_per_thousand_words() {
        let d = [diag(0.9, "news-spin"), diag(0.6, "news-spin")];
        let s = spin_score(500, &d, |_| false);
        assert!((s.score - 3.0).abs() < 1e-6);
        assert_eq!(s.verdict, Verdict::LikelySpun);
        assert_eq!(spin_score(5000, &d, |_| false).verdict, Verdict::Clean);
        assert_eq!(spin_score(0, &[], |_| false).score, 0.0);
    }

    #[test]
    fn mostly_source_language_findings_mean_machine_translation() {
        let d = [
            diag(0.9, "ff-de"),
            diag(0.9, "ff-de"),
            diag(0.5, "news-spin"),
        ];
        assert_eq!(
            spin_score(300, &d, |d| d.pack == "ff-de").verdict,
            Verdict::LikelyMachineTranslated
        );
    }
}
