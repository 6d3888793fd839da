//! Context conditions, checked only on candidate matches (never on the whole text).

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

use crate::text::is_word_char;

/// The compiled-size limit of one condition regex (the `regex` crate's default); larger
/// patterns are refused rather than allowed to use unbounded memory.
const SIZE_LIMIT: usize = 10 << 20;

/// How far around a match the `before`/`after` conditions look, in bytes.
const WINDOW: usize = 160;

/// A regex compiled on first use. Conditions are checked only on candidate hits, so most of
/// them never run in a given document; compiling them all up front dominated start-up time.
/// The syntax is checked when the rule loads, so a bad pattern is still a load error.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Option<Regex>>,
}

impl LazyRegex {
    /// Checks the syntax of `pattern` now; compiles it later.
    pub fn new(pattern: String) -> Result<Self, String> {
        regex_syntax::ast::parse::Parser::new()
            .parse(&pattern)
            .map_err(|e| e.to_string())?;
        Ok(Self {
            pattern,
            compiled: OnceLock::new(),
        })
    }

    /// A pattern from a built-in pack, whose syntax the test suite checks: no parse at load
    /// (there are nearly two thousand of them, and start-up time matters).
    #[must_use]
    pub fn trusted(pattern: String) -> Self {
        Self {
            pattern,
            compiled: OnceLock::new(),
        }
    }

    /// Whether the regex matches `text`. A pattern over the size limit never matches (and makes
    /// the rule's own examples fail, which `mtlint rules test` reports).
    #[must_use]
    pub fn is_match(&self, text: &str) -> bool {
        self.compiled
            .get_or_init(|| {
                regex::RegexBuilder::new(&self.pattern)
                    .size_limit(SIZE_LIMIT)
                    .build()
                    .ok()
            })
            .as_ref()
            .is_some_and(|re| re.is_match(text))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Compiles now; the error says why the pattern cannot be used.
    pub fn compile_check(&self) -> Result<(), String> {
        regex::RegexBuilder::new(&self.pattern)
            .size_limit(SIZE_LIMIT)
            .build()
            .map(drop)
            .map_err(|e| e.to_string())
    }
}

/// One condition on the text around a match.
#[derive(Debug, Clone)]
pub enum Condition {
    /// One of these words or phrases comes right before the match.
    BeforeWords(Vec<String>),
    /// One of these words or phrases comes right after the match.
    AfterWords(Vec<String>),
    /// Matches text that ends right before the match (compiled with a trailing `\s*$`).
    Before(LazyRegex),
    /// Matches text that starts right after the match (compiled with a leading `^\s*`).
    After(LazyRegex),
    /// The document contains one of these words or phrases (lower case, normalized).
    Document(Vec<String>),
}

/// A set of conditions: in `when`, all must hold; in `unless`, any one blocks.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub conditions: Vec<Condition>,
}

/// The document-wide facts conditions may ask about, computed once per document.
pub struct DocText<'a> {
    text: &'a str,
    lower: std::cell::OnceCell<String>,
    seen: std::cell::RefCell<std::collections::HashMap<String, bool>>,
}

impl<'a> DocText<'a> {
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            lower: std::cell::OnceCell::new(),
            seen: std::cell::RefCell::default(),
        }
    }

    fn contains_word(&self, phrase: &str) -> bool {
        // Remembered per phrase: a phrase the document lacks would otherwise cost a scan of the
        // whole document at every candidate hit of its rule.
        if let Some(&known) = self.seen.borrow().get(phrase) {
            return known;
        }
        let lower = self.lower.get_or_init(|| self.text.to_lowercase());
        let found = lower
            .match_indices(phrase)
            .any(|(i, m)| crate::text::is_whole_word(lower, i, i + m.len()));
        self.seen.borrow_mut().insert(phrase.to_string(), found);
        found
    }
}

/// A word list for `before`/`after`: each entry trimmed, inner white space folded to one space
/// (the text it is compared with is normalized the same way).
#[must_use]
pub fn word_list(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| crate::text::normalize(w.trim()).text)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `c` continues a word for word-list purposes: an apostrophe does too, so that
/// "the ministry" does not match the start of "the ministry's".
fn joins_word(c: char) -> bool {
    is_word_char(c) || c == '\''
}

/// Whether `text` ends with one of `words` as a whole word (ASCII letters in any case).
fn ends_with_word(text: &str, words: &[String]) -> bool {
    let t = text.trim_end();
    words.iter().any(|w| {
        let Some(at) = t.len().checked_sub(w.len()) else {
            return false;
        };
        t.is_char_boundary(at)
            && t[at..].eq_ignore_ascii_case(w)
            && !(w.starts_with(is_word_char) && t[..at].chars().next_back().is_some_and(joins_word))
    })
}

