//! Regex rules inside the one automaton. A regex rule is not run over the whole text: the
//! literals every match must start (or end) with are extracted from its syntax tree and put
//! into the phrase automaton as *triggers*. The regex runs only in a small window around a
//! trigger hit, so regex rules cost nothing where their literals do not occur and the cost
//! per byte stays flat in the number of rules. A regex with no usable literal (rare; `mtlint
//! rules` lists none in the built-in packs) falls back to a scan of the whole text.

use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Input, Span};
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// A trigger shorter than this fires too often to be worth it ("a", "I ").
const MIN_TRIGGER_LEN: usize = 2;
/// More triggers than this for one regex means its literals say little; scan instead.
const MAX_TRIGGERS: usize = 300;
/// How far a match may reach past its trigger, in bytes. Regex rules describe short phrases.
pub const WINDOW: usize = 256;

/// Where a trigger stands in every match of its regex.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Every match starts with one of the literals.
    Prefix,
    /// Every match ends with one of the literals.
    Suffix,
}

/// One regex rule, compiled for windowed search.
#[derive(Debug, Clone)]
pub struct RegexRule {
    pub rule: usize,
    /// The pattern as the rule file gives it, with its case flag.
    pattern: String,
    /// Compiled at the first trigger hit: most regex rules never fire in a given run, and
    /// compiling them all took a third of the start-up time. `None`: it does not compile (the
    /// loader has compiled it already, so never in practice), and it matches nothing.
    regex: OnceLock<Option<Regex>>,
    /// Lower-case literals and their side, or `None` to scan the whole text.
    pub triggers: Option<(Vec<String>, Side)>,
}

impl RegexRule {
    /// `pattern` (as the rule file gives it, with its case flag) for rule `rule`; compiled at
    /// its first use.
    #[must_use]
    pub fn new(rule: usize, pattern: &str) -> Self {
        Self {
            rule,
            pattern: pattern.to_string(),
            regex: OnceLock::new(),
            triggers: triggers(pattern),
        }
    }

    /// Matches within `window` of `text`. Look-arounds (`\b`) see the real text on both sides
    /// of the window, so a match inside it is a match in the whole text.
    pub fn matches_in(&self, text: &str, window: Range<usize>, each: &mut dyn FnMut(&Captures)) {
        let compiled = self.regex.get_or_init(|| {
            Regex::builder()
                .configure(Regex::config().nfa_size_limit(Some(1 << 21)))
                .build(&self.pattern)
                .ok()
        });
        let Some(regex) = compiled else { return };
        let input = Input::new(text).span(Span::from(window));
        for caps in regex.captures_iter(input) {
            if caps.get_match().is_some_and(|m| !m.is_empty()) {
                each(&caps);
            }
        }
    }
}

/// The lower-case literals that every match of `pattern` starts or ends with, if they are few
/// and long enough to be worth using. Letter case is dropped (the automaton ignores ASCII case),
/// so the triggers find a superset of the places the regex can match.
#[must_use]
pub fn triggers(pattern: &str) -> Option<(Vec<String>, Side)> {
    // Parsed case-sensitively: the literals as written, not all their case variants.
    let stripped = pattern.strip_prefix("(?i)").unwrap_or(pattern);
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(stripped)
        .ok()?;
    // Suffix first: `max_by_key` keeps the last of equals, so prefixes win ties.
    [
        (ExtractKind::Suffix, Side::Suffix),
        (ExtractKind::Prefix, Side::Prefix),
    ]
    .into_iter()
    .filter_map(|(kind, side)| {
        let seq = Extractor::new().kind(kind).extract(&hir);
        let literals = seq.literals()?;
        let mut out: Vec<String> = literals
            .iter()
            .map(|l| String::from_utf8_lossy(l.as_bytes()).to_ascii_lowercase())
            .collect();
        out.sort();
        out.dedup();
        let shortest = out.iter().map(String::len).min()?;
        (shortest >= MIN_TRIGGER_LEN && out.len() <= MAX_TRIGGERS).then_some((out, side))
    })
    // The side whose shortest literal is longest fires least often.
    .max_by_key(|(lits, _)| lits.iter().map(String::len).min())
}

/// The window around a trigger hit at `hit` in which a match containing it must lie, widened
/// to whitespace (or the text's ends) so no word is cut.
#[must_use]
pub fn window(text: &str, hit: &Range<usize>, side: Side) -> Range<usize> {
    let (lo, hi) = match side {
        Side::Prefix => (hit.start, hit.end.saturating_add(WINDOW)),
        Side::Suffix => (hit.start.saturating_sub(WINDOW), hit.end),
    };
    let bytes = text.as_bytes();
    let mut start = lo.min(text.len());
    while start > 0 && !bytes[start - 1].is_ascii_whitespace() && start > lo.saturating_sub(64) {
        start -= 1;
    }
    let mut end = hi.min(text.len());
    while end < text.len() && !bytes[end].is_ascii_whitespace() && end < hi + 64 {
        end += 1;
    }
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lits(p: &str) -> Option<(Vec<String>, Side)> {
        triggers(p)
    }

    #[test]
    fn prefix_literals_of_an_alternation() {
        let (l, side) = lits(r"\b(Election|Electoral) Fee\b").unwrap();
        assert_eq!(side, Side::Prefix);
        assert_eq!(l, ["election fee", "electoral fee"]);
    }

    #[test]
    fn a_leading_class_falls_to_the_suffix() {
        let (l, side) = lits(r"(\p{Lu}[\w.]*)-primarily based").unwrap();
        assert_eq!(side, Side::Suffix);
        assert_eq!(l, ["-primarily based"]);
    }

    #[test]
    fn case_insensitive_patterns_give_lower_case_literals() {
        let (l, _) = lits(r"(?i)\bthe own\b").unwrap();
        assert_eq!(l, ["the own"]);
    }

    #[test]
    fn no_literal_means_a_full_scan() {
        assert_eq!(lits(r"\b\w+s\b"), None);
    }

    #[test]
    fn window_snaps_to_whitespace_and_char_boundaries() {
        let text = "aa bbbb é cc";
        let w = window(text, &(3..5), Side::Prefix);
        assert_eq!(w.start, 3);
        assert_eq!(w.end, text.len());
        assert!(text.is_char_boundary(w.end));
    }

    #[test]
    fn matches_see_word_boundaries_outside_the_window() {
        let r = RegexRule::new(0, r"\bfee\b");
        let text = "coffee fee";
        let mut found = Vec::new();
        // The window starts inside "coffee": `\b` must still see the "f" before it.
        r.matches_in(text, 4..text.len(), &mut |c| {
            found.push(c.get_match().unwrap().range());
        });
        assert_eq!(found, vec![7..10]);
    }
}
