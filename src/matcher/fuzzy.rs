//! Near-miss matching: a rule phrase with one typo in one of its long words ("perfomed down")
//! still matches, at a lower confidence.
//!
//! Only phrases of two or more words match fuzzily, and only one word may be wrong, so every
//! near miss has an exact word of its phrase in it. Each phrase is filed under its two longest
//! words (its *anchors*): whichever word carries the typo, the other anchor is exact. The text
//! is walked word by word with one hash lookup each; only where a word is an anchor is the
//! phrase around it compared, with one edit (insertion, deletion, substitution or
//! transposition) allowed in one long word. The cost per word does not depend on the number
//! of rules, and an index of 10,000 phrases builds in a few milliseconds.

use std::collections::HashSet;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::phrase_index::Tokens;
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
    /// Anchor word → (variant, index of the word in the variant).
    anchors: FxHashMap<String, Vec<(u32, u16)>>,
    variants: Vec<Variant>,
    /// Every word of every phrase: a text word that is one of them is not a typo.
    exact_words: HashSet<String>,
    /// The slots of `anchors`, word by word, as [`FuzzyIndex::anchor_words`] numbers them.
    flat: Vec<(u32, u16)>,
    /// Per slot of `flat`, the byte lengths of its variant's first eight words (one byte each,
    /// at most 255) and its number of words: tested against the text before the variant
    /// itself is read.
    lengths: Vec<(u64, usize)>,
    /// The most words in one variant.
    max_words: usize,
}

/// The alphanumeric runs of `text` with their byte offsets (ASCII by byte, the rest decoded).
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let char_at = move |i: usize| -> (bool, usize) {
        if bytes[i] < 0x80 {
            (bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (word, len) = char_at(i);
            if word {
                let start = i;
                i += len;
                while i < bytes.len() {
                    let (word, len) = char_at(i);
                    if !word {
                        break;
                    }
                    i += len;
                }
                return Some((start, &text[start..i]));
            }
            i += len;
        }
        None
    })
}

/// Whether `a` and `b` are exactly one edit apart: one insertion, deletion, substitution or
/// transposition of neighbours (optimal string alignment distance 1), by bytes.
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let i = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => {
            i < short.len()
                && (short[i + 1..] == long[i + 1..]
                    || (i + 1 < short.len()
                        && short[i] == long[i + 1]
                        && short[i + 1] == long[i]
                        && short[i + 2..] == long[i + 2..]))
        }
        1 => short[i..] == long[i + 1..],
        _ => false,
    }
}

/// Whether `phrase_word` may carry a typo: long, and plain lower-case ASCII.
fn may_be_misspelt(phrase_word: &str) -> bool {
    phrase_word.len() >= MIN_WORD_LEN && phrase_word.bytes().all(|b| b.is_ascii_lowercase())
}

