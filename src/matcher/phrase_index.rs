//! Finds every occurrence of a set of literal patterns in one pass, at a cost per byte that
//! does not grow with the number of patterns.
//!
//! Nearly every rule phrase begins with a word, and a whole-word match can only begin where a
//! word begins. So the text is walked word by word and each word is looked up, once, in a
//! hash table of the patterns' first words; the few patterns in that bucket are compared at
//! that position only. One lookup per word replaces one automaton step per byte: it is faster
//! than an Aho-Corasick scan of the same phrases, builds in a millisecond instead of tens, and
//! stays small enough for the CPU cache at 10,000 phrases.
//!
//! Patterns that do not begin with a word character, and literal triggers of regex rules (which
//! need not stand at a word start), go into a small Aho-Corasick automaton run beside it.

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

use crate::text::is_word_char;

/// One pattern in a first-word bucket.
#[derive(Debug, Clone)]
struct Entry {
    pattern: u32,
    /// The whole pattern, ASCII lower case.
    bytes: Box<[u8]>,
    /// The pattern ends with a word character, so the text must not go on with one.
    check_end: bool,
}

/// How a pattern must stand in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// A phrase: it must stand as whole words (as [`crate::text::is_whole_word`]).
    WholeWords,
    /// A regex trigger: anywhere; the regex checks its own boundaries.
    Anywhere,
}

#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    /// First word (ASCII lower case) → range of `entries`.
    table: FxHashMap<Box<[u8]>, Range<u32>>,
    entries: Vec<Entry>,
    /// Patterns outside the table, with their ids and whether they stand as whole words.
    others: Option<SideAutomaton>,
    other_ids: Vec<(u32, Anchor)>,
}

/// Bytes a run scans with the side automaton as an NFA before it builds the DFA.
const DFA_AFTER: usize = 1 << 20;

/// The automaton of the patterns outside the table, built at first use. A full DFA scans
/// fastest, but takes milliseconds and two megabytes to build, which a short run (a one-line
/// file) never pays back: a run scans its first mebibyte with a contiguous NFA, which builds
/// in a third of the time, and the rest with the DFA. Both find the same matches.
#[derive(Debug, Default)]
struct SideAutomaton {
    patterns: Vec<String>,
    nfa: OnceLock<AhoCorasick>,
    dfa: OnceLock<AhoCorasick>,
    scanned: AtomicUsize,
}

impl Clone for SideAutomaton {
    fn clone(&self) -> Self {
        Self {
            patterns: self.patterns.clone(),
            nfa: self.nfa.clone(),
            dfa: self.dfa.clone(),
            scanned: AtomicUsize::new(self.scanned.load(Ordering::Relaxed)),
        }
    }
}

impl SideAutomaton {
    /// The automaton to scan `len` more bytes with.
    ///
    /// # Panics
    /// Never in practice: it is built without size limits patterns could pass.
    fn get(&self, len: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        let build = |kind| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .kind(Some(kind))
                .build(&self.patterns)
                .expect("side automaton builds")
        };
        if self.scanned.fetch_add(len, Ordering::Relaxed) + len <= DFA_AFTER {
            self.nfa
                .get_or_init(|| build(AhoCorasickKind::ContiguousNFA))
        } else {
            self.dfa.get_or_init(|| build(AhoCorasickKind::DFA))
        }
    }
}

/// Whether the character starting at byte `i` of `text` continues a word. ASCII is decided
/// by table; other characters are decoded.
#[inline]
fn word_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b.is_ascii_alphanumeric() || b == b'_' || b == b'-', 1));
    }
    let c = text[i..].chars().next()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// The end of the word run that starts at `i`.
fn word_end(text: &str, mut i: usize) -> usize {
    while let Some((true, len)) = word_at(text, i) {
        i += len;
    }
    i
}

