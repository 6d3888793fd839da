//! Near-miss matching: a rule phrase with one typo in one of its long words ("perfomed down")
//! still matches, at a lower confidence.
//!
//! Symmetric-deletion index (as SymSpell): every long phrase word and each of its one-letter
//! deletions are keys. A text word is looked up together with its own one-letter deletions,
//! which finds every word within one insertion, deletion, substitution or transposition. The
//! cost per text word depends on its length only, never on the number of rules.

use std::collections::HashMap;
use std::ops::Range;

use crate::inflect::Form;

/// Words shorter than this are never matched fuzzily: short words have too many neighbours.
pub const MIN_WORD_LEN: usize = 6;

#[derive(Debug, Clone)]
struct Variant {
    rule: usize,
    text: String,
    words: Vec<String>,
    forms: Vec<Form>,
}

/// A near miss of one phrase variant.
#[derive(Debug, Clone)]
pub struct FuzzyHit {
    pub rule: usize,
    pub span: Range<usize>,
    pub forms: Vec<Form>,
    /// 0..1: how close the text is to the phrase.
    pub similarity: f32,
}

#[derive(Debug, Default, Clone)]
pub struct FuzzyIndex {
    keys: HashMap<String, Vec<(u32, u16)>>,
    variants: Vec<Variant>,
    /// Every word of every phrase: a text word that is one of them is not a typo.
    exact_words: std::collections::HashSet<String>,
}

/// The alphanumeric runs of `text` with their byte offsets.
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let mut chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            match (start, c.is_alphanumeric() && i < text.len()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    return Some((s, &text[s..i]));
                }
                _ => {}
            }
        }
        None
    })
}

fn deletions(word: &str, buf: &mut String, mut each: impl FnMut(&str)) {
    for i in 0..word.len() {
        buf.clear();
        buf.push_str(&word[..i]);
        buf.push_str(&word[i + 1..]);
        each(buf);
    }
}

impl FuzzyIndex {
    /// Adds one phrase variant (normalized, lower case) of rule `rule`. Single-word phrases are
    /// left out: a word one edit away from another is too often a real word ("examiner",
    /// "instance"); in a phrase, the other words give the context that makes a typo likely.
    pub fn add(&mut self, rule: usize, text: &str, forms: &[Form]) {
        let words: Vec<String> = words_of(text).map(|(_, w)| w.to_string()).collect();
        if words.len() < 2 {
            return;
        }
        let id = u32::try_from(self.variants.len()).unwrap_or(u32::MAX);
        let mut buf = String::new();
        for (i, w) in words.iter().enumerate() {
            self.exact_words.insert(w.clone());
            if w.len() < MIN_WORD_LEN || !w.chars().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            let slot = (id, u16::try_from(i).unwrap_or(u16::MAX));
            self.keys.entry(w.clone()).or_default().push(slot);
            deletions(w, &mut buf, |d| {
                self.keys.entry(d.to_string()).or_default().push(slot)
            });
        }
        self.variants.push(Variant {
            rule,
            text: text.to_string(),
            words,
            forms: forms.to_vec(),
        });
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.variants.is_empty()
    }

    /// Near misses in normalized `text`: spans whose words are one edit away from a phrase variant.
    #[must_use]
    pub fn find(&self, text: &str) -> Vec<FuzzyHit> {
        if self.variants.is_empty() {
            return Vec::new();
        }
        let tokens: Vec<Range<usize>> = words_of(text).map(|(s, w)| s..s + w.len()).collect();
        let mut hits: Vec<FuzzyHit> = Vec::new();
        let mut lower = String::new();
        let mut buf = String::new();
        let mut candidates: Vec<(u32, u16)> = Vec::new();
        for (j, tok) in tokens.iter().enumerate() {
            let word = &text[tok.clone()];
            if word.len() + 1 < MIN_WORD_LEN || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
                continue;
            }
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
            if self.exact_words.contains(&lower) {
                continue;
            }
            candidates.clear();
            if let Some(c) = self.keys.get(&lower) {
                candidates.extend_from_slice(c);
            }
            deletions(&lower, &mut buf, |d| {
                if let Some(c) = self.keys.get(d) {
                    candidates.extend_from_slice(c);
                }
            });
            candidates.sort_unstable();
            candidates.dedup();
            for &(v, wi) in &candidates {
                let variant = &self.variants[v as usize];
                let wi = usize::from(wi);
                if strsim::osa_distance(&lower, &variant.words[wi]) != 1 || j < wi {
                    continue;
                }
                let first = j - wi;
                let Some(last) = tokens.get(first + variant.words.len() - 1) else {
                    continue;
                };
                let span = tokens[first].start..last.end;
                let candidate = text[span.clone()].to_lowercase();
                // The rest of the phrase, separators included, must be exact.
                if strsim::osa_distance(&candidate, &variant.text) != 1 {
                    continue;
                }
                #[allow(clippy::cast_precision_loss)]
                let similarity = 1.0 - 1.0 / variant.text.chars().count().max(2) as f32;
                hits.push(FuzzyHit {
                    rule: variant.rule,
                    span,
                    forms: variant.forms.clone(),
                    similarity,
                });
            }
        }
        hits.sort_by_key(|a| (a.span.start, a.rule));
        hits.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(phrases: &[&str]) -> FuzzyIndex {
        let mut ix = FuzzyIndex::default();
        for (i, p) in phrases.iter().enumerate() {
            ix.add(i, p, &[]);
        }
        ix
    }

    fn found<'a>(ix: &FuzzyIndex, text: &'a str) -> Vec<&'a str> {
        ix.find(text).into_iter().map(|h| &text[h.span]).collect()
    }

    #[test]
    fn one_typo_in_a_long_word_matches() {
        let ix = index(&["performed down", "navy motion"]);
        assert_eq!(found(&ix, "It perfomed down hopes"), ["perfomed down"]);
        assert_eq!(found(&ix, "It perfromed down hopes"), ["perfromed down"]);
        assert_eq!(found(&ix, "It Performedd down hopes"), ["Performedd down"]);
    }

    #[test]
    fn single_word_phrases_are_never_fuzzy() {
        let ix = index(&["instances", "examine"]);
        assert!(found(&ix, "a new instance, the examiner").is_empty());
    }

    #[test]
    fn words_are_found_after_multibyte_separators() {
        let words: Vec<_> = words_of("fee is £999 – “née” x").collect();
        assert_eq!(
            words,
            [(0, "fee"), (4, "is"), (9, "999"), (20, "née"), (28, "x")]
        );
        let ix = index(&["performed down"]);
        assert_eq!(found(&ix, "£ “perfomed down”"), ["perfomed down"]);
    }

    #[test]
    fn exact_text_short_words_and_two_typos_do_not_match() {
        let ix = index(&["performed down", "navy motion", "calls for"]);
        assert!(found(&ix, "It performed down hopes").is_empty());
        assert_eq!(found(&ix, "the navy moton"), ["navy moton"]);
        assert!(found(&ix, "its cals for peace").is_empty());
        assert!(found(&ix, "It perfomed dwn hopes").is_empty());
        assert!(found(&ix, "It perfomed up").is_empty());
    }
}
