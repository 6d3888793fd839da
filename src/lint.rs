//! The engine: a rule set and its compiled matcher, applied to documents.
//! Document segments → normalized text → matcher hits → diagnostics in file coordinates.

use crate::case::match_case;
use crate::diagnostic::{Diagnostic, FixSafety, MatchKind, Suggestion};
use crate::dialect::{self, Dialect};
use crate::line_index::LineIndex;
use crate::matcher::{Hit, Matcher, MatcherOptions};
use crate::rules::{DocText, RuleSet};
use crate::score::{ScoreParts, SpinScore, spin_score, word_count};
use crate::source::{self, Directive, Document};
use crate::text::normalize;

/// Fuzzy matches are less certain than exact ones by this factor.
const FUZZY_CONFIDENCE: f32 = 0.7;
/// Each further suggestion scores this much less than the one before it.
const RANK_STEP: f32 = 0.1;

/// Scores and confidences are reported to three decimals; more would be noise.
fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// Rules compiled for checking. Build once, check many texts (it is `Sync`).
#[derive(Debug, Clone)]
pub struct Engine {
    rules: RuleSet,
    matcher: Matcher,
    /// Some rule needs corroboration.
    gated: bool,
    /// Phrases never flagged (lower case, normalized): a finding inside one is dropped.
    allow: Vec<String>,
}

/// The findings in one document, after its suppressions.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    /// Suppressions that suppressed nothing.
    pub unused: Vec<Directive>,
    /// Words in the document's segments as the spin score counts them: for plain text, the
    /// words of the whole text.
    pub words: usize,
}

impl Engine {
    #[must_use]
    pub fn new(rules: RuleSet, options: MatcherOptions) -> Self {
        let matcher = Matcher::new(&rules.rules, options);
        let gated = rules.rules.iter().any(|r| r.corroboration > 0);
        Self {
            gated,
            rules,
            matcher,
            allow: Vec::new(),
        }
    }

    /// Phrases that are never flagged, e.g. names (“Metropolis of Ungro-Wallachia”).
    pub fn set_allow(&mut self, phrases: &[String]) {
        self.allow = phrases
            .iter()
            .map(|p| normalize(p.trim()).text.to_lowercase())
            .filter(|p| !p.is_empty())
            .collect();
    }

    #[must_use]
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The spin score of `text` given its diagnostics.
    #[must_use]
    pub fn spin_score(&self, text: &str, diagnostics: &[Diagnostic]) -> SpinScore {
        spin_score(word_count(text), diagnostics, |d| self.is_mt(d))
    }

    /// Adds `text` and its diagnostics to a running score (for files checked in parts).
    pub fn add_to_score(&self, parts: &mut ScoreParts, text: &str, diagnostics: &[Diagnostic]) {
        parts.add(word_count(text), diagnostics, |d| self.is_mt(d));
    }

    /// Adds `words` words (counted as [`word_count`] counts them) and their diagnostics to a
    /// running score.
    pub fn add_words_to_score(
        &self,
        parts: &mut ScoreParts,
        words: usize,
        diagnostics: &[Diagnostic],
    ) {
        parts.add(words, diagnostics, |d| self.is_mt(d));
    }

    /// Whether a finding comes from a pack written for a source language.
    fn is_mt(&self, d: &Diagnostic) -> bool {
        self.rules
            .packs
            .iter()
            .any(|p| p.id == d.pack && p.source_lang.is_some())
    }

    /// Checks plain text.
    #[must_use]
    pub fn check(&self, text: &str) -> Vec<Diagnostic> {
        self.check_document(&source::plain::parse(text)).diagnostics
    }

    /// Checks every segment of `doc`, then drops what its suppressions and the allow list
    /// cover; diagnostics are in file offsets, sorted by position.
    #[must_use]
    pub fn check_document(&self, doc: &Document<'_>) -> Checked {
        let (all, words) = self.find(doc);
        let mut used = vec![false; doc.directives.len()];
        let allowed = self.allowed_ranges(doc.source);
        let kept: Vec<(Diagnostic, u32)> = all
            .into_iter()
            .filter(|(d, _)| {
                !allowed
                    .iter()
                    .any(|r| r.start <= d.span.start && d.span.end <= r.end)
            })
            .filter(|(d, _)| {
                let mut keep = true;
                for (i, dir) in doc.directives.iter().enumerate() {
                    if dir.suppresses(&d.rule, &d.pack, d.span.start) {
                        used[i] = true;
                        keep = false;
                    }
                }
                keep
            })
            .collect();
        let evidence = kept.iter().filter(|(_, gate)| *gate == 0).count();
        let diagnostics = kept
            .into_iter()
            .filter(|(_, gate)| usize::try_from(*gate).is_ok_and(|g| g <= evidence))
            .map(|(d, _)| d)
            .collect();
        let unused = doc
            .directives
            .iter()
            .zip(used)
            .filter(|(_, u)| !u)
            .map(|(d, _)| d.clone())
            .collect();
        Checked {
            diagnostics,
            unused,
            words,
        }
    }