impl PhraseIndex {
    /// Indexes `patterns` (already ASCII lower case), each with how it must stand.
    ///
    #[must_use]
    pub fn new(patterns: &[(String, Anchor)]) -> Self {
        let mut keyed: Vec<(Box<[u8]>, Entry)> = Vec::new();
        let mut others = Vec::new();
        let mut other_ids = Vec::new();
        for (id, (p, anchor)) in patterns.iter().enumerate() {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            let first_end = word_end(p, 0);
            if *anchor == Anchor::WholeWords && first_end > 0 {
                let check_end = p.chars().next_back().is_some_and(is_word_char);
                keyed.push((
                    p.as_bytes()[..first_end].into(),
                    Entry {
                        pattern: id,
                        bytes: p.as_bytes().into(),
                        check_end,
                    },
                ));
            } else if !p.is_empty() {
                others.push(p.clone());
                other_ids.push((id, *anchor));
            }
        }
        // Longest first within a bucket, so a caller that wants one match per place gets the
        // longest by stopping early.
        keyed.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.bytes.len().cmp(&a.1.bytes.len())));
        let mut table: FxHashMap<Box<[u8]>, Range<u32>> = FxHashMap::default();
        let mut entries = Vec::with_capacity(keyed.len());
        for (key, entry) in keyed {
            let at = u32::try_from(entries.len()).unwrap_or(u32::MAX);
            entries.push(entry);
            table.entry(key).or_insert(at..at).end = at + 1;
        }
        let others = (!others.is_empty()).then(|| SideAutomaton {
            patterns: others,
            ..SideAutomaton::default()
        });
        Self {
            table,
            entries,
            others,
            other_ids,
        }
    }

    /// Every occurrence of every pattern in `text` (overlapping ones too), as
    /// `(pattern, span)`, in no particular order.
    pub fn find(&self, text: &str, each: &mut dyn FnMut(usize, Range<usize>)) {
        let bytes = text.as_bytes();
        let mut key: Vec<u8> = Vec::with_capacity(64);
        let mut i = 0;
        let mut prev_word = false;
        while let Some((is_word, len)) = word_at(text, i) {
            if !is_word || prev_word {
                prev_word = is_word;
                i += len;
                continue;
            }
            // A word starts at `i`.
            let end = word_end(text, i);
            key.clear();
            key.extend(bytes[i..end].iter().map(u8::to_ascii_lowercase));
            if let Some(range) = self.table.get(key.as_slice()) {
                for e in &self.entries[range.start as usize..range.end as usize] {
                    let stop = i + e.bytes.len();
                    if stop <= bytes.len()
                        && bytes[i..stop].eq_ignore_ascii_case(&e.bytes)
                        && text.is_char_boundary(stop)
                        && !(e.check_end && word_at(text, stop).is_some_and(|(w, _)| w))
                    {
                        each(e.pattern as usize, i..stop);
                    }
                }
            }
            prev_word = true;
            i = end;
        }
        if let Some(side) = &self.others {
            for m in side.get(text.len()).find_overlapping_iter(text) {
                let (id, anchor) = self.other_ids[m.pattern().as_usize()];
                if anchor == Anchor::Anywhere
                    || crate::text::is_whole_word(text, m.start(), m.end())
                {
                    each(id as usize, m.start()..m.end());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(patterns: &[(&str, Anchor)], text: &str) -> Vec<(usize, String)> {
        let owned: Vec<(String, Anchor)> =
            patterns.iter().map(|(p, a)| (p.to_string(), *a)).collect();
        let ix = PhraseIndex::new(&owned);
        let mut out = Vec::new();
        ix.find(text, &mut |p, span| out.push((p, text[span].to_string())));
        out.sort();
        out
    }

    use Anchor::{Anywhere, WholeWords};

    #[test]
    fn the_side_nfa_and_dfa_find_the_same() {
        let owned: Vec<(String, Anchor)> = [
            ("-based", Anywhere),
            ("'s own", WholeWords),
            ("(sic)", WholeWords),
            ("ion", Anywhere),
            ("navy", WholeWords),
        ]
        .iter()
        .map(|(p, a)| ((*p).to_string(), *a))
        .collect();
        let text = "Navy-based (SIC) motion's own; it's own-based ION";
        let run = |ix: &PhraseIndex| {
            let mut out = Vec::new();
            ix.find(text, &mut |p, span| out.push((p, span)));
            out.sort_by_key(|(p, span)| (*p, span.start));
            out
        };
        let nfa = PhraseIndex::new(&owned);
        let by_nfa = run(&nfa);
        let side = nfa.others.as_ref().unwrap();
        assert!(side.nfa.get().is_some() && side.dfa.get().is_none());
        let dfa = PhraseIndex::new(&owned);
        dfa.others
            .as_ref()
            .unwrap()
            .scanned
            .store(DFA_AFTER, Ordering::Relaxed);
        assert_eq!(run(&dfa), by_nfa);
        let side = dfa.others.as_ref().unwrap();
        assert!(side.nfa.get().is_none() && side.dfa.get().is_some());
        assert_eq!(by_nfa.len(), 6, "{by_nfa:?}");
    }

    #[test]
    fn whole_words_any_ascii_case_overlapping() {
        let got = found(
            &[
                ("navy motion", WholeWords),
                ("navy", WholeWords),
                ("motion", WholeWords),
            ],
            "The NAVY Motion; navyblue; a navy-yard",
        );
        assert_eq!(
            got,
            [
                (0, "NAVY Motion".into()),
                (1, "NAVY".into()),
                (2, "Motion".into())
            ]
        );
    }

    #[test]
    fn patterns_with_punctuation_and_non_ascii() {
        let got = found(
            &[
                ("0.33-birthday celebration", WholeWords),
                ("[c=o] bunches", WholeWords),
                ("β-d mannose", WholeWords),
            ],
            "x 0.33-birthday celebration, [c=o] bunches and β-d mannose; 10.33-birthday celebration",
        );
        assert_eq!(
            got,
            [
                (0, "0.33-birthday celebration".into()),
                (1, "[c=o] bunches".into()),
                (2, "β-d mannose".into())
            ]
        );
    }

    #[test]
    fn a_pattern_ending_in_punctuation_needs_no_word_end() {
        let got = found(&[("p.c.", WholeWords)], "5 p.c.of it, 6 p.c. more");
        assert_eq!(got, [(0, "p.c.".into()), (0, "p.c.".into())]);
    }

    #[test]
    fn triggers_match_anywhere() {
        let got = found(
            &[("-primarily based", Anywhere)],
            "Web-primarily based tools",
        );
        assert_eq!(got, [(0, "-primarily based".into())]);
    }

    #[test]
    fn multibyte_text_around_and_after_a_match() {
        let got = found(
            &[("deep learning", WholeWords)],
            "Zoë’s deep learning… deep learningé",
        );
        assert_eq!(got, [(0, "deep learning".into())]);
    }
}