/// Whether `text` starts with one of `words` as a whole word (ASCII letters in any case).
fn starts_with_word(text: &str, words: &[String]) -> bool {
    let t = text.trim_start();
    words.iter().any(|w| {
        t.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
            && !(w.ends_with(is_word_char) && t[w.len()..].chars().next().is_some_and(joins_word))
    })
}

/// A `before_regex` pattern anchored at the match.
#[must_use]
pub fn before_pattern(pattern: &str) -> String {
    format!(r"(?:{pattern})\s*$")
}

/// An `after_regex` pattern anchored at the match.
#[must_use]
pub fn after_pattern(pattern: &str) -> String {
    format!(r"^\s*(?:{pattern})")
}

/// A user's `before_regex`, anchored at the match.
pub fn before_regex(pattern: &str) -> Result<LazyRegex, String> {
    LazyRegex::new(pattern.to_string())?;
    LazyRegex::new(before_pattern(pattern))
}

/// A user's `after_regex`, anchored at the match.
pub fn after_regex(pattern: &str) -> Result<LazyRegex, String> {
    LazyRegex::new(pattern.to_string())?;
    LazyRegex::new(after_pattern(pattern))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

impl Condition {
    /// Whether the condition holds around `span` of normalized `text`.
    #[must_use]
    pub fn holds(&self, text: &str, span: &Range<usize>, doc: &DocText<'_>) -> bool {
        match self {
            Condition::BeforeWords(words) => ends_with_word(&text[..span.start], words),
            Condition::AfterWords(words) => starts_with_word(&text[span.end..], words),
            Condition::Before(re) => {
                let from = floor_boundary(text, span.start.saturating_sub(WINDOW));
                re.is_match(&text[from..span.start])
            }
            Condition::After(re) => {
                let to = ceil_boundary(text, span.end + WINDOW);
                re.is_match(&text[span.end..to])
            }
            Condition::Document(words) => words.iter().any(|w| doc.contains_word(w)),
        }
    }
}

impl Context {
    /// Compiles every regex of the context now, for `mtlint rules test`.
    pub fn compile_check(&self) -> Result<(), String> {
        for c in &self.conditions {
            if let Condition::Before(re) | Condition::After(re) = c {
                re.compile_check()?;
            }
        }
        Ok(())
    }

    #[must_use]
    pub fn all_hold(&self, text: &str, span: &Range<usize>, doc: &DocText<'_>) -> bool {
        self.conditions.iter().all(|c| c.holds(text, span, doc))
    }

    #[must_use]
    pub fn any_holds(&self, text: &str, span: &Range<usize>, doc: &DocText<'_>) -> bool {
        self.conditions.iter().any(|c| c.holds(text, span, doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(w: &[&str]) -> Vec<String> {
        w.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn before_words_need_a_whole_word_right_before() {
        let w = word_list(&words(&["its", "their  own"]));
        assert!(ends_with_word("outlining its ", &w));
        assert!(ends_with_word("Its", &w));
        assert!(ends_with_word("with their own ", &w));
        assert!(!ends_with_word("outlining bits ", &w));
        assert!(!ends_with_word("its demands and ", &w));
        assert!(!ends_with_word("Moscow's", &word_list(&words(&["s"]))));
        assert!(!ends_with_word("é", &word_list(&words(&["xé"]))));
    }

    #[test]
    fn after_words_handle_punctuation_entries() {
        let w = word_list(&words(&["in", "."]));
        assert!(starts_with_word(" in writing", &w));
        assert!(starts_with_word(". Then", &w));
        assert!(!starts_with_word(" into", &w));
        assert!(!starts_with_word(" a ceasefire", &w));
        let w = word_list(&words(&["the ministry"]));
        assert!(starts_with_word(" the ministry, ", &w));
        assert!(!starts_with_word(" the ministry's rules", &w));
        assert!(!starts_with_word(" the minis", &w));
    }

    #[test]
    fn document_condition_matches_whole_words_case_insensitively() {
        let doc = DocText::new("The Breast cancer study");
        let c = Condition::Document(words(&["breast"]));
        assert!(c.holds("x", &(0..1), &doc));
        let c = Condition::Document(words(&["can"]));
        assert!(!c.holds("x", &(0..1), &doc));
    }
}