impl FuzzyIndex {
    /// Adds one phrase variant (normalized, lower case) of rule `rule`. Single-word phrases are
    /// left out: a word one edit away from another is too often a real word ("examiner",
    /// "instance"); in a phrase, the other words give the context that makes a typo likely.
    pub fn add(&mut self, rule: usize, text: &str, forms: &[Form]) {
        let words: Vec<String> = words_of(text).map(|(_, w)| w.to_string()).collect();
        if words.len() < 2 || !words.iter().any(|w| may_be_misspelt(w)) {
            return;
        }
        let id = u32::try_from(self.variants.len()).unwrap_or(u32::MAX);
        self.exact_words.extend(words.iter().cloned());
        // A typo is only ever looked for in a long word. With two or more long words, the two
        // longest are the anchors (a typo spoils at most one); with one, every other word is
        // exact, and the longest of those is the one anchor. Rare, long anchors keep the
        // comparisons few.
        let mut by_len: Vec<usize> = (0..words.len()).collect();
        by_len.sort_by_key(|&i| std::cmp::Reverse(words[i].len()));
        let long: Vec<usize> = by_len
            .iter()
            .copied()
            .filter(|&i| may_be_misspelt(&words[i]))
            .collect();
        let anchors: Vec<usize> = if long.len() >= 2 {
            long[..2].to_vec()
        } else {
            by_len
                .iter()
                .copied()
                .filter(|&i| i != long[0])
                .take(1)
                .collect()
        };
        for &i in &anchors {
            let slot = (id, u16::try_from(i).unwrap_or(u16::MAX));
            self.anchors.entry(words[i].clone()).or_default().push(slot);
        }
        self.max_words = self.max_words.max(words.len());
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

    /// The anchor words, each with its range of slots, for a word table that tells
    /// [`FuzzyIndex::at_anchor`] where they occur. Call it once, after the last
    /// [`FuzzyIndex::add`].
    pub fn anchor_words(&mut self) -> Vec<(String, Range<u32>)> {
        self.flat.clear();
        self.lengths.clear();
        let mut words: Vec<(&String, &Vec<(u32, u16)>)> = self.anchors.iter().collect();
        words.sort();
        words
            .into_iter()
            .map(|(word, slots)| {
                let at = u32::try_from(self.flat.len()).unwrap_or(u32::MAX);
                self.flat.extend_from_slice(slots);
                for &(v, _) in slots {
                    let words = &self.variants[v as usize].words;
                    let lengths = words.iter().take(8).enumerate().fold(0u64, |acc, (i, w)| {
                        acc | (w.len().min(255) as u64) << (8 * i)
                    });
                    self.lengths.push((lengths, words.len()));
                }
                let end = u32::try_from(self.flat.len()).unwrap_or(u32::MAX);
                (word.clone(), at..end)
            })
            .collect()
    }

    /// How many tokens before an anchor (itself included) a variant may need.
    #[must_use]
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Near misses around the last of `tokens`, an anchor word whose slots are `slots`, pushed
    /// to `out` (as [`FuzzyIndex::find`] finds them, in slot order). `words` is scratch space.
    pub fn at_anchor(
        &self,
        text: &str,
        tokens: &Tokens,
        slots: Range<u32>,
        words: &mut Vec<Range<usize>>,
        out: &mut Vec<FuzzyHit>,
    ) {
        let j = tokens.count() - 1;
        // The tokens after the anchor, read from the text as far as a variant needs them.
        let mut ahead: Vec<Range<usize>> = Vec::new();
        let mut rest = words_of(&text[tokens.get(j).end..]);
        let base = tokens.get(j).end;
        let range = slots.start as usize..slots.end as usize;
        for (&(v, k), &(lengths, count)) in
            self.flat[range.clone()].iter().zip(&self.lengths[range])
        {
            let Some(first) = j.checked_sub(usize::from(k)) else {
                continue;
            };
            // Lengths first: a word of the variant is within one byte of the text's.
            let near = |i: usize, token: &Range<usize>| {
                let want = if i < 8 {
                    (lengths >> (8 * i)) as u8
                } else {
                    255
                };
                want == 255 || (token.end - token.start).abs_diff(usize::from(want)) <= 1
            };
            if !(first..j).enumerate().all(|(i, t)| near(i, &tokens.get(t))) {
                continue;
            }
            let need = first + count - 1 - j;
            while ahead.len() < need {
                match rest.next() {
                    Some((s, w)) => ahead.push(base + s..base + s + w.len()),
                    None => break,
                }
            }
            if ahead.len() < need
                || !ahead[..need]
                    .iter()
                    .enumerate()
                    .all(|(i, token)| near(j + 1 - first + i, token))
            {
                continue;
            }
            let variant = &self.variants[v as usize];
            // The words before the anchor are at hand: most variants fail on them. (A cheaper
            // necessary test than `one_typo`: at most one differs, by at most one byte of
            // length.)
            let mut differ = 0;
            let fits = (first..j).zip(&variant.words).all(|(t, want)| {
                let word = &text[tokens.get(t)];
                if word.len().abs_diff(want.len()) > 1 {
                    return false;
                }
                if !word.eq_ignore_ascii_case(want) {
                    differ += 1;
                }
                differ <= 1
            });
            if !fits {
                continue;
            }
            words.clear();
            words.extend((first..=j).map(|t| tokens.get(t)));
            words.extend(ahead[..need].iter().cloned());
            self.near_miss(text, words, variant, out);
        }
    }

    /// Pushes the hit if the text words at `words` are a near miss of `variant`.
    fn near_miss(
        &self,
        text: &str,
        words: &[Range<usize>],
        variant: &Variant,
        out: &mut Vec<FuzzyHit>,
    ) {
        if !self.one_typo(text, words, variant) {
            return;
        }
        let span = words[0].start..words[words.len() - 1].end;
        // The rest of the phrase, separators included, must be exact.
        let candidate = text[span.clone()].to_lowercase();
        if !one_edit(candidate.as_bytes(), variant.text.as_bytes()) {
            return;
        }
        #[allow(clippy::cast_precision_loss)]
        let similarity = 1.0 - 1.0 / variant.text.chars().count().max(2) as f32;
        out.push(FuzzyHit {
            rule: variant.rule,
            span,
            forms: variant.forms.clone(),
            similarity,
        });
    }

    /// Sorts near misses found anchor by anchor into the order [`FuzzyIndex::find`] gives.
    pub fn finish(hits: &mut Vec<FuzzyHit>) {
        hits.sort_by_key(|a| (a.span.start, a.rule));
        hits.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
    }

    /// Whether the text words at `tokens` spell `variant` with exactly one typo.
    fn one_typo(&self, text: &str, tokens: &[Range<usize>], variant: &Variant) -> bool {
        let mut typos = 0;
        for (tok, want) in tokens.iter().zip(&variant.words) {
            let word = &text[tok.clone()];
            if word.eq_ignore_ascii_case(want) {
                continue;
            }
            // Cheapest tests first: at most one word may differ, by at most one letter of length.
            if typos > 0
                || word.len().abs_diff(want.len()) > 1
                || !may_be_misspelt(want)
                || word.len() + 1 < MIN_WORD_LEN
                || !word.bytes().all(|b| b.is_ascii_alphabetic())
            {
                return false;
            }
            let mut buf = [0u8; 64];
            let Some(lower) = buf.get_mut(..word.len()) else {
                return false;
            };
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            if !one_edit(lower, want.as_bytes())
                || std::str::from_utf8(lower).is_ok_and(|w| self.exact_words.contains(w))
            {
                return false;
            }
            typos += 1;
        }
        typos == 1
    }

    /// Near misses in normalized `text`: spans whose words are one edit away from a phrase
    /// variant. (The matcher finds them in its one walk over the text, through
    /// [`FuzzyIndex::at_anchor`]; this is the same search on its own.)
    #[must_use]
    pub fn find(&self, text: &str) -> Vec<FuzzyHit> {
        if self.variants.is_empty() {
            return Vec::new();
        }
        let tokens: Vec<Range<usize>> = words_of(text).map(|(s, w)| s..s + w.len()).collect();
        let mut hits: Vec<FuzzyHit> = Vec::new();
        let mut key = String::new();
        for (j, tok) in tokens.iter().enumerate() {
            key.clear();
            key.push_str(&text[tok.clone()]);
            key.make_ascii_lowercase();
            let Some(slots) = self.anchors.get(&key) else {
                continue;
            };
            for &(v, k) in slots {
                let variant = &self.variants[v as usize];
                let Some(first) = j.checked_sub(usize::from(k)) else {
                    continue;
                };
                let Some(words) = tokens.get(first..first + variant.words.len()) else {
                    continue;
                };
                self.near_miss(text, words, variant, &mut hits);
            }
        }
        Self::finish(&mut hits);
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

    /// Near misses as the matcher finds them, in its one walk with the word table.
    fn walked(ix: &mut FuzzyIndex, text: &str) -> Vec<(usize, Range<usize>)> {
        let anchors = ix.anchor_words();
        let table = super::super::phrase_index::PhraseIndex::new(&[], &anchors, ix.max_words());
        let (mut out, mut words) = (Vec::new(), Vec::new());
        table.find(text, &mut |_, _| {}, &mut |tokens, slots| {
            ix.at_anchor(text, tokens, slots, &mut words, &mut out);
        });
        FuzzyIndex::finish(&mut out);
        out.into_iter().map(|h| (h.rule, h.span)).collect()
    }

    #[test]
    fn the_walk_finds_what_the_standalone_search_finds() {
        let mut ix = index(&[
            "performed down",
            "navy motion",
            "the state-run company",
            "deep learning technique",
            "née perfomance metric",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z alphabet",
        ]);
        let text = "It perfomed down; the navy moton. The stat-run company, a state-rnn \
            company; deep lerning technique, deep-learnig technique; née perfomance metrik. \
            a b c d e f g h i j k l m n o p q r s t u v w x y z alphabett; performed dwn";
        let standalone: Vec<_> = ix
            .find(text)
            .into_iter()
            .map(|h| (h.rule, h.span))
            .collect();
        assert!(standalone.len() >= 5, "{standalone:?}");
        assert_eq!(walked(&mut ix, text), standalone);
    }

    #[test]
    fn one_edit_is_osa_distance_one() {
        let words = [
            "", "a", "ab", "ba", "abc", "acb", "abcd", "abdc", "xbcd", "bcd", "abcde", "aabc",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    one_edit(a.as_bytes(), b.as_bytes()),
                    strsim::osa_distance(a, b) == 1,
                    "{a:?} {b:?}"
                );
            }
        }
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