    /// Where the allowed phrases stand in `source` (byte ranges).
    fn allowed_ranges(&self, source: &str) -> Vec<std::ops::Range<usize>> {
        if self.allow.is_empty() {
            return Vec::new();
        }
        let norm = normalize(source);
        let lower = norm.text.to_lowercase();
        if lower.len() != norm.text.len() {
            // Lower-casing changed byte lengths (rare scripts): match case-sensitively instead.
            return self
                .allow
                .iter()
                .flat_map(|p| {
                    norm.text
                        .match_indices(p.as_str())
                        .map(|(i, m)| norm.map.map(i)..norm.map.map_end(i + m.len()))
                        .collect::<Vec<_>>()
                })
                .collect();
        }
        self.allow
            .iter()
            .flat_map(|p| {
                lower
                    .match_indices(p.as_str())
                    .map(|(i, m)| norm.map.map(i)..norm.map.map_end(i + m.len()))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Every finding in `doc`, before suppressions, with the corroboration its rule needs;
    /// and the words of its segments.
    fn find(&self, doc: &Document<'_>) -> (Vec<(Diagnostic, u32)>, usize) {
        // Lines are counted only in documents with a finding.
        let index = std::cell::OnceCell::new();
        let doc_text = DocText::new(doc.source);
        // Only needed to rank suggestions: most documents have no finding to rank.
        let dialect = std::cell::OnceCell::new();
        let mut out = Vec::new();
        let norms: Vec<_> = doc.segments.iter().map(|s| normalize(&s.text)).collect();
        let words = norms.iter().map(|n| n.words).sum();
        let find = |gated| -> Vec<Vec<Hit>> {
            norms
                .iter()
                .map(|n| {
                    self.matcher
                        .find_with(&self.rules.rules, &n.text, &doc_text, gated)
                })
                .collect()
        };
        // Rules that need corroboration are looked for only in a document with an ungated hit:
        // without one their gate cannot open (a candidate only ever makes a hit), and most
        // documents, the clean ones, have none.
        let mut hits = find(false);
        if self.gated && hits.iter().any(|h| !h.is_empty()) {
            hits = find(true);
        }
        for ((segment, norm), hits) in doc.segments.iter().zip(&norms).zip(hits) {
            // Composed only for a segment with a finding.
            let to_file = std::cell::OnceCell::new();
            for hit in hits {
                let seg_span = norm.map.map(hit.span.start)..norm.map.map_end(hit.span.end);
                let to_file = to_file.get_or_init(|| norm.map.then(&segment.map));
                let span = to_file.map(hit.span.start)..to_file.map_end(hit.span.end);
                let verbatim = segment.map.is_verbatim(seg_span.start, seg_span.end);
                let dialect = *dialect.get_or_init(|| dialect::detect(doc.source));
                let index = index.get_or_init(|| LineIndex::new(doc.source));
                let mut d = self.diagnostic(doc.source, index, span, &hit, verbatim, dialect);
                d.escape = segment.escape;
                if let Some(note) = &segment.note {
                    d.message = format!("{} ({note})", d.message);
                }
                out.push((d, self.rules.rules[hit.rule].corroboration));
            }
        }
        out.sort_by(|(a, _), (b, _)| (a.span.start, &a.rule).cmp(&(b.span.start, &b.rule)));
        (out, words)
    }

    fn diagnostic(
        &self,
        source: &str,
        index: &LineIndex,
        span: std::ops::Range<usize>,
        hit: &Hit,
        verbatim: bool,
        dialect: Dialect,
    ) -> Diagnostic {
        let rule = &self.rules.rules[hit.rule];
        let matched = source[span.clone()].to_string();
        let mut confidence = rule.confidence * hit.similarity;
        let mut fix_safety = rule.fix;
        if hit.kind == MatchKind::Fuzzy {
            confidence *= FUZZY_CONFIDENCE;
            fix_safety = fix_safety.min(FixSafety::Unsafe);
        }
        if !verbatim {
            // The segment text was decoded (escapes, entities): a fix there needs a person.
            fix_safety = FixSafety::None;
        }
        let mut raw: Vec<String> = match &hit.expanded {
            Some(list) => list.clone(),
            None => rule
                .replacements
                .iter()
                .map(|t| t.render(&hit.forms))
                .collect(),
        };
        // Context ranks too: a spelling the document does not use goes after the ones it does.
        raw.sort_by_key(|r| dialect::is_foreign(r, dialect));
        let mut suggestions: Vec<Suggestion> = Vec::new();
        for replacement in raw {
            let replacement = match_case(&matched, &replacement);
            if replacement == matched || suggestions.iter().any(|s| s.replacement == replacement) {
                continue;
            }
            #[allow(clippy::cast_precision_loss)]
            let rank = suggestions.len() as f32;
            suggestions.push(Suggestion {
                replacement,
                score: round3((confidence * (1.0 - RANK_STEP * rank)).max(0.01)),
            });
        }
        Diagnostic {
            rule: rule.id.clone(),
            pack: self.rules.pack_of(rule).id.clone(),
            message: rule.message.clone(),
            severity: rule.severity,
            confidence: round3(confidence),
            start: index.line_col(source, span.start),
            end: index.line_col(source, span.end),
            span,
            matched,
            suggestions,
            fix_safety,
            kind: hit.kind,
            escape: crate::source::Escape::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load::parse_pack;

    fn engine(rule: &str) -> Engine {
        let (pack, rules) = parse_pack(
            "t.toml",
            &format!("[pack]\nid = \"t\"\n[[rule]]\nid = \"r\"\nmessage = \"m\"\n{rule}\n"),
            false,
        )
        .unwrap();
        let mut set = RuleSet::default();
        set.add(pack, rules).unwrap();
        Engine::new(set, MatcherOptions::default())
    }

    #[test]
    fn a_gated_rule_fires_only_with_enough_other_findings() {
        let (pack, rules) = parse_pack(
            "t.toml",
            "[pack]\nid = \"t\"\n\
             [[rule]]\nid = \"sure\"\nmessage = \"m\"\nphrases = [\"navy exercise\"]\n\
             [[rule]]\nid = \"gated\"\nmessage = \"m\"\nphrases = [\"stated\"]\ncorroboration = 2\n",
            false,
        )
        .unwrap();
        let mut set = RuleSet::default();
        set.add(pack, rules).unwrap();
        let e = Engine::new(set, MatcherOptions::default());
        let ids =
            |text: &str| -> Vec<String> { e.check(text).into_iter().map(|d| d.rule).collect() };
        assert!(ids("He stated it.").is_empty());
        assert_eq!(ids("He stated the navy exercise ended."), ["sure"]);
        assert_eq!(
            ids("He stated a navy exercise and a navy exercise."),
            ["gated", "sure", "sure"]
        );
        // Gated findings are not evidence for each other.
        assert!(ids("He stated, stated and stated it.").is_empty());
    }

    #[test]
    fn typographic_variants_map_back_to_the_original_bytes() {
        let e = engine("phrases = [\"who's visiting\"]\nreplacements = [\"who is visiting\"]");
        let text = "Lavrov, who\u{2019}s\u{a0}visiting China, spoke.";
        let d = &e.check(text)[0];
        assert_eq!(&text[d.span.clone()], "who\u{2019}s\u{a0}visiting");
        assert_eq!(d.matched, "who\u{2019}s\u{a0}visiting");
        assert_eq!((d.start.column, d.end.column), (9, 23));
    }

    #[test]
    fn suggestions_are_ranked_and_deduplicated() {
        let e = engine(
            "phrases = [\"navy exercise\"]\nreplacements = [\"military activity\", \"Military Activity\", \"military exercise\"]",
        );
        let d = &e.check("Its navy exercise ended.")[0];
        let r: Vec<_> = d
            .suggestions
            .iter()
            .map(|s| s.replacement.as_str())
            .collect();
        assert_eq!(
            r,
            [
                "military activity",
                "Military Activity",
                "military exercise"
            ]
        );
        assert!(d.suggestions[0].score > d.suggestions[1].score);
    }

    #[test]
    fn document_spelling_orders_suggestions() {
        let e = engine(
            "phrases = [\"protection official\"]\nreplacements = [\"defence official\", \"defense official\"]",
        );
        let us = &e.check("A protection official in the neighboring center.")[0];
        assert_eq!(us.suggestions[0].replacement, "defense official");
        let uk = &e.check("A protection official in the neighbouring centre.")[0];
        assert_eq!(uk.suggestions[0].replacement, "defence official");
    }
}
