//! The decisions of one review of one file, without any terminal: which finding is asked
//! next, what accepting, skipping, rejecting and undoing do, and the text that results. The
//! findings are walked in file order; each decision is kept in a history so `undo` only pops.

use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::fix::{self, Edit};

/// What the user decided about one finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Replace the span with suggestion `n` (0-based) as the rule wrote it.
    Accept(usize),
    /// Replace the span with text the user typed (used as typed: no case change).
    Custom(String),
    /// Leave as is; it is asked again on the next run.
    Skip,
    /// Leave as is; `remember` adds the phrase to the project's allow list.
    Reject { remember: bool },
}

/// Why a finding is passed over without asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Passed {
    /// Its span overlaps the change accepted for finding `index` (0-based).
    Overlaps(usize),
    /// Its phrase was put on the allow list during this review.
    Allowed,
}

/// The review of one file.
#[derive(Debug, Clone)]
pub struct Session {
    original: String,
    findings: Vec<Diagnostic>,
    /// (finding index, decision), in the order the findings were asked.
    history: Vec<(usize, Decision)>,
}

/// The allow-list form of a phrase: whitespace runs as single spaces, lower case.
#[must_use]
pub fn allow_key(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end || a == b
}

impl Session {
    /// A review of `original` with its `findings` (sorted into file order here).
    #[must_use]
    pub fn new(original: String, mut findings: Vec<Diagnostic>) -> Self {
        findings.sort_by_key(|d| (d.span.start, d.span.end));
        Self {
            original,
            findings,
            history: Vec::new(),
        }
    }

    #[must_use]
    pub fn original(&self) -> &str {
        &self.original
    }

    #[must_use]
    pub fn findings(&self) -> &[Diagnostic] {
        &self.findings
    }

    #[must_use]
    pub fn history(&self) -> &[(usize, Decision)] {
        &self.history
    }

    /// Why finding `i` would be passed over now, if it would.
    #[must_use]
    pub fn passed(&self, i: usize) -> Option<Passed> {
        let span = &self.findings[i].span;
        let mut allowed = false;
        for (j, decision) in &self.history {
            match decision {
                Decision::Accept(_) | Decision::Custom(_)
                    if overlaps(&self.findings[*j].span, span) =>
                {
                    return Some(Passed::Overlaps(*j));
                }
                Decision::Reject { remember: true }
                    if allow_key(&self.findings[*j].matched)
                        == allow_key(&self.findings[i].matched) =>
                {
                    allowed = true;
                }
                _ => {}
            }
        }
        allowed.then_some(Passed::Allowed)
    }

    /// The findings passed over since the last decision, before the one asked now.
    #[must_use]
    pub fn passed_since_last(&self) -> Vec<(usize, Passed)> {
        let from = self.history.last().map_or(0, |(i, _)| i + 1);
        let to = self.current().unwrap_or(self.findings.len());
        (from..to)
            .filter_map(|i| self.passed(i).map(|p| (i, p)))
            .collect()
    }

    /// The finding to ask about now, or `None` when every finding is decided or passed over.
    #[must_use]
    pub fn current(&self) -> Option<usize> {
        let from = self.history.last().map_or(0, |(i, _)| i + 1);
        (from..self.findings.len()).find(|&i| self.passed(i).is_none())
    }

    /// Records `decision` for the current finding. Returns `false` (and records nothing) when
    /// there is no current finding or the decision names a suggestion it does not have.
    pub fn decide(&mut self, decision: Decision) -> bool {
        let Some(i) = self.current() else {
            return false;
        };
        if let Decision::Accept(n) = decision {
            if n >= self.findings[i].suggestions.len() {
                return false;
            }
        }
        self.history.push((i, decision));
        true
    }

    /// Takes back the last decision; returns it with its finding, or `None` when there is none.
    pub fn undo(&mut self) -> Option<(usize, Decision)> {
        self.history.pop()
    }

