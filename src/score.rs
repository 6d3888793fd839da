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

/// The sums a spin score is made of, so that the parts of a text (the chunks of a streamed
/// file) can be scored one by one and added up.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScoreParts {
    pub words: usize,
    pub findings: usize,
    /// Sum of the findings' confidences.
    pub weight: f32,
    /// The part of `weight` from packs written for a source language.
    pub mt: f32,
}

impl ScoreParts {
    /// Adds `words` words with `diagnostics`; `is_mt` tells whether a finding's pack is one
    /// written for a source language (false friends and calques: the marks of machine
    /// translation).
    pub fn add(
        &mut self,
        words: usize,
        diagnostics: &[Diagnostic],
        is_mt: impl Fn(&Diagnostic) -> bool,
    ) {
        self.words += words;
        self.findings += diagnostics.len();
        for d in diagnostics {
            self.weight += d.confidence;
            if is_mt(d) {
                self.mt += d.confidence;
            }
        }
    }

    /// The score of everything added.
    #[must_use]
    pub fn score(&self) -> SpinScore {
        #[allow(clippy::cast_precision_loss)]
        let score = if self.words == 0 {
            0.0
        } else {
            // + 0.0: an empty f32 sum is -0.0, which would print as "-0.0".
            (self.weight + 0.0) * 1000.0 / self.words as f32
        };
        let score = (score * 10.0).round() / 10.0;
        let verdict = if score < THRESHOLD {
            Verdict::Clean
        } else if self.mt * 2.0 > self.weight {
            Verdict::LikelyMachineTranslated
        } else {
            Verdict::LikelySpun
        };
        SpinScore {
            words: self.words,
            findings: self.findings,
            score,
            verdict,
        }
    }
}

/// Scores `words` words with `diagnostics`; `is_mt` as in [`ScoreParts::add`].
#[must_use]
pub fn spin_score(
    words: usize,
    diagnostics: &[Diagnostic],
    is_mt: impl Fn(&Diagnostic) -> bool,
) -> SpinScore {
    let mut parts = ScoreParts::default();
    parts.add(words, diagnostics, is_mt);
    parts.score()
}

/// Words as the score counts them: runs of characters between white space.
#[must_use]
pub fn word_count(text: &str) -> usize {
    // Byte by byte for ASCII (the score counts every word of every file); other characters
    // are decoded, so the count is the same as `split_whitespace`.
    let bytes = text.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let (space, len) = if bytes[i] < 0x80 {
            (
                matches!(bytes[i], b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '),
                1,
            )
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
        i += len;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{FixSafety, MatchKind, Severity};
    use crate::line_index::LineCol;

    #[test]
    fn word_count_agrees_with_split_whitespace() {
        for t in [
            "",
            " a ",
            "one two\tthree\nfour",
            "a\u{a0}b\u{2003}c\u{b}d",
            "é è  ü",
            "x\r\ny",
        ] {
            assert_eq!(word_count(t), t.split_whitespace().count(), "{t:?}");
        }
    }

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
