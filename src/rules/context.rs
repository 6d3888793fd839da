//! Context conditions, checked only on candidate matches (never on the whole text).

use regex::Regex;
use std::ops::Range;

use crate::text::is_word_char;

/// How far around a match the `before`/`after` conditions look, in bytes.
const WINDOW: usize = 160;

/// One condition on the text around a match.
#[derive(Debug, Clone)]
pub enum Condition {
    /// Matches text that ends right before the match (compiled with a trailing `\s*$`).
    Before(Regex),
    /// Matches text that starts right after the match (compiled with a leading `^\s*`).
    After(Regex),
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
}

impl<'a> DocText<'a> {
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            lower: std::cell::OnceCell::new(),
        }
    }

    fn contains_word(&self, phrase: &str) -> bool {
        let lower = self.lower.get_or_init(|| self.text.to_lowercase());
        lower
            .match_indices(phrase)
            .any(|(i, m)| crate::text::is_whole_word(lower, i, i + m.len()))
    }
}

/// The regex alternation for a word list: each entry whole-word where it begins or ends with a
/// word character, white space inside an entry matching any white space.
fn alternation(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            let w = w.trim();
            let body = w
                .split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+");
            let left = if w.starts_with(is_word_char) { r"(?:^|[^\w-])" } else { "" };
            let right = if w.ends_with(is_word_char) { r"(?:[^\w-]|$)" } else { "" };
            format!("{left}{body}{right}")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Compiles a `before` word list.
pub fn before_words(words: &[String]) -> Result<Regex, regex::Error> {
    // The left guard consumes one character, which is fine: only the end is anchored.
    Regex::new(&format!(r"(?i)(?:{})\s*$", alternation(words)))
}

/// Compiles an `after` word list.
pub fn after_words(words: &[String]) -> Result<Regex, regex::Error> {
    Regex::new(&format!(r"(?i)^\s*(?:{})", alternation(words)))
}

/// Compiles a user's `before_regex`.
pub fn before_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(&format!(r"(?:{pattern})\s*$"))
        .size_limit(1 << 20)
        .build()
}

/// Compiles a user's `after_regex`.
pub fn after_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(&format!(r"^\s*(?:{pattern})"))
        .size_limit(1 << 20)
        .build()
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
        let re = before_words(&words(&["its", "their own"])).unwrap();
        assert!(re.is_match("outlining its "));
        assert!(re.is_match("Its"));
        assert!(re.is_match("with their  own "));
        assert!(!re.is_match("outlining bits "));
        assert!(!re.is_match("its demands and "));
    }

    #[test]
    fn after_words_handle_punctuation_entries() {
        let re = after_words(&words(&["in", "."])).unwrap();
        assert!(re.is_match(" in writing"));
        assert!(re.is_match(". Then"));
        assert!(!re.is_match(" into"));
        assert!(!re.is_match(" a ceasefire"));
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