    /// How many changes are accepted (suggestions and custom replacements).
    #[must_use]
    pub fn accepted(&self) -> usize {
        self.history
            .iter()
            .filter(|(_, d)| matches!(d, Decision::Accept(_) | Decision::Custom(_)))
            .count()
    }

    /// The plain replacement text of an accepted decision on finding `i`.
    fn replacement<'a>(&'a self, i: usize, decision: &'a Decision) -> Option<&'a str> {
        match decision {
            Decision::Accept(n) => self.findings[i]
                .suggestions
                .get(*n)
                .map(|s| s.replacement.as_str()),
            Decision::Custom(text) => Some(text),
            Decision::Skip | Decision::Reject { .. } => None,
        }
    }

    /// The edits of the accepted decisions, escaped for the file's format.
    #[must_use]
    pub fn edits(&self) -> Vec<Edit> {
        self.history
            .iter()
            .filter_map(|(i, d)| {
                let finding = &self.findings[*i];
                self.replacement(*i, d).map(|r| Edit {
                    span: finding.span.clone(),
                    replacement: finding.escape.apply(r).into_owned(),
                })
            })
            .collect()
    }

    /// The text with the accepted changes applied.
    #[must_use]
    pub fn result(&self) -> String {
        fix::apply(&self.original, &self.edits()).text
    }

    /// The phrases rejected with "remember", in the order decided.
    #[must_use]
    pub fn remembered(&self) -> Vec<String> {
        self.history
            .iter()
            .filter(|(_, d)| matches!(d, Decision::Reject { remember: true }))
            .map(|(i, _)| allow_key(&self.findings[*i].matched))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{FixSafety, MatchKind, Severity, Suggestion};
    use crate::line_index::LineCol;
    use crate::source::Escape;

    fn finding(text: &str, phrase: &str, nth: usize, suggestions: &[&str]) -> Diagnostic {
        let start = text
            .match_indices(phrase)
            .nth(nth)
            .expect("phrase in text")
            .0;
        Diagnostic {
            rule: "r".into(),
            pack: "p".into(),
            message: "m".into(),
            severity: Severity::Warning,
            confidence: 0.9,
            span: start..start + phrase.len(),
            start: LineCol { line: 1, column: 1 },
            end: LineCol { line: 1, column: 1 },
            matched: phrase.into(),
            suggestions: suggestions
                .iter()
                .map(|s| Suggestion {
                    replacement: (*s).into(),
                    score: 1.0,
                })
                .collect(),
            fix_safety: FixSafety::Safe,
            kind: MatchKind::Exact,
            escape: Escape::None,
        }
    }

    const TEXT: &str = "He performed down hopes. The navy motion began. Crowds performed down.\n";

    fn session() -> Session {
        Session::new(
            TEXT.into(),
            vec![
                finding(TEXT, "navy motion", 0, &["military action"]),
                finding(TEXT, "performed down", 0, &["played down", "downplayed"]),
                finding(TEXT, "performed down", 1, &["played down"]),
            ],
        )
    }

    #[test]
    fn findings_are_asked_in_file_order() {
        let s = session();
        assert_eq!(s.current(), Some(0));
        assert_eq!(s.findings()[0].matched, "performed down");
        assert_eq!(s.findings()[1].matched, "navy motion");
    }

    #[test]
    fn accept_second_suggestion_custom_and_skip() {
        let mut s = session();
        assert!(s.decide(Decision::Accept(1)));
        assert!(s.decide(Decision::Custom("naval manoeuvre".into())));
        assert!(s.decide(Decision::Skip));
        assert_eq!(s.current(), None);
        assert!(!s.decide(Decision::Skip), "nothing left to decide");
        assert_eq!(s.accepted(), 2);
        assert_eq!(
            s.result(),
            "He downplayed hopes. The naval manoeuvre began. Crowds performed down.\n"
        );
    }

    #[test]
    fn a_suggestion_that_does_not_exist_is_not_recorded() {
        let mut s = session();
        assert!(!s.decide(Decision::Accept(2)));
        assert!(s.history().is_empty());
    }

    #[test]
    fn reject_leaves_the_text_and_remember_passes_the_same_phrase() {
        let mut s = session();
        s.decide(Decision::Reject { remember: false });
        assert_eq!(s.current(), Some(1));
        s.decide(Decision::Accept(0));
        assert_eq!(s.current(), Some(2));
        assert!(s.passed_since_last().is_empty());
        assert_eq!(
            s.result(),
            "He performed down hopes. The military action began. Crowds performed down.\n"
        );

        let mut s = session();
        s.decide(Decision::Reject { remember: true });
        assert_eq!(s.remembered(), ["performed down"]);
        s.decide(Decision::Skip);
        assert_eq!(s.current(), None, "the second `performed down` is allowed");
        assert_eq!(s.passed_since_last(), [(2, Passed::Allowed)]);
        assert_eq!(s.result(), TEXT);
    }

    #[test]
    fn undo_takes_back_the_last_decision_only() {
        let mut s = session();
        s.decide(Decision::Accept(0));
        s.decide(Decision::Reject { remember: true });
        assert_eq!(s.current(), Some(2));
        assert_eq!(s.undo(), Some((1, Decision::Reject { remember: true })));
        assert!(s.remembered().is_empty());
        assert_eq!(s.current(), Some(1));
        s.decide(Decision::Accept(0));
        s.decide(Decision::Accept(0));
        assert_eq!(s.undo(), Some((2, Decision::Accept(0))));
        assert_eq!(
            s.result(),
            "He played down hopes. The military action began. Crowds performed down.\n"
        );
        s.undo();
        s.undo();
        assert_eq!(s.undo(), None);
        assert_eq!(s.result(), TEXT);
        assert_eq!(s.current(), Some(0));
    }

    #[test]
    fn an_overlapping_finding_is_dropped_once_one_is_accepted() {
        let text = "They performed down hopes.";
        let findings = vec![
            finding(text, "performed down", 0, &["played down"]),
            finding(text, "down hopes", 0, &["low hopes"]),
        ];
        let mut s = Session::new(text.into(), findings.clone());
        s.decide(Decision::Accept(0));
        assert_eq!(s.current(), None);
        assert_eq!(s.passed_since_last(), [(1, Passed::Overlaps(0))]);
        assert_eq!(s.result(), "They played down hopes.");
        // Skipping the first asks the second.
        let mut s = Session::new(text.into(), findings);
        s.decide(Decision::Skip);
        assert_eq!(s.current(), Some(1));
        s.decide(Decision::Accept(0));
        assert_eq!(s.result(), "They performed low hopes.");
        // Undo brings the dropped one back.
        let mut s = Session::new(text.into(), s.findings().to_vec());
        s.decide(Decision::Accept(0));
        s.undo();
        assert_eq!(s.current(), Some(0));
    }

    #[test]
    fn replacements_are_escaped_for_the_format_byte_for_byte() {
        let text = "<p>It performed down hopes.</p>";
        let mut f = finding(text, "performed down", 0, &["played down"]);
        f.escape = Escape::Xml;
        let mut s = Session::new(text.into(), vec![f]);
        s.decide(Decision::Custom("rock & rolled <down>".into()));
        assert_eq!(
            s.result().as_bytes(),
            b"<p>It rock &amp; rolled &lt;down&gt; hopes.</p>"
        );
    }

    #[test]
    fn multibyte_text_around_spans_is_kept() {
        let text = "Café: “performed down” — naïve.";
        let mut s = Session::new(
            text.into(),
            vec![finding(text, "performed down", 0, &["played down"])],
        );
        s.decide(Decision::Accept(0));
        assert_eq!(s.result(), "Café: “played down” — naïve.");
    }
}
